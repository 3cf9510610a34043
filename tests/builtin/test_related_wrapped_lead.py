"""related_list, rule wrapped-lead: a closing run of headlines whose first lines end a paragraph a dump wrapped into
lines (a Thai one: its lines close no sentence, its first line is one spaceless run, the shape of a one-word heading)
starts after that paragraph, which stays whole; a run of headlines after a blank line is still a closing run."""
from cleaners.builtin.related_list import RelatedList
from cleaners.document import Document, numbered_blocks

from . import texts

BEFORE = ("กรมอุตุนิยมวิทยาคาดการณ์ว่าปริมาณฝนปีนี้ต่ำกว่าค่าเฉลี่ยราวร้อยละ 15 "
          "และอ่างเก็บน้ำหลายแห่งมีน้ำเหลือไม่ถึงครึ่ง")
WRAPPED = ["สถานีวิทยุชุมชนในอำเภอแม่สายรายงานว่ามีผู้ฟังโทรศัพท์เข้ามาแสดงความเห็นเรื่องโครงการนี้",
           "หลายร้อยสาย และส่วนใหญ่ขอให้เทศบาลเปิดเผยแผนที่ฝายทั้งหมด"]
HEADLINES = ["นักท่องเที่ยวแห่เที่ยวดอยตุงช่วงปีใหม่", "ฝุ่นควันแม่สายพุ่งเกินมาตรฐานสามเท่า",
             "เทศบาลเปิดตลาดนัดริมน้ำแห่งใหม่"]


def run(groups: list[list[str]]) -> Document:
    """The cleaner over groups of touching lines, a blank line between groups, one block a line."""
    rows = [(line, "p", 0, (1 if g else 0) if n == 0 else 0) for g, lines in enumerate(groups)
            for n, line in enumerate(lines)]
    text = "\n\n".join("\n".join(lines) for lines in groups)
    doc = Document(source="test.txt", kind="text", raw=text.encode(), blocks=numbered_blocks(rows))
    return RelatedList().clean(doc.with_metadata(language="th"))


def test_a_wrapped_thai_paragraph_over_a_closing_run_stays_whole():
    doc = run([[BEFORE], WRAPPED + HEADLINES[:1], HEADLINES[1:2], HEADLINES[2:]])
    assert texts(doc)[:3] == [BEFORE, *WRAPPED]
    assert "closing-run-heading" not in {r.rule for r in doc.removed}


def test_a_closing_run_after_a_blank_line_still_goes():
    doc = run([[BEFORE], WRAPPED, *([h] for h in HEADLINES)])
    assert texts(doc) == [BEFORE, *WRAPPED]
    assert [r["title"] for r in doc.metadata["related"]] == HEADLINES
