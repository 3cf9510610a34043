"""A call between square brackets glued to a paragraph's end, a button as a dump prints it (cleaners/builtin/
_appeal_tail.py): read without its brackets; a bracketed aside that is no call stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

PARA = {"en": "The ferry carries about two hundred passengers a day in summer and fewer than fifty in winter.",
        "de": "Die Fähre bringt im Sommer rund zweihundert Fahrgäste am Tag über den Fjord, im Winter weniger als fünfzig."}


@pytest.mark.parametrize("code,button", [
    ("en", "[Sign up for our free morning newsletter]"),
    ("de", "[ Melden Sie sich für unseren kostenlosen Newsletter an ]"),
])
def test_a_bracketed_call_glued_to_a_paragraphs_end_goes_alone(code, button):
    doc = run_cleaner(CallsToAction, f"{PARA[code]} {button}\n\n{PARA[code]}", language=code)
    assert texts(doc) == [PARA[code], PARA[code]]


@pytest.mark.parametrize("aside", ["[Editor's note: the timetable changes in May.]", "[1]", "[sic]"])
def test_a_bracketed_aside_stays(aside):
    doc = run_cleaner(CallsToAction, f"{PARA['en']} {aside}\n\n{PARA['en']}")
    assert texts(doc)[0] == f"{PARA['en']} {aside}"
