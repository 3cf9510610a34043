"""Comment <div>s never closed, which the parser nests each in the one before, are sibling comments (rules
`unclosed-chain` in comments/headless.py: flat depths when the source leaves them unclosed; `unclosed-units` in
comments/evidence.py: each measured up to the next, so the long chain of a language without a file is still found);
replies nested right in a comment that has two of them, or a chain closed in the source, keep their depths. Pages
written here."""
from __future__ import annotations

from ._html_comments import table
from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document
from selectolax.lexbor import LexborHTMLParser

NAMES = ["Siân Roberts", "Dafydd Evans", "Gwenllian Huws", "Rhodri Jones", "Nia Williams", "Owain Price"]
TEXTS = ["Beth am barcio yn y dref newydd, mae'n anodd dod o hyd i le yn barod.",
         "Deunaw mis o waith ffordd, druan o'r siopau bach ar y stryd fawr.",
         "Gobeithio y bydd y coed newydd yn cael eu cynnal a'u cadw'n iawn.",
         "Newyddion gwych, mae angen buddsoddiad ar y dref ers blynyddoedd lawer.",
         "Dylai'r cyngor wrando mwy ar farn y trigolion cyn gwario cymaint.",
         "Rwy'n falch o weld marchnad newydd, roedd yr hen un yn boblogaidd iawn."]
WHEN = ["2024-09-26 10:1{}", "14.01.2024 18:3{}", "2024-11-01 09:0{}", "27.05.2024 17:5{}", "05.09.2024 12:2{}",
        "2024-05-15 08:4{}"]
ARTICLE = ("<article><h1>Cynllun newydd i ganol y dref</h1><p>Mae cynghorwyr wedi cymeradwyo cynllun gwerth miliynau "
           "o bunnoedd i adfywio canol y dref, gyda phalmentydd ehangach a mwy o goed.</p><p>Bydd y gwaith yn dechrau "
           "yn y gwanwyn ac yn para tua deunaw mis, meddai arweinydd y cyngor.</p></article>")


def _comments(section: str):
    html = f"<html lang='cy'><body><main>{ARTICLE}{section}</main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc)


def _post(k: int) -> str:
    return (f"<div class='post'><div class='hd'><b>{NAMES[k]}</b> {WHEN[k].format(k)}</div>"
            f"<div class='bd'>{TEXTS[k]}</div>")


def test_comment_divs_never_closed_are_flat_comments():
    doc = _comments("<div class='posts'><h3>Sylwadau</h3>" + "".join(_post(k) for k in range(6)))
    assert [(a, d, p) for a, d, p, _ in table(doc)] == [(n, 0, None) for n in NAMES]
    assert [c.text for c in doc.comments] == TEXTS


def test_replies_nested_right_in_a_comment_with_two_of_them_keep_their_depths():
    two = _post(0) + _post(1) + "</div>" + _post(2) + "</div></div>"    # (the first comment holds two replies)
    section = "<div class='posts'><h3>Sylwadau</h3>" + two + _post(3) + "</div>" + _post(4) + "</div></div>"
    doc = _comments(section)
    depths = {a: d for a, d, _, _ in table(doc)}
    assert depths[NAMES[1]] == depths[NAMES[2]] == depths[NAMES[0]] + 1


def test_a_chain_of_replies_each_closed_in_the_source_keeps_its_depths():
    doc = _comments("<div class='posts'><h3>Sylwadau</h3>" + "".join(_post(k) for k in range(6)) + "</div>" * 7)
    assert [d for _, d, _, _ in table(doc)] == list(range(6))
