"""Rule `numbered-id` (`comments/tree.py`, `Tree.id_key`): elements without a class whose ids are a word and
a number (``div#post_4401``) are of one template of their own, apart from the page's classless layout boxes
standing beside them (a board page of the early 2010s: ``div#header``, ``div#menu``, ``div#main`` and the posts
as siblings). Pages written here."""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned

POSTS = [("Kasia_W", "March 5, 2024 10:12", "At last a night bus to our district too, we waited years for it."),
         ("tomek82", "March 5, 2024 11:40", "Does anyone know whether the line stops at the old station?"),
         ("Grażyna", "March 6, 2024 08:05", "I hope the buses keep time, in winter one waits long at the stop."),
         ("Paweł M.", "March 6, 2024 09:31", "So far the timetable is only on the operator's site, not in the app.")]


def _post(k: int, name: str, date: str, text: str) -> str:
    return (f"<div id='post_{4400 + k}'><table><tr><td><a href='/u/{k}'>{name}</a><br>Posts: {10 + k}</td>"
            f"<td><div>{date}</div><div>{text}</div><div><a href='#'>Reply</a></div></td></tr></table></div>")


def _page(posts: str) -> str:
    return ("<div id='wrap'><div id='header'><a href='/'>City forum</a></div>"
            "<div id='menu'><a href='/'>Home</a> <a href='/s'>Search</a> <a href='/r'>Register</a></div>"
            f"<div id='main'>{ARTICLE}</div>{posts}<div id='footer'>City forum 2024</div></div>")


def test_posts_with_numbered_ids_beside_classless_layout_boxes_are_a_thread():
    doc, left = cleaned(_page("".join(_post(k, *p) for k, p in enumerate(POSTS))))
    assert [c.author for c in doc.comments] == [p[0] for p in POSTS]
    assert "old station" not in left and "City forum" in left


def test_layout_boxes_with_numbered_ids_holding_the_article_are_no_thread():
    columns = "".join(f"<div id='col{k}'><h2>{h}</h2><p>{t}</p></div>" for k, (h, t) in enumerate((
        ("Route", "The new night line runs from the centre over the bridge to the northern estates every half hour."),
        ("Tickets", "Ordinary city tickets are valid; a night ticket costs the same as a day ticket."),
        ("Stops", "The route has twelve stops, three of them new ones beside the schools.")), start=1))
    doc, left = cleaned(_page(columns))
    assert doc.comments == () and "twelve stops" in left
