"""A live blog's last short entries stay with the entries merged before them (cleaners/builtin/dom_split.py, rule
short-entries); a short sibling of the article's markup that is no sentence stays out."""
from cleaners.builtin.dom_split import DomSplit
from cleaners.pipeline import Pipeline
from tests.builtin._html import run

FIRST = ("<p>The river rose by almost two metres overnight and the lower town was cleared before dawn, the fire "
         "service said, after the dikes near the old mill began to leak.</p><p>Volunteers filled sandbags in the "
         "school yard until the early hours, and the mayor thanked them in a short speech at six.</p>")


def _body(html: str) -> str:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", html.encode(), "html"))["body"]


def _entry(n: int, heading: str, inner: str) -> str:
    return (f"<div class='live-post' id='u{n}'><div class='post-body'><time>1{n}:05</time><h3>{heading}</h3>{inner}"
            f"</div><div class='update-tools'><button>Share this update</button></div></div>")


def _page(entries: str) -> str:
    return ("<html><head><title>Flood: live</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
            "<main><h1>Floods in the valley: live</h1><div class='feed'>" + entries + "</div></main>"
            "<footer><p>All rights reserved.</p></footer></body></html>")


def test_short_last_entries_are_kept():
    html = _page(_entry(1, "Town centre cleared", FIRST)
                 + _entry(2, "Schools closed", "<p>All schools in the district stay closed on Friday.</p>")
                 + _entry(3, "Trains halted", "<p>No trains run between the two stations until noon.</p>"))
    body = _body(html)
    for line in ("Town centre cleared", "Schools closed", "All schools in the district stay closed on Friday.",
                 "Trains halted", "No trains run between the two stations until noon."):
        assert line in body


def test_short_siblings_without_heading_or_sentence_stay_where_they_are():
    second = FIRST.replace("river", "stream")
    html = _page(_entry(1, "Town centre cleared", FIRST) + _entry(2, "More water", second)
                 + "<div class='live-post'><div class='post-body'><p>Tap to load older updates</p></div></div>"
                 + "<div class='live-post'><div class='post-body'><p>A closing note of the desk.</p></div></div>")
    doc, _ = run(DomSplit(), html)
    first = doc.dom.css_first("div.post-body")
    assert "More water" in first.text() and "older updates" not in first.text() and "closing note" not in first.text()
