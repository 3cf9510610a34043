"""Markdown export debris: link and image syntax, heading and emphasis marks, rules.

Links keep their text (``[TASS](#)`` -> ``TASS``), headings become heading blocks
without their ``#`` marks, emphasis marks go, horizontal rules go. Code blocks and
inline code spans are left alone.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..document import Document, Editor
from ..registry import Cleaner

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^(=+|-+)$")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\[[^\]\n]*\]")
_REF_DEF = re.compile(r"^\[[^\]]+\]:\s+\S+")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_STRONG = re.compile(r"(\*\*)(?=\S)(.+?)(?<=\S)\*\*|(?<![\w\\])(__)(?=\S)(.+?)(?<=\S)__(?!\w)")
_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*\\])\*(?![\w*])")
_EM_UNDER = re.compile(r"(?<![\w\\])_(?=[^\s_])(.+?)(?<=[^\s_\\])_(?!\w)")
_QUOTE = re.compile(r"^>\s?")
_CODE_SPAN = re.compile(r"`[^`]+`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


class Markdown(Cleaner):
    """Markdown syntax in text dumps: links reduced to their text, heading/emphasis marks and rules removed."""

    name = "markdown"
    order = 200
    inputs = frozenset({"text"})

    def clean(self, doc: Document) -> Document:
        if any(r.cleaner == self.name for r in doc.removed):
            return doc  # already rendered: unescaping twice would turn `\\*x*` into emphasis
        edit = Editor(doc, self.name)
        for block in doc.blocks:
            text = block.text
            if block.kind == "code":
                edit.keep(block)
                continue
            if _RULE.match(text) or (_SETEXT.match(text) and edit.blocks):
                edit.drop(block, "md-rule")
                continue
            if _REF_DEF.match(text):
                edit.drop(block, "md-link-definition")
                continue
            m = _HEADING.match(text)
            if m:
                edit.log("md-heading", m.group(1), block)
                block = replace(block, kind="heading", level=len(m.group(1)))
                text = m.group(2)
            q = _QUOTE.match(text)
            if q:
                block = replace(block, kind="quote")
                edit.log("md-quote", q.group(0).strip(), block)
                text = text[q.end():]
            text = self._inline(text, lambda rule, cut, b=block: edit.log(rule, cut, b))
            if text.strip():  # else every piece of the block was already logged by its rule
                edit.keep(block.with_text(text.strip()))
        return edit.done()

    @staticmethod
    def _inline(text: str, log: Callable[[str, str], None]) -> str:
        spans: list[str] = []

        def hide(m: re.Match) -> str:  # protect inline code from the rewrites
            spans.append(m.group(0))
            return f"\x00{len(spans) - 1}\x00"

        text = _CODE_SPAN.sub(hide, text)

        def image(m: re.Match) -> str:
            log("md-image", m.group(0))
            return "\x01"  # a single space in the end: never glue the words on either side

        def link(m: re.Match) -> str:
            log("md-link", "[]" + m.group(0)[len(m.group(1)) + 2:])
            return m.group(1)

        def autolink(m: re.Match) -> str:
            log("md-link", "<>")
            return m.group(1).removeprefix("mailto:")

        def strong(m: re.Match) -> str:
            log("md-emphasis", (m.group(1) or m.group(3)) * 2)
            return m.group(2) or m.group(4)

        def emphasis(m: re.Match) -> str:
            log("md-emphasis", m.group(0)[0] * 2)
            return m.group(1)

        def unescape(m: re.Match) -> str:
            log("md-escape", "\\")
            return m.group(1)

        text = _IMAGE.sub(image, text)
        text = _LINK.sub(link, text)
        text = _REF_LINK.sub(link, text)
        text = _AUTOLINK.sub(autolink, text)
        text = _STRONG.sub(strong, text)
        text = _EM_UNDER.sub(emphasis, _EM_STAR.sub(emphasis, text))
        text = _ESCAPE.sub(unescape, text)
        text = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], text)
        return re.sub(r"[ \t]*\x01[ \t\x01]*", " ", text)  # only where an image was
