"""htmldate's quick search, and the date of a URL taken without parsing the page for it."""
from __future__ import annotations

import htmldate

from cleaners import page_metadata
from cleaners.page_metadata import date_from_html

PAGE = ("<html><head><title>Harbour news</title></head><body><article><p>The ferry left at noon, "
        "and the harbour master wrote it down.</p><p class=\"date\">2015-03-03</p></article></body></html>")
DATED_URL = "https://news.example.org/2014/06/21/ferry-left-at-noon"


def test_a_date_in_the_url_is_what_htmldate_finds_and_the_page_is_not_parsed(monkeypatch):
    assert date_from_html(PAGE, DATED_URL) == htmldate.find_date(
        PAGE, url=DATED_URL, extensive_search=False, original_date=True) == "2014-06-21"

    def no_parse(*args, **kwargs):
        raise AssertionError("the page was parsed")
    monkeypatch.setattr(htmldate, "find_date", no_parse)
    assert date_from_html(PAGE, DATED_URL) == "2014-06-21"


def test_without_a_url_date_the_page_is_searched():
    undated = "https://news.example.org/harbour/ferry-left-at-noon"
    assert page_metadata.url_date(undated) is None
    assert date_from_html(PAGE, undated) == htmldate.find_date(
        PAGE, url=undated, extensive_search=False, original_date=True)
    assert date_from_html(PAGE, undated) == "2015-03-03"


def test_text_htmldate_would_not_read_as_html_gets_no_url_date(monkeypatch):
    """No "html" in its first characters: htmldate's loader may reject it, so find_date decides."""
    calls = []

    def find_date(html, **kwargs):
        calls.append(html)
        return None
    monkeypatch.setattr(htmldate, "find_date", find_date)
    fragment = "<p>The ferry left at noon, and the harbour master wrote it down in his book.</p>"
    assert date_from_html(fragment, DATED_URL) is None
    assert date_from_html("<html><body>\ud800</body></html>", DATED_URL) is None
    assert len(calls) == 2


def test_whether_the_page_parses_is_asked_only_when_the_url_holds_a_date(monkeypatch):
    """The check reads the whole page: a URL without a date goes to htmldate unchecked."""
    asked = []
    parses = page_metadata._parses
    monkeypatch.setattr(page_metadata, "_parses", lambda html: asked.append(html) or parses(html))
    assert date_from_html(PAGE, "https://news.example.org/harbour/ferry-left-at-noon") == "2015-03-03"
    assert asked == []
    assert date_from_html(PAGE, DATED_URL) == "2014-06-21" and asked == [PAGE]
