"""A line of calls only, each sentence a call a rule takes alone (cleaners/builtin/_calls_only.py, read by
calls_to_action): it goes under its first sentence's rule; a line with one sentence of the article stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language,rule", [
    ("This article is for subscribers only. Already a subscriber? Log in.", "en", "paywall"),
    ("Subscribe to continue reading. Already a subscriber? Sign in.", "en", "paywall"),
    ("This article is available to subscribers only. Already a subscriber? Log in.", "en", "paywall"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar. Bereits Abonnent? Hier anmelden.", "de", "paywall"),
])
def test_a_line_whose_every_sentence_is_a_call_goes(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    # a sentence of the article among the calls: the line is the article's
    ("Subscribe to continue reading. The council will vote on the budget on Tuesday evening.", "en"),
    ("Already a subscriber? Most readers of the report were not, the survey found.", "en"),
    ("Dieser Artikel ist nur für Abonnenten verfügbar, kritisierte der Verband. Die Debatte geht weiter.", "de"),
    # more sentences than a run of calls holds
    ("Log in. Sign in. Log in. Sign in. Log in.", "en"),
])
def test_a_line_with_a_sentence_no_call_rule_takes_stays(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line]
