"""Rule `reblog-notice` (`comments/notices.py`): "Reblogged this on …" (language data `reblogged`)
in a thread is a notice that another blog copied the post, never a comment, beside readers'
comments too; a comment that only mentions reblogging stays. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.fallback import comments_from_text
from cleaners.builtin.comments.notices import REBLOG
from cleaners.document import Document

ARTICLE = ("<div class='entry'><h1>Mending a cracked clay pot with rice glue</h1>"
           "<p>Rice glue is older than any bottle on the hardware shelf: boiled rice pressed through a cloth, "
           "mixed with a little lime, and left a day to set before the pot sees water again.</p>"
           "<p>It holds well on unglazed clay and washes out when you want to undo the repair.</p></div>")
READERS = [("Oskar Brandt", "My grandmother did this with her bread crock, it lasted another ten years."),
           ("Nadia Rahim", "Does the lime matter much? I only have garden lime and it is rather coarse.")]


def run(body: str, language: str = "en") -> Document:
    html = f"<html lang='{language}'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def _li(name: str, text: str, k: int, replies: str = "") -> str:
    return (f"<li class='comment' id='comment-{k}'><div class='comment-author vcard'><cite class='fn'>"
            f"<a href='http://example.org/{k}'>{name}</a></cite> says:</div>"
            f"<div class='comment-meta'><a href='#comment-{k}'>June {k + 2}, 2014 at 8:1{k} pm</a></div>"
            f"<p>{text}</p><div class='reply'><a href='#'>Reply</a></div>{replies}</li>")


def _page(units: list[tuple[str, str]], heading: str = "3 Responses") -> str:
    items = "".join(_li(name, text, k) for k, (name, text) in enumerate(units))
    return ARTICLE + f"<div id='comments'><h3>{heading}</h3><ol class='commentlist'>{items}</ol></div>"


REBLOG_EN = ("claypotnotes", "Reblogged this on <a href='http://claypotnotes.example.org/'>Clay Pot Notes</a> and "
             "commented: worth trying before you throw a cracked pot away, my readers will like this one.")
REBLOG_ES = ("tallerdebarro", "Reblogueó esto en <a href='http://tallerdebarro.example.org/'>Taller de barro</a> "
             "y comentó: una técnica antigua que vale la pena probar.")


def test_a_reblog_beside_readers_comments_is_a_notice_not_a_comment():
    doc = run(_page([READERS[0], REBLOG_EN, READERS[1]]))
    assert [c.author for c in doc.comments] == ["Oskar Brandt", "Nadia Rahim"]
    assert "Clay Pot Notes" in " ".join(r.text for r in doc.removed if r.rule == REBLOG)
    assert "Clay Pot Notes" not in doc.dom.body.text()


def test_a_reblog_in_the_pages_language_is_a_notice():
    readers = [("Lucía Ortega", "Mi abuela pegaba así las tinajas, con arroz cocido y un poco de cal."),
               ("Andrés Vidal", "¿Sirve también para macetas que pasan el invierno fuera?")]
    doc = run(_page([readers[0], REBLOG_ES, readers[1]], "3 comentarios"), "es")
    assert [c.author for c in doc.comments] == ["Lucía Ortega", "Andrés Vidal"]
    assert any(r.rule == REBLOG and "Taller de barro" in r.text for r in doc.removed)


def test_a_thread_of_reblogs_alone_has_no_comment_and_is_logged():
    other = ("potterybench", "Reblogged this on <a href='http://example.net/'>The Pottery Bench</a>.")
    doc = run(_page([REBLOG_EN, other], "2 Responses"))
    assert doc.comments == ()
    assert "Pottery Bench" in " ".join(r.text for r in doc.removed)


def test_a_comment_about_reblogging_stays_a_comment():
    talk = ("Ivo Petrov", "I reblogged this on my own site last week, and the readers there asked about lime too.")
    doc = run(_page([READERS[0], talk, READERS[1]]))
    assert [c.author for c in doc.comments] == ["Oskar Brandt", "Ivo Petrov", "Nadia Rahim"]
    assert not any(r.rule == REBLOG for r in doc.removed)


def test_a_reply_to_a_reblog_keeps_the_reblog_and_its_parent():
    reply = "<ul class='children'>" + _li("Oskar Brandt", "Thanks for sharing it over there!", 7) + "</ul>"
    items = _li(*READERS[0], 0) + _li(*REBLOG_EN, 1, reply) + _li(*READERS[1], 2)
    doc = run(ARTICLE + f"<div id='comments'><h3>4 Responses</h3><ol class='commentlist'>{items}</ol></div>")
    texts = [c.text for c in doc.comments]
    assert len(texts) == 4 and texts[1].startswith("Reblogged this on")
    assert doc.comments[2].parent == 1


def test_trafilaturas_comment_text_drops_a_reblog_but_keeps_a_comment():
    comments, removed = comments_from_text(["Ann Lee on 3 May 2012 at 9:59", "Reblogged this on Ann's kitchen.",
                                            "Bob Stone on 4 May 2012 at 10:02", "I reblogged it too, but only after I tried it."], "en")
    assert [c.author for c in comments] == ["Bob Stone"]
    assert any(r.rule == REBLOG and "Ann's kitchen" in r.text for r in removed)
