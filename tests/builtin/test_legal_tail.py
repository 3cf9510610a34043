"""A copyright notice glued to the end of a paragraph (cleaners/builtin/_legal_tail.py, rule legal-tail)."""
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

P1 = "Dock workers returned to work on Tuesday morning after union leaders accepted a revised offer."
P2 = "Under the agreement, pay for shifts that start after ten in the evening will rise by eighteen percent."
NOTICE = "© 2024 Harbour Media Ltd. All rights reserved."
VI = "Thành phố đặt mục tiêu đến năm 2030 toàn bộ xe buýt sẽ sử dụng năng lượng sạch."


def test_a_notice_glued_to_the_last_paragraph_is_cut_inline():
    doc = run_cleaner(Legal, f"{P1}\n\n{P2} {NOTICE}")
    assert texts(doc) == [P1, P2]
    assert [(r.rule, r.text, r.inline) for r in doc.removed] == [("legal-tail", NOTICE, True)]
    notice = "© 2024 Báo Thủ Đô. Bảo lưu mọi quyền. Không được sao chép khi chưa có sự đồng ý bằng văn bản."
    doc = run_cleaner(Legal, f"{P1}\n\n{VI} {notice}", language="vi")
    assert texts(doc) == [P1, VI]                          # the paragraph stays, not cut whole as a disclaimer


def test_a_copyright_sign_inside_a_sentence_or_without_a_year_stays():
    for para in (f"{P2} The label read © Harbour Media and nothing else.",
                 f"{P2} © Harbour Media, said the label on every crate.",
                 "Short line. © 2024 Harbour Media Ltd."):
        doc = run_cleaner(Legal, f"{P1}\n\n{para}")
        assert [r.rule for r in doc.removed if r.rule == "legal-tail"] == [], para


def test_a_notice_glued_to_a_paragraph_in_a_language_without_a_file_is_cut_too():
    para = "Verktakinn segir að steypuvinnu sé að mestu lokið og að nú verði unnið við lýsingu og handrið."
    notice = "© 2024 Suðurlandsmiðlar ehf. Öll réttindi áskilin."
    doc = run_cleaner(Legal, f"{para}\n\n{para} {notice}", language="is")
    assert texts(doc) == [para, para] and [r.rule for r in doc.removed] == ["legal-tail"]
