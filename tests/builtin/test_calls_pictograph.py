"""A call opening with a pictograph or an arrow before its words (cleaners/builtin/calls_to_action.py: the screen lets
the line through, `rule_for` reads it without the pictograph); a sentence after a pictograph that is no call stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line", [
    ("da", "📲 Køb abonnement og læs alt for 1 kr. den første måned."),
    ("sv", "🔔 Bli prenumerant och läs allt på sajten."),
    ("da", "👉 Bliv abonnent i dag og få adgang til alle artikler."),
])
def test_a_call_after_a_pictograph_goes(code, line):
    doc = run_cleaner(CallsToAction, "\n\n".join([SENTENCES[code], line, SENTENCES[code]]), language=code)
    assert texts(doc) == [SENTENCES[code], SENTENCES[code]]


@pytest.mark.parametrize("code,line", [
    ("en", "🔔 The church bells rang for an hour after the rescue teams reached the village on Tuesday."),
    ("da", "📲 Telefonerne virkede igen onsdag morgen, oplyste kommunen."),
])
def test_a_sentence_after_a_pictograph_stays(code, line):
    doc = run_cleaner(CallsToAction, "\n\n".join([SENTENCES[code], line, SENTENCES[code]]), language=code)
    assert line in texts(doc)
