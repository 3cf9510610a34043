"""A note-taking app's link syntax in a text dump (Obsidian, Logseq, Notion's export, a wiki's markup; read by
markdown.py, before its own rules).

A clipped article keeps the app's marks: links to other notes or pages in double brackets ("[[Harbour ferry]]",
"[[Harbour ferry|the ferry]]", MediaWiki's syntax too), embeds ("![[map.png]]") and a paragraph's block reference at its
end ("... in the summer. ^a1b2c3"). In any language:

* `wiki-link-line`: a line of such links only (a note's links to related notes, an embed) goes;
* `wiki-link`: a link inside a line keeps its label (or its target when it has none); an embed goes;
* `block-id`: a block reference ending a paragraph (a space, "^" and `MIN_ID_CHARS` to `MAX_ID_CHARS` letters, digits
  or hyphens, one letter at least) goes; "x^2" and "10 ^ 6" stay.
"""
from __future__ import annotations

import re

from .. import screen
from ..document import Document
from ..screen import SparseEditor

MIN_ID_CHARS = 4
MAX_ID_CHARS = 40
_LINK = re.compile(r"(!?)\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{1,200}))?\]\]")
_LINKS_ONLY = re.compile(r"^(?:\s*!?\[\[[^\[\]\n]{1,400}\]\][\s,;·|]*)+$")
_BLOCK_ID = re.compile(rf"\s\^(?=[\w-]*[^\W\d_])[\w-]{{{MIN_ID_CHARS},{MAX_ID_CHARS}}}$")
_SCREEN = screen.compile(rf"\[\[[^\n]*\]\]|\s\^[\w-]{{{MIN_ID_CHARS},{MAX_ID_CHARS}}}$", ignore_case=False)


def wiki_links(doc: Document, cleaner: str) -> Document:
    """``doc`` with its note links reduced to their text and its block references cut (module docstring)."""
    edit = SparseEditor(doc, cleaner)
    for i in screen.candidates(doc.blocks, _SCREEN):
        block = doc.blocks[i]
        text = block.text
        if block.kind == "code":
            continue
        if _LINKS_ONLY.match(text):
            edit.drop(i, "wiki-link-line")
            continue

        def label(m: re.Match) -> str:
            edit.log("wiki-link", m.group(0) if m.group(1) else "[[]]", block)
            return "" if m.group(1) else (m.group(3) or m.group(2)).strip()

        new = _LINK.sub(label, text) if "[[" in text else text
        if (m := _BLOCK_ID.search(new)) is not None:
            edit.log("block-id", m.group(0).strip(), block)
            new = new[:m.start()]
        new = " ".join(new.split()) if new != text else new
        if new != text:
            if new.strip():
                edit.put(i, block.with_text(new.strip()))
            else:
                edit.remove(i)
    return edit.done()
