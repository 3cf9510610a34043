"""Rule ``main-class-kept`` (cleaners/extract_keep.py): the main text container kept from trafilatura's
class-name discards when the extraction missed it."""
from __future__ import annotations

from cleaners.extract_keep import kept_attributes, missed_article, page_with_main_kept
from cleaners.pipeline import Pipeline

PARAGRAPHS = [
    "The ferry operator announced on Tuesday that the winter timetable will start two weeks earlier than "
    "planned, because the older of its two boats needs a new engine before the storms arrive.",
    "Commuters who cross the bay every morning said the change would add half an hour to their journey, "
    "and several of them asked the council to pay for a replacement bus along the coast road.",
    "The operator's director said the new engine had been ordered in the spring but was held up at the "
    "factory, and that the boat should be back in service by the end of January at the latest.",
    "A public meeting about the timetable will be held in the town hall next Thursday evening, and the "
    "council has promised to publish the costs of the bus service before it takes place.",
]


def clean(html: str):
    pipe = Pipeline()
    return pipe.process(pipe.document("page.html", html.encode(), "html"))


def page(article_class: str, beside: str = "") -> str:
    """An article in a wrapper whose class trafilatura deletes boilerplate for, beside a box of partner
    offers (short linked lines) and an author box, all in one main area."""
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2]) + "<h2>What happens next</h2>" + \
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    return f"""<html><head><title>Ferry timetable changes early</title></head><body>
<div id="main-area"><h1>Ferry timetable changes early</h1>
<div class="layout"><div class="{article_class}">{paragraphs}</div></div>
<div class="box b-11"><h3>Partner offers</h3>
<div><a href="/a"><span>Win a weekend in the hills</span></a><small>Travel Co</small></div>
<div><a href="/b"><span>Five gadgets for the kitchen</span></a><small>Shop Daily</small></div>
<div><a href="/c"><span>The best hiking boots this year</span></a><small>Outdoor Life</small></div></div>
<div><div><strong>Jane Roe</strong></div><div>March 3, 2014 · 3 min read</div></div>
<div class="box b-12"><p>This website stores small files on your device to remember your settings. By staying on
the site you accept them.</p><a href="#">OK</a></div>{beside}
</div></body></html>"""


def test_article_in_a_discarded_wrapper_is_extracted():
    body = "\n".join(b.text for b in clean(page("elementor-widget-container")).blocks)
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    assert "Win a weekend in the hills" not in body


def test_wrapper_tokens_dropped_one_by_one():
    kept = kept_attributes("div", {"class": "entry-content widget", "id": "post-4"})
    assert kept == {"class": "entry-content", "id": "post-4"}
    assert page_with_main_kept("<html><body><div class='plain'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
                               + "</div></body></html>") == ""      # nothing to keep: no second extraction


def test_extraction_of_short_prose_paragraphs_stays():
    """An extraction holding three sentences of prose is an article however short: it stays although it
    misses the main container's probe (the main container may be a box of longer paragraphs beside it)."""
    text = "\n".join(["Update", "The bridge closed at noon after a lorry struck its railing.",
                      "Police diverted traffic through the old town for the afternoon.",
                      "Repairs are expected to take the rest of the week, the council said."])
    assert not missed_article(text, "Readers wrote in about the closure and the long detours")
    assert missed_article("Partner offers\nWin a weekend in the hills Travel Co\nJane Roe",
                          "Readers wrote in about the closure and the long detours")


def test_footer_paragraph_is_no_article():
    """A footer's one paragraph of prose (the main container of a page whose article has none) keeps
    its class: too little prose to be the article."""
    footer = f'<div id="footer"><p>{PARAGRAPHS[0]}</p></div>'
    html = f"""<html><head><title>Comic</title></head><body><div id="content"><h1>Comic 12</h1>
<div><img src="/c.png" width="600" height="400"></div><div>Our weekly comic about working from home.</div>
</div>{footer}</body></html>"""
    assert page_with_main_kept(html) == ""
