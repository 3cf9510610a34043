"""A short post written as text between ``<br>``s, in any script, keeps its body: the probe of the main text
(`_dom_runs.run_probe`), its first prose run, must be in an extraction that declines the page dump for a footer's
one paragraph (cleaners/builtin/_dom_runs.py, cleaners/extract_dump.py)."""
import trafilatura
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin import _dom_runs
from cleaners.builtin._dom import main_text
from cleaners.builtin._dom_runs import prose_runs, run_probe
from cleaners.extract_dump import decline_page_dump, is_page_dump
from cleaners.pipeline import Pipeline

MONTHS = "".join(f"<li><a href='/{y}/{m:02d}/'>{y}-{m:02d} ({m + 2})</a></li>"
                 for y in (2010, 2011) for m in range(1, 13))
HAN = ["河边的小公园去年冬天被水淹过一次，今年春天街道请来工人重新铺了步道，又种上了两排柳树和一片月季。",
       "附近的居民说，现在每天傍晚都有人带着孩子来散步，周末还有几位老人在亭子里拉二胡、下象棋，很热闹。"]
LATIN = ["The little park by the river was flooded last winter, and this spring the district had the paths relaid.",
         "Neighbours say that every evening families now come to walk there, and on weekends old men play chess."]


FOOTER = "<p>© 2011 Riverside Notes | Powered by a blog engine | Theme by Someone</p>"


def _page(post: str, footer: str = FOOTER) -> str:
    return ("<html><head><title>Notes</title></head><body><div id='header'><h1>Riverside Notes</h1></div>"
            "<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>"
            "<h2 class='date-header'>Monday, 14 March 2011</h2><div class='post-outer'><div class='post hentry'>"
            "<h3 class='post-title entry-title'>The park</h3>"
            f"<div class='post-body entry-content'>{post}</div><div class='post-footer'>Posted by <span>Ann</span> "
            "at <a href='#'>3:12 PM</a> <a href='#comments'>2 comments</a> Labels: <a href='/l/park'>park</a>, "
            "<a href='/l/river'>river</a></div></div></div></div><div class='blog-pager'><a href='#'>Newer Post</a> "
            "<a href='#'>Older Post</a> <a href='/'>Home</a></div>"
            "<div class='post-feeds'>Subscribe to: <a href='/feeds'>Posts (Atom)</a></div></div></div>"
            f"<div id='sidebar'><h2>Archive</h2><ul>{MONTHS}</ul></div><div id='footer'>{footer}</div></body></html>")


def _body(html: str) -> str:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).record()["body"] or ""


def test_latin_size_counts_han_three_times():
    han = sum("\u4e00" <= c <= "\u9fff" for c in HAN[0])
    assert _dom_runs.latin_size("abc") == 3 and _dom_runs.latin_size(HAN[0]) == len(HAN[0]) + 2 * han


def test_short_han_runs_are_prose_runs():
    assert all(len(line) < 80 for line in HAN)             # each shorter than the run's 80 characters
    runs, chars = prose_runs(LexborHTMLParser(_page("<br /><br />".join(HAN))), _dom_runs.latin_size)
    assert runs is not None and chars == sum(map(len, HAN))


def test_probe_is_the_first_run_when_runs_outweigh_the_paragraphs():
    dom = LexborHTMLParser(_page("<br /><br />".join(LATIN)))
    assert run_probe(dom, main_text(dom)[0]) == LATIN[0][:120]


def test_no_run_probe_when_the_paragraphs_hold_more():
    article = "".join(f"<p>{line} {line}</p>" for line in LATIN)
    address = "<br />".join(["Riverside Notes is written by a neighbour who has lived by the river for thirty years.",
                             "Letters to the editor go to the post office box at the corner of Mill Street and Elm."])
    dom = LexborHTMLParser(_page(article, footer=address))
    assert run_probe(dom, main_text(dom)[0]) == ""


def test_short_han_post_between_brs_keeps_its_body():
    body = _body(_page("<br /><br />\n".join(HAN) + "<br /><br />"))
    assert HAN[0] in body and HAN[1] in body


def test_short_latin_post_between_brs_keeps_its_body():
    body = _body(_page("<br /><br />\n".join(LATIN) + "<br /><br />"))
    assert LATIN[0] in body and LATIN[1] in body


def test_page_of_chrome_only_gets_no_body():
    body = _body(_page(""))
    assert "2011-05" not in body and "Powered by" not in body and "Posted by Ann" not in body


def _dump_page(post: str) -> str:
    nav = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(12))
    return (f"<html><body><div id='top'><ul>{nav}</ul></div><div id='content'><div class='entry'>"
            f"<h2>Still waiting</h2>{post}</div></div><div id='sidebar'><h3>Archives</h3><ul>{MONTHS}</ul></div>"
            "<div id='footer'>Powered by a blog engine. All rights reserved.</div></body></html>")


def test_dump_stays_when_the_rerun_misses_the_first_run():
    page = _dump_page("<p>Nine days without power now. The river is still rising at the bridge.</p>")
    bare = trafilatura.bare_extraction(page)
    assert is_page_dump(bare)
    assert decline_page_dump(bare, trafilatura.bare_extraction, page, "", "A first run the rerun never had") is bare


def test_dump_declined_when_the_rerun_holds_the_first_run():
    post = "Nine days without power now. The river is still rising at the bridge."
    page = _dump_page(f"<p>{post}</p>")
    bare = trafilatura.bare_extraction(page)
    again = decline_page_dump(bare, trafilatura.bare_extraction, page, "", post[:40])
    assert again is not bare and post in again.text
