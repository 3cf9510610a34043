"""Slideshows and photo galleries appended to an article: their captions into metadata.

Rule ``gallery-captions``. A news page often follows (or interrupts) the article with a
slideshow: a list of slides, each a picture and its caption, in an element its site names a
slideshow, gallery, carousel or slider (``ul.slideshow``, ``div.photo-gallery``,
``div.carousel``, ``div.swiper``...; or in a ``data-*`` name, `_data_names`: ``data-testid="PhotoGallery"``; or
describes it so to a screen reader, WAI-ARIA's carousel: ``aria-roledescription="carousel"``).
Extracted as text, the captions pile up after the article as dozens of near-alike paragraphs ("X competes in ...
at the Olympic Stadium, ..."). Such an element is cut and its captions go to ``metadata.captions`` when

* it is not the main text container nor one of its ancestors;
* it holds at least `MIN_SLIDES` units of text, none longer than `MAX_CAPTION` characters and
  half of them `MEDIAN_CAPTION` at most (captions, not prose);
* the main container keeps at least `MIN_ARTICLE` characters of paragraphs outside it.

Rule ``gallery-links``: such a carousel whose text is mostly links (`LINK_SHARE`) is a strip of
other stories; it is cut on the same conditions and its links go to ``metadata.related``.

On a photo page, where the captions are the article and little text stands beside them, the
gallery stays in the body (the issue's "caption-only pages"); so does a listicle whose slides
hold paragraphs of prose.

Rules ``gallery-counter`` and ``gallery-controls``: a slideshow's counter ("3 / 12", "Photo 3 of 20") and its
arrows ("‹ ›", "« Previous | Next »") go first, whether the gallery stays or not (`dom_slides`), in a gallery that
is neither the main text container nor one of its ancestors, or is one holding `MIN_SLIDES` pictures or more and
no more paragraphs of prose than pictures (a photo page; a page's wrapper named for a gallery is none).
"""
from __future__ import annotations

import re

from .. import lang, linear_re
from ..document import Document
from ..lines import is_prose
from ..registry import Cleaner
from ._data_names import NAMING, with_named
from ._dom import (attr_key, cut, display_text, link_text_share, main_text, outermost, protected_ids, remove,
                   story_links, text_of)
from ._markup import B, table
from .dom_boilerplate import folded_forms
from .dom_slides import slide_furniture

# class/id words of slideshow and gallery widgets: those of CMS themes and script libraries in
# furniture_classes.toml, those of other languages in cleaners/lang (``class_gallery``, every installed
# language, as written and folded to ASCII: class names are markup, read before the language is known)
_WORDS = frozenset(table("gallery")["words"]) | {f for word in lang.words("class_gallery") for f in folded_forms(word.lower())}
# (a word another one opens, or holds, adds nothing to the pattern, or to the selector)
_GALLERY = re.compile(B + "(?:" + "|".join(sorted(
    (re.escape(w) for w in _WORDS if not any(v != w and w.startswith(v) for v in _WORDS)), key=len, reverse=True)) + ")")
_ROLE = "aria-roledescription"      # WAI-ARIA's words for a widget ("carousel", "slide")
# the elements to test: those whose class or id holds the first letters of a word (lexbor picks
# them; the pattern then reads them whole), and those an ARIA role description describes
_SELECTOR = ", ".join([f'body [{attr}*="{prefix}" i]' for attr in ("class", "id")
                       for prefix in sorted({w[:3] for w in _WORDS})] + [f"body [{_ROLE}]"])
# (RE2 over the page's source first: three pages in four name no gallery in a class, an id, a ``data-*`` name or
# an ARIA role description, and then no selector runs)
_SCREEN = linear_re.compile(r"""(?:class|id|""" + "|".join((*NAMING, _ROLE)) + r""")\s*=\s*["']?[^"'>]*(?:"""
                            + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + ")", ignore_case=True)
_UNITS = "li, p, figure, figcaption, dd, dt, div, h2, h3, h4, h5, h6"
MIN_SLIDES = 2
MAX_CAPTION = 1000
MEDIAN_CAPTION = 400
MIN_ARTICLE = 400
LINK_SHARE = 0.5      # a carousel of story links, not of pictures: its links go to metadata.related


def _units(node) -> list[str]:
    """The texts of the gallery's slides: its innermost text blocks, non-empty, in page order."""
    texts = []
    for unit in node.css(_UNITS):
        if any(inner.mem_id != unit.mem_id for inner in unit.css(_UNITS)):   # (css() matches the unit itself)
            continue                # a slide holding its caption paragraph: counted once
        text = display_text(unit)
        if text:
            texts.append(text)
    return texts


def _photo_page(node) -> bool:
    """Whether ``node`` (the main container or an ancestor) is a photo page's gallery (module docstring)."""
    pictures = len(node.css("img"))
    return pictures >= MIN_SLIDES and sum(is_prose(text_of(p)) for p in node.css("p")) <= pictures


def _paragraph_chars(node) -> int:
    return sum(len(" ".join(p.text().split())) for p in node.css("p"))


class DomGallery(Cleaner):
    """Slideshow and gallery captions after an article (into metadata.captions)."""

    name = "dom_gallery"
    scope = "html"
    order = 69
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None:
            return doc
        if doc.html and not _SCREEN.search(doc.html):
            return doc
        candidates = [(node, "gallery-captions") for node in dom.css(with_named(_SELECTOR, doc.html))
                      if _GALLERY.search(attr_key(node)) or _GALLERY.search((node.attributes.get(_ROLE) or "").lower())]
        if not candidates:
            return doc
        protected = protected_ids(dom)
        for gallery, _ in outermost(candidates):
            if gallery.mem_id not in protected or _photo_page(gallery):
                for node, rule in slide_furniture(gallery):
                    doc = remove(doc, self.name, rule, node)
        article_chars = main_text(dom)[0]
        for node, rule in outermost(candidates):
            if node.mem_id in protected:
                continue
            text = text_of(node)
            units = _units(node)
            if (not text or len(units) < MIN_SLIDES or max(map(len, units)) > MAX_CAPTION
                    or sorted(map(len, units))[len(units) // 2] > MEDIAN_CAPTION
                    or article_chars - _paragraph_chars(node) < MIN_ARTICLE):
                continue
            links = link_text_share(node, text) >= LINK_SHARE
            related = story_links(node, doc.url) if links else []
            cut(node)
            article_chars = main_text(dom)[0]
            doc = doc.log(self.name, "gallery-links" if links else rule, text)
            doc = doc.meta_append("related", related) if links else doc.meta_append("captions", units)
        return doc
