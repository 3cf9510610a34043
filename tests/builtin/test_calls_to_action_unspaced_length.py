"""Calls written in Han and kana measured in words of a spaced script's worth (_word_size.statement_words), so a
Chinese or Japanese call as long as an English one is a call too; a statement as long as a paragraph stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

ZH = "成都地铁十九号线二期工程于周六正式开通运营，连接天府新区与双流国际机场，全长四十三公里。"
JA = "札幌市は、高齢者の住宅周辺で除雪作業を行うボランティアに対し、今冬から交通費を支給すると発表した。"


@pytest.mark.parametrize("line,language,para", [
    ("关注我们的微博账号，第一时间获取本地新闻和天气提醒。", "zh", ZH),
    ("メールマガジンに登録して、札幌のニュースを毎朝受け取りましょう。", "ja", JA),
])
def test_a_call_of_many_han_or_kana_characters_goes(line, language, para):
    doc = run_cleaner(CallsToAction, f"{para}\n\n{line}\n\n{para}", language=language)
    assert texts(doc) == [para, para]


@pytest.mark.parametrize("line,language,para", [
    ("关注我们的市民越来越多，地铁公司表示，将在明年春天之前再开通两条线路，并在各站增设无障碍电梯和自行车停车场，方便乘客换乘。", "zh", ZH),
    ("メールマガジンに登録した市民は昨年より三割増え、市は除雪の予定や通行止めの情報を毎朝配信しているが、高齢者の多くは紙の案内を求めている。", "ja", JA),
])
def test_a_long_statement_opening_with_a_call_phrase_stays(line, language, para):
    doc = run_cleaner(CallsToAction, f"{para}\n\n{line}\n\n{para}", language=language)
    assert texts(doc) == [para, line, para]
