"""A comment heading that puts the post's title first ("「…」への1件のフィードバック", rule `title-first-heading`) or
says "one" in words ("Viena atbilde uz “…”") heads the lone comment under it; a quoted title before a count that
is no comment noun, or a count of comments in a sentence, heads nothing. Pages written here."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments import HtmlComments

from ._html import page, run

ARTICLES = {
    "ja": ("市議会、駅前広場の再整備計画を可決", "<p>市議会は十二日、駅前広場の再整備計画を賛成多数で可決した。工事は来年春に始まり、"
           "三年後の完成を目指す。</p><p>計画では広場の半分を歩行者専用とし、バスの乗り場を北側に移す。</p>"),
    "lv": ("Liepājā atklāta jauna koncertzāles terase", "<p>Liepājas koncertzālei svētdien atklāta jauna terase, kurā "
           "vasarā notiks brīvdabas koncerti un tirdziņi.</p><p>Terases būvniecība ilga astoņus mēnešus un izmaksāja "
           "pusmiljonu eiro.</p>"),
}
COMMENT = {"ja": ("山田花子", "2024年3月12日 14:22", "広場が明るくなるのは嬉しいです。工事中の迂回路も教えてほしいです。"),
           "lv": ("Anna Bērziņa", "12.03.2024 14:22", "Ļoti skaisti, noteikti aiziesim uz pirmo koncertu jūnijā.")}


def _page(lang: str, heading: str) -> str:
    title, paras = ARTICLES[lang]
    name, when, text = COMMENT[lang]
    return page(f"<article><h1>{title}</h1>{paras}</article><div><h3>{heading}</h3>"
                f"<div><b>{name}</b> <span>{when}</span><p>{text}</p></div></div>")


@pytest.mark.parametrize("lang, heading", [
    ("ja", "「{t}」への1件のフィードバック"),
    ("ja", "「{t}」への1件の返信"),
    ("lv", "Viena atbilde uz “{t}”"),
])
def test_a_title_first_or_one_in_words_heading_heads_the_lone_comment(lang, heading):
    doc, text = run(HtmlComments(), _page(lang, heading.format(t=ARTICLES[lang][0])), language=lang)
    name, _, said = COMMENT[lang]
    assert [(c.author, c.text) for c in doc.comments] == [(name, said)]
    assert said not in text


@pytest.mark.parametrize("lang, heading", [
    ("ja", "「{t}」は3年で完成"),                 # a quoted title and a count of no comments
    ("ja", "計画には市民から300件のフィードバックが寄せられた"),   # a sentence counting comments, no quoted title
    ("lv", "Viena diena uz “{t}”"),               # "one day": no reply
])
def test_other_headings_with_a_title_or_a_count_head_nothing(lang, heading):
    doc, text = run(HtmlComments(), _page(lang, heading.format(t=ARTICLES[lang][0])), language=lang)
    assert doc.comments == () and COMMENT[lang][2] in text
