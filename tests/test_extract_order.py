"""The body put back in the page's order (cleaners/extract_order.py)."""
from cleaners.document import Block
from cleaners.extract_order import page_order
from cleaners.lines import squeezed
from cleaners.pipeline import Pipeline

ENTRIES = [("10:32", "Rescue teams reached the flooded village at dawn, officials said, after the river burst its banks."),
           ("10:15", "The regional governor has declared a state of emergency for three districts along the river."),
           ("09:58", "Rail services between the two largest towns have been suspended until further notice."),
           ("09:40", "Residents describe water rising by more than a metre within an hour, forcing families upstairs."),
           ("09:21", "Meteorologists expect more rain through the afternoon, with warnings in place until midnight.")]
HEADLINE = "Floods cut off mountain villages"
LEAD = "Heavy rain has flooded villages across the valley. Follow our live coverage."


def _keys(units: list[str]) -> list[str]:
    return [squeezed(unit) for unit in units]


def _blocks(*texts: str) -> tuple[Block, ...]:
    return tuple(Block(t) for t in texts)


def test_a_live_blog_keeps_its_headline_lead_and_entries_in_the_page_order():
    items = "".join(f"<div class='post-entry'><div class='entry-header'><span class='author'>Maria Keller</span> "
                    f"<time>{t}</time></div><div class='entry-content'><p>{x}</p></div></div>" for t, x in ENTRIES)
    page = (f"<html lang='en'><head><title>Live | News</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/n'>News</a></nav><main><h1>{HEADLINE}</h1><p class='intro'>{LEAD}</p>"
            f"<div class='liveblog'>{items}</div></main><footer>© 2024 News</footer></body></html>")
    pipeline = Pipeline()
    body = pipeline.record(pipeline.document("live.html", page.encode(), "html"))["body"].split("\n\n")
    expected = [HEADLINE, LEAD] + [x for _, x in ENTRIES]
    assert [b for b in body if b in expected] == expected


def test_blocks_out_of_order_follow_the_page_with_what_comes_after_them():
    units = ["Menu", "Headline", "Lead paragraph.", "First entry.", "Second entry.", "Footer"]
    blocks = _blocks("First entry.", "Headline", "Lead paragraph.", "a row the page has in no block", "Second entry.")
    ordered = page_order(blocks, _keys(units))
    assert [b.text for b in ordered] == ["Headline", "Lead paragraph.", "a row the page has in no block",
                                         "First entry.", "Second entry."]


def test_a_body_in_the_page_order_or_with_too_few_anchors_is_left_alone():
    units = ["Headline", "Lead paragraph.", "First entry.", "Second entry."]
    assert page_order(_blocks("Headline", "Lead paragraph.", "Second entry."), _keys(units)) is None
    assert page_order(_blocks("Second entry.", "not on the page", "Another line"), _keys(units)) is None   # one anchor: nothing to order


def test_text_the_page_prints_twice_is_no_anchor():
    units = ["Share this", "Headline", "Share this", "Lead paragraph.", "First entry."]
    blocks = _blocks("Headline", "Lead paragraph.", "Share this", "First entry.")
    assert page_order(blocks, _keys(units)) is None        # "Share this" could stand at either place
