"""A short login prompt for the comment form: a line about commenting that holds a login link.

Rule ``login-prompt``. Blog and news templates put, where the comment form would be, one line such as
"Please <a>log in</a> to post a comment." or "Bitte <a>anmelden</a>, um zu kommentieren": an
element of `MAX_WORDS` words at most whose own text (the link's aside) names comments (cleaners/lang
``comments``, ``comment_prompt``) and that holds a link whose whole text is a login link (``login_link``:
"Log in", "Zaloguj się", "ログイン"). The element is the link's closest block (``p``, ``div``, ``li``),
holding no other block and no more than `MAX_LINKS` links. A line of the article that mentions
comments and links elsewhere ("<a>The report</a> drew comments") has no login link and stays; a longer
paragraph stays whatever its links.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from .. import lang, linear_re
from ..document import Document
from ..registry import Cleaner
from ._dom import main_container, protected_ids, remove, text_of

MAX_WORDS = 20        # of the prompt with its link
MAX_LINK = 30         # characters of a login link's text
MAX_LINKS = 2         # "Log in or register"
_BLOCKS = frozenset({"p", "div", "li"})
_BLOCK_TAGS = "p, div, li, ul, ol, table, h1, h2, h3, h4, h5, h6"
_MARKS = " .:!?»›→←«‹"
_INLINE = frozenset({"span", "strong", "b", "em", "i", "small", "font"})


class DomLogin(Cleaner):
    """The one-line login prompt standing for the comment form."""

    name = "dom_login"
    scope = "html"
    order = 63
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None or getattr(dom, "body", None) is None:
            return doc
        langs = lang.languages(lang.page_language(doc))
        link = lang.pattern("login_link", langs, "line")
        prompts, guarded, boxes = None, set(), {}
        links = [(a, text) for a in dom.css("body a") if (text := text_of(a)) and len(text) <= MAX_LINK]
        hits = login_links([text.strip(_MARKS) for _, text in links], link, _lines_pattern(langs))
        for (a, text), hit in zip(links, hits):
            if not hit:
                continue
            box = _block(a)
            if box is None or box.mem_id in boxes:
                continue
            if prompts is None:
                prompts = lang.pattern(("comments", "comment_prompt"), langs)
                guarded = protected_ids(dom) | {n.mem_id for n in [main_container(dom)] if n is not None}
            whole = text_of(box)
            if box.mem_id in guarded or len(whole.split()) > MAX_WORDS or len(box.css("a")) > MAX_LINKS or \
                    any(n.mem_id != box.mem_id for n in box.css(_BLOCK_TAGS)) or \
                    not prompts.search(whole.replace(text, " ", 1)):
                continue
            boxes[box.mem_id] = box
        for box in boxes.values():
            doc = remove(doc, self.name, "login-prompt", box)
        return doc

def _block(node):
    """The closest ``p``/``div``/``li`` around ``node`` through inline elements only, or None."""
    parent = node.parent
    while parent is not None and parent.tag in _INLINE:
        parent = parent.parent
    return parent if parent is not None and parent.tag in _BLOCKS else None


@lru_cache(maxsize=64)
def _lines_pattern(langs: tuple[str, ...]):
    """The ``login_link`` pattern of ``langs`` with ``^`` and ``$`` at each line's edges."""
    return linear_re.compile("(?m)" + lang.pattern("login_link", langs, "line").pattern, ignore_case=True)


def login_links(texts: list[str], link, lines) -> list[bool]:
    """Whether each of ``texts`` is a whole login link (``link``, a "line" pattern, matches it), read by one
    pass of ``lines`` (the same pattern line by line) over the texts one a line rather than one search a
    text. When a match runs over a line's end (a phrase whose space meets the break between two texts) or a
    text holds a line break, each text is searched alone: the answers are those of ``link`` on each."""
    joined = "\n".join(texts)
    if joined.count("\n") != max(len(texts) - 1, 0):
        return [link.search(t) is not None for t in texts]
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    hits = [False] * len(texts)
    for found in lines.scan(joined):
        start, _, matched = found[""]
        if "\n" in matched:
            return [link.search(t) is not None for t in texts]
        hits[bisect_right(starts, start) - 1] = True
    return hits
