"""A paragraph's sentence with a credit, a call or a notice glued after it stays the article's: the related-box run
(`_related_heading.is_run_line`), a story line (`_story_line.story`) and a closing call (`_closing_call`) read a
sentence closed before glue marks ("... doubled. >> Join ...", "... रुपये। /PTI/") as two sentences, no headline and
no call of its own; the glued notice's paragraph (`_notice_shape.glued_notices`) stays over a copyright line."""
import pytest

from cleaners.builtin._closing_call import closing_call
from cleaners.builtin._related_heading import is_run_line
from cleaners.builtin._story_line import story
from cleaners.builtin.legal import Legal
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

GLUED_LINES = [
    "The number of monthly pass holders has doubled since spring. >> Join our channel",
    "The pass costs ten rupees for students. /PTI/",
    "बस का न्यूनतम किराया दस रुपये रखा गया है। /पीटीआई/",
    "பேருந்து கட்டணம் பத்து ரூபாய் ஆக உயர்ந்துள்ளது. 👉 எங்கள் சேனல்",
]


@pytest.mark.parametrize("line", GLUED_LINES)
def test_a_sentence_with_a_glued_tail_is_no_headline(line):
    assert story(line) is None
    assert not is_run_line(Block(line))


@pytest.mark.parametrize("line", ["Floods cut off villages in the north", "Dr. Ann Lee wins the city prize",
                                  "बाढ़ से गांवों का संपर्क कटा", "U.S. lifts ban on ferry imports"])
def test_headlines_with_a_stop_inside_a_word_stay_headlines(line):
    assert story(line) is not None and is_run_line(Block(line))


def test_a_call_glued_after_a_long_sentence_is_left_to_the_tail_rule():
    line = "Kentin yeni otobüs hatları pazartesi sabahından itibaren tüm mahallelere hizmet verecek. 👉 Bizi takip edin"
    assert closing_call(line, ("tr",)) is None
    assert closing_call("Bizi takip edin", ("tr",)) == "closing-call"


def test_a_short_call_of_two_sentences_still_goes_whole():
    assert closing_call("Haberi beğendiniz mi? Bizi takip edin", ("tr",)) == "closing-call"


SQ = ["Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë.",
      "Punimet do të fillojnë në pranverë dhe do të zgjasin rreth tetë muaj, sipas zyrës së planifikimit.",
      "Banorët e lagjes kërkuan që gjatë punimeve të hapet një kalim i përkohshëm për këmbësorët."]
LAST = ("Zyra e planifikimit tha se projekti do të paraqitet për diskutim publik\n"
        "në mbledhjen e ardhshme të këshillit bashkiak në muajin maj.")


def test_a_wrapped_last_paragraph_over_a_glued_copyright_line_stays():
    doc = run_cleaner(Legal, "\n\n".join(SQ + [f"{LAST} ***\n© 2025 Gazeta e Qytetit"]), language="sq")
    body = " ".join(texts(doc))
    assert "mbledhjen e ardhshme" in body and "Zyra e planifikimit" in body and "Gazeta e Qytetit" not in body


def test_a_short_notice_line_over_a_copyright_line_still_goes():
    notice = "Ndalohet kopjimi pa leje."
    doc = run_cleaner(Legal, "\n\n".join(SQ + [f"{notice}\n© 2025 Gazeta e Qytetit"]), language="sq")
    assert texts(doc) == SQ and ("notice-glued", notice) in [(r.rule, r.text) for r in doc.removed]
