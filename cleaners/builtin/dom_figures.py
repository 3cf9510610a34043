"""Figure captions and photo credits: out of the article text, into metadata.

Rules: ``figure-caption`` (``<figcaption>`` and caption-classed elements: text into
``metadata.captions``), ``photo-credit`` (credit/copyright-classed elements: into
``metadata.credits``). Long text is never taken for a caption. On a photo page, where the
captions hold at least as much text as the paragraphs of the article (a gallery, or a
photo with its caption and hardly a line more), the captions are the article: they stay
in the body, and only the credits go.
"""
from __future__ import annotations


from ..document import Document
from ..registry import Cleaner
from ._dom import attr_key, cut, display_text, longest_paragraph, main_text, outermost, prose_runs, protected_ids
from ._markup import class_pattern

_CREDIT = class_pattern("figure", "credit")
_CAPTION = class_pattern("figure", "caption")


class DomFigures(Cleaner):
    """Figure captions and photo credits (into metadata.captions / metadata.credits)."""

    name = "dom_figures"
    scope = "html"
    order = 68
    inputs = frozenset({"html"})
    max_chars = 400

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None:
            return doc
        protected = None      # (read at the first candidate: over half the pages have no caption or credit)
        candidates = []
        for node in dom.css("figcaption, body [class*=capt i], body [class*=credit i], body [class*=cutline i], "
                            "body [class*=copyright i], body [class*=photographer i], body [class*=legend i], "
                            "figure [class*=source i]"):
            if protected is None:
                protected = protected_ids(dom)
            if node.mem_id in protected:
                continue
            key = attr_key(node)
            text = display_text(node)
            if not text or len(text) > self.max_chars or longest_paragraph(node) > self.max_chars:
                continue
            if _CREDIT.search(key) and (node.tag != "figcaption" or not _CAPTION.search(key)):
                candidates.append((node, "photo-credit", text))
            elif node.tag == "figcaption" or _CAPTION.search(key):
                candidates.append((node, "figure-caption", text))
        candidates = outermost(candidates)
        caption_chars = sum(len(text) for _, rule, text in candidates if rule == "figure-caption")
        # captions set as paragraphs of the article (WordPress' p.wp-caption-text) count in its size
        # (an article of prose runs between <br>s has no <p>: its runs count instead)
        if caption_chars and caption_chars >= max(main_text(dom)[0], prose_runs(dom)[1]) - caption_chars:
            candidates = [c for c in candidates if c[1] == "photo-credit"]   # a photo page: captions are the text
        captions, credits = [], []
        for node, rule, text in candidates:
            (credits if rule == "photo-credit" else captions).append(text)
            cut(node)
            doc = doc.log(self.name, rule, text)
        return doc.meta_append("captions", captions).meta_append("credits", credits)
