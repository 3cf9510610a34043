"""Links to the neighbouring posts, read for `post_furniture` (rule ``post-link``)."""
from __future__ import annotations

import re

from ..lines import opens_name, word_count

ARROWS = "«»‹›←→<>"
_LEFT, _RIGHT = "«‹←<", "»›→>"
_ROW_SEPARATOR = re.compile(r"\s+\|\s+")
MAX_ROW_WORDS = 20        # of a furniture row, a post-link row or a powered-by line
MAX_TITLE_WORDS = 20      # of the title after "Next post:"


def _is_title(text: str) -> bool:
    return 0 < word_count(text) <= MAX_TITLE_WORDS and (opens_name(text) or text[:1].isdigit())


def _titled_row(text: str, p: dict) -> list[str] | None:
    """The titles of a row of links to the neighbouring posts by their titles, the blog's home
    between them ("« Older title | Main | Newer title »", "« Older title | Main"), or None."""
    segments = [s.strip() for s in _ROW_SEPARATOR.split(text.strip())]
    if not 2 <= len(segments) <= 3:
        return None
    linked = [s for s in segments if s[:1] in _LEFT or s[-1:] in _RIGHT]
    home = [s for s in segments if s not in linked]
    if not linked or len(home) > 1 or (not home and len(linked) < 2) or \
            any(s.lower() not in p["home"] for s in home):
        return None
    titles = [s.strip(ARROWS + " ") for s in linked]
    return titles if all(_is_title(t) for t in titles) else None


def post_link(text: str, p: dict) -> list[str] | None:
    """"post-link" with the titles of the posts it links to ([] for a row of arrows), or None."""
    if word_count(text) > MAX_ROW_WORDS:
        return None
    m = p["link_label"].match(text)
    if m:
        title = m.group("title").strip(" »›→")
        return [title] if _is_title(title) else None
    if not any(a in text for a in ARROWS):
        return None
    if (titles := _titled_row(text, p)) is not None:
        return titles
    for segment in re.split(r"\s*[|•·]\s*", text.strip()):
        core = segment.strip(ARROWS + " ")
        if not core:
            continue
        hits = list(p["links"].finditer(core))
        ends = [h for h in hits if h.start() == 0 or h.end() == len(core)]     # "« Previous", "Next Thread »"
        if not ends or word_count(core) > word_count(ends[0].group(0)) + 2:
            return None
    return []
