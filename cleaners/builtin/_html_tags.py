"""HTML element tags left around text in a text dump (``<p>…</p>``, ``<h2>…</h2>``,
``<a href="…">…</a>``, ``<strong>…</strong>``): the tags go, the text they hold stays.

Only tags whose element both opens and closes in the block are taken (a ``<`` in a sentence
or a lone tag-like word stays), and only the names of block and inline text elements.
Used by the markdown cleaner, which logs each tag it removes.
"""
from __future__ import annotations

import re

# block elements that wrap a whole paragraph or heading (rule "html-wrapper")
_BLOCK = "p|div|h[1-6]|li|blockquote|section|article|figcaption|header|footer|td|th|dd|dt|pre|center"
# inline elements inside a paragraph (rule "html-inline")
_INLINE = "a|strong|em|b|i|u|s|span|small|mark|sup|sub|cite|q|abbr|time|font|ins|del|big|nobr"
_ATTRS = r"(?:\s[^<>\n]{0,300})?"
_WRAP_OPEN = re.compile(rf"^<({_BLOCK}){_ATTRS}>\s*", re.I)
_INLINE_TAG = re.compile(rf"</?({_INLINE}){_ATTRS}/?>", re.I)


def unwrap(text: str) -> tuple[str, str | None, int | None]:
    """``text`` without a block element wrapping all of it, the tag cut (``"<p></p>"``) and the
    heading level when the wrapper was ``<h1>``-``<h6>``; else ``(text, None, None)``."""
    m = _WRAP_OPEN.match(text)
    if not m:
        return text, None, None
    name = m.group(1).lower()
    closing = re.search(rf"\s*</{name}\s*>\s*$", text[m.end():], re.I)
    if closing is None:
        return text, None, None
    inner = text[m.end():m.end() + closing.start()]
    if not inner.strip():
        return text, None, None
    level = int(name[1]) if name[0] == "h" and name[1:].isdigit() else None
    return inner, m.group(0).strip() + f"</{name}>", level


def strip_inline(text: str) -> tuple[str, list[str]]:
    """``text`` without the inline element tags whose element opens and closes in it, and the
    tags cut. A space is kept where a tag parted two words."""
    found = _INLINE_TAG.findall(text)
    if not found:
        return text, []
    names = {n.lower() for n in found}
    paired = {n for n in names if re.search(rf"</{n}\s*>", text, re.I) and re.search(rf"<{n}[\s>]", text, re.I)}
    if not paired:
        return text, []
    cuts: list[str] = []

    def cut(m: re.Match) -> str:
        if m.group(1).lower() not in paired:
            return m.group(0)
        cuts.append(m.group(0))
        return ""
    return _INLINE_TAG.sub(cut, text), cuts
