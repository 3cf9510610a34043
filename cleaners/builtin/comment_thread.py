"""Threaded comment sections printed after the article in text dumps, found by their shape.

A thread is a run of at least two *comment heads*, each followed by the comment's text.
A head is a short line that names the commenter and carries one more sign of a head:

* a list marker: a bullet (``• Ann Lee``) or a number (``1.``, ``1.2.``: nested ordered lists);
* a verb of the language files' ``wrote`` list and/or a date, absolute or relative
  ("Ann Lee wrote on 9 Dec 2016:", "Anna schrieb am 9. Dezember um 18:30:",
  "Ann Lee | 3 hours ago", "Peter (09.12.2016, 18:30)");
* a reply marker ("↳ Ann", "> Ann", "Antwort an Anna:", "Re: Ann");
* nothing but indentation: a name alone with its text indented deeper (4 spaces or tabs).

Depth comes from the numbering ("1.2." is a reply to "1."), else from the rank of the
head's indentation among the thread's heads, and a reply marker makes a reply to the
named commenter's last comment (or to the previous comment). Vote counts, reply
controls and relative times inside a comment are chrome; an absolute date becomes the
comment's date. Every word list comes from cleaners/lang.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..dates import date_line
from ..document import Block, Comment, Document, Editor
from ..lines import ends_sentence, is_prose, word_count
from ..registry import Cleaner

_MARKER = re.compile(r"^(?:(?P<bullet>[\u2022\u25cf\u25e6\u25aa\u2023\u2219\u00b7*+\-\u2013])|"
                     r"(?P<number>\d{1,3}(?:\.\d{1,3})*)[.)])\s+")
_REPLY_SIGN = re.compile(r"^(?:\u21b3|\u21aa|>+|re\s*:)\s*", re.I)
_SEPARATORS = " |\u00b7\u2022,\u2013\u2014-()[]:"
MAX_HEAD_WORDS = 14
MAX_NAME_WORDS = 4
_CHROME = re.compile(
    r"^(?:reply|report|share|flag|like|dislike|permalink|edit|delete|hide|show more|load more comments?|"
    r"view (?:\d+ )?repl(?:y|ies)|\d+\s+(?:points?|likes?|votes?|upvotes?|downvotes?|repl(?:y|ies))|"
    r"[+-]?\d+|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"(?:a|an|one)\s+(?:minute|hour|day|week|month|year)\s+ago|just now|yesterday)$", re.I)


@dataclass(frozen=True)
class Head:
    author: str | None
    date: str | None
    depth: int | None          # from the numbering of an ordered list
    reply_to: str | None       # a reply marker; "" when it names nobody
    signal: str                # marker | verb | date | reply | name


@lru_cache(maxsize=1)
def _vocabulary():
    relative = lang.alternation(lang.words("time_units"))
    ago = lang.alternation(lang.words("ago"))
    return {
        "wrote": lang.pattern("wrote", where="line"),
        "wrote_start": lang.pattern("wrote", where="start"),
        "on": lang.pattern("on", where="start"),
        "reply": lang.pattern("reply", where="start"),
        "chrome": lang.pattern("comment_chrome", where="line"),
        "header": lang.pattern("comments", where="line"),
        "relative": re.compile(rf"^(?:{ago}\s+)?(?:\d+|{relative})\s+{relative}(?:\s+{ago})?$", re.I),
        "function": frozenset(lang.words("function_words")),
    }


def _is_date(text: str) -> str | None | bool:
    """ISO date of a text that is only a date, True for a relative time, else None."""
    text = text.strip(_SEPARATORS)
    if not text:
        return None
    found = date_line(text, max_rest_words=0)
    if found:
        return found.iso
    return True if _vocabulary()["relative"].match(text) else None


def _name_ok(tokens: list[str]) -> bool:
    if not tokens or len(tokens) > MAX_NAME_WORDS:
        return False
    name = " ".join(tokens)
    if ends_sentence(name) or name.endswith((",", ";")) or not re.search(r"[^\W\d_]", name):
        return False
    if len(tokens) > 1 and not all(t[:1].isupper() or t.casefold() in ("de", "van", "von", "da", "la", "le", "del")
                                   for t in tokens):
        return False
    return not any(t.casefold() in _vocabulary()["function"] and t[:1].isupper() for t in tokens[1:])


def _tail(tail: str) -> tuple[str, str | None] | None:
    """What follows the name in a head: ("verb" | "date", iso), or None when it is not a head's tail."""
    v = _vocabulary()
    text = tail.strip()
    colon = text.endswith(":")
    text = text.rstrip(": ").lstrip(_SEPARATORS)
    verb = False
    m = v["wrote_start"].match(text)
    if m:
        verb, text = True, text[m.end(1):].strip()
    on = v["on"].match(text)
    if on:
        text = text[on.end(1):].strip()
    if text and (m2 := re.search(r"\s(\S+)$", " " + text)) and v["wrote"].match(m2.group(1).rstrip(":")):
        verb, text = True, text[:m2.start()].strip()     # "Ann on 9 May 2020 wrote:"
    if not text:
        return ("verb", None) if verb and (colon or on is None) else None
    when = _is_date(text)
    if when is None:
        return None
    return ("verb" if verb else "date", when if isinstance(when, str) else None)


def head_of(block: Block) -> Head | None:
    """The comment head ``block`` is, or None."""
    text = block.text.strip()
    if block.kind == "code" or not text or word_count(text) > MAX_HEAD_WORDS or len(text) > 160:
        return None
    depth, signal, reply_to = None, "name", None
    m = _MARKER.match(text)
    if m:
        signal = "marker"
        if m.group("number"):
            depth = m.group("number").count(".")
        text = text[m.end():]
    r = _REPLY_SIGN.match(text) or _vocabulary()["reply"].match(text)
    if r:
        rest = text[r.end():].lstrip(" :")
        rest = re.sub(r"^(?:to|an|à|a|para|aan|на|do|für|per)\s+", "", rest, flags=re.I).lstrip(" :@")
        if rest and rest != text:
            # "↳ Ann" / "> Ann": Ann replies; "Reply to Ann:" / "Antwort an Anna:": a reply to Ann, by someone
            target = r.re is not _REPLY_SIGN and bool(re.match(r"\S+\s+(?:to|an|à|a|para|aan|на|do|für|per)\s", text[r.start():], re.I))
            text, signal, reply_to = rest, "reply", ("@" if target else "")
    tokens = text.split()
    for k in range(1, min(MAX_NAME_WORDS, len(tokens)) + 1):
        name_tokens = [t.rstrip(":,") if i == k - 1 else t for i, t in enumerate(tokens[:k])]
        if not _name_ok(name_tokens):
            break
        tail = " ".join(tokens[k:])
        author = " ".join(name_tokens).lstrip("@")
        answers = reply_to
        if reply_to == "@":       # the name is whom the comment answers; its author is not given
            author, answers = None, author
        if not tail:
            if tokens[k - 1].endswith(":") and signal == "name":
                return None     # "Name:" alone is a label, not a head
            return Head(author, None, depth, answers, signal)
        found = _tail(tail)
        if found:
            kind, iso = found
            return Head(author, iso, depth, answers, signal if signal in ("marker", "reply") else kind)
    return None


class CommentThread(Cleaner):
    """Moves a comment thread (heads of one shape: name, verb, date, list marker, reply marker; indented text) into comments."""

    name = "comment_thread"
    order = 150
    inputs = frozenset({"text"})
    min_comments = 2

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        heads = [self._head(blocks, i) for i in range(len(blocks))]
        start = self._thread_start(blocks, heads)
        if start is None:
            return doc
        edit = Editor(doc, self.name)
        for block in blocks[:start]:
            edit.keep(block)
        if edit.blocks and (_vocabulary()["header"].match(re.sub(r"[\d()\[\]:]", " ", edit.blocks[-1].text).strip())):
            edit.drop(edit.blocks.pop(), "comment-header")
        indents = sorted({blocks[i].indent for i in range(start, len(blocks)) if heads[i]})
        comments: list[Comment] = []
        stack: list[int] = []
        i = start
        longest = 1
        while i < len(blocks) and heads[i] is not None:
            head, block = heads[i], blocks[i]
            depth = head.depth if head.depth is not None else indents.index(block.indent)
            edit.drop(block, "comment-author")
            paragraphs, when, taken = [], head.date, 0
            i += 1
            while i < len(blocks) and heads[i] is None and self._in_comment(blocks, i, block, taken, longest,
                                                                            is_last=self._last(heads, i)):
                text = blocks[i].text
                found = date_line(text, max_rest_words=0)
                if found and when is None:
                    when = found.iso
                    edit.drop(blocks[i], "comment-date")
                elif _CHROME.match(text) or _vocabulary()["chrome"].match(text.strip(" .!")) or _is_date(text) is True:
                    edit.drop(blocks[i], "comment-chrome")
                else:
                    paragraphs.append(text)
                    edit.drop(blocks[i], "comment")
                taken += 1
                i += 1
            longest = max(longest, taken)
            if head.reply_to is not None and head.depth is None and depth == 0 and comments:
                target = next((k for k in range(len(comments) - 1, -1, -1)
                               if head.reply_to and comments[k].author == head.reply_to), len(comments) - 1)
                stack = []
                while target is not None:      # the path from the thread's root to the comment answered
                    stack.insert(0, target)
                    target = comments[target].parent
                depth = len(stack)
            del stack[depth:]
            parent = stack[-1] if stack else None
            depth = min(depth, len(stack))
            stack.append(len(comments))
            comments.append(Comment(head.author, "\n\n".join(paragraphs), depth, parent, when))
        for block in blocks[i:]:
            edit.keep(block)
        doc = edit.done()
        return doc.replace(comments=doc.comments + tuple(comments))

    @staticmethod
    def _last(heads, i: int) -> bool:
        return all(h is None for h in heads[i:])

    @staticmethod
    def _in_comment(blocks, i: int, head: Block, taken: int, longest: int, is_last: bool) -> bool:
        """Whether block ``i`` belongs to the comment under ``head``: indented deeper, or, in a
        thread without indentation, up to the next head (the last comment: no further than
        the longest comment before it, and never across two blank lines)."""
        block = blocks[i]
        if block.indent > head.indent:
            return True
        if blocks[i - 1] is head and block.indent == head.indent or taken and blocks[i - 1].indent == head.indent:
            if block.indent < head.indent:
                return False
            return not is_last or block.gap == 0 or (taken < longest and block.gap < 2)
        return False

    def _head(self, blocks, i: int) -> Head | None:
        head = head_of(blocks[i])
        if head is None or i + 1 >= len(blocks):
            return None
        nxt = blocks[i + 1]
        if head_of(nxt) is not None and nxt.indent <= blocks[i].indent:
            return None     # a head is followed by its comment's text
        if head.signal in ("marker", "name"):
            wrapped = nxt.gap == 0 and nxt.text[:1].islower()   # a list item's hanging continuation line
            if not (nxt.indent > blocks[i].indent and not wrapped and head_of(nxt) is None):
                return None
            if head.signal == "name" and word_count(head.author) < 1:
                return None
        return head

    def _thread_start(self, blocks, heads) -> int | None:
        """First head of a run of at least ``min_comments`` heads of one shape, after some article prose."""
        prose = False
        for i, head in enumerate(heads):
            if head is None:
                prose = prose or is_prose(blocks[i].text)
                continue
            if not prose:
                continue
            count, j = 0, i
            kinds = {head.signal}
            while j < len(blocks):
                if heads[j] is not None:
                    if heads[j].signal in kinds or heads[j].signal == "reply" or heads[j].depth is not None:
                        count += 1
                elif blocks[j].indent < blocks[i].indent:
                    break
                j += 1
            if count >= self.min_comments:
                return i
        return None
