"""Rule `comments-elsewhere` (`comments/elsewhere.py`): a recent-comments widget whose every item links to
another page is cut whole as chrome, its excerpts never this page's comments. Pages written here."""
from __future__ import annotations

from cleaners.document import Document
from cleaners.pipeline import Pipeline

from ._html_comments import ARTICLE, cleaned

EXCERPTS = [("Ann Lee", "Bridge to close for repairs", "The detour through the forest road is far too long for the school buses…"),
            ("tom_r", "Market hall reopens", "Finally a roof that does not leak over the fish stalls every winter…"),
            ("Jan de Wit", "New cycle lanes on the ring", "Painting lines is not enough when the lorries park on them all day…")]


def _widget(linked: bool = True) -> str:
    items = "".join(f"<li class='recentcomments'><span class='comment-author-link'>{n}</span> → "
                    + (f"<a href='/story/{k + 90}#comment-{k}'>{s}</a>" if linked else f"<b>{s}</b>")
                    + f"<p>{x}</p><span>{k + 1} hours ago</span></li>" for k, (n, s, x) in enumerate(EXCERPTS))
    return f"<aside><div class='widget widget_recent_comments'><h3>Recent comments</h3><ul id='recentcomments'>{items}</ul></div></aside>"


def processed(body: str) -> Document:
    pipeline = Pipeline()
    html = f"<html><head><title>Night buses</title></head><body>{body}</body></html>"
    return pipeline.process(pipeline.document("t.html", html.encode(), "html"))


def test_a_widget_of_excerpts_linking_to_other_pages_is_chrome():
    doc, left = cleaned(f"<article>{ARTICLE}</article>" + _widget())
    assert "detour through the forest" not in left and "night bus service" in left
    assert processed(f"<article>{ARTICLE}</article>" + _widget()).comments == ()


def test_a_widget_whose_items_link_nowhere_else_is_not_cut_whole():
    _, left = cleaned(f"<article>{ARTICLE}</article>" + _widget(linked=False))
    assert "detour through the forest" in left
