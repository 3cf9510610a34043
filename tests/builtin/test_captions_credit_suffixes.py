"""captions, rule credited-caption: a caption ending with its credit in the forms wire services and papers print
without a colon label: "(AP Photo/Ann Lee)", ". REUTERS/Ann Lee", ". Photo by Ann Lee", ". Courtesy of the harbour
board", ". Photograph: Ann Lee for the Harbour Times", ". File photo"; the caption goes to metadata.captions, the
credit to metadata.credits. A story sentence that only looks like them stays."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import texts

LEAD = "The water board postponed the new treatment plant by a year, a spokesman said on Monday."
MORE = "The board blamed higher building costs and delays in the delivery of the filter units."
CAPTION = "A farmer inspects dry soil near the reservoir on Monday."


@pytest.mark.parametrize("credited,credit", [
    (f"{CAPTION} (AP Photo/Ann Lee)", "Ann Lee"),
    (f"{CAPTION} REUTERS/Ann Lee", "REUTERS/Ann Lee"),
    (f"{CAPTION} Photo by Ann Lee", "Ann Lee"),
    (f"{CAPTION} Courtesy of the Harbour Water Board", "the Harbour Water Board"),
    (f"{CAPTION} Photograph: Ann Lee for the Harbour Times", "Ann Lee for the Harbour Times"),
    (f"{CAPTION} File photo", "File photo"),
])
def test_a_caption_with_its_credit_leaves_the_body(credited, credit):
    doc = run_cleaner(Captions, f"{LEAD}\n\n{credited}\n\n{MORE}", language="en")
    assert texts(doc) == [LEAD, MORE]
    assert doc.metadata["captions"] == [CAPTION] and doc.metadata["credits"] == [credit]


@pytest.mark.parametrize("line", [
    "The mayor said the plan was final. Courtesy of the council, residents will get free water tests.",
    "The survey was published on Monday. Reuters/Ipsos polled 1,000 adults across the region.",
    "He kept every picture of the dam. Photo by photo, the archive grew to fill three rooms.",
])
def test_story_sentences_that_look_like_credits_stay(line):
    doc = run_cleaner(Captions, f"{LEAD}\n\n{line}\n\n{MORE}", language="en")
    assert texts(doc) == [LEAD, line, MORE] and not doc.removed
