"""A text browser's link furniture in a text input (`lynx -dump`, `links -dump`, `w3m`; read by layout.py).

Such a dump numbers every link of the page: "[7]" glued before the link's text inside the paragraphs, and the list of
the addresses at the end, under a label ("References", "Visible links", "Referencias", "Kaynaklar": whatever the
language, the label is known by its place, `MAX_LABEL_WORDS` words at most right above the numbered addresses or
between them). Once the dump shows it is one (a run of `MIN_URL_LINES` numbered address lines or more), in any
language:

* `link-number`: a link's number glued before a word ("... [7]tandis que ...") is cut from the paragraph, which keeps
  every word; a citation's number after a word ("the report[1] said") is no link's and stays;
* `link-line`: a line that is only a numbered link ("[1]Read more", "[2]Bus companies fear losing passengers"), a
  headline of `MAX_LINK_WORDS` words at most with no full stop, in a run of such lines set apart by blank lines,
  goes (a read-more link as well as a story's); a line wrapped out of a paragraph and a paragraph opened by a link ("[3]The council said on Tuesday that ...") keeps its words;
* `link-list-label`: the label of the address list (the addresses themselves are ``url-line``).
A dump without numbered addresses keeps its brackets ("[1]" in a list of footnotes, "[2] Smith, 2019")."""
from __future__ import annotations

import re

from ..document import Document
from ..lines import ends_sentence, word_count
from ..screen import SparseEditor

MIN_URL_LINES = 2
MAX_LABEL_WORDS = 3
MAX_LINK_WORDS = 15
_NUMBERED_URL = re.compile(r"^\s*\d{1,4}\.\s+(?:https?://|www\.|file:|mailto:)\S+\s*$", re.I)
_MARK = re.compile(r"(?<![\w\]\[])\[\d{1,4}\](?=[^\s\d\[\]])")
_RAW_URL = re.compile(rb"^[ \t]*\d{1,4}\.[ \t]+(?:https?://|www\.|file:|mailto:)\S+[ \t]*\r?$", re.I | re.M)
_RAW_TAIL = 20000         # bytes at the end of the input where the list stands
_LINK_LINE = re.compile(r"^\s*\[\d{1,4}\](?P<text>[^\[\]\n]+)$")


def _label(text: str) -> bool:
    text = text.strip().rstrip(":")
    return 0 < word_count(text) <= MAX_LABEL_WORDS and not any(c.isdigit() for c in text) and not ends_sentence(text)


def _set_apart(blocks, lines: set[int], i: int) -> bool:
    """Whether the link line ``i`` stands in a run of link lines set apart by blank lines, not wrapped out of a
    paragraph ("... als Lager und" / "[7]das Empfangsgebäude diente ...")."""
    start, end = i, i
    while start > 0 and blocks[start].gap == 0 and start - 1 in lines:
        start -= 1
    while end + 1 < len(blocks) and blocks[end + 1].gap == 0 and end + 1 in lines:
        end += 1
    return (start == 0 or blocks[start].gap > 0) and (end + 1 == len(blocks) or blocks[end + 1].gap > 0)


def lynx_links(doc: Document, cleaner: str) -> Document:
    """``doc`` without its text browser's link numbers, link lines and address-list label (module docstring)."""
    blocks = doc.blocks
    urls = [i for i, b in enumerate(blocks) if b.kind != "code" and _NUMBERED_URL.match(b.text)]
    if len(urls) < MIN_URL_LINES and len(_RAW_URL.findall(doc.raw[-_RAW_TAIL:])) < MIN_URL_LINES:
        return doc      # (the list may be gone with a dump or a thread an earlier cleaner took: the input shows it)
    edit = SparseEditor(doc, cleaner)
    dropped = set()
    first, taken = (urls[0] if urls else len(blocks)), set(urls)
    for k in (first - 1, first - 2) if urls else ():        # "References" / "Visible links" over the list
        if k >= 0 and k not in taken and _label(blocks[k].text) and all(j in taken or j == first - 1
                                                                          for j in range(k + 1, first)):
            edit.drop(k, "link-list-label")
            dropped.add(k)
        else:
            break
    for k in range(first + 1, urls[-1] if urls else 0):    # "Hidden links:" between the addresses
        if k not in taken and _label(blocks[k].text):
            edit.drop(k, "link-list-label")
            dropped.add(k)
    lines = {i for i, b in enumerate(blocks) if b.kind != "code" and (m := _LINK_LINE.match(b.text))
             and word_count(m.group("text")) <= MAX_LINK_WORDS and not ends_sentence(m.group("text").strip())}
    for i, b in enumerate(blocks):
        if i in dropped or i in taken or b.kind == "code" or "[" not in b.text:
            continue
        if i in lines and _set_apart(blocks, lines, i):
            edit.drop(i, "link-line")
            continue
        marks = list(_MARK.finditer(b.text))
        if marks:
            for m in marks:
                edit.log("link-number", m.group(0), b)
            edit.put(i, b.with_text(_MARK.sub("", b.text)))
    return edit.done()
