"""A review's rating box and a vote widget: stars, "Rate this: 1 2 3 4 5", "Rating: 4.5/5 (12 votes)".

Read by `dom_service` (rule ``rating-box``). A box is either an element named for a rating or a vote (its class holds
"rating", "stars", "vote", "fivestar"..., or its id "rating": GD Star Rating, WP-PostRatings, Drupal fivestar, a
theme's review box; or a ``data-*`` name, `_data_names`: ``data-testid="StarRating"``) or the element around a row of
`MIN_MARKS` to `MAX_MARKS` star images (an image whose source names a star). It goes when it is short (`MAX_BOX`
characters), holds no paragraph of prose and shows what a rating shows: a row of star marks (images or elements named
"star", star glyphs "★★★★☆"), of `MIN_MARKS` to `MAX_MARKS` radio buttons or of links or options numbered 1, 2, 3...,
or a score as a fraction ("4/5", "8.5/10") or with a short word or two before its best ("8 von 10", "4 out of 5") in a
text of `MAX_SCORE_TEXT` characters at most. The box around an unnamed row of stars is the largest element around it,
`MAX_LEVELS` levels up at most, within these bounds. The removed text (a review's score) stays in the record's
``removed`` log. A review's sentence that rates ("I rate it 4 out of 5"), a table of scores that is the story (long,
or with no marks and no fraction) and the main text container's lineage stay.

The page's rating box shows the review's score when it shows one alone (`page_rating`): one score as a fraction or
as a number, one short word or two and a best of 5, 10 or 100 ("4.5/5", "8 von 10", "4 out of 5"), or else a row
of `MIN_MARKS` to `MAX_MARKS` stars each drawn full, half or empty (by the class or image of the mark, or as
glyphs "★★★★☆") with one full at least. It is then ``metadata.rating`` ({"value": 4.5, "best": 5}). A vote box
("Rate this: 1 2 3 4 5", empty stars), two boxes or two scores in a box give none.
"""
from __future__ import annotations

import re

from ..lines import is_prose
from ._dom import ancestors, attr_key, inside, text_of

# the elements named for a rating or a vote and the star images (`dom_service` walks the page once for these and
# `dom_plugin.SELECTOR`: a selector group costs about as much as a walk)
SELECTOR = "[class*=rating i], [id*=rating i], [class*=star i], [class*=vote i], img[src*=star i]"
_NAME = re.compile(r"(?<![a-z])(?:(?:post-?|star-?|user-?|avg-?|average-?)?ratings?|rating\w*|\w*stars?(?![a-z])"
                   r"|fivestar\w*|gdsr\w*|votes?|voting)")
_MARKS = "img, i, span, a, li, div, svg"
_STAR = re.compile(r"star|rating|rate_")
_GLYPHS = re.compile(r"[\u2605\u2606\u2729-\u2730\u2b50\u2b51\u272d\u272e]")
_SCORE = re.compile(r"(?<![\d/.,])\d{1,2}(?:[.,]\d{1,2})?\s*/\s*(?:5|10|100)(?![\d/])")
_NUMBER = re.compile(r"\d{1,2}")

MAX_BOX = 300          # characters of a rating box (a label, a score, a vote count, a pros and cons line)
MAX_SCORE_TEXT = 80    # characters of a box shown by its score alone ("Rating: 4.2/5 (31 votes)")
MIN_MARKS = 3          # star images, radio buttons or numbered links of a rating's row
MAX_MARKS = 10
_WORDED = re.compile(r"(?<![\d/.,])(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:/|[^\W\d_]{1,4}(?:\s+[^\W\d_]{1,4})?\s)\s*"
                     r"(5|10|100)(?!\d|[.,/]\d)")
_FULL = re.compile(r"(?<![a-z])(?:full|on|filled|fill|active|checked|yes|gold|rated)(?![a-z])|star_?on|starfull")
_HALF = re.compile(r"(?<![a-z])half(?![a-z])|star_?half|starhalf")
_EMPTY = re.compile(r"(?<![a-z])(?:empty|off|blank|none|grey|gray|inactive|outline|unrated)(?![a-z])"
                    r"|star_?off|starempty|star-o(?![a-z])")
MAX_LEVELS = 5         # levels above a row of star images its box may stand (td, tr, tbody, table)


def _marked(node) -> bool:
    """Whether ``node`` holds a rating's row: star marks, star glyphs, radio buttons or links numbered 1, 2, 3..."""
    stars = sum(1 for m in node.css(_MARKS) if m.mem_id != node.mem_id and (m.child is None or m.tag == "img")
                and _STAR.search(f"{attr_key(m)} {m.attributes.get('src') or ''} {m.attributes.get('alt') or ''}"))
    if MIN_MARKS <= stars:
        return True
    if len(_GLYPHS.findall(text_of(node))) >= MIN_MARKS:
        return True
    radios = node.css("input[type=radio i]")
    if MIN_MARKS <= len(radios) <= MAX_MARKS:
        return True
    numbers = [text_of(a) for a in node.css("a, option")]
    numbers = [t for t in numbers if _NUMBER.fullmatch(t)]
    return MIN_MARKS <= len(numbers) <= MAX_MARKS and numbers[:MIN_MARKS] == [str(i) for i in range(1, MIN_MARKS + 1)]


def _rating(node, protected: set[int]) -> bool:
    """Whether ``node`` has a rating box's shape (module docstring)."""
    if node.mem_id in protected or node.tag in ("body", "html"):
        return False
    text = text_of(node)
    if len(text) > MAX_BOX or is_prose(text) or node.css_first("h1, h2, textarea") is not None:
        return False
    return _marked(node) or (len(text) <= MAX_SCORE_TEXT
                             and (_SCORE.search(text) or _WORDED.search(text)) is not None)


def rating_boxes(nodes, protected: set[int]) -> list:
    """The rating boxes and vote widgets among ``nodes`` (the page's elements matching `SELECTOR` and others) and
    around their star images (module docstring)."""
    found, rows, seen = [], {}, set()
    for node in nodes:
        if node.mem_id in seen:
            continue                    # (lexbor gives an element once for each group of a selector it matches)
        seen.add(node.mem_id)
        if node.tag == "img" and "star" in (node.attributes.get("src") or "").lower():
            if node.parent is not None:
                rows.setdefault(node.parent.mem_id, [node.parent, 0])[1] += 1
        elif node.tag != "img" and _NAME.search(attr_key(node)) and _rating(node, protected):
            found.append(node)
    for parent, count in rows.values():
        if not MIN_MARKS <= count <= MAX_MARKS:
            continue
        box = None
        for level, node in enumerate((parent, *ancestors(parent))):
            if level > MAX_LEVELS or not _rating(node, protected):
                break
            box = node
        if box is not None:
            found.append(box)
    return found


def _marks(node) -> dict | None:
    """The score a row of full, half and empty stars shows, as ``value / best``, or None (module docstring)."""
    glyphs = _GLYPHS.findall(text_of(node))
    if MIN_MARKS <= len(glyphs) <= MAX_MARKS:
        full = sum(g in "\u2605\u2b50\u272d\u272e" for g in glyphs)
        return {"value": float(full), "best": len(glyphs)} if full else None
    values = []
    for m in node.css(_MARKS):
        if m.mem_id == node.mem_id or (m.child is not None and m.tag != "img"):
            continue
        key = f"{attr_key(m)} {m.attributes.get('src') or ''}".lower()
        if not _STAR.search(key):
            continue
        values.append(0.5 if _HALF.search(key) else 0.0 if _EMPTY.search(key) else 1.0 if _FULL.search(key) else None)
    if None in values:              # plain stars: full ones when they open a row whose others are half or empty
        plain = next((k for k, v in enumerate(values) if v is not None), 0)     # (the first drawn full, half or empty)
        if not plain or None in values[plain:] or 1.0 in values[plain:]:
            return None             # a vote row, or marks out of order: no score to read
        values = [1.0] * plain + values[plain:]
    if MIN_MARKS <= len(values) <= MAX_MARKS and sum(values) > 0:
        return {"value": sum(values), "best": len(values)}
    return None


def box_score(node) -> dict | None:
    """The one score a rating box shows (module docstring), or None."""
    text = text_of(node)
    scores = {(float(v.replace(",", ".")), int(b)) for v, b in _WORDED.findall(text)}
    scores = {(v, b) for v, b in scores if v <= b}
    if len(scores) == 1:
        value, best = scores.pop()
        return {"value": value, "best": best}
    return _marks(node) if not scores else None


def page_rating(boxes) -> dict | None:
    """``metadata.rating``: the score of the page's one rating box that shows one (module docstring), or None."""
    ids = {b.mem_id for b in boxes}
    outer = [b for b in boxes if not inside(b, ids)]
    scores = [s for s in map(box_score, {b.mem_id: b for b in outer}.values()) if s is not None]
    return scores[0] if len(scores) == 1 else None
