"""Thai (cleaners/lang/th.toml): artefact lines leave, article sentences that use the same words stay, a composed
document keeps its paragraphs and loses its artefacts. Thai writes no spaces between words, no capitals and no full
stop: a word is counted per three characters (`lines.word_count`), a name is one to four spaced words after a label,
and dates are written in the Buddhist Era (`date_calendars`: "4 ธ.ค. 2569" is 4 December 2026)."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "เชียงใหม่เปิดเส้นทางรถรางสายแรกหลังก่อสร้างนานห้าปี"
ARTICLE = ["เทศบาลนครเชียงใหม่เปิดให้บริการรถรางสายแรกเมื่อเช้าวันจันทร์ โดยเส้นทางยาวสิบสองกิโลเมตรเชื่อมสถานีรถไฟกับ"
           "ย่านเมืองเก่า และคาดว่าจะมีผู้โดยสารวันละกว่าหนึ่งหมื่นคน",
           "โครงการนี้ใช้งบประมาณราวสามพันล้านบาท ส่วนใหญ่มาจากรัฐบาลกลาง ขณะที่ผู้ประกอบการรถสองแถวบางส่วนยังกังวล"
           "ว่าจะสูญเสียรายได้ในช่วงแรกของการเปิดให้บริการ",
           "นายกเทศมนตรีระบุว่าจะเปิดให้ประชาชนทดลองใช้บริการฟรีตลอดสองสัปดาห์แรก ก่อนเริ่มเก็บค่าโดยสารในอัตรา"
           "เดียวกับรถประจำทางของเมือง"]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Thai text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "th", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("โดย ประภาพร วงศ์สวัสดิ์", "byline"),
    ("ผู้เขียน: ประภาพร วงศ์สวัสดิ์ และ ธนากร ศรีสุข", "byline"),
    ("เผยแพร่: 4 ธ.ค. 2569 เวลา 09:15 น.", "date-line"),                 # the Buddhist Era
    ("อัปเดตล่าสุด 4 ธันวาคม พ.ศ. 2569", "date-line"),
    ("04/12/2569 09:15", "date-line"),
    ("ภาพ: ธนากร ศรีสุข / สำนักข่าวเหนือ", "photo-credit"),
    ("ใช้เวลาอ่าน 3 นาที", "reading-time"),
    ("ข่าวที่เกี่ยวข้อง|ร้านค้าริมทางรถรางเตรียมปรับตัว|สถานีใหม่สามแห่งเปิดปีหน้า", "related-story"),
    ("แชร์: Facebook · X · LINE", "share-row"),
    ("© 2569 สำนักข่าวเหนือ สงวนลิขสิทธิ์", "copyright"),
    ("บทความนี้เป็นความคิดเห็นของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับจุดยืนของกองบรรณาธิการ", "disclaimer"),
    ("เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน หากใช้งานเว็บไซต์ต่อถือว่าคุณยอมรับ", "disclaimer"),
    ("ดาวน์โหลดแอปของเราเพื่อรับข่าวด่วนทุกวัน", "app-download"),
    ("ร่วมสนับสนุนสื่ออิสระ ทุกการสนับสนุนมีความหมายสำหรับเรา", "donation-appeal"),
    ("แท็ก: เชียงใหม่, รถราง, คมนาคม", "taxonomy-line"),
    ("บทความนี้สำหรับสมาชิกเท่านั้น", "paywall"),
])
def test_thai_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "โดยเฉพาะผู้สูงอายุที่อาศัยอยู่ในย่านเมืองเก่าจะได้รับประโยชน์จากเส้นทางนี้มากที่สุด",     # opens with "by"
    "ภาพรวมของโครงการได้รับเสียงตอบรับที่ดีจากภาคธุรกิจและนักท่องเที่ยวที่เดินทางมาเยือนเมือง",  # opens with "picture"
    "ที่มาของงบประมาณส่วนใหญ่คือเงินอุดหนุนจากรัฐบาลกลางและเงินกู้ระยะยาวของเทศบาล",       # opens with "source"
    "ผู้ประกอบการหลายรายร่วมสนับสนุนโครงการด้วยการติดตั้งจุดจอดจักรยานใกล้สถานี กล่าวว่าจะช่วยเพิ่มลูกค้า",
    "ในปี 2569 เทศบาลตั้งเป้าจะขยายเส้นทางไปยังสนามบินนานาชาติและมหาวิทยาลัย",            # a year alone
    "ค่าก่อสร้างสถานีละ 2569 ล้านบาทตามรายงานของสำนักงบประมาณ",                             # a number like a year
])
def test_thai_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_thai_comment_threads(pipeline):
    thread = ("ความคิดเห็น (2)|สมพร ใจงาม · 3 ชั่วโมงที่แล้ว|รอมานานมาก ดีใจที่ได้ใช้สักที|ตอบกลับ|"
              "วิไลวรรณ ทองดี · 5 ชั่วโมงที่แล้ว|อยากให้มีที่จอดรถใกล้สถานีมากกว่านี้|ตอบกลับ")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["สมพร ใจงาม", "วิไลวรรณ ทองดี"], ARTICLE)


def test_a_bold_thai_call_after_a_thread_is_no_commenter(pipeline):
    # a comment prompt in bold between a thread and the article's last paragraph is no name (a name has four words at
    # most, and the prompt's 37 characters count 12), so the paragraph under it is no comment
    thread = ("ความคิดเห็น 2 รายการ\n• สมพร ใจงาม\n  รอมานานมาก ดีใจที่ได้ใช้สักที\n  3 ชั่วโมงที่แล้ว · ตอบกลับ\n"
              "• วิไลวรรณ ทองดี\n  อยากให้มีที่จอดรถใกล้สถานีมากกว่านี้\n  5 ชั่วโมงที่แล้ว · ตอบกลับ|"
              "**ฝากความเห็นของคุณไว้ด้านล่างนี้ได้เลย**")
    record = _cleaned(thread, pipeline)
    assert [c["author"] for c in record["comments"]] == ["สมพร ใจงาม", "วิไลวรรณ ทองดี"]
    assert all(p in record["body"].split("\n\n") for p in ARTICLE)


def test_a_composed_thai_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["โดย ประภาพร วงศ์สวัสดิ์", "4 ธ.ค. 2569 · ใช้เวลาอ่าน 3 นาที", "ภาพ: ธนากร ศรีสุข / สำนักข่าวเหนือ",
                 "ดาวน์โหลดแอปของเราเพื่อรับข่าวด่วนทุกวัน", "แท็ก: เชียงใหม่, รถราง, คมนาคม",
                 "© 2569 สำนักข่าวเหนือ สงวนลิขสิทธิ์"]
    paragraphs = ARTICLE + ["ผู้โดยสารกลุ่มแรกส่วนใหญ่เป็นนักเรียนและพนักงานบริษัทที่เดินทางเข้าเมืองในช่วงเช้า "
                            "หลายคนบอกว่าช่วยประหยัดเวลาได้เกือบครึ่งชั่วโมง"]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], paragraphs[3], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "th", text, paragraphs, TITLE)     # no declared language: detected
