"""The page as flat arrays, built in one pass: what the comment searches read.

Elements are numbered in document order (preorder); element ``i``'s subtree is the
index range ``i .. end[i]``, and the text pieces (text nodes and ``<br>``) inside it
are ``pieces[p0[i]:p1[i]]``. Text sizes of any subtree come from prefix sums, so no
search ever walks a subtree twice or climbs a deep chain of ancestors unbounded: the
comment stage stays linear in the page size however deep the page nests. Every piece
but a ``<br>`` ("\n") holds some text that is not a space (spacing between tags is
added to the piece before it).
"""
from __future__ import annotations

import re
from itertools import accumulate, compress, islice, repeat
from operator import contains, methodcaller, mul
from typing import Any, Iterator

from .attributes import attribute_words, holding_distinct, holding_numbered, lowered
from .templates import template_key
from .walk import BLOCK_TAGS, FORM_TAGS, SKIP_TAGS, is_element, walk

__all__ = ["BLOCK_TAGS", "FORM_TAGS", "HEADINGS", "SKIP_TAGS", "TEXT_INPUTS", "Tree"]

TEXT_INPUTS = frozenset({"text", "email", "search", "url", "password", "tel", "number"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# the tags the comment readers find through `Tree.tagged` (a few elements of a page: one pass finds them all)
ASKED_TAGS = HEADINGS | {"p", "ol", "ul", "dl", "table", "form", "cite", "time", "img"}
_ASKED = "asked_tags"      # (`Tree.memo`'s key of their elements)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|hiddenbox|is-hidden|element-hidden|u-hidden|d-none|display-none|"
                           r"invisible|js-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text)(?:\s|$)", re.I)
_ID_START = re.compile(r"\D*")      # an id up to its first digit: "comment-item-" of "comment-item-12"
_CLASS_OF = methodcaller("get", "class", "")
_MICRODATA_PROP = re.compile(r"\s*comments?\s*", re.I)
_MICRODATA_TYPE = re.compile(r"schema\.org/(?:Comment|UserComments)\s*$")
_NUMBERED_ID = re.compile(r"[^\W\d][\w-]*?\d+")    # a word then a number: "post_4401", "pid17", "entry-3"


_HIDDEN_STYLE_WORDS = attribute_words(["none", "hidden"])      # what may hide an element, screened fast
_HIDDEN_CLASS_WORDS = attribute_words(["hid", "invisible", "none", "sr-only", "screen-reader"])


class Tree:
    """Flat arrays over the elements and text pieces below ``root`` (``root`` is element 0)."""

    def __init__(self, root: Any):
        self.root = root
        walk(self, root)
        n = len(self.tag)
        self.classes = list(map(_CLASS_OF, self.attrs))     # (None: a class written without a value, read as "")
        if None in self.classes:
            self.classes = [c or "" for c in self.classes]
        self._distinct_classes: tuple[list[str], bytes] | None = None
        self._having: dict[str, list[int]] = {}      # `with_attribute`
        self._microdata_classes()
        self.roles = [-1] * n              # `evidence.role` of each element, once known
        self.element_marks = [-1] * n      # `elements.marks` of each element, once known
        self.memo: dict[str, Any] = {}     # what readers keep for the page, by name (`kinds`, `slots`)
        self._named_and_hidden()
        chars = list(map(len, map(str.strip, self.text)))      # (a <br>'s "\n" has none)
        self._chars = [0, *accumulate(chars)]
        self._words = [0, *accumulate(map(len, map(str.split, self.text)))]
        self._link = [0, *accumulate(map(mul, chars, map(self.link.__getitem__, self.owner)))]
        self._unwrap_page_forms()

    def _unwrap_page_forms(self) -> None:
        """A form holding most of the page's text wraps the page (ASP.NET pages put the whole
        body in one form), and a form without a field to write in wraps what it holds (a
        forum's inline moderation form around its posts): what they hold is no form's, their
        own controls still are."""
        wrappers = {i for i in self._forms if 2 * self.chars(i) > self._chars[-1] or not self._has_field(i)}
        if not wrappers:
            return
        # (an element is a form's when it or an ancestor below the root is a form element but a wrapper: the
        # subtrees of those marked as ranges, not each element's flag read from its parent's)
        tag, end = self.tag, self.end
        form, reach = [False] * len(tag), -1
        form[0] = self.form[0]
        for i in compress(range(1, len(tag)), map(FORM_TAGS.__contains__, islice(tag, 1, None))):
            if i > reach and i not in wrappers:
                form[i:end[i] + 1] = [True] * (end[i] + 1 - i)
                reach = end[i]
        self.form = form

    def _has_field(self, form: int) -> bool:
        """A text area or a text input inside the form (hidden inputs, checkboxes and buttons
        are no field to write in)."""
        tags, attrs = self.tag, self.attrs
        for j in range(form + 1, self.end[form] + 1):
            if tags[j] == "textarea" or tags[j] == "input" and (attrs[j].get("type") or "text").lower() in TEXT_INPUTS:
                return True
        return False

    def nodes_of(self, wanted: list[int]) -> dict[int, Any]:
        """The DOM nodes of the elements ``wanted``, found again in one walk down from the root that
        enters only the subtrees holding one of them and steps over the others (`walk.walk` keeps no node)."""
        targets, end, found = sorted(set(wanted)), self.end, {}
        if not targets:
            return found
        stack: list[tuple[Any, int]] = []      # the current element's ancestors (node, index)
        node, i, k = self.root, 0, 0
        while True:
            t = targets[k]
            if i == t:
                found[i] = node
                k += 1
                if k == len(targets):
                    return found
                t = targets[k]
            if t <= end[i]:        # inside: on to the first child element
                stack.append((node, i))
                node, i = _next_element(node.first_child), i + 1
            else:                  # after: on to the next sibling element, out of the elements done
                while t > end[stack[-1][1]]:
                    node, i = stack.pop()
                node, i = _next_element(node.next), end[i] + 1

    def holding(self, name: str, words: Any) -> list[int]:
        """The elements whose attribute ``name`` holds one of ``words`` (a bytes alternation of
        lower-case words; `attribute_words`), in page order: CSS's ``[name*=word i]``."""
        if name != "class":     # (of the elements that have the attribute: few have an id or a style)
            having, attrs = self.with_attribute(name), self.attrs
            return [having[k] for k in holding_numbered([attrs[i][name] or "" for i in having], words)]
        if self._distinct_classes is None:      # (the classes are searched three times: told apart and joined once)
            distinct = list(dict.fromkeys(self.classes))      # (a page repeats its classes: each searched once)
            self._distinct_classes = (distinct, lowered(distinct))
        distinct, low = self._distinct_classes
        return holding_distinct(self.classes, distinct, words, low)

    def with_attribute(self, name: str) -> list[int]:
        """The elements that have the attribute ``name``, in page order (kept: ids are asked for twice)."""
        if (found := self._having.get(name)) is None:
            found = self._having[name] = list(compress(range(len(self.attrs)), map(contains, self.attrs, repeat(name))))
        return found

    def tagged(self, names: frozenset) -> list[int]:
        """The elements whose tag is one of ``names`` and that are no script's, in page order (the tags
        compared in one pass in C, not one test of Python's each; the tags the readers ask for, `ASKED_TAGS`,
        found in one such pass a page, the few elements it gives then read for each)."""
        if names <= ASKED_TAGS:
            if (asked := self.memo.get(_ASKED)) is None:
                asked = self.memo[_ASKED] = self._tagged(ASKED_TAGS)
            tags = self.tag
            return [i for i in asked if tags[i] in names]
        return self._tagged(names)

    def _tagged(self, names: frozenset) -> list[int]:
        skip = self.skip
        return [i for i in compress(range(len(self.tag)), map(names.__contains__, self.tag)) if not skip[i]]

    def _microdata_classes(self) -> None:
        """Rule `microdata-comment`: an element without a class that schema.org names a comment
        (``itemprop="comment"``, ``itemtype=".../Comment"``) is read as of class ``comment``: a thread
        of classless boxes told apart by their microdata alone is a template of comments."""
        attrs, classes = self.attrs, self.classes
        for i in {*self.with_attribute("itemprop"), *self.with_attribute("itemtype")}:
            if not classes[i] and (_MICRODATA_PROP.fullmatch(attrs[i].get("itemprop") or "")
                                   or _MICRODATA_TYPE.search(attrs[i].get("itemtype") or "")):
                classes[i] = "comment"

    def _named_and_hidden(self) -> None:
        """Elements whose id or class names comments; hidden elements and what they hold."""
        from .vocabulary import vocabulary
        voc = vocabulary()
        hint, attrs, classes, names = voc.comment_words, self.attrs, self.classes, voc.names_comments
        # (the class first: a page repeats its classes, whose answers are cached, not its numbered ids)
        self.named = [i for i in sorted({*self.holding("id", hint), *self.holding("class", hint)})
                      if names(classes[i]) or voc.id_names_comments(attrs[i].get("id") or "")]
        self.named_set = frozenset(self.named)
        hidden = [False] * len(self.tag)
        reach = -1
        self.hiders = {i for i in {*self.with_attribute("hidden"), *self.holding("style", _HIDDEN_STYLE_WORDS),
                                   *self.holding("class", _HIDDEN_CLASS_WORDS)} if _is_hidden(self.attrs[i])}
        for i in sorted(self.hiders):
            if i > reach:
                hidden[i:self.end[i] + 1] = [True] * (self.end[i] + 1 - i)
                reach = self.end[i]
        self.hidden = hidden

    def hider(self, e: int, limit: int = 64) -> int:
        """The innermost element that hides ``e`` (itself or an ancestor, within ``limit``
        levels), or -1."""
        while e > 0 and limit and e not in self.hiders:
            e, limit = self.parent[e], limit - 1
        return e if e in self.hiders else -1

    # -- sizes ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.tag)

    def chars(self, i: int) -> int:
        return self._chars[self.p1[i]] - self._chars[self.p0[i]]

    def words(self, i: int) -> int:
        return self._words[self.p1[i]] - self._words[self.p0[i]]

    def link_chars(self, i: int) -> int:
        return self._link[self.p1[i]] - self._link[self.p0[i]]

    def leads_away(self, e: int) -> bool:
        """``e`` lies in a link to another page: not one without an address, to a place on this
        page (``#``, ``#c12``) or to a script (``javascript:``), which are a toggle or a control."""
        a = e if self.tag[e] == "a" else next((x for x in self.ancestors(e, 6) if self.tag[x] == "a"), -1)
        href = (self.attrs[a].get("href") or "").strip() if a >= 0 else ""
        return bool(href) and not href.startswith("#") and not href[:11].lower().startswith("javascript:")

    def span_chars(self, a: int, b: int) -> int:
        """Characters of the pieces ``a .. b-1``."""
        return self._chars[b] - self._chars[a]

    def span_words(self, a: int, b: int) -> int:
        return self._words[b] - self._words[a]

    # -- structure ------------------------------------------------------------------
    def contains(self, outer: int, inner: int) -> bool:
        return outer <= inner <= self.end[outer]

    def children(self, i: int) -> Iterator[int]:
        j, end = i + 1, self.end[i]
        while j <= end:
            yield j
            j = self.end[j] + 1

    def ancestors(self, i: int, limit: int) -> Iterator[int]:
        """Up to ``limit`` ancestors of ``i``, nearest first (a bounded climb)."""
        p = self.parent[i]
        while p >= 0 and limit > 0:
            yield p
            p = self.parent[p]
            limit -= 1

    def cls(self, i: int) -> str:
        return self.classes[i]

    def ident(self, i: int) -> str:
        return self.attrs[i].get("id") or ""

    def key(self, i: int) -> str:
        """Tag and class: elements of one template share it (`template_key`, `id_key`)."""
        return self.id_key(i, template_key(self.tag[i], self.classes[i]))

    def id_key(self, i: int, key: str) -> str:
        """An element without a class of its own (none, or only parity classes) whose numbered
        id names comments (``id="comment-item-12"``: one comment of many) is of the template
        its id's start names, not of the page's plain elements: ``div.#comment-item-``; so is one
        whose id is any word and a number (``div#post_4401``: rule `numbered-id`), as a board's
        posts without a class stand among the page's classless layout boxes."""
        if key[-1] != ".":
            return key
        ident = self.ident(i)      # (a numbered id ends with a digit: a test before the pattern's)
        if i not in self.named_set and not (ident[-1:].isdigit() and _NUMBERED_ID.fullmatch(ident)):
            return key
        start = _ID_START.match(ident).group()
        return key + "#" + start if len(start) < len(ident) else key

    # -- text -----------------------------------------------------------------------
    def piece_text(self, k: int) -> str:
        return self.text[k]

    def joined(self, pieces: Iterator[int] | list[int]) -> str:
        """The pieces as text: block boundaries and <br> as line ends, spaces normalised."""
        out: list[str] = []
        block = None
        for k in pieces:
            b = self.block[self.owner[k]]
            if block is not None and b != block:
                out.append("\n")
            block = b
            out.append(self.text[k])
        lines = ("".join(out)).split("\n")
        return "\n".join(line for line in (" ".join(x.split()) for x in lines) if line)

    def flat(self, i: int) -> str:
        """The element's text on one line."""
        return " ".join("".join(self.text[self.p0[i]:self.p1[i]]).split())


def _is_hidden(attrs: dict) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = attrs.get("class")
    return bool(cls and _HIDDEN_CLASS.search(cls))


def _next_element(node: Any) -> Any:
    """``node`` or the first of its next siblings that `walk` numbers."""
    while not is_element(node):
        node = node.next
    return node
