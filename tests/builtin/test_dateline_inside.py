"""Reading times in two more shapes (cleaners/builtin/dateline.py, rule ``reading-time``): the number of minutes
between the words of a reading-time phrase (`_number_inside`: "Dakika 5 za kusoma" goes as "dakika za kusoma" with
the number in front would; a sentence that holds the same words and number is kept), and a reading time glued to a
paragraph's end after its full stop, with a space or none, or after a Thai paragraph's last letter (`_reading_time.reading_tail`:
the tail alone goes; without a stop before it the line stays)."""
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


@pytest.mark.parametrize("code,tail", [("en", "5 min read"), ("pt", "Tempo de leitura: 8 min"), ("de", "Lesezeit 4 Minuten")])
def test_a_reading_time_glued_to_a_paragraph_s_end_leaves_alone(code, tail):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{ARTICLE[code]} {tail}\n\n{ARTICLE[code]}", language=code)
    assert texts(doc) == [TITLE, ARTICLE[code], ARTICLE[code]] and ("reading-time", tail) in cuts(doc, "dateline")


@pytest.mark.parametrize("line", [
    "Readers in the survey said that the ideal feature for a commute on the train is a 5 min read",
    "Short one. 5 min read",
])
def test_a_paragraph_that_ends_in_a_reading_time_without_a_stop_before_it_stays(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{ARTICLE['en']}\n\n{line}", language="en")
    assert line in texts(doc)


@pytest.mark.parametrize("code,glue,tail", [("en", "", "5 min read"), ("de", "", "Lesezeit 4 Minuten"), ("th", " ", "5 min read"),
                                            ("th", "", "3 min read"), ("th", " ", "อ่าน 2 นาที")])
def test_a_reading_time_glued_without_a_space_or_after_a_thai_paragraph_leaves_alone(code, glue, tail):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{THAI if code == 'th' else ARTICLE[code]}{glue}{tail}\n\n{ARTICLE['en']}",
                      language=code)
    assert texts(doc)[1] == (THAI if code == "th" else ARTICLE[code]) and ("reading-time", tail) in cuts(doc, "dateline")


THAI = "การประปาจะหยุดจ่ายน้ำให้บ้านเรือนทุกคืนเป็นเวลาแปดชั่วโมง และห้ามเติมน้ำสระว่ายน้ำส่วนตัวจนกว่าจะมีประกาศใหม่"


@pytest.mark.parametrize("line", [
    "The figure was 3.5 min read from the old meter, the engineers said in their report to the council on Friday",
    "การประปาจะหยุดจ่ายน้ำให้บ้านเรือนทุกคืนเป็นเวลาแปดชั่วโมง และห้ามเติมน้ำสระว่ายน้ำส่วนตัว 5 คัน",
])
def test_a_number_after_a_decimal_point_or_a_thai_figure_is_no_glued_reading_time(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{ARTICLE['en']}\n\n{line}", language="th" if "ก" in line else "en")
    assert line in texts(doc)
