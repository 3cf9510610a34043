"""Hidden elements of the page: what a reader never sees is not article text.

Rules: ``hidden-attribute`` (``hidden``, ``aria-hidden="true"``), ``display-none``
(inline ``display:none`` / ``visibility:hidden``), ``hidden-class`` (utility classes
such as ``hidden``, ``d-none``, ``is-hidden``), ``hover-card`` (pop-up cards nested in
a paragraph after the link that opens them). An element that holds the page's main
text container, or more than half of its paragraph text, is never removed: that is
an article revealed by script, not a hidden duplicate. Nor is a collapsed disclosure
panel (`is_disclosure_panel`: an accordion's answer, a "show more" part of the text), which
the reader opens with the control printed just before it or naming it (`panel_ids`: ``aria-controls``, a
collapse toggle's target).
"""
from __future__ import annotations

import re

from ..document import Document
from ..registry import Cleaner
from ._dom import link_text_share, outermost, previous_element, protected_ids, remove, text_of
from ._markup import class_pattern

_HIDDEN_SELECTOR = '[hidden], [aria-hidden="true" i], [style*="display" i], [style*="visibility" i], [class*="hid" i], [class*="none" i], [class*="invisible" i]'
_STYLE_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = class_pattern("hidden", "class", re.I)
_POPUP_CLASS = class_pattern("hidden", "popup", re.I)
MIN_PANEL_PROSE = 40     # paragraph characters of a disclosure panel kept (an answer, not a label)
MAX_PANEL_LINKS = 0.5    # link share over which a panel is a menu or a link list
_CONTROLS = '[aria-controls], [data-toggle="collapse" i], [data-bs-toggle="collapse" i]'
_TARGET = re.compile(r"#([\w-]+)")


class DomHidden(Cleaner):
    """Hidden elements (hidden/aria-hidden, display:none, hidden classes) and hover cards inside paragraphs."""

    name = "dom_hidden"
    scope = "html"
    order = 62
    inputs = frozenset({"html"})
    max_share = 0.5          # never remove more than this share of the page's paragraph text

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None:
            return doc
        protected = total = controlled = None     # the main container, the paragraph text, the ids controls open: read once a hidden element is met
        candidates = []
        for node in dom.css(_HIDDEN_SELECTOR):
            if node.tag in ("html", "body", "head"):
                continue
            rule = self.rule_for(node)
            if rule is None:
                continue
            if protected is None:
                protected, total = protected_ids(dom), sum(len(p.text()) for p in dom.css("p")) or 1
            if node.mem_id in protected or sum(len(p.text()) for p in node.css("p")) > self.max_share * total:
                continue
            if controlled is None:
                controlled = self.panel_ids(dom)
            if self.is_disclosure_panel(node, controlled):
                continue
            candidates.append((node, rule))
        for node in dom.css("p [class]"):
            if _POPUP_CLASS.search(node.attributes.get("class") or "") and self.is_hover_card(node):
                candidates.append((node, "hover-card"))
        for node, rule in outermost(candidates):
            doc = remove(doc, self.name, rule, node)
        return doc

    @staticmethod
    def rule_for(node) -> str | None:
        attrs = node.attributes
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return "hidden-attribute"
        if _STYLE_HIDDEN.search(attrs.get("style") or ""):
            return "display-none"
        if _HIDDEN_CLASS.search(attrs.get("class") or ""):
            return "hidden-class"
        return None

    @staticmethod
    def panel_ids(dom) -> set[str]:
        """The ids of the panels the page's controls open: named by ``aria-controls`` or the target of a collapse
        toggle (``data-toggle="collapse"`` with ``data-target`` or ``href="#id"``). A modal's target is none, nor an
        id quoted in an ``onclick`` handler (script opens pop-up layers far more often than the rest of a story)."""
        ids: set[str] = set()
        for control in dom.css(_CONTROLS):
            attrs = control.attributes
            ids.update((attrs.get("aria-controls") or "").split())
            if (attrs.get("data-toggle") or attrs.get("data-bs-toggle") or "").lower() == "collapse":
                for key in ("data-target", "data-bs-target", "href"):
                    ids.update(_TARGET.findall(attrs.get(key) or ""))
        return ids

    @staticmethod
    def is_disclosure_panel(node, controlled: set) -> bool:
        """A collapsed panel of text the reader opens: its id named by a control's
        ``aria-controls``, or a control (a button, an element with ``aria-expanded``, a
        ``summary``) just before it; it holds paragraphs of text, not links, a menu or a form."""
        before = previous_element(node)
        opened = (node.attributes.get("id") or None) in controlled or (before is not None and (
            before.tag in ("button", "summary") or "aria-expanded" in before.attributes))
        if not opened or node.css_first("nav, form, input, iframe") is not None:
            return False
        prose = sum(len(p.text()) for p in node.css("p"))
        return prose >= MIN_PANEL_PROSE and link_text_share(node, text_of(node)) < MAX_PANEL_LINKS

    @staticmethod
    def is_hover_card(node) -> bool:
        """A pop-up card: holds an image or several links, and does not start with the link
        that opens it (that link is the visible text of the paragraph)."""
        if node.tag == "a" or not (node.css_first("img") is not None or len(node.css("a")) >= 2):
            return False
        first = node.child
        while first is not None and first.tag == "-text" and not (first.text_content or "").strip():
            first = first.next
        return first is None or first.tag != "a"
