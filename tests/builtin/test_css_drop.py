from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.css_drop import CssDrop
from cleaners.chain import Chain
from cleaners.document import Document
from cleaners.errors import ConfigError, NotConfigured
from cleaners.pipeline import Pipeline

PAGE = """<html><body><article>
<p>The ferry company will add a second boat on the island route from June, the port office said.</p>
<div class="partner-box"><p>Produced in partnership with the Island Tourism Board.</p>
<div class="partner-box"><p>Nested box text.</p></div></div>
<p class="partner-boxed">A class that only starts like the selector stays.</p>
<p>Timetables will be published in May and tickets go on sale at the harbour office.</p>
</article></body></html>"""


def html_doc(html: str) -> Document:
    return Document(source="t.html", kind="html", raw=html.encode(), html=html, dom=LexborHTMLParser(html))


def test_drops_matching_nodes_and_records_them():
    doc = CssDrop.from_settings({"css_drop_selectors": [".partner-box", "footer"]}).clean_html(html_doc(PAGE))
    html = doc.dom.html
    assert "Island Tourism Board" not in html and "Nested box text" not in html
    assert "A class that only starts like the selector stays." in html          # negative: similar class kept
    assert "second boat" in html and "Timetables" in html
    assert [(r.cleaner, r.rule) for r in doc.removed] == [("css_drop", "css-selector")]   # outermost match only
    assert "Island Tourism Board" in doc.removed[0].text and "Nested box text" in doc.removed[0].text


def test_no_match_changes_nothing():
    doc = html_doc(PAGE)
    assert CssDrop.from_settings({"css_drop_selectors": ["aside.sponsor"]}).clean_html(doc) is doc


def test_not_configured_without_selectors():
    with pytest.raises(NotConfigured):
        CssDrop.from_settings({})
    with pytest.raises(NotConfigured):
        CssDrop.from_settings({"css_drop_selectors": []})
    assert "css_drop" not in Chain.build().names


def test_bad_settings_are_config_errors():
    with pytest.raises(ConfigError):
        CssDrop.from_settings({"css_drop_selectors": 5})
    with pytest.raises(ConfigError):
        CssDrop.from_settings({"css_drop_selectors": ["div[["]})


def test_runs_in_the_pipeline_before_extraction():
    pipeline = Pipeline(Chain.build(settings={"css_drop_selectors": [".partner-box"]}))
    record = pipeline.record(pipeline.document("t.html", PAGE.encode(), "html"))
    assert "Island Tourism Board" not in record["body"]
    assert "second boat" in record["body"]
    assert {"cleaner": "css_drop", "rule": "css-selector"}.items() <= record["removed"][0].items()
