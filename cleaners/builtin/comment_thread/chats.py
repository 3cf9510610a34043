"""Comments pasted as a chat export or as social cards (rules `chat-export`, `social-card`, `doc-comment`).

Read before the other thread shapes, in any language (the stamps, handles and brackets are the marks):

* `chat-export`: a run of `MIN_RUN` lines or more, each a message of a chat app's export: a stamp in brackets, the
  sender and a colon, the message ("[12/03/2025, 14:02] Anna Lehmann: Endlich."; the Android form "12/03/2025,
  14:02 - Anna: ..."), or a head of the sender and the stamp ("Anna Lehmann, [12.03.25 14:02]", Telegram's) over the
  message's lines;
* `social-card`: a run of `MIN_RUN` heads or more of a name and a handle, maybe an age after a dot ("Ann Lee
  (@annlee) · 3h", "Ann Lee @annlee · 12 Mar"), each over the post's text; a control line under the text ("Reply ·
  12 likes": a reply control, or a short line of parts parted by dots, bars or bullets holding a count) and a
  count of further replies under it ("Show 5 more replies") are the card's chrome;
* `doc-comment`: the lines closing the body that open with a letter in brackets, a name and a colon ("[a]Ann Lee:
  ..."), the comments a word processor prints after the document it exports.
Each message becomes a comment (author, text, the stamp's date); the article between the first prose block and the
run is left alone, and a run before any prose block is no thread. A message quoted in a paragraph, a line with one
stamp only and a name with a handle over nothing stay."""
from __future__ import annotations

import re

from ...document import Comment, Document
from ...screen import SparseEditor
from ...lines import ends_sentence, is_prose, word_count
from .control_lines import is_control, recurring_controls
from .heads import CHROME, name_ok

MIN_RUN = 2
MAX_TEXT_BLOCKS = 6
MAX_CHROME_WORDS = 6
_DATE = r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{2}|\d{4})"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_NAME = r"(?P<name>[^:\[\]()\n]{1,40}?)"
_LINE = re.compile(rf"^\[?{_DATE},?\s+{_TIME}(?:\]|\s+[-\u2013])\s*{_NAME}\s*:\s+(?P<text>\S.*)$", re.S)
_HEAD = re.compile(rf"^{_NAME},\s*\[{_DATE},?\s+{_TIME}\]$")
_NOTE = re.compile(rf"^\[[a-z]{{1,2}}\]\s*{_NAME}\s*:\s+(?P<text>\S.*)$", re.S)
_CARD = re.compile(r"^(?P<name>[^@()\n]{1,40}?)\s+\(?@[\w.]{1,30}\)?\s*(?:[\u00b7\u2022|\u2013\u2014-]\s*(?P<age>[^\n]{1,30}))?$")
_PARTS = re.compile(r"\s[\u00b7\u2022|]\s")


def _iso(m: re.Match) -> str | None:
    d, mo, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
    if mo > 12 and d <= 12:
        d, mo = mo, d       # a month-first stamp ("03/17/2025")
    y += 2000 if y < 100 else 0
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def _named(name: str, function_words) -> str | None:
    name = name.strip()
    return name if name and name_ok(name.split(), function_words) else None


def _chrome(text: str, vocab, learned: bool) -> bool:
    """A card's control or reply-count line: a reply control, a line that comes back, or a short line of parts
    parted by dots, bars or bullets with a count ("Reply · 12 likes"), or a short count ("Show 5 more replies")."""
    text = text.strip()
    if learned or is_control(text, vocab) or CHROME.match(text) or vocab["chrome"].match(text.strip(" .!")):
        return True
    short = 0 < word_count(text) <= MAX_CHROME_WORDS and not ends_sentence(text) and any(c.isdigit() for c in text)
    return short and (bool(_PARTS.search(text)) or not any(c in text for c in ",;:"))


def chat_threads(doc: Document, vocab, cleaner: str) -> Document:
    """``doc`` with its chat exports, social cards and closing document comments moved to ``comments``."""
    blocks, function_words = doc.blocks, vocab["function"]
    first_prose = next((k for k, b in enumerate(blocks) if is_prose(b.text)), None)
    if first_prose is None:
        return doc
    kinds: dict[int, tuple[str, str, str | None, str | None]] = {}     # index: (shape, author, date, text)
    for i in range(first_prose + 1, len(blocks)):
        b = blocks[i]
        if b.kind == "code" or len(b.text) > 2000:
            continue
        text = b.text.strip()
        if (m := _LINE.match(text)) and (name := _named(m.group("name"), function_words)):
            kinds[i] = ("line", name, _iso(m), m.group("text").strip())
        elif (m := _HEAD.match(text)) and (name := _named(m.group("name"), function_words)):
            kinds[i] = ("head", name, _iso(m), None)
        elif (m := _CARD.match(text)) and (name := _named(m.group("name"), function_words)):
            kinds[i] = ("card", name, None, None)
        elif (m := _NOTE.match(text)) and (name := _named(m.group("name"), function_words)):
            kinds[i] = ("note", name, None, m.group("text").strip())
    if not kinds:
        return doc
    notes = []
    k = len(blocks) - 1
    while k in kinds and kinds[k][0] == "note":
        notes.insert(0, k)
        k -= 1
    for i in [i for i, v in kinds.items() if v[0] == "note" and i not in notes]:
        del kinds[i]
    counts = {shape: sum(v[0] == shape for v in kinds.values()) for shape in ("line", "head", "card")}
    heads = sorted(i for i, v in kinds.items() if v[0] == "note" or counts[v[0]] >= MIN_RUN)
    if not heads:
        return doc
    learned = recurring_controls(blocks, vocab)
    cuts: dict[int, str] = {}
    comments: list[Comment] = []
    for n, i in enumerate(heads):
        shape, author, when, text = kinds[i]
        if text is not None:
            cuts[i] = "comment"
            comments.append(Comment(author, text, 0, None, when))
            continue
        cuts[i] = "comment-author"
        end = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        paragraphs, k, closed = [], i + 1, False
        while k < end and k - i <= MAX_TEXT_BLOCKS and k not in kinds:
            b = blocks[k]
            if paragraphs and _chrome(b.text, vocab, k in learned):
                cuts[k], closed = "comment-chrome", True
            elif closed or (paragraphs and n + 1 == len(heads) and b.gap > 0):
                break       # after its controls, or past a blank line under the last message: the body again
            else:
                paragraphs.append(b.text.strip())
                cuts[k] = "comment"
            k += 1
        if not paragraphs:
            del cuts[i]
            continue
        comments.append(Comment(author, "\n\n".join(paragraphs), 0, None, when))
    if len(comments) < MIN_RUN and not notes:
        return doc
    edit = SparseEditor(doc, cleaner)
    for i in sorted(cuts):
        edit.drop(i, cuts[i])
    out = edit.done()
    return out.replace(comments=out.comments + tuple(comments))
