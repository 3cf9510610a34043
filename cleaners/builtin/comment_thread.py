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

from .. import lang, linear_re, screen
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


@lru_cache(maxsize=32)
def _vocabulary(langs: tuple[str, ...] | None = None):
    """The thread words of ``langs`` (default: every installed language); function words
    (never part of a name) of every language."""
    relative = lang.alternation(lang.words("time_units", langs))
    ago = lang.alternation(lang.words("ago", langs))
    return {
        "langs": langs,
        "wrote": lang.pattern("wrote", langs, where="line"),
        "wrote_start": lang.pattern("wrote", langs, where="start"),
        "on": lang.pattern("on", langs, where="start"),
        "reply": lang.pattern("reply", langs, where="start"),
        "chrome": lang.pattern("comment_chrome", langs, where="line"),
        "header": lang.pattern("comments", langs, where="line"),
        "relative": re.compile(rf"^(?:{ago}\s+)?(?:\d+|{relative})\s+{relative}(?:\s+{ago})?$", re.I),
        # what a head's tail needs at least: a verb of writing, a year or a relative time
        "tail": linear_re.compile(rf"(?:^|[^\w])(?:{lang.alternation(lang.words('wrote', langs))})(?:$|[^\w])|"
                                  rf"(?:19|20)\d\d|(?:^|[^\w])(?:\d+|{relative})\s+{relative}(?:$|[^\w])",
                                  ignore_case=True),
        "function": frozenset(lang.words("function_words")),
    }


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    """Lines that can be a head without indented text below: a verb of writing, a reply
    marker or word, a year, or a relative time ("3 hours", "vor einer Stunde")."""
    units = lang.alternation(lang.words("time_units", langs))
    space = "[" + linear_re.SPACE_CLASS.replace(r"\n", "") + "]"
    wrote, reply = lang.alternation(lang.words("wrote", langs)), lang.alternation(lang.words("reply", langs))
    marker = r"(?:[\x{2022}\x{25cf}\x{25e6}\x{25aa}\x{2023}\x{2219}\x{b7}*+\-\x{2013}]|\d{1,3}(?:\.\d{1,3})*[.)])\s+"
    return screen.compile(rf"(?:^|[^\w])(?:{wrote})(?:$|[^\w])|^(?:{marker})?(?:{reply})(?:$|[^\w])|"
                          rf"[\x{{21b3}}\x{{21aa}}>]|re\s*:|(?:19|20)\d\d|"
                          rf"(?:^|[^\w])(?:\d+|{units}){space}+{units}(?:$|[^\w])")


def _is_date(text: str, vocabulary) -> str | None | bool:
    """ISO date of a text that is only a date, True for a relative time, else None."""
    text = text.strip(_SEPARATORS)
    if not text:
        return None
    found = date_line(text, max_rest_words=0, languages=vocabulary["langs"])
    if found:
        return found.iso
    return True if vocabulary["relative"].match(text) else None


_LETTER = re.compile(r"[^\W\d_]")
_NAME_PARTICLES = frozenset(("de", "van", "von", "da", "la", "le", "del"))
_TARGET = re.compile(r"^(?:to|an|à|a|para|aan|на|do|für|per)\s+", re.I)
_REPLY_TO = re.compile(r"\S+\s+(?:to|an|à|a|para|aan|на|do|für|per)\s", re.I)
_LAST_WORD = re.compile(r"\s(\S+)$")


def _name_ok(tokens: list[str], function_words: frozenset[str]) -> bool:
    if not tokens or len(tokens) > MAX_NAME_WORDS:
        return False
    name = " ".join(tokens)
    if ends_sentence(name) or name.endswith((",", ";")) or not _LETTER.search(name):
        return False
    if len(tokens) > 1 and not all(t[:1].isupper() or t.casefold() in _NAME_PARTICLES for t in tokens):
        return False
    return not any(t[:1].isupper() and t.casefold() in function_words for t in tokens[1:])


def _tail(tail: str, v) -> tuple[str, str | None] | None:
    """What follows the name in a head: ("verb" | "date", iso), or None when it is not a head's tail."""
    if v["tail"].search(tail) is None:
        return None
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
    if text and (m2 := _LAST_WORD.search(" " + text)) and v["wrote"].match(m2.group(1).rstrip(":")):
        verb, text = True, text[:m2.start()].strip()     # "Ann on 9 May 2020 wrote:"
    if not text:
        return ("verb", None) if verb and (colon or on is None) else None
    when = _is_date(text, v)
    if when is None:
        return None
    return ("verb" if verb else "date", when if isinstance(when, str) else None)


def head_of(block: Block, langs: tuple[str, ...] | None = None) -> Head | None:
    """The comment head ``block`` is, or None (``langs``: whose words to read; default: every installed language)."""
    vocabulary = _vocabulary(langs)
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
    r = _REPLY_SIGN.match(text) or vocabulary["reply"].match(text)
    if r:
        rest = text[r.end():].lstrip(" :")
        rest = _TARGET.sub("", rest).lstrip(" :@")
        if rest and rest != text:
            # "↳ Ann" / "> Ann": Ann replies; "Reply to Ann:" / "Antwort an Anna:": a reply to Ann, by someone
            target = r.re is not _REPLY_SIGN and bool(_REPLY_TO.match(text[r.start():]))
            text, signal, reply_to = rest, "reply", ("@" if target else "")
    tokens = text.split()
    for k in range(1, min(MAX_NAME_WORDS, len(tokens)) + 1):
        name_tokens = [t.rstrip(":,") if i == k - 1 else t for i, t in enumerate(tokens[:k])]
        if not _name_ok(name_tokens, vocabulary["function"]):
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
        found = _tail(tail, vocabulary)
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
        langs = lang.document_languages(doc)
        vocabulary = _vocabulary(langs)
        heads = self._heads(blocks, langs)
        if len(heads) < self.min_comments:
            return doc
        start = self._thread_start(blocks, heads)
        if start is None:
            return doc
        edit = Editor(doc, self.name)
        edit.blocks.extend(blocks[:start])
        if edit.blocks and (vocabulary["header"].match(re.sub(r"[\d()\[\]:]", " ", edit.blocks[-1].text).strip())):
            edit.drop(edit.blocks.pop(), "comment-header")
        indents = sorted({blocks[i].indent for i in heads if i >= start})
        last_head = max(heads)
        comments: list[Comment] = []
        stack: list[int] = []
        i = start
        longest = 1
        while i < len(blocks) and i in heads:
            head, block = heads[i], blocks[i]
            depth = head.depth if head.depth is not None else indents.index(block.indent)
            edit.drop(block, "comment-author")
            paragraphs, when, taken = [], head.date, 0
            i += 1
            while i < len(blocks) and i not in heads and self._in_comment(blocks, i, block, taken, longest,
                                                                          is_last=i > last_head):
                text = blocks[i].text
                found = date_line(text, max_rest_words=0, languages=langs)
                if found and when is None:
                    when = found.iso
                    edit.drop(blocks[i], "comment-date")
                elif (_CHROME.match(text) or vocabulary["chrome"].match(text.strip(" .!"))
                      or _is_date(text, vocabulary) is True):
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
        edit.blocks.extend(blocks[i:])
        doc = edit.done()
        return doc.replace(comments=doc.comments + tuple(comments))

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

    def _heads(self, blocks, langs: tuple[str, ...]) -> dict[int, Head]:
        """The comment heads of the body by index. Only lines the screen lets through are read:
        a head names a verb, a date or a reply, or its text is indented deeper below it."""
        indents = [b.indent for b in blocks]
        lines = set(screen.candidates(blocks, _screen(langs)))
        if any(indents):    # a head of a list marker or a bare name: its text below, deeper, not a wrapped line
            lines.update(i for i in range(len(blocks) - 1) if indents[i + 1] > indents[i]
                         and not (blocks[i + 1].gap == 0 and blocks[i + 1].text[:1].islower()))
        read: dict[int, Head | None] = {}

        def head_at(k: int) -> Head | None:
            if k not in read:
                read[k] = head_of(blocks[k], langs)
            return read[k]

        heads = {}
        for i in sorted(lines):
            head = self._head(blocks, i, head_at)
            if head is not None:
                heads[i] = head
        return heads

    @staticmethod
    def _head(blocks, i: int, head_at) -> Head | None:
        head = head_at(i)
        if head is None or i + 1 >= len(blocks):
            return None
        nxt = blocks[i + 1]
        if nxt.indent <= blocks[i].indent and head_at(i + 1) is not None:
            return None     # a head is followed by its comment's text
        if head.signal in ("marker", "name"):
            wrapped = nxt.gap == 0 and nxt.text[:1].islower()   # a list item's hanging continuation line
            if not (nxt.indent > blocks[i].indent and not wrapped and head_at(i + 1) is None):
                return None
            if head.signal == "name" and word_count(head.author) < 1:
                return None
        return head

    def _thread_start(self, blocks, heads: dict[int, Head]) -> int | None:
        """First head of a run of at least ``min_comments`` heads of one shape, after some article prose."""
        order = sorted(heads)
        prose, checked = False, 0
        for n, i in enumerate(order):
            if not prose:
                prose = any(is_prose(blocks[k].text) for k in range(checked, i) if k not in heads)
                checked = i + 1
                if not prose:
                    continue
            count, kinds, indent, previous = 0, {heads[i].signal}, blocks[i].indent, i
            for j in order[n:]:
                if j > previous + 1 and min(b.indent for b in blocks[previous + 1:j]) < indent:
                    break       # the run ends where the text comes back left of the first head
                head = heads[j]
                if head.signal in kinds or head.signal == "reply" or head.depth is not None:
                    count += 1
                    if count >= self.min_comments:
                        return i
                previous = j
        return None
