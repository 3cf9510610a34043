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
from itertools import accumulate, compress, repeat
from operator import contains, mul
from types import MappingProxyType
from typing import Any, Iterator, Mapping

from .attributes import attribute_words, holding_values, lowered
from .templates import template_key

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
                       "iframe", "object", "embed", "canvas", "video", "audio", "math", "select"})
FORM_TAGS = frozenset({"form", "textarea", "input", "select", "option", "label", "fieldset"})
TEXT_INPUTS = frozenset({"text", "email", "search", "url", "password", "tel", "number"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
BLOCK_TAGS = frozenset({
    "p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "section", "article", "header", "footer", "aside", "main", "table", "tbody", "thead", "tfoot",
    "tr", "td", "th", "figure", "figcaption", "form", "nav", "address", "details", "summary", "hr", "body",
    "html", "fieldset", "center", "caption", "menu", "hgroup"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|hiddenbox|is-hidden|element-hidden|u-hidden|d-none|display-none|"
                           r"invisible|js-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text)(?:\s|$)", re.I)
_SKIP, _FORM, _HIDDEN, _LINK = 1, 2, 4, 8      # flags inherited from parent to child
_NONE: Mapping[str, str | None] = MappingProxyType({})
_ID_START = re.compile(r"\D*")      # an id up to its first digit: "comment-item-" of "comment-item-12"
_NUMBERED_ID = re.compile(r"[^\W\d][\w-]*?\d+")    # a word then a number: "post_4401", "pid17", "entry-3"


_HIDDEN_STYLE_WORDS = attribute_words(["none", "hidden"])      # what may hide an element, screened fast
_HIDDEN_CLASS_WORDS = attribute_words(["hid", "invisible", "none", "sr-only", "screen-reader"])


class Tree:
    """Flat arrays over the elements and text pieces below ``root`` (``root`` is element 0)."""

    def __init__(self, root: Any):
        self.root = root
        self._build(root)
        n = len(self.tag)
        self.classes = [a.get("class") or "" for a in self.attrs]
        self._low_classes: bytes | None = None
        self.roles = [-1] * n              # `evidence.role` of each element, once known
        self.element_marks = [-1] * n      # `elements.marks` of each element, once known
        self.memo: dict[str, Any] = {}     # what readers keep for the page, by name (`kinds`, `slots`)
        self._named_and_hidden()
        chars = [0 if t == "\n" else len(t.strip()) for t in self.text]
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
        form, tag, parent = self.form, self.tag, self.parent
        for i in range(1, len(tag)):
            form[i] = (tag[i] in FORM_TAGS and i not in wrappers) or form[parent[i]]

    def _has_field(self, form: int) -> bool:
        """A text area or a text input inside the form (hidden inputs, checkboxes and buttons
        are no field to write in)."""
        tags, attrs = self.tag, self.attrs
        for j in range(form + 1, self.end[form] + 1):
            if tags[j] == "textarea" or tags[j] == "input" and (attrs[j].get("type") or "text").lower() in TEXT_INPUTS:
                return True
        return False

    def _build(self, root: Any) -> None:
        """Walk the page in document order, each element's children by its own iterator (a stack
        of them): the parent of every node is the element whose iterator gave it, so no node's
        parent is looked up, and an element's subtree is complete when its iterator is: its last
        element (``end``) and its pieces' end (``p1``, one past the last piece inside it) are known then."""
        flags: list[int] = [0]
        self.nodes, self.tag, self.parent, self.p0, self.prev, self.block = [root], [root.tag], [-1], [0], [-1], [0]
        self.text, self.owner, self.attrs, self._forms = [], [], [_NONE], []   # (the root's attributes are never read)
        self.end, self.p1 = [0], [0]
        nodes, tags, parents, p0s, prevs, ends, p1s = self.nodes, self.tag, self.parent, self.p0, self.prev, self.end, self.p1
        block, texts, owners, attrs = self.block, self.text, self.owner, self.attrs
        stack: list[tuple[Any, int, int]] = []
        children, p, last = root.iter(include_text=True), 0, -1    # (``last``: the last element child of ``p`` so far)
        spaced = True      # no piece yet, or the last ends with a space or is a <br>: spacing adds none
        while True:
            for node in children:
                if node.is_text_node:      # (its tag is "-text"; the test makes no string)
                    text = node.text_content
                    if not text:
                        continue
                    if text.isspace():     # spacing between tags: a space at the end of the piece before
                        if not spaced:
                            texts[-1] += " "
                            spaced = True
                        continue
                    if not flags[p] & _SKIP:
                        texts.append(text)
                        owners.append(p)
                        spaced = text[-1].isspace()
                    continue
                tag = node.tag
                if tag == "-comment":
                    continue
                i = len(tags)
                nodes.append(node)
                tags.append(tag)
                p0s.append(len(texts))
                ends.append(i)
                p1s.append(0)
                parents.append(p)
                prevs.append(last)
                f = flags[p]
                if f & _SKIP or tag in SKIP_TAGS:
                    f |= _SKIP
                elif tag in FORM_TAGS:
                    f |= _FORM
                    if tag == "form":
                        self._forms.append(i)
                elif tag == "a":
                    f |= _LINK
                elif tag == "br" or tag == "hr":     # (a rule between a post's date and its text ends a line)
                    texts.append("\n")
                    owners.append(i)
                    spaced = True
                flags.append(f)
                block.append(i if tag in BLOCK_TAGS else block[p])
                attrs.append(_NONE if f & _SKIP else node.attributes)    # elements of scripts have none
                stack.append((children, p, i))
                children, p, last = node.iter(include_text=True), i, -1
                break
            else:
                ends[p], p1s[p] = len(tags) - 1, len(texts)
                if not stack:
                    break
                children, p, last = stack.pop()
        self.skip = list(map(bool, map(_SKIP.__and__, flags)))
        self.form = list(map(bool, map(_FORM.__and__, flags)))
        self.link = list(map(bool, map(_LINK.__and__, flags)))

    def holding(self, name: str, words: Any) -> list[int]:
        """The elements whose attribute ``name`` holds one of ``words`` (a bytes alternation of
        lower-case words; `attribute_words`), in page order: CSS's ``[name*=word i]``."""
        if name != "class":     # (of the elements that have the attribute: few have an id or a style)
            having, attrs = self.with_attribute(name), self.attrs
            return [having[k] for k in holding_values([attrs[i][name] or "" for i in having], words)]
        if self._low_classes is None:      # (the classes are searched three times: joined once)
            self._low_classes = lowered(self.classes)
        return holding_values(self.classes, words, self._low_classes)

    def with_attribute(self, name: str) -> list[int]:
        return list(compress(range(len(self.attrs)), map(contains, self.attrs, repeat(name))))

    def _named_and_hidden(self) -> None:
        """Elements whose id or class names comments; hidden elements and what they hold."""
        from .vocabulary import vocabulary
        voc = vocabulary()
        hint, ident, cls = voc.comment_words, self.ident, self.cls
        self.named = [i for i in sorted({*self.holding("id", hint), *self.holding("class", hint)})
                      if voc.id_names_comments(ident(i)) or voc.names_comments(cls(i))]
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
        if key[-1] != "." or i not in self.named_set and not _NUMBERED_ID.fullmatch(self.ident(i)):
            return key
        start = _ID_START.match(self.ident(i)).group()
        return key + "#" + start if len(start) < len(self.ident(i)) else key

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
