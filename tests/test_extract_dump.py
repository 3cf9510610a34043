"""trafilatura's whole-page dump declined for the extraction's own short result (cleaners/extract_dump.py)."""
import trafilatura

from cleaners.extract_dump import decline_page_dump, is_page_dump
from cleaners.pipeline import Pipeline

MONTHS = "".join(f"<li><a href='/archive/{y}/{m}'>Archive {y}-{m:02d} ({m + 3})</a></li>"
                 for y in (2010, 2011, 2012) for m in range(1, 13))
NAV = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(12))
POST = "Nine days without power now. The river is still rising at the bridge."


def _blog(post_html: str) -> str:
    return (f"<html><head><title>Field notes</title></head><body><div id='top'><ul>{NAV}</ul></div>"
            f"<div id='content'><div class='entry'><h2>Still waiting</h2>{post_html}</div></div>"
            f"<div id='sidebar'><h3>Archives</h3><ul>{MONTHS}</ul></div>"
            "<div id='footer'>Powered by a blog engine. All rights reserved.</div></body></html>")


def _clean(html: str) -> dict:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).record()


def test_dump_of_a_short_post_is_declined_for_the_post():
    page = _blog(f"<p>{POST}</p>")
    bare = trafilatura.bare_extraction(page)
    assert is_page_dump(bare) and "Archive 2011-05" in bare.text          # the trap is real
    record = _clean(page)
    assert POST in record["body"]
    assert "Archive 2011-05" not in record["body"] and "Section 7" not in record["body"]


def test_dump_stays_when_the_extraction_finds_nothing_of_its_own():
    page = _blog("")
    bare = trafilatura.bare_extraction(page)
    assert is_page_dump(bare)
    assert decline_page_dump(bare, trafilatura.bare_extraction, page) is bare


def test_dump_stays_when_the_rerun_misses_the_main_text():
    page = _blog(f"<p>{POST}</p>")
    bare = trafilatura.bare_extraction(page)
    kept = decline_page_dump(bare, trafilatura.bare_extraction, page, probe="Words the article never had")
    assert kept is bare


def test_an_extraction_of_paragraphs_is_no_dump():
    paragraphs = "".join(f"<p>Paragraph {k} of a long enough story about the river, the bridge and the "
                         f"people who waited for the water to go down in the valley.</p>" for k in range(6))
    result = trafilatura.bare_extraction(_blog(paragraphs))
    assert not is_page_dump(result)
    assert decline_page_dump(result, trafilatura.bare_extraction, _blog(paragraphs)) is result
