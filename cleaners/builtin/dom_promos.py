"""Promotions set inside the article and the standfirst above it.

Rules: ``link-paragraph`` (a short paragraph that is nothing but a link: "SEE MORE: <headline>", an all-caps teaser
for another story -- not a link opening in lower case, which is running text or a spelled-out address, never a
headline, nor is a link holding a whole sentence with its full stop, `extract_links.is_linked_sentence`, nor a
paragraph ending with a colon that introduces the quotation or list right after it, `extract_links.is_lead_in`, nor
one link with the sentence's stop after it, `extract_links.is_punctuated_link`; or several links with only bracketed
labels such as "[VIDEO]" and separators between them; guard ``linked-subheadings``: two or more such paragraphs of one
parent, each over a paragraph of prose naming what it names, are a listing's entries), ``promo-label`` (a short
all-caps label such as "DON'T MISS" right before such links), ``kicker`` (a short section label right before the
page's only ``<h1>``); the standfirst (the dek/subtitle element of the header, named by its class, its id or a
``data-*`` name) is the article's own lead: it stays in the body, and its text is also ``metadata.subtitle``.
Paragraphs in quotes, lists and tables are left alone (a quoted tweet may be just a link). ``teaser-box``: a box of
two items or more, each a headline wholly linked to another page (``<h3><a>``, or a heading inside its link) with at
most a short summary under it, teasers for other stories set among the paragraphs; their links go to
``metadata.related``. ``video-teaser``/``video-line``: a video card or line found by its running time
(`dom_media_teaser`). A subheading of the article is not a link, and a section with a linked heading runs on with
longer text than a teaser. ``sponsored-teaser``: an element of a teaser's length holding a sponsor's credit alone in
its own element ("Sponsored by Contoso", "Präsentiert von ..."; cleaners/lang ``sponsor_credit``) and a link beside
it: a paid story.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re
from ..dates import find_date
from ..document import Document
from ..extract_links import is_lead_in, is_linked_sentence, is_punctuated_link
from ..lines import CAPITAL, opens_lower
from ..registry import Cleaner
from ._data_names import with_named
from ._dom import (ancestors, attr_key, link_text_share, longest_paragraph, main_container, outermost, protected_ids,
                   remove, story_links, text_of)
from ._markup import class_pattern, table
from .dom_media_teaser import video_cards, video_line

_STANDFIRST = class_pattern("standfirst")
# the elements whose class can match `_STANDFIRST`: those holding one of its literals (lexbor picks them, ignoring
# ASCII case; "\u212a", the Kelvin sign, is a "k" once lower-cased), in page order
_STANDFIRST_SELECTOR = ", ".join(f'body [class*="{w}" i]' for w in sorted(
    {w for word in table("standfirst")["literals"] for w in (word, word.replace("k", "\u212a"))}))
# paragraphs in quotes, lists, tables and figures: never a promotion
_QUOTED_PARAGRAPHS = "blockquote p, li p, table p, figure p"
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_CAPS_LETTERS = re.compile(r"[^\W\d_]")
_ITEM_TAGS = ("div", "article", "li", "section")
# a label in capitals of any cased script between brackets: "[VIDEO]", "(ВИДЕО)", "[ΒΙΝΤΕΟ]" (lines.CAPITAL)
_BRACKET_LABEL = re.compile(rf"[\[(]\s*[{CAPITAL}][{CAPITAL}0-9 '&-]{{1,24}}\s*[\])]")


def is_all_caps(text: str) -> bool:
    letters = _CAPS_LETTERS.findall(text)
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


MAX_CREDIT = 80      # characters of a sponsor's credit: the phrase and a name
MIN_SUBHEADED = 2         # link paragraphs of one parent heading prose about them: a listing's entries
MIN_SECTION_WORDS = 20    # words of the paragraph under such a linked subheading


@lru_cache(maxsize=32)
def _credit(langs: tuple[str, ...]):
    """A sponsor's credit alone (a ``sponsor_credit`` phrase of ``langs``, maybe a colon, a name of six words at
    most), the phrase opening a text, and the phrase right after a tag in the page's markup."""
    phrase = lang.alternation(lang.words("sponsor_credit", langs))
    return (re.compile(rf"^(?:{phrase})\s*:?\s+[^\s.!?]+(?:\s+[^\s.!?]+){{0,5}}$", re.I),
            re.compile(rf"(?:{phrase})(?!\w)", re.I), linear_re.compile(rf">\s*(?:{phrase})", ignore_case=True))


class DomPromos(Cleaner):
    """Link-only promo paragraphs and their all-caps labels inside the article; the standfirst read into metadata."""

    name = "dom_promos"
    scope = "html"
    order = 67
    inputs = frozenset({"html"})
    max_words = 25
    max_list_words = 80
    max_label_words = 4
    max_standfirst = 350
    max_kicker_words = 8
    max_teaser_chars = 300     # of one teaser: a headline and a one- or two-sentence summary

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None:
            return doc
        cuts = []
        quoted = {p.mem_id for p in dom.css(_QUOTED_PARAGRAPHS)}     # (one walk, not each paragraph's climb)
        for p in dom.css("p"):
            if p.mem_id in quoted:
                continue
            text = text_of(p)
            if video_line(p, text):
                cuts.append((p, "video-line"))
            elif self.is_link_paragraph(p, text):
                cuts.append((p, "link-paragraph"))
                label = self._adjacent_element(p)
                if label is not None and label.tag in ("p", "h2", "h3", "h4", "strong", "div") \
                        and self.is_label(text_of(label)) \
                        and all(x.mem_id == label.mem_id for x in label.css("p")):
                    cuts.append((label, "promo-label"))
        cuts = self._without_linked_subheadings(cuts)
        kicker = self._kicker(dom)
        if kicker is not None:
            cuts.append((kicker, "kicker"))
        boxes = self._teaser_boxes(dom)
        related = [item for box in boxes for item in story_links(box, doc.url)]
        cuts += [(box, "teaser-box") for box in boxes]
        langs = lang.languages(lang.page_language(doc))
        cuts += [(item, "sponsored-teaser") for item in self._sponsored(dom, doc.html or "", langs)]
        cuts += video_cards(dom, lambda: protected_ids(dom))
        seen = set()
        for node, rule in outermost(cuts):
            if node.mem_id not in seen:
                seen.add(node.mem_id)
                doc = remove(doc, self.name, rule, node)
        if related:
            doc = doc.meta_append("related", related)
        return self._standfirst(doc, dom)

    def _teaser_boxes(self, dom) -> list:
        """The outermost boxes whose element children, two or more, are all teasers (looked for
        from the headings: the box is the parent of a heading's nearest item element)."""
        parents, boxes, nearest = {}, [], {}
        for heading in dom.css("h2, h3, h4, h5, h6"):
            item = _nearest_item(heading, nearest)
            box = item.parent if item is not None else None
            if box is not None and box.tag in ("div", "section", "aside", "ul", "ol"):
                parents.setdefault(box.mem_id, box)
        for box in parents.values():
            items = [c for c in box.iter() if c.tag not in ("-text", "-comment", "script", "style")]
            if len(items) >= 2 and all(self._is_teaser(item) for item in items):
                boxes.append((box,))
        return [b for b, in outermost(boxes)]

    def _sponsored(self, dom, html: str, langs: tuple[str, ...]) -> list:
        """Paid teasers: an element holding a sponsor's credit ("Sponsored by Contoso", ``sponsor_credit``)
        and a link to another story beside it, no longer than a teaser (looked for when the page's
        markup has a credit phrase right after a tag)."""
        credit, opening, in_markup = _credit(langs)
        body = dom.body
        items: list = []
        if body is None or not in_markup.search(html):
            return items
        for leaf in body.traverse(include_text=True):     # a credit opens a run of text with its phrase
            if leaf.tag != "-text" or not opening.match((leaf.text_content or "").lstrip()):
                continue
            node = leaf.parent
            if node is None or node.tag == "body":
                continue
            text = text_of(node)
            if not text or len(text) > MAX_CREDIT or not credit.match(text):
                continue
            item = node.parent
            if item is None or item.tag in ("body", "html") or len(text_of(item)) > self.max_teaser_chars:
                continue
            own = {a.mem_id for a in node.css("a")}
            if any(a.mem_id not in own for a in item.css("a[href]")):
                items.append(item)
        return items

    def _is_teaser(self, item) -> bool:
        """A headline wholly linked to another page opening ``item``, and no more than a short summary."""
        if item.tag not in _ITEM_TAGS:
            return False
        heading = item.css_first("h2, h3, h4, h5, h6")
        if heading is None:
            return False
        text = text_of(item)
        if not text or len(text) > self.max_teaser_chars or len(item.css("p")) > 1:
            return False
        title = text_of(heading)
        if not title or not text.startswith(title) or opens_lower(title):
            return False
        link = None
        for node in ancestors(heading):
            if node.mem_id == item.mem_id:
                break
            link = node if node.tag == "a" else link
        if link is None:
            links = heading.css("a[href]")
            link = links[0] if len(links) == 1 and text_of(links[0]) == title else None
        href = (link.attributes.get("href") or "") if link is not None else ""
        return bool(href) and not href.startswith(("#", "javascript:"))

    def _kicker(self, dom):
        """The short label right before the page's only ``<h1>`` (a section box, a kicker
        such as "Latest news from the region"): without the headline after it, the
        extractor would make it the first paragraph of the body."""
        h1s = dom.css("body h1")
        if len(h1s) != 1 or not text_of(h1s[0]):
            return None
        node = h1s[0]
        label = self._adjacent_element(node)
        if label is None and node.parent is not None and node.parent.tag in ("header", "hgroup", "div") \
                and not (node.prev is not None and (node.prev.text_content or "").strip()):
            label = self._adjacent_element(node.parent)
        if label is None or label.tag in ("h1", "img", "figure", "picture", "time", "script", "style", "nav"):
            return None
        text = text_of(label)
        n = len(_WORD.findall(text))
        if not 0 < n <= self.max_kicker_words or len(text) > 80 or text.endswith((".", "!", "?", ":", ",")):
            return None
        if label.css_first("p, li, img, time, h1") is not None or find_date(text):
            return None
        return label

    def is_link_paragraph(self, p, text: str) -> bool:
        """Nothing but a link; or several links with nothing between them but bracketed
        labels ("[VIDEO]", "[INSIGHT]") and separators: a list of teasers for other stories."""
        links = p.css("a[href]")      # (read first: most paragraphs hold no link, and then their words go uncounted)
        if not links:
            return False
        n = len(_WORD.findall(text))
        if not 0 < n <= self.max_list_words:
            return False
        if n <= self.max_words and link_text_share(p, text) >= 0.9:
            # a teaser is a headline, which opens with a capital or a digit; a linked line that
            # opens in lower case is the author's running text or an address spelled out
            return not opens_lower(text) and not is_linked_sentence(text) and not is_lead_in(p, text) \
                and not is_punctuated_link(p, text)
        if len(links) < 2:
            return False
        rest = text
        for a in links:
            rest = rest.replace(text_of(a), " ", 1)
        rest = _BRACKET_LABEL.sub(" ", rest)
        # numbers between the links make an enumeration ("1. Owls 2. Blue Floral"): the article's own list
        return not _CAPS_LETTERS.search(rest) and not _DIGIT.search(rest)

    def _without_linked_subheadings(self, cuts: list) -> list:
        """``cuts`` without the link paragraphs that head a section of the article (guard ``linked-subheadings``):
        `MIN_SUBHEADED` or more of one parent each followed by a paragraph of prose that names what the link names
        (its first two words), the entries of a listing ("<a>Harbour Jazz Days, 9-18 May</a>" and the paragraph
        about the festival), not promos for other stories."""
        headed: dict[int, list] = {}
        for node, rule in cuts:
            if rule == "link-paragraph" and node.parent is not None and self._heads_prose(node):
                headed.setdefault(node.parent.mem_id, []).append(node.mem_id)
        kept = {m for ids in headed.values() if len(ids) >= MIN_SUBHEADED for m in ids}
        if not kept:
            return cuts
        return [(node, rule) for node, rule in cuts if node.mem_id not in kept
                and not (rule == "promo-label" and getattr(self._adjacent_element(node, forward=True), "mem_id", None) in kept)]

    def _heads_prose(self, p) -> bool:
        following = self._adjacent_element(p, forward=True)
        if following is None or following.tag != "p":
            return False
        text = text_of(following)
        name = _WORD.findall(text_of(p).casefold())[:2]
        return len(name) == 2 and len(_WORD.findall(text)) >= MIN_SECTION_WORDS and \
            " ".join(name) in " ".join(_WORD.findall(text.casefold()))

    def is_label(self, text: str) -> bool:
        return 0 < len(_WORD.findall(text)) <= self.max_label_words and is_all_caps(text)

    @staticmethod
    def _adjacent_element(node, forward: bool = False):
        """The element right before ``node`` (``forward``: right after it), with only blank text between, or None."""
        sibling = node.next if forward else node.prev
        while sibling is not None and sibling.tag in ("-text", "-comment"):
            if (sibling.text_content or "").strip():
                return None
            sibling = sibling.next if forward else sibling.prev
        return sibling

    def _standfirst(self, doc: Document, dom) -> Document:
        main = main_container(dom)
        inside = {main.mem_id} if main is not None else set()
        for node in dom.css(with_named(_STANDFIRST_SELECTOR, doc.html)):
            if not _STANDFIRST.search(attr_key(node)):
                continue
            if main is not None and (node.mem_id in inside or any(a.mem_id == main.mem_id for a in ancestors(node))):
                continue
            if main is not None and any(a.mem_id == node.mem_id for a in ancestors(main)):
                continue
            text = text_of(node)
            if not text or len(text) > self.max_standfirst or longest_paragraph(node) > self.max_standfirst:
                continue
            doc = doc.meta_default(subtitle=text)     # the article's own lead: it stays in the body
            break
        return doc


def _nearest_item(node, nearest: dict):
    """``node``'s nearest ancestor of an item's tag, or None; kept in ``nearest`` for each element walked (shared)."""
    path, a = [], node.parent
    while a is not None and a.mem_id not in nearest and a.tag not in _ITEM_TAGS:
        path.append(a.mem_id)
        a = a.parent
    found = None if a is None else nearest.get(a.mem_id, a)
    nearest.update(dict.fromkeys(path, found))
    return found
