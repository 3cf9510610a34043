"""Rule `table-entries` in a script written without spaces: a message of Chinese or Japanese has few or no spaces,
so its length is counted in words of the script (`lines.word_count`: a character each), not in spaced tokens."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE

ENTRIES = [("王小明", "2024年3月3日 13:46", "新的公交线路终于开通了，上班方便多了。"),
           ("老街坊", "2024年3月4日 08:02", "晚上十点以后还有车吗？"),
           ("李建国", "2024年3月5日 21:10", "希望票价不要涨，谢谢记者的报道。")]


def _dl(entries) -> str:
    return "<dl>" + "".join(f"<dt>{n} — {d}</dt><dd><p>{t}</p></dd>" for n, d, t in entries) + "</dl>"


def test_a_definition_list_of_unspaced_messages_is_comments():
    doc, left = run(HtmlComments(), page(ARTICLE + _dl(ENTRIES)), language="zh")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in ENTRIES]
    assert "上班方便多了" not in left


def test_unspaced_descriptions_of_a_word_or_two_are_no_messages():
    doc, left = run(HtmlComments(), page(ARTICLE + _dl([(n, d, "好") for n, d, _ in ENTRIES])), language="zh")
    assert doc.comments == () and "王小明" in left
