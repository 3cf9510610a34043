"""A markdown link that a dump's line wrap broke over two lines (read by markdown.py, before its own rules).

A tool that wraps its paragraphs at a width (w3m, lynx, an e-mail client, OCR) may break a link's text: "... a letter
that arrived two [days" / "after](https://example.org/tag/1) the decision ...". Neither line holds a whole link, so
the link rule reads neither. In any language, `md-link` (split): a line ending with an open bracket whose text has no
bracket ("[days"), and the line right under it touching it (no blank line between) opening with the rest of the text,
the closing bracket and the address in parentheses ("after](https://…)"): the brackets and the address go, the words
stay on their lines. A bracket closed on its own line, or a blank line between, stays as it is.
"""
from __future__ import annotations

import re

from ..document import Document
from ..screen import SparseEditor

MAX_TEXT_CHARS = 200
_OPEN = re.compile(rf"(?:^|(?<=\s))\[(?P<text>[^\[\]\n]{{1,{MAX_TEXT_CHARS}}})$")
_CLOSE = re.compile(rf"^(?P<text>[^\[\]\n]{{1,{MAX_TEXT_CHARS}}})\]\((?P<url>[^()\s]+)(?:\s+\"[^\"\n]*\")?\)")


def split_links(doc: Document, cleaner: str) -> Document:
    """``doc`` with its links broken over two lines reduced to their text (module docstring)."""
    blocks = doc.blocks
    edit = SparseEditor(doc, cleaner)
    for i in range(1, len(blocks)):
        after = blocks[i]
        if after.gap or "](" not in after.text or after.kind == "code" or blocks[i - 1].kind == "code":
            continue
        before = edit.current(i - 1) or blocks[i - 1]
        opened, closed = _OPEN.search(before.text.rstrip()), _CLOSE.match(after.text)
        if opened is None or closed is None:
            continue
        edit.put(i - 1, before.with_text(before.text.rstrip()[:opened.start()] + opened.group("text")))
        edit.put(i, after.with_text(closed.group("text") + after.text[closed.end():]))
        edit.log("md-link", "[]" + after.text[len(closed.group("text")) + 1:closed.end()], after)
    return edit.done()
