"""A photo page's captions made paragraphs before the extraction, which drops a ``<figure>`` and its caption whole.

`dom_figures` takes every short caption (`MAX_CAPTION` characters) into ``metadata.captions`` but on a photo page,
where the captions are the article's text (a gallery, a photo or two with their captions and hardly a line more): it
leaves those in the page, and turns into boxes only the figures of a photo essay (three or more, beside the article's
paragraphs). The captions it left (rule ``photo-captions-kept``, `photo_captions_as_text`) become paragraphs here and
their figures ``<div>``s, so that the body holds them, when the page is such a photo page: its short captions hold at
least half as much text as the page's other paragraphs outside its chrome (`dom_figures`' measure, over the whole
page: an article whose every paragraph has a box of its own is no photo page). A caption left on another page (one
`dom_figures` did not read, in an interview's header), the slides of a gallery set as a list's items (no photo essay,
as `dom_figures` has them), a caption outside the story's block (the parent of the main text container,
`_dom.main_container`: a gallery of captioned teasers after a short article) and a longer caption (a paragraph of
prose set in a ``<figcaption>``) are left to the extraction as they were.
"""
from __future__ import annotations

from .builtin._dom import ancestors, main_container, text_of
from .builtin._dom_runs import prose_runs
from .builtin.dom_figures import figure_of, retag

MAX_CAPTION = 400      # characters of a caption `dom_figures` reads (its ``max_chars``)
_CHROME = frozenset({"header", "footer", "nav", "aside"})


def photo_captions_as_text(dom) -> int:
    """Each short ``<figcaption>`` left in the pruned page a ``<p>`` (a ``<div>`` when it holds blocks) and its
    ``<figure>`` a ``<div>``; returns how many captions."""
    main = main_container(dom)
    block = main.parent if main is not None and main.parent is not None else dom   # (a gallery after the story: out)
    slides = {c.mem_id for c in dom.css("li figcaption")}          # (a gallery's slides in a list stay slides)
    deep = {f.mem_id for f in dom.css("figure figure figure")}      # (a gallery of galleries is no photo page's)
    captions = [(c, t) for c in block.css("figcaption") if c.mem_id not in slides and c is not block
                and (t := text_of(c)) and len(t) <= MAX_CAPTION and _figure(c, deep) is not False]
    if not captions:
        return 0
    chars = sum(len(t) for _, t in captions)
    if chars < _paragraphs(dom) - chars:        # (half the paragraphs' text at least: as much was tried, and was
        return 0                                # mixed)
    figures = {f.mem_id: f for c, _ in captions if (f := _figure(c, deep)) is not None}
    for caption, _ in reversed(captions):       # (innermost first: a retagged element's copy holds the new tags)
        retag(dom, caption, "div" if caption.css_first("p, div") is not None else "p")
    order = {f.mem_id: k for k, f in enumerate(dom.css("figure"))}
    for key in sorted(figures, key=order.__getitem__, reverse=True):
        retag(dom, figures[key], "div")
    return len(captions)


def _figure(caption, deep: set[int]):
    """The figure of ``caption`` (None: it has none), or False when that figure is inside two others: figures nested
    deeper are retagged one inside the other, and a page of them nested thousands deep would cost its square."""
    figure = figure_of(caption)
    return False if figure is not None and figure.mem_id in deep else figure


def _paragraphs(dom) -> int:
    """Characters of the page's paragraphs outside its chrome (header, footer, navigation, side column; not a form,
    which holds a whole ASP.NET page), or of its prose runs between ``<br>``s when they are more."""
    chars = 0
    for p in dom.css("p"):
        if not any(a.tag in _CHROME for a in ancestors(p)):
            chars += len(text_of(p))
    return max(chars, prose_runs(dom)[1])
