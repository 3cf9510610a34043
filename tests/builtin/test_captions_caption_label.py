"""captions: a caption after a caption label of the document's language (``caption`` in cleaners/lang: "Caption:",
"Bildunterschrift:", "Légende :", "Pie de foto:"), rule labelled-caption, into metadata.captions; and a credit line of
a photographer and a publication alone ("Ann Lee/The Daily Paper", rule photo-credit: a publication's word of
``agency_words``), into metadata.credits. Prose after such a label, and two titles parted by a slash, stay."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

STORY = {"en": ["The water board postponed the new treatment plant by a year, a spokesman said on Monday.",
                "The board blamed higher building costs and delays in the delivery of the filter units."],
         "de": ["Die Stadtwerke haben den Bau des neuen Wasserwerks um ein Jahr verschoben, wie ein Sprecher mitteilte.",
                "Als Grund nannte das Unternehmen gestiegene Baukosten und Lieferschwierigkeiten bei den Filteranlagen."],
         "fr": ["La régie des eaux a reporté d'un an la nouvelle station de traitement, a indiqué lundi un porte-parole.",
                "Elle invoque la hausse des coûts de construction et des retards de livraison des filtres."],
         "es": ["La empresa de aguas aplazó un año la nueva planta de tratamiento, informó el lunes un portavoz.",
                "La empresa culpó al aumento de los costes de construcción y a los retrasos en los filtros."]}


@pytest.mark.parametrize("code,label,caption", [
    ("en", "Caption: ", "A farmer inspects dry soil near the reservoir on Monday."),
    ("en", "CAPTION: ", "A farmer inspects dry soil near the reservoir on Monday."),
    ("en", "Photo caption: ", "engineers at the old canal lock, closed since the 1970s"),
    ("de", "Bildunterschrift: ", "Ein Landwirt prüft am Montag den trockenen Boden am Stausee."),
    ("fr", "Légende : ", "Un agriculteur inspecte le sol sec près du réservoir lundi."),
    ("es", "Pie de foto: ", "Un agricultor inspecciona el suelo seco junto al embalse el lunes."),
])
def test_a_caption_after_a_caption_label_leaves_the_body(code, label, caption):
    doc = run_cleaner(Captions, "\n\n".join([STORY[code][0], label + caption, STORY[code][1]]), language=code)
    assert texts(doc) == STORY[code] and doc.metadata["captions"] == [caption]
    assert [rule for rule, _ in cuts(doc, "captions")] == ["labelled-caption"]


@pytest.mark.parametrize("line", [
    "Caption: the board said the plant would open in the spring of next year, after all.",   # reported speech
    "Caption contest: readers sent in more than two hundred entries this week.",               # no label and colon
    "The caption: a farmer inspects dry soil near the reservoir on Monday.",                     # no label first
])
def test_prose_after_a_caption_word_is_no_labelled_caption(line):
    doc = run_cleaner(Captions, "\n\n".join([STORY["en"][0], line, STORY["en"][1]]), language="en")
    assert "labelled-caption" not in [r.rule for r in doc.removed]


@pytest.mark.parametrize("code,line", [
    ("en", "Ann Lee/The Daily Paper"),
    ("en", "Ann Lee / Valley Times"),
    ("de", "Anna Lehmann/Süddeutsche Zeitung"),
    ("es", "Ana López / Diario del Valle"),
])
def test_a_photographer_and_a_publication_alone_are_a_credit(code, line):
    doc = run_cleaner(Captions, "\n\n".join([STORY[code][0], line, STORY[code][1]]), language=code)
    assert texts(doc) == STORY[code] and doc.metadata["credits"] == [line]
    assert cuts(doc, "captions") == [("photo-credit", line)]


@pytest.mark.parametrize("line", [
    "Hard Times/Good Times",            # a publication's word on both sides: two titles
    "Small Farms / Big Data",           # no publication's word
    "Ann Lee/The Daily Paper said the plant would open in the spring.",   # a sentence
])
def test_two_titles_or_a_sentence_with_a_slash_stay(line):
    doc = run_cleaner(Captions, "\n\n".join([STORY["en"][0], line, STORY["en"][1]]), language="en")
    assert line in texts(doc)
