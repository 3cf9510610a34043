"""The full stops and question marks of Chinese and Japanese ("。", "．", "！", "？") and the Ethiopic question mark
("፧") among every script's sentence ends (`lines.FULL_STOPS`, `SENTENCE_STOPS`, `QUESTION_MARKS`)."""
import re

from cleaners.lines import FULL_STOPS, SENTENCE_STOPS, ends_sentence, is_headline_like, stop_chars, stop_class


def test_a_chinese_or_japanese_sentence_closed_by_its_full_stop_is_no_headline():
    assert not is_headline_like("市立图书馆周一重新开放。") and not is_headline_like("市立図書館が月曜日に再開した。")
    assert not is_headline_like("市立図書館が月曜日に再開した．")               # the full-width form
    assert is_headline_like("市立图书馆周一重新开放") and is_headline_like("市立図書館が月曜日に再開")


def test_the_cjk_stops_are_in_every_sentence_end_class():
    assert {"\u3002", "\uff0e", "\uff61"} <= set(FULL_STOPS) and {"\uff01", "\uff1f", "\u1367"} <= set(SENTENCE_STOPS)
    assert "\uff1f" in stop_chars("?") and "\uff1f" not in stop_chars("!") and "\u3002" in stop_chars()
    ends = re.compile(rf"[{stop_class('!?')}]$")
    for sentence in ("图书馆重新开放。", "図書館は再開しますか？", "太好了！", "ቤተ መጻሕፍቱ ይከፈታል?", "ቤተ መጻሕፍቱ ይከፈታል፧"):
        assert ends.search(sentence) and ends_sentence(sentence), sentence


def test_a_line_without_a_stop_or_with_a_comma_ends_no_sentence():
    for line in ("图书馆重新开放，", "図書館が再開、", "ቤተ መጻሕፍቱ፣"):
        assert not ends_sentence(line) and not re.search(rf"[{stop_class('!?')}]$", line), line
