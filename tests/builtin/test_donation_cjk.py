"""Donation widgets of Chinese and Japanese text, whose sentences end in "。" like any other (cleaners/lines.py
`FULL_STOPS`): the appeal row (rule ``appeal-row``) and an appeal alone, its phrase between letters of its script."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

JA = "駅前の再開発について、市議会は火曜日に新しい計画を承認し、工事は来年の春に始まる見通しとなった。"
ZH = "市议会周二批准了火车站周边的改造计划，工程预计将于明年春天开工，届时附近的道路将部分封闭。"


@pytest.mark.parametrize("code,body,row", [
    ("ja", JA, "地元の報道を続けるため、ご支援をお願いします。 目標30万円のうち12万円を達成 · 寄付する →"),
    ("ja", JA, "地元の報道を続けるため、ご支援をお願いします。 今月の目標まであと8万円です | 寄付する"),
    ("ja", JA, "地元の報道を続けるため、ご支援をお願いします。 目標30.000円のうち12.500円を達成 · 寄付する"),  # no stop in "30.000"
    ("zh", ZH, "为了让更多读者免费读到我们的报道，请支持我们。 本月已筹得 30,000 元，目标 100,000 元 · 立即捐款 →"),
])
def test_an_appeal_row_ending_in_a_donate_button_goes(code, body, row):
    doc = run_cleaner(Donation, f"{body}\n\n{row}\n\n{body}", language=code)
    assert texts(doc) == [body, body] and cuts(doc, "donation") == [("appeal-row", row)]


@pytest.mark.parametrize("code,body,row", [
    # no donate button closing the row
    ("ja", JA, "地元の報道を続けるため、ご支援をお願いします。 目標30万円のうち12万円を達成 · 2時間前"),
    # the words after the appeal's last stop are a sentence going on, no progress line (no digit)
    ("ja", JA, "ご支援をお願いします。 駅前の工事は来年の春に始まる見通しです · 寄付する"),
    # an appeal reported in a story, a donate button after it
    ("zh", ZH, "市长表示，请支持我们的重建工作。 · 捐款"),
])
def test_a_row_that_is_no_appeal_widget_stays(code, body, row):
    doc = run_cleaner(Donation, f"{body}\n\n{row}\n\n{body}", language=code)
    assert row in texts(doc)


def test_a_chinese_appeal_alone_is_found_though_letters_touch_its_phrase():
    appeal = "您的支持是我们坚持独立报道的动力。"       # "您的支持" with a letter after it: no word boundary in Han
    doc = run_cleaner(Donation, f"{ZH}\n\n{appeal}\n\n{ZH}", language="zh")
    assert texts(doc) == [ZH, ZH] and ("donation-appeal", appeal) in cuts(doc, "donation")


def test_a_japanese_appeal_ending_in_the_ideographic_stop_goes_and_a_story_asking_for_donations_stays():
    appeal = "地元の報道を続けるため、ご支援をお願いします。"
    story = ("被災地の住民は全国からの寄付に感謝しており、町長は「引き続きご支援をお願いします」と述べた。"
             "仮設住宅の建設は来月にも始まる予定で、町は冬までに全世帯の入居を目指している。")
    doc = run_cleaner(Donation, f"{JA}\n\n{appeal}\n\n{story}", language="ja")
    assert texts(doc) == [JA, story] and ("donation-appeal", appeal) in cuts(doc, "donation")
