"""Rule `link-notices` (`comments/notices.py`): a thread of pingbacks and trackbacks alone is no
readers' thread; beside readers' comments they stay comments. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.notices import RULE
from cleaners.document import Document

ARTICLE = ("<div class='entry'><h1>Five ways to keep a sourdough starter alive</h1>"
           "<p>A starter needs flour, water and a warm shelf; most die of neglect in the first fortnight, when "
           "the smell turns sharp and the baker gives up too early.</p>"
           "<p>Feed it at the same hour each day, keep a spare jar in the fridge, and never use all of it.</p></div>")
PINGS = [("Crumb Diaries | baking notes", "[&#8230;] a good list of habits for keeping a starter, the spare jar tip "
          "saved mine last winter [&#8230;]"),
         ("Weekend links #14 - The Oven Log", "[...] five ways to keep a sourdough starter alive, worth a read "
          "before the holidays [...]")]
READER = ("Marta Ruiz", "I keep mine in the fridge all week and feed it on Fridays, it has survived two years.")


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def _li(cls: str, name: str, text: str, k: int) -> str:
    return (f"<li class='{cls}' id='comment-{k}'><div class='comment-author vcard'><cite class='fn'>"
            f"<a href='http://example.org/{k}'>{name}</a></cite> says:</div>"
            f"<div class='comment-meta'><a href='#comment-{k}'>May {k + 2}, 2013 at 9:1{k} am</a></div>"
            f"<p>{text}</p><div class='reply'><a href='#'>Reply</a></div></li>")


def _page(units: list[tuple[str, str, str]], heading: str = "2 Responses") -> str:
    items = "".join(_li(cls, name, text, k) for k, (cls, name, text) in enumerate(units))
    return ARTICLE + f"<div id='comments'><h3>{heading}</h3><ol class='commentlist'>{items}</ol></div>"


def test_pingbacks_alone_are_no_comments_and_are_logged():
    doc = run(_page([("pingback", *PINGS[0]), ("trackback", *PINGS[1])]))
    assert doc.comments == ()
    logged = " ".join(r.text for r in doc.removed if r.rule == RULE)
    assert "spare jar tip" in logged and "worth a read" in logged
    assert "spare jar tip" not in doc.dom.body.text()


def test_framed_excerpts_without_classes_alone_are_no_comments():
    doc = run(_page([("comment", *PINGS[0]), ("comment", *PINGS[1])]))
    assert doc.comments == ()
    assert "worth a read" in " ".join(r.text for r in doc.removed if r.rule == RULE)


def test_pingbacks_beside_a_readers_comment_stay_comments():
    doc = run(_page([("comment", *READER), ("pingback", *PINGS[0]), ("trackback", *PINGS[1])], "3 Responses"))
    assert [c.author for c in doc.comments][:2] == ["Marta Ruiz", PINGS[0][0]] and len(doc.comments) == 3
    assert "worth a read" in doc.comments[2].text
    assert not any(r.rule == RULE for r in doc.removed)


def test_a_comment_opening_with_an_elision_only_is_a_comment():
    quoted = ("Linh Tran", "[...] never use all of it. This is the one rule I kept breaking, thanks for spelling it out.")
    doc = run(_page([("comment", *quoted), ("comment", *READER)]))
    assert [c.author for c in doc.comments] == ["Linh Tran", "Marta Ruiz"]
