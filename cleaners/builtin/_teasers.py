"""Story teasers in lists: a headline link and a summary cut short ("… [...]", "…", "Read more"), or a headline
in a heading element with a read-more link; the lists made of them (rule ``teaser-list``, read by dom_boilerplate),
and the test `dom_widgets` makes of a list under a related heading.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re
from ..lines import spaced_word_count
from ._dom import inside, text_of

# (RE2: with re, each start of a long run of spaces before a word was retried to its end: quadratic)
# (\uff1a: the CJK full-width colon; \u2192 \u279c \u25b6 \u25ba \u25b8: arrows pointing at the link,
# "Read also \u2192 <a>")
HEAD_END = linear_re.compile("[\\s:.\u2026\u00bb>\u203a|\uff1a\u2192\u279c\u25b6\u25ba\u25b8-]+$|\\s*\\(\\d+\\)$")
MIN_TEASER = 40           # characters of a headline of three words and its summary, at least
MAX_TEASER = 600          # characters of one teaser (headline, summary, date) in a list of them
MIN_TEASERS = 3           # headline links of a story list
MIN_HEADED_TEASERS = 2    # ... under a heading that names related or latest stories ("Latest posts")
TEASER_SHARE = 0.6        # of the items of a list, the share that must be teasers


def first_element(node):
    """``node``'s first child element, or None when text stands before it."""
    child = node.child
    while child is not None:
        if child.tag not in ("-text", "_text", "-comment", "_comment"):
            return child
        if (child.text_content or "").strip():
            return None     # text before the first element
        child = child.next
    return None


def headlines(node) -> int:
    """Links of three words or more (a story's headline) in ``node``."""
    return sum(1 for a in node.css("a[href]") if spaced_word_count(text_of(a)) >= 3)


_ELLIPSIS = r"(?:\[\s*(?:\.\.\.|\u2026)\s*\]|\(\s*(?:\.\.\.|\u2026)\s*\)|\u2026|\.\.\.)"


@lru_cache(maxsize=32)
def _cut_short(langs: tuple[str, ...]):
    """A text that ends cut short: an ellipsis, a read-more link, or both."""
    more = lang.alternation(lang.words("read_more", langs))
    return re.compile(rf"(?:{_ELLIPSIS}\s*(?:{more})?|{_ELLIPSIS}?\s*{more})\s*[\u00bb\u203a>\u2192]*\s*$", re.I)


def _headed(item) -> bool:
    """An item that opens with a headline of three words or more in a heading element."""
    first = first_element(item)
    return first is not None and first.tag in ("h2", "h3", "h4", "h5", "h6") and spaced_word_count(text_of(first)) >= 3


def _teaser(item, cut_short, more) -> bool:
    """A list item that is a teaser: a headline link and a summary cut short, or a headline in a heading element
    and a read-more link, in no more than `MAX_TEASER` characters."""
    text = item.text(separator=" ")
    return MIN_TEASER <= len(text) <= 2 * MAX_TEASER and len(" ".join(text.split())) <= MAX_TEASER and \
        (cut_short.search(" ".join(text[-80:].split())) and headlines(item) >= 1
         or _headed(item) and any(more.search(HEAD_END.sub("", text_of(a))) for a in item.css("a[href]")))


def all_teasers(box, langs) -> bool:
    """Every item of the lists in ``box`` is a teaser, two at least ("Latest posts": title, byline, date,
    summary cut short): under a related heading, a story list however long its bylines and dates."""
    items = box.css("li")
    cut_short, more = _cut_short(tuple(langs)), lang.pattern("read_more", tuple(langs), "line")
    return len(items) >= MIN_HEADED_TEASERS and all(_teaser(item, cut_short, more) for item in items)


def teaser_lists(dom, langs, protected: set[int], taken: set[int] = frozenset()) -> list[tuple]:
    """``(list, "teaser-list")`` of the lists whose items are mostly teasers (see the module); a list inside an element
    of ``taken`` (the ids of elements the caller cuts whole) is not read."""
    cut_short = _cut_short(tuple(langs))
    more = lang.pattern("read_more", tuple(langs), "line")
    out = []
    for node in dom.css("ul, ol"):
        if node.mem_id in protected:
            continue
        items = [c for c in node.iter(include_text=False) if c.tag == "li"]
        if len(items) < MIN_TEASERS or taken and inside(node, taken):
            continue
        teasers, allowed = 0, len(items) - max(MIN_TEASERS, TEASER_SHARE * len(items))
        for item in items:
            if _teaser(item, cut_short, more):
                teasers += 1
            else:
                allowed -= 1
                if allowed < 0:
                    break       # too many items that are no teaser
        if teasers >= MIN_TEASERS and teasers >= TEASER_SHARE * len(items):
            out.append((node, "teaser-list"))
    return out

