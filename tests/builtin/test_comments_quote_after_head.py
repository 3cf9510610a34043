"""A quoted post whose "Ann wrote:" head is set apart right above the quote element ("<cite>Ann wrote:</cite>
<blockquote>…</blockquote>" and then the post's own words; `comments.quoted._quote_after`): the head and the quote are
cut (rule `quoted-post`), the post keeps its own words and its own author. Pages written here (English, Russian,
Arabic)."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Harbour wall to be rebuilt before winter</h1><p>The harbour board agreed on Tuesday "
           "to rebuild the northern breakwater before the winter storms, after two years of surveys that found the old "
           "stones loose along most of its length.</p><p>The work will cost about fourteen million and starts in "
           "spring, "
           "the board said in a statement published after the meeting.</p></div>")
CASES = {
    "en": ("seaview_pete wrote:", ["seaview_pete", "Lucy", "Tom Brennan"],
           ["I think the wall will hold another winter, the surveys were pessimistic.", "Spring sounds "
           "optimistic to me.",
            "The barges will come from the north yard, so the quay stays open."]),
    "ru": ("Морж написал:", ["Морж", "Ольга", "Сергей П."],
           ["Думаю, стена простоит ещё одну зиму, обследования были слишком мрачными.", "Весна, по-моему, "
           "слишком оптимистично.",
            "Баржи придут с северной верфи, так что причал останется открытым."]),
    "ar": ("كتب أبو خالد:", ["أبو خالد", "سارة", "محمد العلي"],
           ["أظن أن السور سيصمد شتاءً آخر، فالمسوحات كانت متشائمة.", "الربيع موعد متفائل جداً في رأيي.",
            "ستأتي الصنادل من الحوض الشمالي، لذلك سيبقى الرصيف مفتوحاً."]),
}


def run(body: str, code: str) -> Document:
    html = f"<html lang='{code}'><body>{ARTICLE}{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def thread(code: str, second: str) -> str:
    head, names, own = CASES[code]
    posts = [own[0], second, own[2]]
    return "<div id='page-body'>" + "".join(
        f"<div id='p{k}' class='post'><div class='inner'><p class='author'>by <a href='/u/{k}'>{name}</a> » "
        f"Tue Mar 1{k}, 2013 8:41 pm</p><div class='content'>{text}</div><a class='reply' "
        f"href='#r'>Reply</a></div></div>"
        for k, (name, text) in enumerate(zip(names, posts))) + "</div>"


def test_a_quote_under_a_head_set_apart_is_cut_and_the_post_keeps_its_author_and_words():
    for code, (head, names, own) in CASES.items():
        second = f"<cite>{head}</cite><blockquote>{own[0][:30]}</blockquote>{own[1]}"
        doc = run(thread(code, second), code)
        assert [(c.author, c.text) for c in doc.comments] == list(zip(names, own)), code
        assert any(r.rule == "quoted-post" and head in r.text for r in doc.removed), code


def test_a_head_set_apart_over_plain_text_quotes_nothing():
    """"Ann wrote:" over the post's own paragraph (no quote element): nothing is cut as a quote."""
    for code, (head, names, own) in CASES.items():
        second = f"<cite>{head}</cite><p>{own[1]}</p>"
        doc = run(thread(code, second), code)
        assert not any(r.rule == "quoted-post" for r in doc.removed), code
        assert any(own[1] in c.text for c in doc.comments), code


def test_a_comment_header_with_a_hidden_writes_above_a_body_opening_with_a_quote_is_no_quote_head():
    """"by Ann writes:" in the comment's header box, its body opening with a quote box of the post it answers: the
    header stays the comment's author (the quote box is not beside it)."""
    head, names, own = CASES["en"]
    posts = "".join(
        f"<div class='comment' id='c{k}'><div class='top'><h4>Re: the wall <span>(Score: 3)</span></h4><div "
        f"class='details'>"
        f"<span class='by'>by <a href='/~{name}'>{name}</a></span><span class='writes' style='display:none'> "
        f"writes:</span>"
        f"</div></div><div class='body'><div id='b{k}'><div class='quote'><p>{own[(k + 2) % 3][:40]}</p></div>"
        f"<p>{text}</p></div></div></div>"
        for k, (name, text) in enumerate(zip(names, own)))
    doc = run(f"<div id='comments'>{posts}</div>", "en")
    assert [c.author for c in doc.comments] == names
