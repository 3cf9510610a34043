"""Rule `signed-units` (`comments/signed._titled`): a linked title line is counted in the words of its script, so a
Thai list of related stories (a linked headline, a byline with a time, a standfirst) is no thread; Thai comments signed
by a name and a time, with no linked title, still are. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from tests.builtin._html import page, run

ARTICLE = ("<h1>ราคาน้ำมัน</h1><p>กระทรวงพลังงานประกาศปรับราคาน้ำมันดีเซลขึ้นอีกลิตรละห้าสิบสตางค์ตั้งแต่วันพรุ่งนี้ "
           "หลังราคาน้ำมันดิบในตลาดโลกสูงขึ้นต่อเนื่องมาตลอดสัปดาห์ที่ผ่านมา</p><p>ผู้ประกอบการขนส่งเรียกร้องให้รัฐบาล"
           "ช่วยตรึงราคา เพื่อไม่ให้ค่าขนส่งสินค้าสูงขึ้นจนกระทบผู้บริโภค</p>")
SIGNED = [("สมชาย ใจดี", "12/03/2024 14:30", "ตลาดหุ้นไทยปิดบวกรับข่าวดีจากต่างประเทศ",
           "นักลงทุนต่างชาติกลับมาซื้อสุทธิเป็นวันที่สามติดต่อกัน"),
          ("วิภา รักษ์ดี", "12/03/2024 11:05", "ค่าเงินบาทแข็งค่าที่สุดในรอบสองเดือน",
           "ธนาคารแห่งประเทศไทยจับตาการไหลเข้าของเงินทุนอย่างใกล้ชิด"),
          ("ประเสริฐ มั่นคง", "11/03/2024 16:45", "ราคาทองคำวันนี้ปรับขึ้นสองร้อยบาท",
           "สมาคมค้าทองคำประกาศราคาครั้งที่สองของวันในช่วงบ่าย")]


def _comments(units):
    doc, text = run(HtmlComments(), page(ARTICLE + f'<div class="more">{units}</div>'), language="th")
    return [(c.author, c.text) for c in doc.comments], text


def test_a_thai_list_of_related_stories_is_no_thread():
    units = "".join(f'<div class="item"><a href="/news/{k}">{t}</a><div class="by">{a} {d}</div><p>{s}</p></div>'
                    for k, (a, d, t, s) in enumerate(SIGNED))
    comments, text = _comments(units)
    assert comments == [] and "ตลาดหุ้นไทย" in text


def test_thai_comments_signed_by_a_name_and_a_time_are_a_thread():
    units = "".join(f'<div class="item"><div class="by">{a} {d}</div><p>{t} {s}</p></div>' for a, d, t, s in SIGNED)
    comments, _ = _comments(units)
    assert [a for a, _ in comments] == [a for a, _, _, _ in SIGNED]
