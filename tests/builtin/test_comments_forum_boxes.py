"""A forum topic in a language without a word file, its opening post the article: the replies are read when every
post's poster box holds the same two numbered fields (`labels`, read before the opening post is judged: `thread`),
a post count that reads as a year among them (rule `bare-count-field`); without such boxes the page is one article.
Pages written here (Faroese)."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

OPENING = ["Kommunan hevur samtykt at byggja nýggja svimjihøll við havnina, og arbeiðið byrjar í vár.",
           "Høllin fær eina 25 metra langa svimjibrekku og eitt serstakt bað til smábørn og eldri fólk.",
           "Kostnaðurin verður mettur til umleið 180 milliónir krónur, sum verða goldnar yvir tíggju ár."]
REPLIES = [("Jóannes Petersen", "1903", "Endiliga, vit hava bíðað eftir hesum í fleiri ár."),
           ("Turið Joensen", "688", "Hvat við parkeringini, verður pláss til øll tey, sum koma?"),
           ("Rógvi Hansen", "45", "Gott at hugsað verður um smábørnini, tað vantar í dag.")]


def _page(box: bool) -> str:
    def post(name, count, k, text):
        fields = f"<br>Innlegg: {count}<br>Skrásettur: {k + 1:02d}.20{10 + k}" if box else ""
        return (f"<div class='p'><div class='l'><a href='/u/{k}'>{name}</a>{fields}</div>"
                f"<div class='r'><div class='m'>#{k + 1} · {k + 3:02d}.03.2024 1{k}:25</div>{text}</div></div>")
    first = post("Sámal Dam", "2210", 0, "".join(f"<p>{p}</p>" for p in OPENING))
    rest = "".join(post(n, c, k + 1, t) for k, (n, c, t) in enumerate(REPLIES))
    topic = f"<h1>Nýggj svimjihøll</h1><div class='topic'>{first}{rest}</div>"
    return f"<html lang='fo'><body><main>{topic}</main></body></html>"


def _comments(html: str) -> tuple:
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def test_replies_under_posters_boxes_of_unknown_words_are_comments():
    got = _comments(_page(box=True))
    assert [(c.author, c.text) for c in got] == [(n, t) for n, _, t in REPLIES]


def test_posts_without_boxes_stay_the_article():
    assert not _comments(_page(box=False))
