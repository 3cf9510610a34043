"""Rules found by the out-of-sample shapes of the HTML page harness (tests/page_boards.py,
tests/page_lookalikes.py): each with a positive and a negative case, on pages written here.
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Night buses extended to the northern districts</h1>"
           "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p></div>")


def comments(body: str, lang: str = "en") -> list[tuple[str | None, int, str]]:
    html = f"<html lang='{lang}'><body>{ARTICLE}{body}</body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return [(c.author, c.depth, c.text) for c in doc.comments]


# -- a listing modifier ("top", "most") alone does not make a list of the site's comments -------------
def _blogger(list_id: str, wrapper: str = "comment-thread") -> str:
    def one(name, text, date):
        return (f"<li class='comment'><div class='comment-block'><div class='comment-header'><cite class='user'>"
                f"<a href='/p'>{name}</a></cite><span class='datetime'><a href='#c'>{date}</a></span></div>"
                f"<p class='comment-content'>{text}</p></div></li>")
    return (f"<div class='comments' id='comments'><h3>2 comments:</h3><div class='{wrapper}'><ol id='{list_id}'>"
            + one("Ruth M.", "We waited forty minutes for a bus last winter.", "20 May 2016")
            + one("oldtimer58", "Who is going to pay for the extra drivers?", "21 May 2016") + "</ol></div></div>")


def test_a_thread_list_whose_id_starts_with_top_is_the_pages_thread():
    got = comments(_blogger("top-ra"))
    assert [(a, d) for a, d, _ in got] == [("Ruth M.", 0), ("oldtimer58", 0)]


def test_a_list_named_top_comments_is_still_a_listing():
    voc = vocabulary()
    assert voc.names_listing("top-comments") and voc.names_listing("most_commented") and voc.names_listing("recent")
    assert voc.names_listing("most_read comment-thread")       # a modifier beside a comment word
    assert not voc.names_listing("top-ra") and not voc.names_listing("most_read")
    assert not voc.names_listing("toplevel-thread") and not voc.names_listing("top")


# -- a by-word with a colon is a label in any case; capitalised without one it may be a name ------------
def test_a_capitalised_by_label_with_a_colon_leaves_the_name():
    voc = vocabulary()
    assert voc.strip_name("Écrit par : Mireille D.") == "Mireille D."
    assert voc.strip_name("Geschrieben von: Nordlicht") == "Nordlicht"
    assert voc.strip_name("Publicado por: Lucía R.") == "Lucía R."


def test_a_capitalised_by_word_without_a_colon_stays_part_of_the_name():
    voc = vocabulary()
    assert voc.strip_name("Von Trapp") == "Von Trapp"
    assert voc.strip_name("Di Eng") == "Di Eng"


# -- a footer element holding a name and a date is the comment's byline, not its chrome ---------------
def _typepad(footer_class: str, label: str, lang: str, names=("Ernesto", "Paola B.")) -> str:
    dates = ["21/03/2020", "16/03/2020"]
    texts = ["Chi pagherà gli autisti in più? L'articolo non lo dice.",
             "Finalmente i numeri pubblicati. Servirebbe più spesso."]
    units = "".join(f"<div class='comment'><div class='comment-content'><p>{t}</p></div><p class='{footer_class}'>"
                    f"{label} <a href='/p'>{n}</a> | <a href='#c'>{d}</a></p></div>"
                    for n, t, d in zip(names, texts, dates))
    return f"<div class='comments' id='comments'><h3>Commenti</h3><div class='comments-content'>{units}</div></div>"


def test_a_footer_with_a_name_and_a_date_names_the_commenter():
    got = comments(_typepad("comment-footer", "Scritto da:", "it"), "it")
    assert [(a, d) for a, d, _ in got] == [("Ernesto", 0), ("Paola B.", 0)]


def test_a_footer_with_a_control_and_a_date_names_nobody():
    html = _typepad("comment-footer", "", "it", names=("Rispondi", "Rispondi"))
    got = comments(html, "it")
    assert all(a != "Rispondi" for a, _, _ in got)


# -- units named as reviews are a shop page's content, not a thread -------------------------------------
def _reviews(unit_class: str, itemprop: str = "review") -> str:
    people = [("bike_commuter", "Sturdy and light, it folds in seconds and fits in the car boot."),
              ("Ruth M.", "The strap broke after two weeks of use, and the shop would not replace it.")]
    units = "".join(f"<div class='{unit_class}' itemprop='{itemprop}'><div class='rating'>★★★★☆</div>"
                    f"<span class='author'>{name}</span> <span class='date'>3 May 2019</span><p>{text}</p></div>"
                    for name, text in people)
    return f"<section><h2>Customer reviews</h2>{units}</section>"


def test_a_list_of_product_reviews_is_no_thread():
    assert comments(_reviews("review")) == []


def test_units_named_as_comments_are_a_thread_even_with_ratings():
    got = comments(_reviews("review comment", itemprop="comment"))
    assert [a for a, _, _ in got] == ["bike_commuter", "Ruth M."]


# -- the main text may be prose runs between <br><br>: a thread of <p> comments is not the article ----
RUN = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
       "petitions from shift workers who had no way home. ")


def _forum(body_of) -> str:
    posts = [("Ruth M.", "We waited forty minutes for a bus last winter. Anything is better than that."),
             ("oldtimer58", "Who is going to pay for the extra drivers? The article does not say."),
             ("J. Okafor", "My street was promised the same thing in 2019 and nothing happened at all.")]
    return "".join(f"<div class='topic-post'><div class='names'><span class='username'><a href='/u'>{a}</a></span>"
                   f"<span class='date'>3 May 2019</span></div><div class='cooked'>{body_of(t)}</div>"
                   f"<button class='reply'>Reply</button></div>" for a, t in posts)


def _page_with(article: str, thread: str) -> list:
    html = f"<html><body><div id='content'><h2>Night buses</h2><div class='text'>{article}</div></div>{thread}</body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return [c.author for c in doc.comments]


def test_a_thread_after_an_article_of_br_separated_prose_is_found():
    article = (RUN * 2 + "<br><br>") * 4
    assert _page_with(article, _forum(lambda t: f"<p>{t}</p>")) == ["Ruth M.", "oldtimer58", "J. Okafor"]


def test_an_article_in_paragraphs_stays_the_main_text_beside_comments_in_prose_runs():
    article = f"<p>{RUN * 2}</p>" * 4
    assert _page_with(article, _forum(lambda t: f"{t}<br><br>{t}")) == ["Ruth M.", "oldtimer58", "J. Okafor"]
