import pytest

from cleaners.builtin.closing_label import ClosingLabel
from cleaners.document import Block, Document

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


@pytest.mark.parametrize("label", ["Related posts:", "Also on the site:", "Watch the video below:", "Lire aussi :",
                                   "Mehr zum Thema:", "Читайте также:"])
def test_a_label_closing_the_body_goes(label):
    doc = run_cleaner(ClosingLabel, f"{SENTENCES['en']}\n\n{SENTENCES['de']}\n\n{label}")
    assert texts(doc) == [SENTENCES["en"], SENTENCES["de"]]
    assert cuts(doc, "closing_label") == [("closing-label", label)]


def test_two_labels_closing_the_body_go():
    doc = run_cleaner(ClosingLabel, f"{SENTENCES['en']}\n\nJoin our 6,000 readers now:\n\nShare this article:")
    assert texts(doc) == [SENTENCES["en"]] and len(cuts(doc, "closing_label")) == 2


def test_a_label_followed_by_its_list_stays():
    text = f"{SENTENCES['en']}\n\nThe plan has three parts:\n\n- new buses\n\n- new stops"
    assert texts(run_cleaner(ClosingLabel, text)) == text.split("\n\n")


def test_a_sentence_ending_with_a_colon_stays():
    last = "The mayor ended the meeting with a question that nobody in the room could answer:"
    assert texts(run_cleaner(ClosingLabel, f"{SENTENCES['en']}\n\n{last}"))[-1] == last


def test_a_body_that_is_one_label_is_left_alone():
    assert texts(run_cleaner(ClosingLabel, "Related posts:")) == ["Related posts:"]


def test_code_ending_with_a_colon_stays():
    doc = Document(source="t.txt", kind="text", blocks=(Block(SENTENCES["en"]), Block("def main():", kind="code")))
    assert ClosingLabel().clean(doc).blocks == doc.blocks


@pytest.mark.parametrize("mark", ["(END)", "-30-", "（完）", "(FIN)", "– Ende –", "[FIM]", "# # #"])
def test_an_end_mark_closing_the_body_goes(mark):
    body = ["The council approved the budget on Tuesday after a debate that lasted six hours.",
            "The regional government must still approve it; a decision is expected in February."]
    doc = run_cleaner(ClosingLabel, "\n\n".join(body + [mark]))
    assert texts(doc) == body and [(r.rule, r.text) for r in doc.removed] == [("end-mark", mark)]


@pytest.mark.parametrize("text", [
    "The council approved the budget on Tuesday.\n\n(Update)\n\nThe regional government must still approve it.",
    "The council approved the budget on Tuesday.\n\nThe vote (28 to 7) ended a long debate.",
    "The council approved the budget on Tuesday.\n\n(See the full list)",
])
def test_a_bracketed_word_inside_the_body_or_in_a_sentence_stays(text):
    doc = run_cleaner(ClosingLabel, text)
    assert "end-mark" not in [r.rule for r in doc.removed]
