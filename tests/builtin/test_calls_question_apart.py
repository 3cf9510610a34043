"""calls_to_action, rule question-apart: a short question a blank line sets apart from a box of app, newsletter or
subscription calls whose lines touch is the article's subheading and stays; a question right over the call (no blank
line), or over a lone call, still goes with it."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY

BOXES = [     # the question, the box's call lines (each a call the language's words name)
    ("en", "Will the lake recover?", ["Subscribe to our newsletter", "Download our app"]),
    ("de", "Hält die Natur das aus?", ["Jetzt abonnieren.", "Laden Sie unsere App herunter"]),
]


@pytest.mark.parametrize("language,question,box", BOXES)
def test_a_question_set_apart_from_a_box_of_touching_calls_stays(language, question, box):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{question}\n\n" + "\n".join(box) + f"\n\n{BODY}", language=language)
    assert question in texts(doc)
    assert box[0] not in texts(doc)


@pytest.mark.parametrize("language,question,box", BOXES)
def test_a_question_touching_the_calls_goes_with_them(language, question, box):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{question}\n" + "\n".join(box) + f"\n\n{BODY}", language=language)
    assert question not in texts(doc)
    assert question in [text for _, text in cuts(doc, "calls_to_action")]
