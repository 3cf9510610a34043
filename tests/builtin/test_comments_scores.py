"""Slash-style threads (`comments/headlines.py`): a title closed by its score ("(Score:5, Insightful)",
rule `scored-title`) keeps the title as the comment's words and cuts the score as chrome; a row of
controls ("Reply to This", "Parent", "Share") is never the author; a header opening with the author's
element stays meta however long ("by ann (4417) <ann@…> on Tuesday July 24, @11:29AM (#4077) Journal").
Negatives: a comment whose sentence ends in brackets with a number, a comment that opens with a cited
name. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Ferry operator trims winter timetable</h1>"
           "<p>The island ferry will run four crossings a day from November instead of six, the operator said on "
           "Monday, citing fuel costs and a shortage of crew for the late boats.</p>"
           "<p>Residents say the last boat at half past six is too early for anyone working on the mainland.</p></div>")
POSTS = [("harbourcat", 4417, "Last boat at 18:30? (Score:5, Insightful)", "Nobody who works a full day can make that boat."),
         ("tidewatcher", 2093, "Re:Last boat at 18:30? (Score:3, Funny)", "Bring a tent, the pier is lovely in November."),
         ("mainlander", 88, "Crew shortage is real (Score:4)", "They advertised the deckhand jobs for a year without takers.")]


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def _post(name: str, uid: int, title: str, text: str, k: int, mail: bool = True) -> str:
    head, score = title.rsplit(" (", 1)
    details = (f" &lt;<a href='mailto:{name}@example.org'>{name}@example.org</a>&gt; on Tuesday July 24, @11:2{k}AM "
               f"(<a href='#c{k}'>#4075{k}</a>) <small><a href='/~{name}/journal'>Journal</a></small>") if mail else ""
    return (f"<li id='tree_{k}' class='comment full'><div class='cw'><div class='commentTop'><div class='title'>"
            f"<h4><a href='#c{k}'>{head}</a> <span class='score'> (<a href='#'><span class=opt>Score:</span>"
            f"{score.split(':', 1)[1].split(',')[0].rstrip(')')}</a>{(',' + score.split(',', 1)[1]) if ',' in score else ')'}"
            f"</span></h4></div><div class='details'><span class='by'>by <a href='/~{name}'>{name} ({uid})</a></span>"
            f"<span class='otherdetails'>{details}</span></div></div>"
            f"<div class='commentBody'><div id='comment_body_{k}'><p>{text}</p></div></div>"
            f"<div class='commentSub'><a class='btn link' href='/reply/{k}'>Reply to This</a> "
            f"{'<a class=btn href=#p>Parent</a> ' if k else ''}<a href='#' class='btn link'>Share</a></div></div></li>")


def _page(posts=POSTS, mail: bool = True) -> str:
    items = "".join(_post(*p, k, mail) for k, p in enumerate(posts))
    return ARTICLE + f"<div id='comments'><h3>3 comments</h3><ul id='commentlisting'>{items}</ul></div>"


def test_scores_are_cut_from_titles_and_controls_are_no_authors():
    doc = run(_page())
    assert [c.author for c in doc.comments] == ["harbourcat (4417)", "tidewatcher (2093)", "mainlander (88)"]
    assert doc.comments[0].text == "Last boat at 18:30?\n\nNobody who works a full day can make that boat."
    assert not any("Score" in c.text or "Reply to This" in c.text or "Journal" in c.text for c in doc.comments)
    chrome = " ".join(r.text for r in doc.removed if r.rule == "comment-chrome")
    assert "(Score:5, Insightful)" in chrome and "Reply to This" in chrome


def test_a_short_header_without_the_mail_gives_the_author_too():
    doc = run(_page(mail=False))
    assert [c.author for c in doc.comments] == ["harbourcat (4417)", "tidewatcher (2093)", "mainlander (88)"]


def test_a_sentence_ending_in_a_bracketed_number_stays_the_comments_text():
    posts = [(n, u, t.rsplit(" (", 1)[0] + " (Score:2)", x + " Fares went up (by 12) last year, and the boats run less (votes: 3 to 1).")
             for n, u, t, x in POSTS]
    doc = run(_page(posts))
    assert all(c.text.endswith("(votes: 3 to 1).") for c in doc.comments)


def test_a_long_line_opening_with_a_cited_name_is_prose():
    posts = [(n, u, t, f"<cite>{n}</cite> said it at the meeting too. The operator has not answered any of the "
              "letters the council sent about the late boats since the spring") for n, u, t, _ in POSTS]
    doc = run(_page(posts))
    assert all("answered any of the letters" in c.text for c in doc.comments)
