"""Thai writes an age without a space between its unit and "ago" ("6 ชั่วโมงที่แล้ว", "2 วันที่แล้ว"), as Chinese
and Japanese do: the age is read (`vocabulary`: the relative-time pattern's unspaced scripts), and a comment
dated by it alone is headed like one dated in full. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import speaking, vocabulary

from ._html import page, run
from ._html_comments import ARTICLE

ROWS = [("คนริมคลอง", "3 มีนาคม 2567 เวลา 09:24 น.", "เรื่องขยะต้องจัดการให้ดีนะครับ"),
        ("วิชัย ทองดี", "6 ชั่วโมงที่แล้ว", "ที่จอดรถน้อยมากจริงๆ อยากให้เพิ่มอีก"),
        ("มาลี ศรีสุข", "5 มีนาคม 2567 เวลา 21:38 น.", "ไปมาแล้วเมื่อวาน อาหารอร่อยทุกร้าน"),
        ("นภา", "2 ชั่วโมงที่แล้ว", "ขอบคุณสำหรับข่าวครับ ดีใจมากที่มีตลาดแบบนี้ใกล้บ้าน")]


def test_an_unspaced_thai_age_is_an_age():
    with speaking(("th", "en")):
        assert vocabulary().is_relative_time("6 ชั่วโมงที่แล้ว")
        assert vocabulary().is_relative_time("2 วันที่แล้ว")


def test_thai_words_ending_in_ago_without_a_count_are_no_age():
    with speaking(("th", "en")):
        assert not vocabulary().is_relative_time("ชั่วโมงที่แล้ว")
        assert not vocabulary().is_relative_time("ไปมาแล้วเมื่อวานก่อน")


def test_comments_dated_by_thai_ages_are_kept_beside_those_dated_in_full():
    items = "".join(f"<li><strong>{n}</strong> · <small>{d}</small><p>{t}</p></li>" for n, d, t in ROWS)
    doc, _ = run(HtmlComments(), page(ARTICLE + f"<h2>ความคิดเห็น</h2><ul>{items}</ul>"), language="th")
    assert [c.author for c in doc.comments] == [n for n, _, _ in ROWS]
