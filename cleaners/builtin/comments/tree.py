"""The page as flat arrays, built in one pass: what the comment searches read.

Elements are numbered in document order (preorder); element ``i``'s subtree is the
index range ``i .. end[i]``, and the text pieces (text nodes and ``<br>``) inside it
are ``pieces[p0[i]:p1[i]]``. Text sizes of any subtree come from prefix sums, so no
search ever walks a subtree twice or climbs a deep chain of ancestors unbounded: the
comment stage stays linear in the page size however deep the page nests.
"""
from __future__ import annotations

import re
from itertools import accumulate
from typing import Any, Iterator

SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link",
                       "iframe", "object", "embed", "canvas", "video", "audio", "math", "select"})
FORM_TAGS = frozenset({"form", "textarea", "input", "select", "option", "label", "fieldset"})
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
_HIDDEN_SELECTOR = ("[hidden], [style*=none i], [style*=hidden i], [class*=hid i], [class*=invisible i], "
                    "[class*=none i], [class*=sr-only i], [class*=screen-reader i]")


class Tree:
    """Flat arrays over the elements and text pieces below ``root`` (``root`` is element 0)."""

    def __init__(self, root: Any):
        self.root = root
        self.nodes: list[Any] = []
        self.tag: list[str] = []
        self.parent: list[int] = []
        self.skip: list[bool] = []       # in a script, style... (no text)
        self.form: list[bool] = []       # in a form control or a form
        self.link: list[bool] = []       # in an <a>
        self.block: list[int] = []       # the element itself if block-level, else its nearest block ancestor
        self.p0: list[int] = []
        self.text: list[str] = []        # piece text ("\n" for a <br>)
        self.owner: list[int] = []       # element holding the piece
        self.prev: list[int] = []        # previous element sibling, -1 for none
        self.named: list[int] = []       # elements whose id or class names comments
        self._build(root)
        n = len(self.nodes)
        self.end = list(range(n))
        self.p1 = list(self.p0)            # one past the last piece inside the element
        for k, o in enumerate(self.owner):
            self.p1[o] = k + 1
        end, p1, parent = self.end, self.p1, self.parent
        for i in range(n - 1, 0, -1):
            p = parent[i]
            if end[i] > end[p]:
                end[p] = end[i]
            if p1[i] > p1[p]:
                p1[p] = p1[i]
        self._named_and_hidden()
        chars = [0 if t == "\n" else len(t.strip()) for t in self.text]
        self._chars = [0, *accumulate(chars)]
        self._words = [0, *accumulate(len(t.split()) for t in self.text)]
        link = self.link
        self._link = [0, *accumulate(c if link[o] else 0 for c, o in zip(chars, self.owner))]
        self._unwrap_page_forms()

    def _unwrap_page_forms(self) -> None:
        """A form holding most of the page's text wraps the page (ASP.NET pages put the whole
        body in one form): what it holds is no form's, its own controls still are."""
        wrappers = {i for i, t in enumerate(self.tag) if t == "form" and 2 * self.chars(i) > self._chars[-1]}
        if not wrappers:
            return
        form, tag, parent = self.form, self.tag, self.parent
        for i in range(1, len(tag)):
            form[i] = (tag[i] in FORM_TAGS and i not in wrappers) or form[parent[i]]

    def _build(self, root: Any) -> None:
        ids: dict[int, int] = {}
        last_child: dict[int, int] = {}
        flags: list[int] = []
        nodes, tags, parents, p0s, prevs = self.nodes, self.tag, self.parent, self.p0, self.prev
        block, texts, owners = self.block, self.text, self.owner
        for node in root.traverse(include_text=True):
            tag = node.tag
            if tag == "-text":
                text = node.text_content
                if not text:
                    continue
                if text.isspace():     # spacing between tags: a space at the end of the piece before
                    if texts and texts[-1] != "\n" and not texts[-1][-1:].isspace():
                        texts[-1] += " "
                    continue
                o = ids.get(node.parent.mem_id)
                if o is not None and not flags[o] & _SKIP:
                    texts.append(text)
                    owners.append(o)
                continue
            if tag == "-comment":
                continue
            i = len(nodes)
            p = ids.get(node.parent.mem_id, 0) if i else -1
            ids[node.mem_id] = i
            nodes.append(node)
            tags.append(tag)
            parents.append(p)
            p0s.append(len(texts))
            prevs.append(last_child.get(p, -1))
            last_child[p] = i
            if p < 0:
                flags.append(0)
                block.append(0)
                continue
            f = flags[p]
            if f & _SKIP or tag in SKIP_TAGS:
                f |= _SKIP
            elif tag in FORM_TAGS:
                f |= _FORM
            elif tag == "a":
                f |= _LINK
            elif tag == "br":
                texts.append("\n")
                owners.append(i)
            flags.append(f)
            block.append(i if tag in BLOCK_TAGS else block[p])
        self._ids = ids
        self.skip = [bool(f & _SKIP) for f in flags]
        self.form = [bool(f & _FORM) for f in flags]
        self.link = [bool(f & _LINK) for f in flags]
        self.attrs = _Attributes(nodes, self.skip)

    def _selected(self, selector: str) -> list[int]:
        """Indices of the elements matching a CSS selector (selected by lexbor, in C)."""
        ids, skip = self._ids, self.skip
        found = (ids.get(node.mem_id) for node in self.root.css(selector))
        return sorted(i for i in found if i is not None and not skip[i])

    def _named_and_hidden(self) -> None:
        """Elements whose id or class names comments; hidden elements and what they hold."""
        from .vocabulary import vocabulary
        voc = vocabulary()
        self.named = [i for i in self._selected(voc.attribute_selector)
                      if voc.names_comments(self.ident(i)) or voc.names_comments(self.cls(i))]
        hidden = [False] * len(self.nodes)
        reach = -1
        for i in self._selected(_HIDDEN_SELECTOR):
            if i <= reach or not _is_hidden(self.attrs[i]):
                continue
            hidden[i:self.end[i] + 1] = [True] * (self.end[i] + 1 - i)
            reach = self.end[i]
        self.hidden = hidden

    # -- sizes ----------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.nodes)

    def chars(self, i: int) -> int:
        return self._chars[self.p1[i]] - self._chars[self.p0[i]]

    def words(self, i: int) -> int:
        return self._words[self.p1[i]] - self._words[self.p0[i]]

    def link_chars(self, i: int) -> int:
        return self._link[self.p1[i]] - self._link[self.p0[i]]

    def span_chars(self, a: int, b: int) -> int:
        """Characters of the pieces ``a .. b-1``."""
        return self._chars[b] - self._chars[a]

    def span_words(self, a: int, b: int) -> int:
        return self._words[b] - self._words[a]

    # -- structure ------------------------------------------------------------------
    def contains(self, outer: int, inner: int) -> bool:
        return outer <= inner <= self.end[outer]

    @property
    def kids(self) -> list[list[int]]:
        """The element children of every element (built once, on first use)."""
        kids = getattr(self, "_kids", None)
        if kids is None:
            kids = self._kids = [[] for _ in self.nodes]
            parent = self.parent
            for i in range(1, len(parent)):
                kids[parent[i]].append(i)
        return kids

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
        return self.attrs[i].get("class") or ""

    def ident(self, i: int) -> str:
        return self.attrs[i].get("id") or ""

    def key(self, i: int) -> str:
        """Tag and class: elements of one template share it. Classes that vary from one
        comment to the next (numbers, odd/even, depth, by-author marks) are left out; when a
        class names comments, the plainest such class alone stands for them."""
        from .vocabulary import vocabulary
        # "jomentry1"/"jomentry2", "item3": classes numbered in turn are one class
        classes = [_TRAILING_NUMBER.sub("", c) for c in self.cls(i).lower().split() if not _NOISE.search(c)]
        voc = vocabulary()
        named = [c for c in classes if voc.names_comments(c)]
        if named:    # the plainest of them: "comment", not "comment-odd", "comment-has-avatar"
            return f"{self.tag[i]}.{min(named, key=lambda c: (len(voc.name_words(c)), len(c), c))}"
        if voc.comment_types.intersection(classes):     # a pingback in the comments' template
            return f"{self.tag[i]}.comment"
        return f"{self.tag[i]}.{' '.join(sorted(classes))}"

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


_TRAILING_NUMBER = re.compile(r"(?<=[a-z]{3})\d{1,2}$")
_NOISE = re.compile(r"(?:^|[-_])\d+$|\d{3,}|^[a-z]{1,2}\d+$|^(?:even|odd|alt|first|last|parent|thread-.*|depth.*|level.*|byuser|bypostauthor|"
                    r"comment-author-.*|by-.*|reply|is-reply|child|is-child|nested|indented|sub-?comment|response|highlighted|selected|active|open|collapsed|expanded|new|clearfix|"
                    r"clear|group|cf)$")


def _is_hidden(attrs: dict) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = attrs.get("class")
    return bool(cls and _HIDDEN_CLASS.search(cls))


class _Attributes:
    """The attributes of every element, read from the DOM on first use (most are never
    looked at); elements of scripts and styles have none."""

    def __init__(self, nodes: list, skip: list[bool]):
        self._nodes, self._skip = nodes, skip
        self._cache: list[dict | None] = [None] * len(nodes)
        if nodes:
            self._cache[0] = {}

    def __getitem__(self, i: int) -> dict:
        attrs = self._cache[i]
        if attrs is None:
            attrs = self._cache[i] = {} if self._skip[i] else self._nodes[i].attributes
        return attrs

    def __len__(self) -> int:
        return len(self._nodes)
