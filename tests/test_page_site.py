"""Rule ``site-from-title`` (cleaners/page_site.py): the site's name read from the ``<title>``'s end
segment when the page declares none and the segment spells the page's host name; the title then
loses that segment."""
from selectolax.lexbor import LexborHTMLParser

from cleaners import page_metadata
from cleaners.page_site import site_from_title, without_site

HEADLINE = "Clinics in the valley extend their opening hours"


def _meta(head: str) -> dict:
    return page_metadata.page_metadata(LexborHTMLParser(f"<html><head>{head}</head><body><p>Text.</p></body></html>"))


def test_the_title_s_end_segment_that_spells_the_host_is_the_site_and_leaves_the_title():
    meta = _meta(f"<title>{HEADLINE} « Harbour Weekly</title>"
                 "<link rel='canonical' href='https://harbour-weekly.org/2012/10/clinics/'>")
    assert meta["site"] == "Harbour Weekly"
    assert meta["title"] == HEADLINE
    # the site first, any separator
    meta = _meta(f"<title>The Valley Gazette :: {HEADLINE}</title>"
                 "<meta property='og:url' content='http://www.valleygazette.com/clinics'>")
    assert (meta["site"], meta["title"]) == ("The Valley Gazette", HEADLINE)


def test_a_segment_the_host_does_not_spell_names_no_site():
    meta = _meta(f"<title>{HEADLINE} « Harbour Weekly</title>"
                 "<link rel='canonical' href='https://example.net/2012/10/clinics/'>")
    assert meta["site"] is None
    # no URL at all: nothing confirms the segment
    assert _meta(f"<title>{HEADLINE} | Harbour Weekly</title>")["site"] is None
    # a declared site name wins
    meta = _meta(f"<title>{HEADLINE} | Harbour Weekly</title><meta property='og:site_name' content='HW Online'>"
                 "<link rel='canonical' href='https://harbour-weekly.org/x'>")
    assert meta["site"] == "HW Online"
    # the headline segment is never taken for the site, even when the host spells it
    assert site_from_title("Clinics | Clinics in the valley extend their opening hours", "https://clinics.org/") == "Clinics"
    assert site_from_title("Valley hours | Clinics in the valley extend their hours", "https://clinicsinthevalleyextendtheirhours.org/") is None


def test_the_site_segment_leaves_a_title_only_when_two_words_stay():
    assert without_site(f"{HEADLINE} | Harbour Weekly", "Harbour Weekly") == HEADLINE
    assert without_site(f"Harbour Weekly - {HEADLINE}", "harbour weekly") == HEADLINE
    assert without_site("Harbour Weekly | Home", "Harbour Weekly") == "Harbour Weekly | Home"
    assert without_site(f"{HEADLINE} | Harbour Weekly", "Valley Gazette") == f"{HEADLINE} | Harbour Weekly"
    assert without_site("Brexit - what next for the harbour", "Harbour Weekly") == "Brexit - what next for the harbour"
