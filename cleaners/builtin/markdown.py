"""Markdown export debris: link and image syntax, heading and emphasis marks, rules.

Links keep their text (``[TASS](#)`` -> ``TASS``), images go (their alt text or title
goes to ``metadata.captions`` when it is a real caption), headings become heading blocks
without their ``#`` marks, emphasis marks go, horizontal rules go, footnote markers
(``[^1]``) go. HTML left in the dump goes too: a line of tags, comments and entities only
(``</p>``, ``<div class="ad"></div>``, ``&nbsp;``) is dropped, a line break tag inside a line
(``<br />``) becomes a space and a character entity its character (``&nbsp;`` a space). Code
blocks and inline code spans are left alone. A line that is only a link to a social network's,
a messenger's or an app store's page with a short text goes as a call to action (``social-link``,
`_button_shape.social_link`: "[Join our channel](https://t.me/example)").
"""
from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Callable

from .. import lang, linear_re, screen
from ..document import Document
from ..registry import Cleaner
from ..screen import SparseEditor
from ._button_shape import social_link
from ._call_link_shape import linked_call
from ._html_tags import strip_inline, unwrap
from ._image_caption import caption_echoes
from ._preview_chrome import preview_chrome
from ._screen_reader import screen_reader_marks
from ._wiki_links import wiki_links
from ._split_links import split_links

_HEADING = linear_re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^(=+|-+)$")
_RULE = linear_re.compile(r"^(?:[-*_]\s*){3,}$")
# images and links in one pass: `![alt](src "title")` when the `!` is there, else `[text](url "title")`;
# a URL may hold one level of balanced parentheses (Wikipedia style)
_LINK_OR_IMAGE = linear_re.compile(
    r'(!?)\[([^\[\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"([^"\n]*)")?\)')
_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|avif|bmp|tiff?)$|^[\w-]+$|^(?:img|dsc|image|photo|pic)[\s_-]*\d", re.I)
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
MIN_CAPTION_WORDS = 4


def image_caption(text: str | None) -> str | None:
    """The text of an image's alt or title when it is a real caption (four words or more,
    not a file name such as "IMG_2041.jpg"), else None."""
    text = " ".join((text or "").split())
    if len(text.split()) < MIN_CAPTION_WORDS or len(_LETTER_WORD.findall(text)) < 3 or _FILE_NAME.search(text):
        return None
    return text
_TAG = r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>\n]{0,300})?/?>"
_ENTITY = r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9}|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6});"
_HTML_ONLY = linear_re.compile(rf"^(?:\s*(?:{_TAG}|<!--[^\n]{{0,300}}?-->|{_ENTITY}))+\s*$")
_BREAK = linear_re.compile(r"\s*<br\s*/?>\s*", ignore_case=True)
_ENTITY_AT = linear_re.compile(_ENTITY)
_FOOTNOTE = linear_re.compile(r"\[\^[^\[\]\s]{1,12}\]")
_REF_LINK = linear_re.compile(r"(!?)\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_REF_DEF = re.compile(r"^\[[^\]]+\]:\s+\S+")
_AUTOLINK = linear_re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_LINE_MARKS = frozenset("#>-=*_[")           # what a markdown line may start with
_INLINE_MARKS = re.compile(r"[*_\[`<\\&]")     # what inline markdown contains: a block without any is kept as is
# the two tests above, on every line, but a bracket only with a closing one after it on its line (every
# link, image and reference definition has both): a line of opening brackets renders nothing
_SCREEN = screen.compile(r"^[#>\-=*_]|[*_`<\\]|\[[^\n]*\]|&#?\w+;", ignore_case=False)
_QUOTE = re.compile(r"^>\s?")
_CODE_SPAN = linear_re.compile(r"`[^`]+`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")
_IMAGE_GAP = linear_re.compile(r"[ \t\x01]*\x01[ \t\x01]*")


def _pairs(text: str, mark: str, opens, closes) -> list[tuple[int, int]]:
    """Emphasis delimiter pairs ``(open, close)`` of ``mark`` in one left-to-right pass.

    The first position that can open is paired with the first later position that can
    close, with at least one character between them; scanning resumes after the closer.
    This is what a lazy ``mark(.+?)mark`` finds, in linear time (the regex retried every
    opener against the rest of the line: quadratic on ``*a *a *a ...``)."""
    pairs, opened, width = [], None, len(mark)
    position = text.find(mark)
    while position != -1:
        if opened is not None and position >= opened + width + 1 and closes(text, position):
            pairs.append((opened, position))
            opened = None
            position = text.find(mark, position + width)
            continue
        if opened is None and opens(text, position):
            opened = position
        position = text.find(mark, position + 1)
    return pairs


def _char(text: str, i: int) -> str:
    return text[i] if 0 <= i < len(text) else " "


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _rules(mark: str):
    """(can open, can close) at a position for each emphasis mark (as CommonMark, simplified)."""
    width, ch = len(mark), mark[0]
    if mark == "**":
        return (lambda t, i: not _char(t, i + 2).isspace(),
                lambda t, i: not _char(t, i - 1).isspace())
    if mark == "__":
        return (lambda t, i: not _is_word(_char(t, i - 1)) and _char(t, i - 1) != "\\" and not _char(t, i + 2).isspace(),
                lambda t, i: not _char(t, i - 1).isspace() and not _is_word(_char(t, i + 2)))
    blocked_before = (lambda c: _is_word(c) or c in "*\\") if ch == "*" else (lambda c: _is_word(c) or c == "\\")
    blocked_after = (lambda c: _is_word(c) or c == "*") if ch == "*" else _is_word
    return (lambda t, i: not blocked_before(_char(t, i - 1)) and not _char(t, i + width).isspace()
            and _char(t, i + width) != ch,
            lambda t, i: not _char(t, i - 1).isspace() and _char(t, i - 1) not in (ch, "\\")
            and not blocked_after(_char(t, i + width)))


_EMPHASIS = [(mark, *_rules(mark)) for mark in ("**", "__", "*", "_")]


def _strip_emphasis(text: str, log: Callable[[str, str], None]) -> str:
    for mark, opens, closes in _EMPHASIS:
        if mark not in text:
            continue
        lines = []
        for line in text.split("\n"):   # emphasis never spans a line
            pairs = _pairs(line, mark, opens, closes)
            if not pairs:
                lines.append(line)
                continue
            out, pos = [], 0
            for start, end in pairs:
                log("md-emphasis", mark * 2)
                out += [line[pos:start], line[start + len(mark):end]]
                pos = end + len(mark)
            out.append(line[pos:])
            lines.append("".join(out))
        text = "\n".join(lines)
    return text


def _renders(text: str) -> bool:
    """``text`` holds what inline markdown needs at least: both brackets of a link, two marks
    of emphasis or code, both angle brackets of an autolink, or an escape."""
    return ("[" in text and "]" in text) or text.count("*") >= 2 or text.count("_") >= 2 \
        or text.count("`") >= 2 or ("<" in text and ">" in text) or "\\" in text


def _html_inline(text: str, log: Callable[[str, str], None]) -> str:
    """``text`` with its line break tags made spaces and its character entities their characters
    (a no-break space a space), each logged; inline code spans are left alone."""
    if "`" in text:
        return text
    if "<" in text:
        text = _BREAK.sub(lambda m: log("html-break", m.group(0).strip()) or " ", text).strip()
    if "&" in text:
        def entity(m) -> str:
            out = " " if m.group(0) in ("&nbsp;", "&#160;", "&#xa0;", "&#xA0;") else html.unescape(m.group(0))
            if out != m.group(0):
                log("html-entity", m.group(0))
            return out
        text = _ENTITY_AT.sub(entity, text)
    return text


class Markdown(Cleaner):
    """Markdown syntax in text dumps: links reduced to their text, images (captions into metadata), marks and rules removed."""

    name = "markdown"
    order = 200
    inputs = frozenset({"text"})

    def clean(self, doc: Document) -> Document:
        if any(r.cleaner == self.name for r in doc.removed):
            return doc  # already rendered: unescaping twice would turn `\\*x*` into emphasis
        doc = screen_reader_marks(doc, self.name)     # "link, ...", "banner landmark" (_screen_reader)
        doc = preview_chrome(doc, self.name)          # "PREVIEW · Draft · Last saved ..." (_preview_chrome)
        doc = wiki_links(doc, self.name)              # "[[Harbour ferry]]", "... ^a1b2c3" (_wiki_links)
        doc = split_links(doc, self.name)             # "two [days" / "after](https://…) the" (_split_links)
        edit = SparseEditor(doc, self.name)
        unlisted = lang.without_file(lang.document_languages(doc))
        captions: list[str] = []
        leading = 0         # blocks before this index were all removed
        for i in (echoes := caption_echoes(doc.blocks)):      # an image's caption printed under it (`_image_caption`)
            edit.drop(i, "image-caption-echo")
        for i in screen.candidates(doc.blocks, _SCREEN):
            block = doc.blocks[i]
            text = block.text
            if i in echoes:
                continue
            if block.kind == "code" or not (text[:1] in _LINE_MARKS or _INLINE_MARKS.search(text)):
                continue
            if _HTML_ONLY.match(text):
                edit.drop(i, "html-debris")
                leading += i == leading
                continue
            first = text[:1]
            if first in "-*_=" and (_RULE.match(text) or (_SETEXT.match(text) and i > leading)):
                edit.drop(i, "md-rule")
                leading += i == leading
                continue
            if "](" in text and social_link(text):      # "[Join our channel](https://t.me/x)" (_button_shape)
                edit.drop(i, "social-link")
                leading += i == leading
                continue
            if "](" in text and unlisted and linked_call(text):    # "**[Abonu nian …](https://…)**" (_call_link_shape)
                edit.drop(i, "linked-call-shape")
                leading += i == leading
                continue
            if first == "[" and _REF_DEF.match(text):
                edit.drop(i, "md-link-definition")
                leading += i == leading
                continue
            if first == "<":
                inner, tag, level = unwrap(text)
                if tag:
                    edit.log("html-wrapper", tag, block)
                    text = inner
                    if level:
                        block = replace(block, kind="heading", level=level)
            if "</" in text:
                text, tags = strip_inline(text)
                for tag in tags:
                    edit.log("html-inline", tag, block)
            m = _HEADING.match(text) if first == "#" else None
            if m:
                edit.log("md-heading", m.group(1), block)
                block = replace(block, kind="heading", level=len(m.group(1)))
                text = m.group(2)
            q = _QUOTE.match(text)
            if q:
                block = replace(block, kind="quote")
                edit.log("md-quote", q.group(0).strip(), block)
                text = text[q.end():]
            if "<" in text or "&" in text:
                text = _html_inline(text, lambda rule, cut, b=block: edit.log(rule, cut, b))
            if _renders(text):
                text = self._inline(text, lambda rule, cut, b=block: edit.log(rule, cut, b), captions)
            if block is doc.blocks[i] and text.strip() == block.text:
                continue      # nothing rendered (a bracket or a star that opens nothing)
            if text.strip():  # else every piece of the block was already logged by its rule
                edit.put(i, block.with_text(text.strip()))
            else:
                edit.remove(i)
                leading += i == leading
        return edit.done().meta_append("captions", captions)

    @staticmethod
    def _inline(text: str, log: Callable[[str, str], None], captions: list[str]) -> str:
        """``text`` rendered; the captions of its images are added to ``captions``."""
        spans: list[str] = []

        def hide(m) -> str:  # protect inline code from the rewrites
            spans.append(m.group(0))
            return f"\x00{len(spans) - 1}\x00"

        if "`" in text:
            text = _CODE_SPAN.sub(hide, text)

        def link_or_image(m) -> str:
            if m.group(1):
                log("md-image", m.group(0))
                if caption := image_caption(m.group(2)) or image_caption(m.group(4)):
                    captions.append(caption)
                return "\x01"  # a single space in the end: never glue the words on either side
            log("md-link", "[]" + m.group(0)[len(m.group(2)) + 2:])
            return m.group(2)

        def ref_link(m) -> str:
            if m.group(1):
                return m.group(0)
            log("md-link", "[]" + m.group(0)[len(m.group(2)) + 2:])
            return m.group(2)

        def autolink(m) -> str:
            log("md-link", "<>")
            return m.group(1).removeprefix("mailto:")

        def unescape(m: re.Match) -> str:
            log("md-escape", "\\")
            return m.group(1)

        if "[" in text and "]" in text:     # a link or an image needs both brackets
            text = _LINK_OR_IMAGE.sub(link_or_image, text)
            text = _REF_LINK.sub(ref_link, text)
            text = _FOOTNOTE.sub(lambda m: log("md-footnote", m.group(0)) or "", text)
        if "<" in text:
            text = _AUTOLINK.sub(autolink, text)
        text = _strip_emphasis(text, log)
        text = _ESCAPE.sub(unescape, text)
        text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
        return _IMAGE_GAP.sub(" ", text) if "\x01" in text else text  # only where an image was
