"""Rows of short links parted by separators, outside the article: site navigation.

Rule ``link-row``. Page headers and footers list the site's sections and services as one
line of links with a separator between them ("Home | Video | World | Politics | Tech",
"RSS · Podcasts · Blogs · Site map"). When the extraction takes a container wide enough to
hold the footer, such a row reaches the body as a line of words and bars. An element is
such a row when it holds at least `MIN_LINKS` links of `MAX_LINK_WORDS` words at most as
its own children, its text outside them is separators only (``|``, ``•``, ``·``, ``/``,
dashes) with one between each two links (or, in an element of several lines, one of its lines
between ``<br>`` elements is made of that only: that line goes, the element's other lines stay), and
it is neither the main text container, nor
one of its ancestors, nor inside it: a row of source links in the article stays, and so
does a list of links (``<li>``s carry no separators) or a sentence that links several
words.
"""
from __future__ import annotations

import re

from ..document import Document
from ..registry import Cleaner
from ._dom import cut, main_container, protected_ids, remove, text_of

_SEPARATOR = re.compile(r"[|\u2022\u00b7/\u2013\u2014-]")
_ONLY_SEPARATORS = re.compile(r"^[\s|\u2022\u00b7/\u2013\u2014-]*$")
MIN_LINKS = 5
MAX_LINK_WORDS = 4


def _links_and_separators(children: list, only: bool = False) -> bool:
    """``children`` (elements and text nodes) hold `MIN_LINKS` short links or more with separators
    between them, and text that is separators only; with ``only``, nothing else (markup comments aside)."""
    links = [child for child in children if child.tag == "a"]
    if len(links) < MIN_LINKS or (only and any(child.tag not in ("a", "-text", "-comment") for child in children)):
        return False
    texts = [text_of(a) for a in links]
    if any(not t or len(t.split()) > MAX_LINK_WORDS for t in texts):
        return False
    rest = "".join(child.text_content or "" for child in children if child.tag == "-text")
    return bool(_ONLY_SEPARATORS.match(rest)) and len(_SEPARATOR.findall(rest)) >= len(links) - 1


def _is_row(node) -> bool:
    return _links_and_separators(list(node.iter(include_text=True)))


def _lines(node) -> list[list]:
    """The element's children (text nodes included) in runs parted by ``<br>``: its lines."""
    runs: list[list] = [[]]
    for child in node.iter(include_text=True):
        if child.tag == "br":
            runs.append([])
        else:
            runs[-1].append(child)
    return runs


def _row_lines(node) -> list[list]:
    """The lines of an element holding more than one (``<br>`` between them) that are link rows;
    text nodes of whitespace only at either end of a line left out."""
    found = []
    for run in _lines(node):
        while run and run[0].tag == "-text" and not (run[0].text_content or "").strip():
            run = run[1:]
        while run and run[-1].tag == "-text" and not (run[-1].text_content or "").strip():
            run = run[:-1]
        if _links_and_separators(run, only=True):
            found.append(run)
    return found


class DomLinkRows(Cleaner):
    """Rows of short links parted by separators outside the article (site navigation)."""

    name = "dom_link_rows"
    scope = "html"
    order = 65
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None or dom.body is None:
            return doc
        parents: dict[int, list] = {}      # the parents of links, and how many links each holds
        for a in dom.body.css("a"):
            parent = a.parent
            if parent is not None:
                parents.setdefault(parent.mem_id, [parent, 0])[1] += 1
        candidates = [node for node, links in parents.values() if links >= MIN_LINKS]
        rows = [node for node in candidates if _is_row(node)]
        taken = {node.mem_id for node in rows}
        lines = [line for node in candidates if node.mem_id not in taken and node.css_first("br") is not None
                 for line in _row_lines(node)]
        if not rows and not lines:
            return doc
        main = main_container(dom)
        inside = {n.mem_id for n in main.traverse()} if main is not None else set()
        protected = protected_ids(dom) | inside
        for node in rows:
            if node.mem_id not in protected:
                doc = remove(doc, self.name, "link-row", node)
        for line in lines:
            if line[0].parent is not None and line[0].parent.mem_id not in protected:
                text = " ".join(" ".join((child.text_content if child.tag == "-text" else child.text()) or ""
                                         for child in line).split())
                for child in line:
                    cut(child)
                doc = doc.log(self.name, "link-row", text)
        return doc
