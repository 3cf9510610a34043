"""Hard-wrapped dumps (`cleaners.text_wrap`): a paragraph cut at a fixed width is one block again before any line
rule runs, in any script; a list, a poem, a table, a header's fields and a text of one paragraph a line are not
joined."""
import textwrap

from cleaners.pipeline import Pipeline
from cleaners.text_input import blocks_from_text
from cleaners.text_wrap import wrap_joins

PARAS = [
    "The harbour board met on Monday evening to discuss the future of the northern pier, which has been closed "
    "to the public since the storm damaged its timber deck in the autumn of last year.",
    "Engineers told the board that a full repair would take at least eight months and would cost more than the "
    "board had set aside, and members asked for a cheaper plan before the spring.",
    "A decision is expected at the next meeting, when the board will also hear from the fishing families who "
    "still moor their boats on the sheltered side of the pier every night.",
]


def wrapped(paras, width=38, sep="\n\n"):
    return sep.join(textwrap.fill(p, width, break_long_words=False) for p in paras)


def texts(text):
    return [b.text for b in blocks_from_text(text)]


def test_a_hard_wrapped_paragraph_is_one_block():
    assert texts(wrapped(PARAS)) == PARAS
    assert texts(wrapped(PARAS, 58)) == PARAS


def test_a_wrapped_line_that_opens_with_a_capital_or_a_digit_is_joined():
    # (a soft wrap needs a lower-case opening; a hard wrap is read from the lengths)
    para = ("The mayor said that the town would ask Brussels and the regional government in Rennes for 2 million "
            "euros to rebuild the pier before 2028, when the ferry contract ends.")
    assert texts(wrapped([para] + PARAS[:2])) == [para] + PARAS[:2]


def test_scripts_without_capitals_are_joined():
    thai = ["คณะกรรมการท่าเรือประชุมเมื่อวันจันทร์ เพื่อหารือเรื่องอนาคตของท่าเทียบเรือด้านเหนือ ซึ่งปิดไม่ให้ประชาชนใช้ "
            "ตั้งแต่พายุทำให้พื้นไม้เสียหาย เมื่อฤดูใบไม้ร่วงปีที่แล้ว และยังไม่มีกำหนดเปิดใหม่",
            "วิศวกรแจ้งว่าการซ่อมแซมทั้งหมดจะใช้เวลาอย่างน้อยแปดเดือน และมีค่าใช้จ่ายสูงกว่างบประมาณ ที่คณะกรรมการ "
            "ตั้งไว้ สมาชิกจึงขอแผนที่ถูกกว่าก่อนฤดูใบไม้ผลิ"]
    assert texts(wrapped(thai, 40)) == thai
    arabic = ["اجتمع مجلس الميناء مساء الاثنين لمناقشة مستقبل الرصيف الشمالي الذي أغلق أمام الجمهور منذ أن ألحقت "
              "العاصفة أضرارا بسطحه الخشبي في الخريف الماضي",
              "وقال المهندسون للمجلس إن الإصلاح الكامل سيستغرق ثمانية أشهر على الأقل وسيكلف أكثر مما خصصه المجلس "
              "وطلب الأعضاء خطة أرخص قبل الربيع"]
    assert texts(wrapped(arabic, 38)) == arabic


def test_chinese_wrapped_at_a_width_is_joined_without_a_space():
    paras = ["港务委员会周一晚上开会讨论北码头的未来。该码头自去年秋天风暴损坏木质甲板以来一直不对公众开放，渔民仍在背风一侧停泊。",
             "工程师告诉委员会，全面修复至少需要八个月，费用超出委员会预留的资金，委员们要求在春天之前提出更便宜的方案。"]
    text = "\n\n".join("\n".join(p[i:i + 18] for i in range(0, len(p), 18)) for p in paras)
    assert texts(text) == paras


def test_a_list_item_s_next_line_joins_the_item_and_items_stay_apart():
    items = ["the northern pier stays closed until the repair is done",
             "boats may moor on the sheltered side", "a new survey will be made in March"]
    body = wrapped(PARAS[:2]) + "\n\nThe board agreed that:\n" + "\n".join(
        textwrap.fill(it, 38, initial_indent="  - ", subsequent_indent="    ") for it in items)
    out = texts(body)
    assert out[:2] == PARAS[:2] and out[-3:] == ["- " + it for it in items]


def test_a_poem_a_table_and_header_fields_are_not_joined():
    poem = "The tide came in across the stones,\nand took the pier it used to know,\nthe gulls went up in " \
           "startled tones,\nthe boats rocked gently down below."
    table = "Pier     Length   Closed\nNorth    240 m    2025\nSouth    180 m    never"
    header = "From: Harbour Gazette <news@example.org>\nDate: Sat, 5 Dec 2026 at 07:12\n" \
             "Subject: Harbour board to decide on the pier\nTo: <reader@example.org>"
    for block in (poem, table, header):
        text = wrapped(PARAS[:2]) + "\n\n" + block + "\n\n" + wrapped(PARAS[2:])
        assert block.split("\n") == [line.strip() for line in texts(text)[2:-1]], block


def test_a_text_of_one_paragraph_a_line_or_of_short_lines_is_not_joined():
    lines = PARAS + ["Related stories", "Harbour fees to rise in the new year", "Ferry times change for winter",
                     "New lifeboat named after local skipper"]
    assert wrap_joins("\n".join(lines).split("\n")) == {}
    headlines = "\n".join(["Harbour fees to rise in the new year", "Ferry times change for the winter season",
                           "New lifeboat named after local skipper", "Storm closes coastal road for a week"])
    assert wrap_joins(headlines.split("\n")) == {}


def test_a_wrapped_paragraph_keeps_its_lines_through_the_cleaners():
    # its first line alone read as the document's title, and a line opening with a digit was never joined again
    para = ("About 2,100 residents of nine villages have had no water since Tuesday, December 1, after the main "
            "pipe near the old mill burst.")
    text = wrapped(PARAS[:2]) + "\n\n" + wrapped([para]) + "\n\n" + wrapped(PARAS[2:])
    pipe = Pipeline()
    doc = pipe.process(pipe.document("wrapped.txt", text.encode(), "text"))
    assert doc.body.split("\n\n") == PARAS[:2] + [para] + PARAS[2:] and not doc.removed


def test_a_thread_of_short_lines_is_not_joined():
    thread = ("Ruth — yesterday\nThat was to be expected.\nReply\n\nBen — 3 hours ago\nWho pays for it?\nReply\n\n"
              "Ida — 2 days ago\nFinally.\nReply")
    assert wrap_joins((PARAS[0] + "\n\n" + thread).split("\n")) == {}
