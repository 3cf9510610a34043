"""Rule `page-wrapper-units` (`comments/wrappers.py`: `unwrapped`): comments in plain boxes (no class), indented
by a style, inside the page's own plain boxes (``div#content``, the box of the comments and their heading): the
page's boxes leave the family, the comments are read with their depths. Pages written here."""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned

COMMENTS = [(0, "Ann Lee", "5 hours ago", "The night bus is the best news for shift workers in years."),
            (1, "tom_r", "4 hours ago", "Two million a year is a lot for a few empty buses at 3 am."),
            (0, "Jan de Wit", "3 hours ago", "Will the buses stop at the hospital on the way north?")]


def _page(comments) -> str:
    boxes = "".join(f"<div style='margin-left:{2 * d}em;border-left:1px solid #ccc'><p><b>{n}</b> "
                    f"<span style='color:#888'>{a}</span></p><p>{t}</p></div>" for d, n, a, t in comments)
    return (f"<div id='page'><div id='content'><div class='post'><div class='entry-content'>{ARTICLE}</div></div>"
            f"<div><h4>Comments ({len(comments)})</h4>{boxes}</div></div></div>")


def test_indented_plain_boxes_inside_the_page_boxes_are_comments_with_depths():
    doc, left = cleaned(_page(COMMENTS))
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Ann Lee", COMMENTS[0][3], 0, None), ("tom_r", COMMENTS[1][3], 1, 0), ("Jan de Wit", COMMENTS[2][3], 0, None)]
    assert "shift workers in years" not in left and "night bus service" in left


def test_plain_boxes_of_the_article_inside_the_page_boxes_stay():
    parts = "".join(f"<div><p>{t}</p></div>" for _, _, _, t in COMMENTS)
    doc, left = cleaned(f"<div id='page'><div id='content'><div class='entry-content'>{ARTICLE}</div><div>{parts}</div></div></div>")
    assert doc.comments == () and "shift workers in years" in left
