"""A picture's caption and credit glued before a paragraph (rule `glued-caption`, cleaners/builtin/_glued_caption.py)."""
import pytest

from cleaners.builtin._glued_caption import caption_head
from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

FR = "Les syndicats de cheminots ont salué l'annonce, tout en demandant des embauches pour assurer l'entretien des voies."
DE = "Die Kosten von rund vier Millionen Euro im Jahr will die Stadt zum Teil über höhere Parkgebühren decken."


@pytest.mark.parametrize("caption, label, credit, paragraph, language", [
    ("Un train régional en gare de Briançon, en janvier dernier", "Photo", "AFP", FR, "fr"),
    ("Ein Bus der Linie 12 an der neuen Haltestelle am Marktplatz", "Foto", "dpa", DE, "de"),
    ("Ein Bus der Linie 12 an der neuen Haltestelle am Marktplatz", "Foto", "Hans Meier/dpa", DE, "de"),
])
def test_caption_and_credit_before_a_paragraph_go_to_metadata(caption, label, credit, paragraph, language):
    doc = run_cleaner(Captions, f"{caption} {label}: {credit} {paragraph}", language=language)
    assert texts(doc) == [paragraph]
    assert doc.metadata["captions"] == [caption] and doc.metadata["credits"] == [credit]
    assert cuts(doc, "captions") == [("glued-caption", f"{caption} {label}: {credit}")]


@pytest.mark.parametrize("text, language", [
    ("The council met on Monday to vote on the plan. Photo: AFP The unions welcomed the plan and asked for more staff.",
     "en"),    # a sentence before the label: no caption
    ("Visitors can look at the old pictures of the port photo: the archive opened on Monday and stays open all summer.",
     "en"),    # the line goes on in lower case: no credit, no paragraph
    ("A regional train at the station in the valley Photo: AFP The end.", "en"),     # no paragraph after it
    ("Die Ausstellung zeigt Bilder aus dem alten Hafen Foto: Die Stadt hat das Archiv erst im Mai geöffnet und zeigt alles.",
     "de"),    # no credit before the paragraph
])
def test_other_lines_with_a_photo_label_inside_stay(text, language):
    assert caption_head(text, (language,)) is None
    assert texts(run_cleaner(Captions, text, language=language)) == [text]


@pytest.mark.parametrize("marked, language", [
    ("[Bild: Die Blaskapelle spielt bei der Ankunft des ersten Zuges]", "de"),
    ("(Foto: Die Blaskapelle spielt bei der Ankunft des ersten Zuges)", "de"),
    ("[Image: The brass band plays as the first train arrives]", "en"),
])
def test_a_bracketed_caption_inside_a_paragraph_goes_to_metadata(marked, language):
    head, tail = {"de": ("Die Geschäftsleute hoffen auf mehr Tagesgäste,", "während Pendler spätere Züge fordern."),
                  "en": ("Shopkeepers hope for more day visitors,", "while commuters ask for later trains.")}[language]
    doc = run_cleaner(Captions, f"{head} {marked} {tail}", language=language)
    assert texts(doc) == [f"{head} {tail}"]
    assert doc.metadata["captions"] == [marked[1:-1].split(":", 1)[1].strip()]
    assert cuts(doc, "captions") == [("bracketed-caption", marked)]


@pytest.mark.parametrize("text", [
    "The exhibition opens in May (photo: the band was not allowed to play in the hall.) and closes in June.",  # a sentence
    "Volunteers filled sandbags all night (Photo: Ann Lee / Reuters) before the river rose.",     # a credit's names
    "The mayor spoke [note: the speech was later published in full on the city's website].",     # no photo label
])
def test_other_bracketed_asides_are_no_caption(text):
    doc = run_cleaner(Captions, text, language="en")
    assert not doc.metadata.get("captions") and all(rule != "bracketed-caption" for rule, _ in cuts(doc, "captions"))
