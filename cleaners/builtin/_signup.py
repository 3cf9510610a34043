"""The shape of a newsletter sign-up box against an article whose container is named for a newsletter."""
from __future__ import annotations

MIN_PROSE = 80         # characters of a paragraph of prose (`dom_boilerplate.MIN_ARTICLE_PARAGRAPH`)
MAX_SIGNUP_PROSE = 2   # paragraphs of `MIN_PROSE` characters (outside its form) a sign-up box may hold


def sign_up_shaped(node) -> bool:
    """Whether a box named for a newsletter has a sign-up's shape rather than an article's: no ``<h1>`` (the page's
    headline) and `MAX_SIGNUP_PROSE` paragraphs of prose at most outside its form (a blurb and its fine print).
    A short post whose container a newsletter platform names "newsletter-post" holds its headline and its
    paragraphs, and a sign-up form after them: it stays, its form box alone goes (rule ``newsletter``)."""
    if node.css_first("h1") is not None:
        return False
    in_form = {p.mem_id for p in node.css("form p")}
    return sum(1 for p in node.css("p") if p.mem_id not in in_form
               and len(p.text()) >= MIN_PROSE) <= MAX_SIGNUP_PROSE
