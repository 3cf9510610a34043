"""A subheading that reads as a related phrase ("ព័ត៌មានថ្មីៗ", "ข่าวล่าสุด") over its own paragraph, hard-wrapped into
lines of a script without capitals (`_related_heading`): the lines go on without a blank line into the line
that ends the sentence, so they are the paragraph's and stay; the same heading over headlines parted from the next
paragraph by a blank line is a related box (rule ``related-heading``; ``related-heading-run`` on a page's blocks)."""
import pytest

from cleaners.document import Document, numbered_blocks
from cleaners.builtin.related_list import RelatedList

from . import cuts, texts

CASES = {
    "km": ("ក្រសួងសុខាភិបាលបើកមន្ទីរពេទ្យថ្មីនៅខេត្តសៀមរាប",
           "ក្រសួងសុខាភិបាលបានបើកមន្ទីរពេទ្យថ្មីមួយនៅខេត្តសៀមរាបកាលពីថ្ងៃច័ន្ទ ដើម្បីផ្តល់សេវាថែទាំសុខភាព"
           "ដល់ប្រជាពលរដ្ឋនៅតំបន់ជនបទ ដែលពីមុនត្រូវធ្វើដំណើរឆ្ងាយទៅកាន់ទីក្រុង។",
           "ព័ត៌មានថ្មីៗ",
           ["មន្ត្រីក្រសួងបានប្រាប់អ្នកសារព័ត៌មានថាមន្ទីរពេទ្យនេះមានគ្រែចំនួនពីររយ",
            "និងបន្ទប់វះកាត់ចំនួនប្រាំមួយ ដែលនឹងបម្រើអ្នកជំងឺពីខេត្តជិតខាង",
            "ចាប់ពីខែក្រោយតទៅ ហើយគ្រូពេទ្យថ្មីចំនួនហាសិបនាក់ត្រូវបានជ្រើសរើស",
            "ដើម្បីធ្វើការនៅទីនោះ។"],
           ["ក្រសួងអប់រំប្រកាសកាលវិភាគប្រឡងថ្មី", "ភ្លៀងធ្លាក់ខ្លាំងនៅរាជធានីភ្នំពេញ",
            "តម្លៃប្រេងឥន្ធនៈធ្លាក់ចុះនៅសប្តាហ៍នេះ"]),
    "th": ("กระทรวงสาธารณสุขเปิดโรงพยาบาลแห่งใหม่ที่เชียงราย",
           "กระทรวงสาธารณสุขเปิดโรงพยาบาลแห่งใหม่ที่จังหวัดเชียงรายเมื่อวันจันทร์ที่ผ่านมา "
           "เพื่อให้บริการประชาชนในพื้นที่ชนบทที่เคยต้องเดินทางไกลเข้าเมืองเพื่อรับการรักษาพยาบาล",
           "ข่าวล่าสุด",
           ["เจ้าหน้าที่กระทรวงกล่าวกับผู้สื่อข่าวว่าโรงพยาบาลแห่งนี้มีเตียงสองร้อยเตียง",
            "และห้องผ่าตัดหกห้องซึ่งจะให้บริการผู้ป่วยจากจังหวัดใกล้เคียง",
            "ตั้งแต่เดือนหน้าเป็นต้นไป และได้คัดเลือกแพทย์ใหม่ห้าสิบคน",
            "เพื่อมาทำงานที่นี่แล้ว."],
           ["กระทรวงศึกษาประกาศตารางสอบใหม่", "ฝนตกหนักในกรุงเทพมหานคร", "ราคาน้ำมันลดลงในสัปดาห์นี้"]),
}


def wrap(lines: list[str], width: int = 45) -> list[str]:
    """The paragraph of ``lines`` hard-wrapped at ``width`` characters, words cut where a line ends (as a dump of a
    script without spaces between its words wraps it)."""
    text = "".join(lines)
    return [text[k:k + width] for k in range(0, len(text), width)]


def run_rows(rows, language, kind="text"):
    """The related-list cleaner over ``rows`` of (text, gap): a dump's lines, one block a line."""
    blocks = numbered_blocks([(text, "p", 0, gap) for text, gap in rows])
    doc = Document(source="test.txt", kind=kind, raw=b"x", blocks=blocks)
    return RelatedList().clean(doc.with_metadata(language=language))


@pytest.mark.parametrize("kind", ["text", "html"])
@pytest.mark.parametrize("code", sorted(CASES))
def test_a_subheading_over_its_wrapped_paragraph_stays(code, kind):
    title, lead, heading, wrapped, _ = CASES[code]
    rows = [(title, 1), (lead, 1), (heading, 1)] + [(line, 0) for line in wrap(wrapped)]
    doc = run_rows(rows, code, kind)
    assert texts(doc) == [r[0] for r in rows] and cuts(doc, "related_list") == []


@pytest.mark.parametrize("kind,rule", [("text", "related-heading"), ("html", "related-heading-run")])
@pytest.mark.parametrize("code", sorted(CASES))
def test_the_heading_over_headlines_apart_from_the_next_paragraph_goes(code, kind, rule):
    title, lead, heading, wrapped, headlines = CASES[code]
    wrapped = wrap(wrapped)
    rows = [(title, 1), (lead, 1), (heading, 1)] + [(h, 0) for h in headlines] + [(line, 0 if n else 1)
                                                                              for n, line in enumerate(wrapped)]
    doc = run_rows(rows, code, kind)
    assert (rule, heading) in cuts(doc, "related_list")
    assert not set(headlines) & set(texts(doc)) and texts(doc)[-len(wrapped):] == wrapped
