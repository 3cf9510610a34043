"""Rule ``site-name-h1`` (cleaners/page_metadata.py ``_title``): an <h1> that is only the site's
name segment of the <title> is an older layout's logo, not the headline."""
from selectolax.lexbor import LexborHTMLParser

from cleaners import page_metadata

HEADLINE = "Night buses extended to the northern suburbs"


def _title(head: str, body: str) -> str | None:
    return page_metadata.page_metadata(LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>"))["title"]


def test_an_h1_logo_that_is_the_title_s_site_segment_gives_way_to_og_title():
    head = f"<title>{HEADLINE} | Valley Gazette</title><meta property='og:title' content='{HEADLINE}'>"
    body = f"<table><tr><td><h1 class='logo'>Valley Gazette</h1></td></tr><tr><td><h2>{HEADLINE}</h2></td></tr></table>"
    assert _title(head, body) == HEADLINE


def test_an_h1_headline_still_wins_and_a_site_h1_without_other_sources_stays():
    head = f"<title>{HEADLINE} | Valley Gazette</title><meta property='og:title' content='{HEADLINE}'>"
    assert _title(head, f"<h1>{HEADLINE}</h1>") == HEADLINE
    # the site's name is the og:title too: the h1 is what the page calls itself
    own = "<title>Valley Gazette | Home</title><meta property='og:title' content='Valley Gazette'>"
    assert _title(own, "<h1>Valley Gazette</h1>") == "Valley Gazette"
    # no og:title nor JSON-LD headline: nothing tells which segment is the headline, the h1 stays
    assert _title(f"<title>{HEADLINE} | Valley Gazette</title>", "<h1>Valley Gazette</h1>") == "Valley Gazette"


def test_an_h1_that_is_the_title_s_headline_segment_stays_when_og_title_is_worded_otherwise():
    head = (f"<title>{HEADLINE} - Valley Gazette</title>"
            "<meta property='og:title' content='Northern suburbs get night buses'>")
    assert _title(head, f"<h1>{HEADLINE}</h1>") == HEADLINE


def _title_at(head: str, body: str, url: str) -> str | None:
    dom = LexborHTMLParser(f"<html><head>{head}</head><body>{body}</body></html>")
    return page_metadata.page_metadata(dom, url=url)["title"]


def test_an_h1_that_spells_the_site_s_name_is_its_logo_when_no_other_source_names_the_headline():
    """The site's name is known (the <title> segment that spells the host name, or og:site_name):
    an <h1> holding just that name is the logo, and the <title>'s other segment is the headline."""
    body = f"<div id='header'><h1><a href='/'>Valley Gazette</a></h1></div><h2>{HEADLINE}</h2>"
    title = f"<title>{HEADLINE} &#8212; Valley Gazette</title>"
    assert _title_at(title, body, "https://valleygazette.com/2024/05/night-buses/") == HEADLINE
    declared = title + "<meta property='og:site_name' content='Valley Gazette'>"
    assert _title_at(declared, body, "https://example.org/p/12") == HEADLINE


def test_an_h1_headline_stays_when_the_site_s_name_is_known():
    title = f"<title>{HEADLINE} &#8212; Valley Gazette</title>"
    assert _title_at(title, f"<h1>{HEADLINE}</h1>", "https://valleygazette.com/p/12") == HEADLINE
    # a site whose name is not a shorter segment of the <title> (a title of one segment): the h1 stays
    assert _title_at("<title>Valley Gazette</title>", "<h1>Valley Gazette</h1>",
                     "https://valleygazette.com/") == "Valley Gazette"
