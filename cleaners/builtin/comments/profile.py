"""A forum poster's profile box beside each post: the furniture of a forum post, not its text.

Forum software (vBulletin's postbit, phpBB's ``postprofile``, XenForo's message user info)
shows next to every post a box with the poster's name, a user title ("Senior Member") and
counters under labels ("Join Date: Mar 2015", "Posts: 523"). The labels are language data
(``poster_stats`` in ``cleaners/lang``). The box is the smallest element of the unit that
holds a stat label and the poster's name (an author-named element) and no prose: its
name line stays the author, every other line is chrome (logged in ``removed`` with the
comment's meta and chrome), and the unit gets the mark ``profile``: the counters of a
member, one of the marks that tell a thread (`thread.judge`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang
from .vocabulary import vocabulary

MAX_STAT_WORDS = 8          # a stat line: a label and a short value
MAX_VALUE_WORDS = 4
MAX_VALUE_CHARS = 24        # a value on its own line: "Mar 2015", "1,024"
LINKED_STATS = 2            # counters in the box of a name given by a member link alone ("Posts", "Joined")
BOX_LEVELS = 6              # levels climbed from a stat line to the box holding the poster's name
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_NUMBER_TAIL = re.compile(r"\s+[\d.,\s]+$")
_DIGIT = re.compile(r"\d")
# a member's profile page ("/users/123/ann", "/u/ann", "member.php?u=12"; "/author/ann" is a byline's)
_PROFILE_LINK = re.compile(r"(?:^|/)(?:users?|u|members?|profiles?|memberlist\.php|member\.php)(?:/[^/?#\s]|\?)", re.I)


@lru_cache(maxsize=32)
def _labels(langs: tuple[str, ...] | None) -> frozenset[str]:
    """The stat labels of ``langs`` and English's: forum software's templates were often left untranslated."""
    return frozenset(lang.words("poster_stats", langs if langs is None or "en" in langs else (*langs, "en")))


def is_stat(text: str) -> bool:
    """A poster's counter or its label: "Join Date", "Posts: 523", "Beiträge 12", "Inscrit le : 3 mars 2015"
    (in the languages of the page being read)."""
    return _is_stat(text, vocabulary().langs)


@lru_cache(maxsize=16384)
def _is_stat(text: str, langs: tuple[str, ...] | None) -> bool:
    text = " ".join(text.lower().split())
    if not text or len(text.split()) > MAX_STAT_WORDS:
        return False
    label, colon, value = text.replace("\uff1a", ":").partition(":")     # (and the full-width colon: "帖子：115")
    if colon:
        return _EDGES.sub("", label) in _labels(langs) and len(value.split()) <= MAX_VALUE_WORDS
    return _EDGES.sub("", text) in _labels(langs) or _EDGES.sub("", _NUMBER_TAIL.sub("", text)) in _labels(langs)


def profile_link(href: str) -> bool:
    """``href`` is a link to a member's profile page (rule `profile-link`). (Each word of `_PROFILE_LINK`
    holds "user", "u/", "u?", "member" or "profile": an ASCII address holding none is screened out by
    substring tests; other addresses go to the search, as ``re.I`` folds some letters onto ASCII.)"""
    if href.isascii():
        low = href.lower()
        if "u/" not in low and "u?" not in low and "user" not in low and "member" not in low and "profile" not in low:
            return False
    return bool(_PROFILE_LINK.search(href))


def is_counter(text: str, after: str) -> bool:
    """A stat label with its value: in the text ("Posts: 523") or in the short text right after it
    (``after``: "Join Date" then "Mar 2015"); a bare label ("Posts | Profile | E-mail", an author's
    links) is none."""
    # (the digit first: most short pieces hold none, and `is_stat` of a new text is the dearer test)
    return bool(_DIGIT.search(text) or len(after) <= MAX_VALUE_CHARS and _DIGIT.search(after)) and is_stat(text)


def poster_box(tree, item, short_words: int) -> int:
    """The unit's profile box (its lines made furniture, the mark ``profile`` set), or -1 when
    the unit has none: no counter (`is_counter`), no author-named line, or a box holding prose (a line
    over ``short_words`` words) or every line of the unit. The poster's name is an author line named
    by markup; a name given by a link to a member's page alone comes second (rule `profile-link`),
    tried only when no name named by markup gives a box (phpBB 3.0 prints ``dt > a`` in the box and
    ``p.author`` over the post: the box of that author line would be the whole post), and only for a box
    of ``LINKED_STATS`` counters (a blog's author box shows a count of posts beside a linked name)."""
    lines = item.lines
    stat = next((ln for k, ln in enumerate(lines) if ln.words <= MAX_STAT_WORDS
                 and is_counter(ln.text, lines[k + 1].text if k + 1 < len(lines) else "")), None)
    if stat is None:
        return -1
    names = [ln for ln in lines if ln.named >= 0 and ln.kind == "author"]
    by_markup = [named_by_markup(tree, ln.named) for ln in names]
    for name in [ln for ln, m in zip(names, by_markup) if m] + [ln for ln, m in zip(names, by_markup) if not m]:
        box = _box(tree, item, stat, name, short_words, 1 if named_by_markup(tree, name.named) else LINKED_STATS)
        if box >= 0:
            return box
    return -1


def _box(tree, item, stat, name, short_words: int, stats: int) -> int:
    tops = set(item.unit.tops)
    box, level = stat.owner, 0
    while box > 0 and box not in tops and level < BOX_LEVELS and not tree.contains(box, name.owner):
        box, level = tree.parent[box], level + 1
    if box in tops or not tree.contains(box, name.owner):
        return -1
    lines = [ln for ln in item.lines if tree.contains(box, ln.owner)]
    if len(lines) == len(item.lines) or any(ln.words > short_words for ln in lines):
        return -1      # (every line of the unit: the post's inner wrapper, not a box beside the text)
    if stats > 1 and sum(1 for k, ln in enumerate(lines) if ln.words <= MAX_STAT_WORDS and is_counter(
            ln.text, lines[k + 1].text if k + 1 < len(lines) else "")) < stats:
        return -1      # (a name by a member link alone: a member's box shows two counters, an author box one)
    for ln in lines:
        if ln is not name:
            ln.kind = "chrome"
    item.marks.add("profile")
    return box


_EVIDENCE: list = []      # `evidence`'s AUTHOR, LINKED and role (`named_by_markup`)


def named_by_markup(tree, e: int) -> bool:
    """The poster's element, or one of its two parents, is named an author by its tag or names, not only
    by a link to a member's page (`evidence.role`, rule `profile-link`: a name, second to a named one)."""
    if not _EVIDENCE:     # (evidence imports this module: its names bound on first use, not imported at each call)
        from .evidence import AUTHOR, LINKED, role
        _EVIDENCE.extend((AUTHOR, LINKED, role))
    author, linked, role = _EVIDENCE
    roles, parent, level = tree.roles, tree.parent, 0
    while e >= 0 and level <= 2:      # (the element and two ancestors, a climb without a generator)
        r = roles[e] if roles[e] >= 0 else role(tree, e)
        if r & author and not r & linked:
            return True
        e, level = parent[e], level + 1
    return False
