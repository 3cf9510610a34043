"""A reference page's apparatus around the article: an infobox, edit links, the contents, the notes and references.

Wikis and academic blogs print their text with an apparatus that is no part of it; each cut goes to ``removed``.
Where a class or id names a part below, a ``data-*`` name (`_data_names`: ``data-testid="TableOfContents"``) does too.

* ``infobox``: a box of facts floated beside the text, named by its class (MediaWiki's ``infobox``, Fandom's
  ``portable-infobox``), shaped as key/value rows (most rows a label and a value: ``<th>``/``<td>``, ``<dt>``/``<dd>``)
  with no paragraph of prose; its facts are logged as "label: value" lines. A data table of the article (several
  columns, or no infobox class) stays.
* ``edit-link``: a section's "[edit]" link inside a heading: an element named for an edit section
  (``mw-editsection``, ``editsection``, ``edit-section``) or a link asking to edit the page (``action=edit``), with
  the brackets around it; the heading stays.
* ``endnotes``: the notes or references section ending the article, named by its role (``doc-endnotes``,
  ``doc-footnotes``, ``doc-bibliography``) or a class word (footnotes, endnotes, references, reflist, bibliography),
  holding a list, with no paragraph of prose after it on the page (`PROSE_WORDS`): its heading, inside it or
  standing right before it, goes with it. The note marks in the text stay. A list so named in the article's middle,
  with the article going on after it, stays. A section of no such markup is found by its heading (``h2`` to ``h6``,
  its whole text a word of cleaners/lang ``endnotes_heading`` in the page's languages: "References", "Notes",
  "Einzelnachweise", "参考文献") when what stands under it, up to the next heading, is lists or paragraphs opening with
  a note mark and most of their items are cited (`_cited`: a year, a note mark, a link back to the text or out of
  the site), and no prose follows: a "Notes" heading over the article's prose, or over a recipe's list of tips,
  stays.
* ``contents``: a page's table of contents, named by its class or id (``toc``, ``table-of-contents``: MediaWiki's,
  a blog plugin's ``ez-toc-container``) or its role (``doc-toc``), its links all to places in the page
  (``href="#..."``), with no paragraph of prose: its title ("Contents", "Inhaltsverzeichnis") goes with the links.
* ``cite-box``: a box telling how to cite the page, named for it (``cite``, ``citation``, ``how-to-cite``), short,
  holding the page's own title (``metadata.title``): a citation of the page itself, no quote's source.
"""
from __future__ import annotations

import re

from .. import lang
from ..document import Document
from ..lines import COLON_MARKS, ends_sentence, spaced_word_count
from ..registry import Cleaner
from ._data_names import with_named
from ._dom import (NON_ELEMENTS, attr_key, cut, longest_paragraph, next_element, outermost, previous_element,
                   protected_ids, remove, text_of)

_INFOBOX = re.compile(r"(?:^|[\s_-])(?:portable-)?infobox(?:$|[\s_-])")
_EDIT_SECTION = re.compile(r"(?:^|[\s_-])(?:mw-)?edit-?section(?:$|[\s_-])")
_EDIT_HREF = re.compile(r"[?&](?:ve)?action=edit\b")
_ENDNOTES_ROLES = frozenset({"doc-endnotes", "doc-footnotes", "doc-bibliography"})
_ENDNOTES = re.compile(r"(?:^|[\s_-])(?:footnotes|endnotes|references|reflist|bibliography|mw-references-wrap)"
                       r"(?:$|[\s_-])")
_TOC = re.compile(r"(?:^|[\s_-])(?:toc|table-?of-?contents)(?:$|[\s_-])")
MAX_TOC_PARAGRAPH = 200       # characters of a contents box's longest paragraph
_CITE = re.compile(r"(?:^|[\s_-])(?:cite|citation|cite-this|how-to-cite)(?:$|[\s_-])")
MAX_CITE_BOX = 600            # characters of a cite box
_ENDNOTES_SELECTOR = ", ".join([f'[role="{r}" i]' for r in sorted(_ENDNOTES_ROLES)] + [
    f'[{a}*="{w}" i]' for a in ("class", "id") for w in ("notes", "references", "reflist", "bibliography")])
# (ARIA's role for a table of contents too, as the notes' roles above)
_CONTENTS_SELECTOR = ('[class*="toc" i], [id*="toc" i], [class*="contents" i], [id*="contents" i], '
                      '[role="doc-toc" i]')
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BRACKETS = re.compile(r"[\s\[\]()|]*")

MAX_INFOBOX_PARAGRAPH = 300   # characters of a box's longest paragraph: a longer one is prose, no fact
MIN_FACT_ROWS = 2             # label/value rows of an infobox
FACT_ROW_SHARE = 0.6          # share of its rows that are label/value pairs
PROSE_WORDS = 25              # words of a paragraph ending a sentence after a notes section: the article goes on
MAX_HEADING_WORDS = 6         # words of a notes section's heading standing before it
MAX_NOTES_HEADING = 40        # characters of a notes section's heading found by its words
CITED_SHARE = 0.6             # share of such a section's items that are cited
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_NOTE_MARK = re.compile(r"^(?:\[\d{1,3}\]|\d{1,3}[.)]\s|\^|\u2191)")


def _facts(node) -> list[str]:
    """The box's label/value rows as "label: value" (rows of a table, or pairs of a definition list)."""
    rows = []
    for tr in node.css("tr"):
        cells = [text_of(c) for c in tr.iter() if c.tag in ("th", "td")]
        rows.append(": ".join(c for c in cells if c) if len(cells) == 2 else None)
    for dl in node.css("dl"):
        terms = [c for c in dl.iter() if c.tag in ("dt", "dd")]
        rows += [f"{text_of(a)}: {text_of(b)}" for a, b in zip(terms, terms[1:]) if a.tag == "dt" and b.tag == "dd"]
    return rows


def infobox_facts(node) -> list[str] | None:
    """The "label: value" facts of an infobox (module docstring), or None when ``node`` is no infobox."""
    if not _INFOBOX.search(attr_key(node)) or longest_paragraph(node) > MAX_INFOBOX_PARAGRAPH:
        return None
    rows = _facts(node)
    facts = [r for r in rows if r]
    if len(facts) < MIN_FACT_ROWS or len(facts) < FACT_ROW_SHARE * len(rows):
        return None
    return facts


def edit_links(dom) -> list:
    """The edit links of the page's headings, each with the brackets around it (module docstring)."""
    found = []
    for heading in dom.css(", ".join(_HEADINGS)):
        heading_text = text_of(heading)
        for node in heading.css("span, a, div"):
            named = _EDIT_SECTION.search(attr_key(node))
            if not named and not (node.tag == "a" and _EDIT_HREF.search(node.attributes.get("href") or "")):
                continue
            if not named:       # the link alone: grown to the wrapper that adds only brackets to it
                link_text = text_of(node)
                while (parent := node.parent) is not None and parent.mem_id != heading.mem_id \
                        and _BRACKETS.fullmatch(text_of(parent).replace(link_text, "", 1)):
                    node = parent
            if text_of(node) != heading_text:
                found.append(node)
    return found


def _prose_after(node) -> bool:
    """Whether a paragraph of prose follows ``node`` on the page (in its later siblings or its ancestors')."""
    current = node
    while current is not None and current.tag not in ("body", "html"):
        sibling = current.next
        while sibling is not None:
            if sibling.tag not in NON_ELEMENTS:
                paragraphs = [sibling] if sibling.tag == "p" else sibling.css("p")
                for p in paragraphs:
                    text = text_of(p)
                    if spaced_word_count(text) >= PROSE_WORDS and ends_sentence(text):
                        return True
            sibling = sibling.next
        current = current.parent
    return False


def _heading_before(node):
    """The short heading standing right before ``node`` (or a wrapper holding only it), else None."""
    sibling = previous_element(node)
    if sibling is None:
        return None
    heading = sibling if sibling.tag in _HEADINGS else sibling.css_first(", ".join(_HEADINGS))
    text = text_of(sibling)
    if heading is None or text != text_of(heading) or not 0 < spaced_word_count(text) <= MAX_HEADING_WORDS:
        return None
    return sibling


def endnotes(dom, protected: set[int], html: str | None = None) -> list:
    """The notes and references sections ending the article, with their headings (module docstring; ``html``, the
    page's source, tells whether to read the ``data-*`` names too, `_data_names`)."""
    found = []
    for node in dom.css(with_named(_ENDNOTES_SELECTOR, html)):
        if node.tag not in ("section", "div", "ol", "ul", "aside", "footer"):
            continue
        role = (node.attributes.get("role") or "").lower()
        if role not in _ENDNOTES_ROLES and not _ENDNOTES.search(attr_key(node)):
            continue
        if node.mem_id in protected or node.css_first("li") is None or _prose_after(node):
            continue
        found.append(node)
    found = [n for n, in outermost([(n,) for n in found])]
    return found + [h for n in found if (h := _heading_before(n)) is not None]


def _cited(item) -> bool:
    """A note's or a reference's shape: a year, a note mark opening it, a link back to the text or out of the site."""
    text = text_of(item)
    return bool(_YEAR.search(text) or _NOTE_MARK.match(text)) or any(
        (a.attributes.get("href") or "").startswith(("#", "http://", "https://")) for a in item.css("a[href]"))


def _entries(node) -> list | None:
    """The items of a block standing under a notes heading: a list's items, a paragraph opening with a note mark;
    None for anything else (a paragraph of prose, a figure, a heading)."""
    if node.tag in ("ol", "ul"):
        return node.css("li")
    if node.tag == "p":
        return [node] if _NOTE_MARK.match(text_of(node)) else None
    if node.tag in ("div", "section"):
        lists = node.css("ol, ul")
        if lists and node.css_first(", ".join(_HEADINGS)) is None and \
                sum(len(text_of(x)) for x in lists if x.parent.tag not in ("li",)) >= len(text_of(node)):
            return node.css("li")
    return None


def headed_notes(dom, protected: set[int], langs: tuple[str, ...]) -> list:
    """The notes sections found by their heading's words, with the heading (module docstring)."""
    words, found = lang.pattern("endnotes_heading", langs, "line"), []
    for heading in dom.css("h2, h3, h4, h5, h6"):
        text = text_of(heading)
        if not text or len(text) > MAX_NOTES_HEADING or heading.mem_id in protected \
                or not words.match(text.rstrip(COLON_MARKS + " ")):
            continue
        anchor = heading        # (grown to a wrapper holding the heading alone)
        while next_element(anchor) is None and (parent := anchor.parent) is not None \
                and parent.tag not in ("body", "html") and text_of(parent) == text:
            anchor = parent
        blocks, items, node = [], [], next_element(anchor)
        while node is not None and node.tag not in _HEADINGS:
            entries = _entries(node)
            if entries is None or node.mem_id in protected:
                break
            blocks.append(node)
            items += entries
            node = next_element(node)
        else:
            if items and sum(map(_cited, items)) >= CITED_SHARE * len(items) and not _prose_after(blocks[-1]):
                found += [anchor] + blocks
    return found


def contents_boxes(dom, protected: set[int], html: str | None = None) -> list:
    """The tables of contents of the page (module docstring; ``html`` as for `endnotes`)."""
    found = []
    for node in dom.css(with_named(_CONTENTS_SELECTOR, html)):
        if node.tag not in ("div", "nav", "section", "aside", "ol", "ul", "details", "table") \
                or node.mem_id in protected or not (_TOC.search(attr_key(node))
                                                    or (node.attributes.get("role") or "").lower() == "doc-toc"):
            continue
        hrefs = [a.attributes.get("href") or "" for a in node.css("a[href]")]
        if hrefs and all(h.startswith("#") for h in hrefs) and longest_paragraph(node) <= MAX_TOC_PARAGRAPH:
            found.append(node)
    return [n for n, in outermost([(n,) for n in found])]


def cite_boxes(dom, title: str, protected: set[int], html: str | None = None) -> list:
    """The boxes telling how to cite the page (module docstring; ``html`` as for `endnotes`)."""
    if len(title) < 10:
        return []
    found = [n for n in dom.css(with_named('[class*="cit" i], [id*="cit" i]', html))
             if n.tag in ("div", "section", "aside", "figure", "p") and _CITE.search(attr_key(n))
             and n.mem_id not in protected and title in (text := text_of(n)) and len(text) <= MAX_CITE_BOX]
    return [n for n, in outermost([(n,) for n in found])]


class DomApparatus(Cleaner):
    """Infoboxes (facts logged), edit links, contents boxes, the notes/references ending an article, its cite box."""

    name = "dom_apparatus"
    scope = "html"
    order = 71
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None or dom.body is None:
            return doc
        protected = protected_ids(dom)
        boxes = [(n, f) for n in dom.css(with_named('[class*="infobox" i], [id*="infobox" i]', doc.html))
                 if n.mem_id not in protected and (f := infobox_facts(n))]
        for node, facts in outermost(boxes):
            cut(node)
            doc = doc.log(self.name, "infobox", "\n".join(facts))
        links = edit_links(dom)
        for node in links:
            doc = remove(doc, self.name, "edit-link", node)
        families = (("contents", lambda dom, protected: contents_boxes(dom, protected, doc.html)),
                    ("endnotes", lambda dom, protected: endnotes(dom, protected, doc.html)),
                    ("endnotes", lambda dom, protected: headed_notes(
                        dom, protected, lang.languages(lang.page_language(doc)))),
                    ("cite-box", lambda dom, protected: cite_boxes(
                        dom, " ".join((doc.metadata.get("title") or "").split()), protected, doc.html)))
        changed = bool(boxes or links)
        for rule, find in families:
            if changed:     # (read again only after a family removed something: an unchanged DOM has the same
                protected = protected_ids(dom)      # protected elements, and each reading walks every <br>)
            nodes = find(dom, protected)
            for node in nodes:
                doc = remove(doc, self.name, rule, node)
            changed = bool(nodes)
        return doc
