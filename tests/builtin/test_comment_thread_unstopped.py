"""comment_thread, rule unstopped-prose: a paragraph a dump wrapped into touching lines in a script that prints no full
stop (Thai) is the article's prose a thread follows, though its last line ends no sentence; touching lines of
headlines, a single Thai line and a Latin-script run without a final stop are not read so."""
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.start import unstopped_prose
from cleaners.document import Document, numbered_blocks

PARAGRAPH = ["เทศบาลนครลำปางเปิดตลาดนัดวัฒนธรรมริมแม่น้ำวังทุกเย็นวันเสาร์ตลอดฤดูหนาวนี้",
             "โดยมีร้านค้าของชุมชนกว่าหนึ่งร้อยร้านนำอาหารพื้นบ้านและงานหัตถกรรมมาวางขาย",
             "ผู้จัดงานคาดว่าจะมีผู้มาเที่ยวมากกว่าสัปดาห์ละห้าพันคน"]
THREAD = ["3 ความคิดเห็น",
          "@nok_lampang · 2 ชั่วโมงที่แล้ว", "ไปมาแล้วเมื่อเสาร์ที่แล้ว ขนมจีนน้ำเงี้ยวอร่อยมาก", "👍 5   ตอบกลับ",
          "@ลุงแก้ว · 1 ชั่วโมงที่แล้ว", "อยากให้มีที่จอดรถมากกว่านี้หน่อยครับ", "👍 2   ตอบกลับ",
          "@มะปราง · 20 นาทีที่แล้ว", "ขอบคุณเทศบาลที่จัดงานดี ๆ แบบนี้ค่ะ", "👍 9   ตอบกลับ"]
HEADLINES = ["นักท่องเที่ยวแห่เที่ยวดอยตุงช่วงปีใหม่", "ฝุ่นควันแม่สายพุ่งเกินมาตรฐานสามเท่า",
             "เทศบาลเปิดตลาดนัดริมน้ำแห่งใหม่"]
ENGLISH = ["The council opened a riverside market that will run every Saturday evening through",
           "the winter, with more than a hundred stalls of local food and crafts from the villages",
           "around the town and a stage for musicians from the schools and the old people's club"]


def _lines(groups: list[list[str]]) -> Document:
    """Groups of touching lines, a blank line between groups, one block a line."""
    rows = [(line, "p", 0, (1 if g else 0) if n == 0 else 0) for g, lines in enumerate(groups)
            for n, line in enumerate(lines)]
    text = "\n\n".join("\n".join(lines) for lines in groups)
    return Document(source="test.txt", kind="text", raw=text.encode(), blocks=numbered_blocks(rows))


def test_a_thread_under_a_wrapped_thai_paragraph_goes_to_comments():
    doc = CommentThread().clean(_lines([PARAGRAPH, THREAD]))
    assert [c.author for c in doc.comments] == ["nok_lampang", "ลุงแก้ว", "มะปราง"]
    assert doc.comments[1].text == "อยากให้มีที่จอดรถมากกว่านี้หน่อยครับ"
    assert [b.text for b in doc.blocks] == PARAGRAPH
    assert {r.rule for r in doc.removed} == {"comment-header", "comment-author", "comment", "comment-chrome"}


def test_touching_thai_headlines_are_no_prose_and_no_thread_follows():
    doc = CommentThread().clean(_lines([HEADLINES, THREAD]))
    assert doc.comments == ()
    assert not unstopped_prose(_lines([HEADLINES]).blocks, 0)


def test_a_wrapped_thai_paragraph_is_unstopped_prose_and_its_parts_are_not():
    assert unstopped_prose(_lines([PARAGRAPH]).blocks, 0)
    assert not unstopped_prose(_lines([PARAGRAPH[:1]]).blocks, 0)       # one line: no wrapped paragraph
    assert not unstopped_prose(_lines([ENGLISH]).blocks, 0)      # a script with full stops must print one
