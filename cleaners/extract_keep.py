"""The main text container kept from trafilatura's class-name discards, when the extraction missed it.

Rule ``main-class-kept`` (no removal: attributes of the pruned page change). trafilatura deletes,
inside the part of the page it extracts, every element whose ``class``, ``id`` or ``role`` holds one
of its boilerplate tokens (``OVERALL_DISCARD_XPATH`` of ``trafilatura.xpaths``: "widget", "meta",
"slide", "nav", "tags"...), with what it holds. Page builders and site themes put such tokens on the
article's own wrappers ("elementor-widget-container", a theme's "widget-area" around the story, a
"slideshow-article" layout): the article is then deleted whole, and trafilatura takes what is left
(a box of sponsored links, a byline, a cookie notice) for the body. The DOM pass knows where the
article most likely is: the main text container (`builtin._dom.main_container`: the element holding
the most paragraph text). When the extraction holds neither the start of that container's longest
paragraph (the probe) nor a paragraph of prose (a line of `BODY_PROSE_WORDS` words, or `PROSE_RUN`
lines that are each a sentence: a body of short lines, links and labels), that container and its
ancestors lose the attribute tokens trafilatura deletes them for (a class token matched alone is
dropped, the other tokens stay; an attribute matched only as a whole is dropped), and the extraction
runs again on that page; its result replaces the first when it holds the probe. Only an element
holding an article is changed: `MIN_PROSE_BLOCKS` blocks of prose and `MIN_PROSE_SHARE` of the
page's prose (a footer's or a sidebar's paragraphs beside an article set in boxes of text keep their
classes), whose change leaves trafilatura's choice of the main and comment containers as it was. The
boxes around and inside it keep their classes. An extraction holding prose stays whatever the main
container is (an article of a few paragraphs beside a box of longer ones that is the main
container). No extraction is added on other pages.
"""
from __future__ import annotations

import logging
from functools import lru_cache

from lxml import etree
from selectolax.lexbor import LexborHTMLParser
from trafilatura.xpaths import BODY_XPATH, COMMENTS_XPATH, OVERALL_DISCARD_XPATH

from .builtin._dom import ancestors, link_text_share, main_container
from .extract_anchor import MIN_SENTENCE_CHARS, PROSE_RUN, SENTENCE_END
from .extract_fast import holds_probe
from .lines import spaced_word_count

log = logging.getLogger(__name__)

BODY_PROSE_WORDS = 40    # a line of the extraction this long is a paragraph of prose: the extraction stays
MIN_PROSE_BLOCKS = 3     # blocks of prose an element must hold to be kept from the discard
MIN_PROSE_SHARE = 0.5    # and share of the page's prose (in characters)
PROSE_WORDS = 20         # words of a block of prose (an unspaced script's characters counted as words)
MAX_LINK_SHARE = 0.5     # share of a block of prose's text in links, at most
ATTRIBUTES = ("class", "id", "role")      # the attributes trafilatura's discard tokens are read in
# trafilatura's names of the HTML tags its discard expressions test (it renames lists and items)
_TAGS = {"ul": "list", "ol": "list", "dl": "list", "li": "item", "dt": "item", "dd": "item"}


def matches(tag: str, attrs: dict[str, str | None], expressions=OVERALL_DISCARD_XPATH) -> bool:
    """Whether one of trafilatura's ``expressions`` selects an element of ``tag`` with ``attrs``."""
    return _matches(tag, tuple((k, v) for k, v in attrs.items() if v is not None), tuple(expressions))


@lru_cache(maxsize=8192)
def _matches(tag: str, items: tuple[tuple[str, str], ...], expressions: tuple) -> bool:
    """`matches` of the attributes ``items`` (cached: a page's elements repeat their tags and class names,
    and each answer built an lxml element and ran every expression on it)."""
    root = etree.Element("body")
    etree.SubElement(root, _TAGS.get(tag, tag), dict(items))
    return any(len(expression(root)) for expression in expressions)


def discarded(tag: str, attrs: dict[str, str | None]) -> bool:
    """Whether trafilatura's class-name discard deletes an element of ``tag`` with ``attrs``."""
    return matches(tag, attrs)


def selected(tag: str, attrs: dict[str, str | None]) -> tuple[bool, bool]:
    """Whether trafilatura takes an element of ``tag`` with ``attrs`` for a main text or a comment container."""
    return matches(tag, attrs, BODY_XPATH), matches(tag, attrs, COMMENTS_XPATH)


def kept_attributes(tag: str, attrs: dict[str, str]) -> dict[str, str | None]:
    """``attrs`` with the tokens trafilatura's discard deletes the element for left out (None:
    the attribute dropped); unchanged when it keeps the element."""
    attrs = dict(attrs)
    for name in ATTRIBUTES:
        if not discarded(tag, attrs):
            break
        value = attrs.get(name)
        if not value:
            continue
        kept = [t for t in value.split() if not discarded(tag, {name: t}) and not discarded(tag, {name: f" {t} "})]
        attrs[name] = " ".join(kept) or None
        if discarded(tag, {name: attrs[name]} if attrs[name] else {}):
            attrs[name] = None
    return attrs


def _prose(node) -> list[int]:
    """The characters of each block of prose ``node`` holds: innermost ``<p>``s or ``<div>``s of
    `PROSE_WORDS` words or more, not mostly links (an article's paragraphs, written as ``<p>``s, as
    boxes of text or as runs between line breaks)."""
    sizes = []
    for block in node.css("p, div"):
        if any(child.css_first("p, div") is not None for child in block.iter()):
            continue                  # (css_first: the child itself too)
        text = " ".join(block.text(separator=" ").split())
        if spaced_word_count(text) >= PROSE_WORDS and link_text_share(block, text) <= MAX_LINK_SHARE:
            sizes.append(len(text))
    return sizes


def _holds_article(node, page: list) -> bool:
    """Whether ``node`` holds `MIN_PROSE_BLOCKS` blocks of prose and `MIN_PROSE_SHARE` of the page's prose
    (``page``: a one-item list of the page's prose characters, read on the first call): a footer's or a
    sidebar's paragraphs beside the article, which a page of a few ``<p>``s in boxes of text makes the
    main text container, are no article."""
    mine = _prose(node)
    if len(mine) < MIN_PROSE_BLOCKS:
        return False
    if not page:
        root = node
        while root.parent is not None and root.parent.tag not in ("-document", "#document", "html"):
            root = root.parent
        page.append(sum(_prose(root)))
    return sum(mine) >= MIN_PROSE_SHARE * page[0]


def keep_main_container(dom) -> int:
    """Drop, from the main text container of ``dom`` and its ancestors, the attribute tokens that
    make trafilatura delete them (module docstring); the number of elements changed."""
    main = main_container(dom)
    if main is None:
        return 0
    changed = 0
    page: list[int] = []
    for node in (main, *ancestors(main)):
        if node.tag in ("html", "body"):
            continue
        attrs = {name: node.attributes.get(name) for name in ATTRIBUTES if node.attributes.get(name)}
        if not attrs or not discarded(node.tag, attrs) or not _holds_article(node, page):
            continue
        kept = kept_attributes(node.tag, attrs)
        if selected(node.tag, kept) != selected(node.tag, attrs):
            continue              # (trafilatura would look for the article or the comments elsewhere)
        for name, value in kept.items():
            if value is None:
                del node.attrs[name]
            elif value != attrs[name]:
                node.attrs[name] = value
        log.debug("main-class-kept: %s %s -> %s", node.tag, attrs, kept)
        changed += 1
    return changed


def missed_article(text: str | None, probe: str) -> bool:
    """Whether an extraction (``text``) missed the main text container: it lacks the ``probe`` and holds no
    line of `BODY_PROSE_WORDS` words, nor `PROSE_RUN` lines that are each a sentence of prose (an article
    printed in short paragraphs: `extract_anchor`'s guard prose-run)."""
    if not probe or holds_probe(text, probe):
        return False
    sentences = 0
    for line in (text or "").splitlines():
        line = line.strip()
        if spaced_word_count(line) >= BODY_PROSE_WORDS:
            return False
        if len(line) >= MIN_SENTENCE_CHARS and SENTENCE_END.search(line):
            sentences += 1
            if sentences >= PROSE_RUN:
                return False
    return True


def page_with_main_kept(html: str) -> str:
    """``html`` with its main text container kept from trafilatura's discards (`keep_main_container`), or ""
    when nothing changes."""
    dom = LexborHTMLParser(html)
    return (dom.html or "") if keep_main_container(dom) else ""
