"""A run of bare paragraphs signed after their text ("<p>text</p><p class=sig>— Name, date</p>") in a script
without spaces: whether the repeated line closes each comment or opens it is told by the text before the first
and after the last one (`units._footer_mode`), whose words are counted in the script's words (a Chinese
character each), not in spaced tokens. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE

ROWS = [("王小明", "2024年3月3日 13:46", "感谢记者的详细报道。\n\n终于改好了，以前地上全是水。"),
        ("老街坊", "2024年3月4日 08:02", "晚上十点以后还有车吗？"),
        ("李建国", "2024年3月5日 21:10", "希望票价不要涨。\n\n免费摊位给农户是好事。")]


def test_signatures_after_unspaced_texts_sign_the_text_before_them():
    out = "".join("".join(f"<p>{x}</p>" for x in t.split("\n\n")) + f"<p class='sig'>— {n}, {d}</p>" for n, d, t in ROWS)
    doc, _ = run(HtmlComments(), page(ARTICLE + f"<div class='readers'><h3>评论</h3>{out}</div>"), language="zh")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ROWS]


def test_headers_before_unspaced_texts_head_the_text_after_them():
    out = "".join(f"<p class='head'>{n}, {d}</p>" + "".join(f"<p>{x}</p>" for x in t.split("\n\n")) for n, d, t in ROWS)
    doc, _ = run(HtmlComments(), page(ARTICLE + f"<div class='readers'><h3>评论</h3>{out}</div>"), language="zh")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ROWS]
