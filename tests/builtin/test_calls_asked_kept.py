"""An article's question with a call to action glued after it (cleaners/builtin/_asked_call.py ``question_kept``,
read by calls_to_action): a question of more than six words is the article's, so the call goes alone, inline, under
its rule, and the question stays; a short teaser question ("Lust auf mehr?") still goes with its call."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

HEAD = {"en": "The harbour board met on Tuesday to decide the future of the old ferry pier.",
        "de": "Der Hafenausschuss hat am Dienstag über die Zukunft des alten Fähranlegers beraten.",
        "fr": "Le conseil du port s'est réuni mardi pour décider de l'avenir de l'ancien embarcadère."}
GLUED = {
    "en": ("What will happen to the old pier and its kiosk now?", "Subscribe to our newsletter for the latest news."),
    "de": ("Was passiert jetzt mit dem alten Anleger und dem Kiosk?", "Abonnieren Sie unseren Newsletter."),
    "fr": ("Que va devenir l'ancien embarcadère et son kiosque maintenant ?", "Abonnez-vous à notre newsletter."),
}
TEASER = {"en": "Want more? Start your free trial today.", "de": "Lust auf mehr? Jetzt abonnieren.",
          "fr": "Envie d'en lire plus ? Abonnez-vous dès 1 €."}


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_the_articles_question_stays_and_the_glued_call_goes_alone(code):
    question, call = GLUED[code]
    doc = run_cleaner(CallsToAction, f"{HEAD[code]}\n\n{question} {call}", language=code)
    assert texts(doc) == [HEAD[code], question]
    [cut] = doc.removed
    assert cut.text == call and cut.inline and cut.cleaner == "calls_to_action"


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_short_teaser_question_goes_with_its_call_and_a_question_before_prose_stays(code):
    question, _ = GLUED[code]
    prose = f"{question} {HEAD[code]}"
    doc = run_cleaner(CallsToAction, f"{HEAD[code]}\n\n{TEASER[code]}\n\n{prose}", language=code)
    assert texts(doc) == [HEAD[code], prose]
    assert [r.text for r in doc.removed] == [TEASER[code]]
