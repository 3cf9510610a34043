"""The number of minutes between the words of a reading-time phrase (cleaners/builtin/dateline.py, rule
``reading-time``, `_number_inside`): "Dakika 5 za kusoma" goes as "dakika za kusoma" with the number in front would;
a sentence that holds the same words and number goes on and is kept."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

TITLE = "Floods reach the valley"
ARTICLE = {**SENTENCES, "sw": "Vikosi vya uokoaji vilifika kijiji kilichofurika alfajiri ya Jumanne, maafisa wa mkoa walisema."}


@pytest.mark.parametrize("code,line", [
    ("sw", "Dakika 5 za kusoma"), ("sw", "Muda 4 wa kusoma"), ("ko", "읽는 데 5분"), ("ko", "읽는데 3분"),
])
def test_a_reading_time_with_its_number_inside_goes(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{ARTICLE[code]}", language=code)
    assert texts(doc) == [TITLE, ARTICLE[code]] and ("reading-time", line) in cuts(doc, "dateline")


@pytest.mark.parametrize("code,line", [
    ("sw", "Dakika 5 za kusoma zilitosha kwa wanafunzi wote darasani kumaliza hadithi hiyo fupi."),
    ("ko", "이 보고서를 읽는 데 5분이면 충분하다는 설명과 달리 실제로는 한 시간이 넘게 걸렸다."),
])
def test_a_sentence_with_the_same_words_and_number_is_kept(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{ARTICLE[code]}", language=code)
    assert line in texts(doc)
