"""A reading time under a pictogram (cleaners/builtin/dateline.py, rule ``reading-time-glyph``): "⏱ 4 min read",
"🕒 Czas czytania: 6 min" go as reading times; a word before the reading time keeps the line."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts

TITLE = "Coastal city starts water rationing"
BODY = ("The city's two reservoirs held less than a fifth of their capacity on Monday, the water board said, the "
        "lowest level since measurements began.")


@pytest.mark.parametrize("code,line", [
    ("en", "\u23f1 4 min read"), ("pl", "\U0001f552 Czas czytania: 6 min"), ("uk", "\u23f1\ufe0f Час читання: 5 хв"),
    ("vi", "\u25f7 Thời gian đọc: 3 phút"), ("ru", "\U0001f552 8 мин. на чтение"),
])
def test_a_reading_time_under_a_pictogram_goes(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and ("reading-time", line) in cuts(doc, "dateline")


@pytest.mark.parametrize("line", ["Slow walk 4 min read", "\u23f1 Marathon pace 4 min"])
def test_words_before_a_reading_time_keep_the_line(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)
