"""Figure captions and photo credits: out of the article text, into metadata.

Rules: ``figure-caption`` (``<figcaption>`` and caption-classed elements: text into
``metadata.captions``), ``photo-credit`` (credit/copyright-classed elements: into
``metadata.credits``; a class, an id or a ``data-*`` name, `_data_names`). Long text is never taken for a
caption. On a photo page, where the captions hold at least half as much text as the article's other paragraphs (a
gallery, or a photo with its caption and hardly a line more), the captions are the article: they stay
in the body, and only the credits go; with `MIN_ESSAY_FIGURES` figures or more in the
article's flow (beside its paragraphs, not slides of a gallery's list) whose captions are sentences (a photo essay),
those figures become ``<div>``s and their captions paragraphs, which the extraction reads (it drops a figure whole),
and the credits inside their captions go too.
"""
from __future__ import annotations


from ..document import Document
from ..lines import ends_sentence, is_prose, word_count
from ..registry import Cleaner
from ._dom import ancestors, attr_key, cut, display_text, edited, longest_paragraph, main_text, outermost, \
    protected_ids
from ._dom_runs import prose_runs
from ._data_names import with_named
from ._markup import class_pattern

_CREDIT = class_pattern("figure", "credit")
MIN_ESSAY_FIGURES = 3     # captioned figures of a photo page read as its text, at least
MIN_CAPTION_SENTENCE_WORDS = 6   # words of such a figure's caption, at least, when it ends a sentence
_CAPTION = class_pattern("figure", "caption")
_SELECTOR = ("figcaption, body [class*=capt i], body [class*=credit i], body [class*=cutline i], "
             "body [class*=copyright i], body [class*=photographer i], body [class*=legend i], "
             "figure [class*=source i]")


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
        for node in dom.css(with_named(_SELECTOR, doc.html)):
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
        found, candidates = candidates, outermost(candidates)
        caption_chars = sum(len(text) for _, rule, text in candidates if rule == "figure-caption")
        figures = []
        # captions set as paragraphs of the article (WordPress' p.wp-caption-text) count in its size
        # (an article of prose runs between <br>s has no <p>: its runs count instead)
        if caption_chars and caption_chars >= max(main_text(dom)[0], prose_runs(dom)[1]) - caption_chars \
                and not _lead_photo([c for c in candidates if c[1] == "figure-caption"], caption_chars):
            # a photo page: the captions are the text; a photo essay's figures are read as boxes, without credits
            credits_in: dict[int, list] = {}
            for c in found:
                if c[1] == "photo-credit" and (f := figure_of(c[0])) is not None:
                    credits_in.setdefault(f.mem_id, []).append(c)
            figures = [f for node, rule, _ in candidates
                       if rule == "figure-caption" and (f := figure_of(node)) is not None
                       and _essay_figure(f, [text for _, _, text in credits_in.get(f.mem_id, ())])]
            candidates = [c for c in candidates if c[1] == "photo-credit"]
            if len(figures) >= MIN_ESSAY_FIGURES:       # (a news page's one picture is no photo essay)
                candidates = outermost(candidates + [c for f in figures for c in credits_in.get(f.mem_id, ())])
            else:
                figures = []
        captions, credits = [], []
        for node, rule, text in candidates:
            (credits if rule == "photo-credit" else captions).append(text)
            cut(node)
            doc = doc.log(self.name, rule, text)
        for figure in figures:
            _as_box(dom, figure)
        if figures:
            edited()
        return doc.meta_append("captions", captions).meta_append("credits", credits)


def figure_of(node):
    """The ``<figure>`` holding a caption, or None."""
    return node if node.tag == "figure" else next((a for a in ancestors(node) if a.tag == "figure"), None)


def _lead_photo(captions: list[tuple], caption_chars: int) -> bool:
    """Whether a page's one caption is a lead photo's over a text told in boxes of its own (an interview's
    questions and answers, each pair a box, its main text container one answer): the nearest ancestor of the
    figure holding paragraphs outside it holds more paragraph text than the caption. (A photo page's caption
    carries its text: a line or two stand beside it.)"""
    if len(captions) != 1:
        return False
    figure = figure_of(captions[0][0]) or captions[0][0]
    inside = {p.mem_id for p in figure.css("p")}
    for a in ancestors(figure):
        chars = sum(len(p.text()) for p in a.css("p") if p.mem_id not in inside)
        if chars:
            return chars > caption_chars
    return False


def _essay_figure(figure, credits: list[str]) -> bool:
    """A figure in the article's flow (beside a paragraph of its container, not a slide of a gallery's list)
    whose caption, without its ``credits``, is a sentence (not a label)."""
    parent = figure.parent
    if parent is None or not any(child.tag == "p" for child in parent.iter()):
        return False
    text = " ".join(display_text(c) for c in figure.css("figcaption"))
    for credit in credits:
        text = text.replace(credit, " ")
    text = " ".join(text.split())
    return is_prose(text) or (ends_sentence(text) and word_count(text) >= MIN_CAPTION_SENTENCE_WORDS)


def _as_box(dom, figure) -> None:
    """The figure as a ``<div>``, its caption as a paragraph (a ``<div>`` when it holds paragraphs): the extraction
    drops a ``<figure>`` whole and a ``<figcaption>``'s text, and a photo page's captions are its text."""
    for caption in figure.css("figcaption"):
        retag(dom, caption, "div" if caption.css_first("p, div") is not None else "p")
    retag(dom, figure, "div")


def retag(dom, node, tag: str) -> None:
    """``node`` replaced by a ``tag`` element holding its content (a ``<figure>`` made a ``<div>``)."""
    new = dom.create_node(tag)
    new.inner_html = node.inner_html
    node.replace_with(new)
