"""appeal-tail (cleaners/builtin/_appeal_tail.py): an appeal or a call to action glued to the end of
an article paragraph is cut inline; the paragraph stays whole."""
from cleaners.builtin._appeal_tail import appeal_tail
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.donation import Donation
from tests.conftest import run_cleaner

STORY = ("The bridge across the canal will stay closed until October while divers inspect "
         "the pillars that were hit by a barge last week.")


def _rules(doc):
    return [(r.cleaner, r.rule) for r in doc.removed]


def test_appeal_glued_without_a_space_is_cut_and_the_paragraph_stays():
    doc = run_cleaner(Donation, f"{STORY[:-1]}.Please consider supporting our newsroom with a gift.\n\nNext paragraph here.\n",
                      language="en")
    assert doc.blocks[0].text == STORY
    assert ("donation", "appeal-tail") in _rules(doc)


def test_call_glued_after_a_sentence_is_cut_inline():
    doc = run_cleaner(CallsToAction, f"{STORY} Sign up for our newsletter to get the week's best stories.\n",
                      language="en")
    assert doc.blocks[0].text == STORY
    assert ("calls_to_action", "appeal-tail") in _rules(doc)


def test_a_paragraph_that_only_mentions_donations_stays_whole():
    text = ("The museum asked visitors to donate old photographs of the canal. Please support the archive, "
            "the director told the council.")
    doc = run_cleaner(Donation, text + "\n", language="en")
    assert doc.blocks[0].text == text and not doc.removed


def test_a_call_in_the_middle_of_a_paragraph_is_no_tail():
    text = f"{STORY} Subscribe to our newsletter. The canal authority says repairs will cost about two million."
    assert appeal_tail(text, lambda s: s.startswith("Subscribe")) is None


def test_a_short_head_is_left_to_the_whole_block_rule():
    assert appeal_tail("Thank you for reading. Subscribe to our newsletter.", lambda s: s.startswith("Subscribe")) is None


def test_a_call_answering_the_paragraphs_question_stays():
    text = "What should the village do with the old ferry tickets found in the attic? Share them with the museum."
    assert appeal_tail(text, lambda s: s.startswith("Share")) is None


def test_a_comment_prompt_glued_to_a_paragraph_is_cut_inline():
    for glue in ("", " "):
        doc = run_cleaner(CallsToAction, f"{STORY}{glue}Tell us what you think in the comments below.\n", language="el")
        assert doc.blocks[0].text == STORY and ("calls_to_action", "appeal-tail") in _rules(doc), glue


def test_a_paragraph_reporting_a_comment_prompt_stays_whole():
    text = f"{STORY} Tell us what you think in the comments below, the mayor wrote on the council's page."
    doc = run_cleaner(CallsToAction, text + "\n", language="en")
    assert doc.blocks[0].text == text and not doc.removed
