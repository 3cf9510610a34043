"""A share row glued to the end of a paragraph (cleaners/builtin/navigation.py, rule ``glued-share-row``): the row goes,
the paragraph's sentence stays."""
import pytest

from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import cuts, texts

EN = "The council approved the plan on Tuesday evening after a debate that lasted almost four hours."
PL = "Od przyszłego tygodnia dostawy wody do domów będą wstrzymywane na osiem godzin każdej nocy."


@pytest.mark.parametrize("code,para,row", [
    ("en", EN, "Share: Facebook | WhatsApp | Email"), ("pl", PL, "Udostępnij: Facebook · Twitter"),
    ("sw", "Habari zetu ni bure kwa wote kwa sababu ya wasomaji kama wewe na wengine.", "Shiriki: Facebook | WhatsApp"),
])
def test_a_share_row_glued_after_the_last_sentence_goes(code, para, row):
    for glue in ("", " "):
        doc = run_cleaner(Navigation, f"{para}{glue}{row}\n\nThe works start in May.", language=code)
        assert texts(doc) == [para, "The works start in May."]
        assert cuts(doc, "navigation") == [("glued-share-row", row)]


@pytest.mark.parametrize("line", [
    EN + " Votes: Labour | Greens | Liberals",              # no network after the label
    "Read it here. Share: Facebook | WhatsApp",             # too short a paragraph: a row of its own kind
    "The plan, which the council calls Share: Facebook | WhatsApp, was approved on Tuesday after four hours",
])
def test_rows_of_other_words_or_without_a_sentence_before_them_stay(line):
    doc = run_cleaner(Navigation, f"{line}\n\nThe works start in May.")
    assert not [c for c in cuts(doc, "navigation") if c[0] == "glued-share-row"]
