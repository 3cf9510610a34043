"""captions, rule labelled-caption (cleaners/builtin/_caption_label.py): a photo label, a colon and a caption with no
credit ("PHOTO: A farmer inspects ...", "[Image: ...]", "Foto: Ein Landwirt ...") leaves the body for
metadata.captions; a credit after the label, a short label line or reported speech stays with the other rules."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import texts

STORY = {"ja": ["市議会は２日、総額５兆円の来年度予算案を賛成多数で可決した。子育て支援や学校の改修に重点を置いた。",
                "市長は記者会見で「市民の暮らしを守るための予算だ」と述べた。野党会派は図書館の運営費削減に反対した。"],
         "es": ["La junta de aguas aplazó un año la nueva planta depuradora, según informó el lunes un portavoz.",
                "La junta atribuyó el retraso al aumento de los costes de construcción y de los filtros."],
         "en": ["The water board postponed the new treatment plant by a year, a spokesman said on Monday.",
                "The board blamed higher building costs and delays in the delivery of the filter units."],
         "de": ["Die Stadtwerke haben den Bau des neuen Wasserwerks um ein Jahr verschoben, wie ein Sprecher mitteilte.",
                "Als Grund nannte das Unternehmen gestiegene Baukosten und Lieferschwierigkeiten bei den Filteranlagen."]}


@pytest.mark.parametrize("line,caption,code", [
    ("PHOTO: A farmer inspects dry soil near the reservoir on Monday.",
     "A farmer inspects dry soil near the reservoir on Monday.", "en"),
    ("[Image: Engineers at the old canal lock, closed since the 1970s]",
     "Engineers at the old canal lock, closed since the 1970s", "en"),
    ("Foto: Ein Landwirt prüft den trockenen Boden am Stausee.", "Ein Landwirt prüft den trockenen Boden am Stausee.", "de"),
    # a bracket of the caption's own stays when no bracket opened the line
    ("Foto: Un agricultor revisa la tierra seca junto al embalse (al fondo).",
     "Un agricultor revisa la tierra seca junto al embalse (al fondo).", "es"),
])
def test_a_labelled_caption_leaves_the_body(line, caption, code):
    doc = run_cleaner(Captions, "\n\n".join([STORY[code][0], line, STORY[code][1]]), language=code)
    assert texts(doc) == STORY[code] and doc.metadata["captions"] == [caption]


@pytest.mark.parametrize("line", [
    "Photo: Ann Lee for the Harbour Times Photo Service",        # a credit: names
    "Image: the board said the plant would open in the spring of next year, after all.",   # reported speech
])
def test_credits_and_reported_lines_are_no_labelled_captions(line):
    doc = run_cleaner(Captions, "\n\n".join([STORY["en"][0], line, STORY["en"][1]]), language="en")
    assert "labelled-caption" not in [r.rule for r in doc.removed]


@pytest.mark.parametrize("line,caption,credit,code", [
    ("Foto: Un agricultor revisa la tierra seca junto al embalse. (EFE/Ana López)",
     "Un agricultor revisa la tierra seca junto al embalse.", "EFE/Ana López", "es"),
    ("Photo: A farmer inspects dry soil near the reservoir on Monday (Ann Lee/Reuters)",
     "A farmer inspects dry soil near the reservoir on Monday", "Ann Lee/Reuters", "en"),
    ("Photo: A farmer inspects dry soil near the reservoir on Monday (AP)",
     "A farmer inspects dry soil near the reservoir on Monday", "AP", "en"),
    # a script without capitals: no lower-case word tells the caption from names
    ("写真：可決後に記者会見する市長と副市長（共同）", "可決後に記者会見する市長と副市長", "共同", "ja"),
])
def test_the_bracketed_credit_closing_a_labelled_caption_is_its_credit(line, caption, credit, code):
    doc = run_cleaner(Captions, "\n\n".join([STORY[code][0], line, STORY[code][1]]), language=code)
    assert texts(doc) == STORY[code]
    assert doc.metadata["captions"] == [caption] and doc.metadata["credits"] == [credit]


def test_a_bracket_without_a_slash_closing_a_labelled_caption_stays_in_it():
    line = "Photo: A farmer inspects dry soil near the reservoir on Monday (pictured left)"
    doc = run_cleaner(Captions, "\n\n".join([STORY["en"][0], line, STORY["en"][1]]), language="en")
    assert doc.metadata["captions"] == ["A farmer inspects dry soil near the reservoir on Monday (pictured left)"]
    assert not doc.metadata.get("credits")


def test_a_long_paragraph_after_a_photo_label_in_a_script_without_capitals_stays():
    line = ("写真：市議会は２日、総額５兆円の来年度予算案を賛成多数で可決したが、野党会派は図書館の運営費削減と"
            "学校の改修計画の遅れに強く反対し、市民の間でも賛否が分かれている。")
    doc = run_cleaner(Captions, "\n\n".join([STORY["ja"][0], line, STORY["ja"][1]]), language="ja")
    assert texts(doc) == [STORY["ja"][0], line, STORY["ja"][1]]


def test_a_name_and_its_agency_after_a_photo_label_in_a_script_without_capitals_is_no_labelled_caption():
    line = "ภาพ: วิชัย ท. / สำนักข่าวชายฝั่ง"
    doc = run_cleaner(Captions, "\n\n".join([STORY["ja"][0], line, STORY["ja"][1]]), language="th")
    assert "labelled-caption" not in [r.rule for r in doc.removed]
