"""A call's words quoted as someone's advice ("..., rät der Trainer") report someone: the sentence stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language", [
    ("Werden Sie Mitglied im Sportverein, rät die Trainerin allen Eltern.", "de"),
    ("Jetzt anmelden, bittet das Schulamt die Familien.", "de"),
    ("Meld je aan voor de cursus, raadt de wijkagent aan.", "nl"),
    ("Bli medlem i hembygdsföreningen, uppmanar kassören.", "sv"),
    ("Assine já a petição, pede a associação de moradores.", "pt"),
    ("Zapisz się na kurs, radzi kierowniczka biblioteki.", "pl"),
    ("Přihlaste se na kurz, radí knihovnice.", "cs"),
])
def test_a_call_quoted_as_advice_stays(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Werden Sie Mitglied und unterstützen Sie uns.", "de"),
    ("Assine já e tenha acesso ilimitado.", "pt"),
])
def test_the_same_calls_without_a_speaker_go(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, BODY]
