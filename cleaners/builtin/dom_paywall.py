"""A paywall box set in an article: the notice and the offer and login lines that go with it.

Read by `dom_service` (rule ``paywall-box``). A paywall notice alone on its element, in the words of the page's
languages (cleaners/lang ``paywall``, as `calls_to_action` reads it: "Dieser Artikel ist nur für Abonnenten", "Cet
article est réservé aux abonnés"), stands over the subscription offer: "Jetzt 4 Wochen für 0,99 € testen", "Bereits
Abonnent? Anmelden". The text stage takes the notice line alone; the offer under it stays. Here the notice's block
goes with

* its box, when the box (the block's parent, neither the main text container nor one of its ancestors) holds no more
  than `MAX_BOX` characters and no paragraph of prose besides the notice: a subscription box;
* else the next `MAX_CALLS` sibling elements at most while each is a short call (`MAX_CALL` characters, not a sentence
  of prose that reports anyone): a link or a button in it, or a price (an amount beside a currency).

A notice in a sentence ("The mayor said the report is only for subscribers of the council's list") is no notice
line, and the article's paragraphs after a notice (a metered page's text, printed whole) are prose, not calls.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, screen
from ..lines import FULL_STOPS, is_prose
from ._app_stores import PRICE
from ._dom import NON_ELEMENTS, next_element, text_of
from ._lone_line import core, templates
from .navigation import shape

MAX_NOTICE = 90      # characters of a notice line (calls_to_action's bound)
MAX_BOX = 400        # characters of a subscription box
MAX_CALL = 160       # characters of an offer or login line under the notice
MAX_CALLS = 2        # such lines taken after a notice standing in the article's flow
_BLOCKS = "p, h2, h3, h4, h5, h6, li"


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    """A screen for the texts that may hold a notice: each ``paywall`` phrase, a number for ``#``, up to three words
    for an inner ``*`` (one at either end left out)."""
    alternatives = []
    for phrase in lang.words("paywall", langs):
        tokens = phrase.split()
        while tokens and tokens[0] == "*":
            tokens.pop(0)
        while tokens and tokens[-1] == "*":
            tokens.pop()
        parts = [r"\d[\d.,]*" if t == "#" else r"(?:\S+[\s-]+){0,3}\S+" if t == "*" else re.escape(t) for t in tokens]
        if parts:
            alternatives.append(r"[\s-]+".join(parts))
    return screen.compile("|".join(alternatives) or "$^")


def is_notice(text: str, langs: tuple[str, ...]) -> bool:
    """The text is only a paywall notice of ``langs`` (``#`` a number; ``*`` a product's name, when no sentence)."""
    line = core(text)
    if not line or len(line) > MAX_NOTICE:
        return False
    if templates("paywall", langs, named=False).fullmatch(shape(line)):
        return True
    named = templates("paywall", langs, named=True)
    return not text.rstrip().endswith(FULL_STOPS) and bool(named.fullmatch(shape(line)))


def _call(node) -> bool:
    text = text_of(node)
    if not text or len(text) > MAX_CALL or node.css_first("p") is not None and node.tag != "p":
        return False
    if is_prose(text) and node.css_first("a[href], button") is None:
        return False
    return node.css_first("a[href], button") is not None or bool(PRICE.search(text))


def paywall_boxes(dom, protected: set[int], langs: tuple[str, ...], page_text: str) -> list:
    """The paywall notices of the page with their box or their offer lines (module docstring); a page whose text
    (``page_text``) holds no word of a notice is read once."""
    if not _screen(langs).search(page_text):
        return []
    found, blocks, texts = [], [], []
    for block in dom.css(_BLOCKS):
        raw = block.text()
        if raw and len(raw) <= 2 * MAX_NOTICE and block.mem_id not in protected:
            text = " ".join(raw.split())
            if text and len(text) <= MAX_NOTICE:
                blocks.append(block)
                texts.append(text)
    for i in screen.lines(texts, _screen(langs)):
        block, text = blocks[i], texts[i]
        if not is_notice(text, langs):
            continue
        box = block.parent
        if box is not None and box.mem_id not in protected and box.tag not in ("body", "html", "main", "article") \
                and len(text_of(box)) <= MAX_BOX and _only_calls(box, block):
            found.append(box)
            continue
        found.append(block)
        node = next_element(block)
        for _ in range(MAX_CALLS):
            if node is None or node.mem_id in protected or not _call(node):
                break
            found.append(node)
            node = next_element(node)
    return found


def _only_calls(box, notice) -> bool:
    """Every element of ``box`` besides the notice is a short call, a list of them or a form."""
    for child in box.iter(include_text=False):
        if child.mem_id == notice.mem_id or child.tag in NON_ELEMENTS or child.tag in ("form", "img", "button"):
            continue
        if child.tag in ("ul", "ol"):
            if all(len(text_of(li)) <= MAX_CALL and not is_prose(text_of(li)) for li in child.css("li")):
                continue
            return False
        if not (_call(child) or len(text_of(child)) <= MAX_CALL and not is_prose(text_of(child))):
            return False
    return True
