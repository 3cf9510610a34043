"""An article's question, one more sentence of the article and a call glued after them on one line
(cleaners/builtin/_asked_call.py, guard ``sentence-before-call``): the call goes alone, the question and the sentence
stay; a call right after the question still goes alone under its rule (``question_kept``), a second call with it."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

HEAD = {"en": "The harbour board met on Tuesday to decide the future of the old ferry pier.",
        "ne": "पोखरा महानगरपालिकाले सोमबारदेखि तालमा सफाइ अभियान सुरु गरेको छ, जसमा पाँच सय स्वयंसेवी सहभागी छन्।"}
QUESTION = {"en": "What will happen to the old pier and its kiosk now?",
            "ne": "के यस पटक ताल साँच्चै पूरै सफा होला?"}
SENTENCE = {"en": "Fishermen are hopeful.", "ne": "स्थानीय माझी आशावादी छन्।"}
CALL = {"en": "Follow us on Facebook and Instagram.", "ne": "हामीलाई फेसबुक र इन्स्टाग्राममा फलो गर्नुहोस्"}


@pytest.mark.parametrize("code", ["en", "ne"])
def test_an_article_sentence_between_the_question_and_the_call_stays(code):
    kept = f"{QUESTION[code]} {SENTENCE[code]}"
    doc = run_cleaner(CallsToAction, f"{HEAD[code]}\n\n{kept} {CALL[code]}", language=code)
    assert texts(doc) == [HEAD[code], kept]
    [cut] = doc.removed
    assert cut.text == CALL[code] and cut.inline and cut.rule == "appeal-tail"


def test_a_call_right_after_the_question_still_goes_alone_with_the_call_after_it():
    calls = f"{CALL['en']} Subscribe to our newsletter."
    doc = run_cleaner(CallsToAction, f"{HEAD['en']}\n\n{QUESTION['en']} {calls}", language="en")
    assert texts(doc) == [HEAD["en"], QUESTION["en"]]
    [cut] = doc.removed
    assert cut.text == calls and cut.inline and cut.rule == "newsletter"
