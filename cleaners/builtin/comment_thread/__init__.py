"""Threaded comment sections printed after the article in text dumps, found by their shape.

A thread is a run of at least two *comment heads*, each followed by the comment's text.
A head is a short line that names the commenter and carries one more sign of a head:

* a list marker: a bullet (``• Ann Lee``) or a number (``1.``, ``1.2.``: nested ordered lists; ``#12``: a count),
  with its text indented below, or with a verb or a date after the name ("1. Ann Lee says:");
* a verb of the language files' ``wrote`` list and/or a date, absolute or relative
  ("Ann Lee wrote on 9 Dec 2016:", "Anna schrieb am 9. Dezember um 18:30:",
  "Ann Lee | 3 hours ago", "Peter (09.12.2016, 18:30)");
* a reply marker ("↳ Ann", "> Ann", "Antwort an Anna:", "Re: Ann");
* nothing but indentation: a name alone with its text indented deeper (4 spaces or tabs);
* its place: a name line opening each paragraph of a run right under the thread's header (`header_run`).

Depth comes from the numbering ("1.2." is a reply to "1.") or from the rank of the head's indentation among the
thread's heads (a nested list numbered afresh), the deeper of the two, and a reply marker makes a reply to the named
commenter's last comment (or to the previous comment). Vote counts, reply controls and relative times inside a comment
are chrome; an absolute date becomes the comment's date. Every word list comes from cleaners/lang, of the document's
languages and of the thread's own (`thread-language`, tongue.py). A thread whose comments close with their author's
name instead of opening with it is read by signed.py (`signed-comment`); chat exports, social cards and a word
processor's comments by chats.py, first.

Two guards keep the article out of a thread: a head set as a name, a space and a date (a date line's shape,
"Published 9 March 2026") is followed only by heads of that shape, not by heads whose name and tail are parted by a
sign ("Bea — 3 hours ago") or names under control lines (replies and numbered heads follow any head); and a first
comment of `MIN_LONG_COMMENT` blocks or more, over `MAX_COMMENT_RATIO` times as long as every comment after it, is the
article, not a comment.
"""
from __future__ import annotations

from ... import lang, screen
from ...dates import date_line
from ...document import Block, Comment, Document, Editor
from ...lines import is_prose, opens_lower, word_count
from ...registry import Cleaner
from .heads import (AVATAR, CHROME, Head, control_screen, head_of, is_control, is_date, line_screen, recurring_controls,
                    vocabulary)
from .ages import dated_name, unaged
from .clock import clock_date
from .chats import chat_threads
from .closing import closing_lines, cut_after, running_header
from .header_run import header_heads, header_shape, is_header
from .opening import drop_opening_chrome, is_picture, picture_above
from .controls import closing_controls, named_controls
from .replies import commenter_replies, quoting
from .said import learned_verbs, said_verb
from .signed import signed_thread
from .stacked import prose_indent, stacked_heads
from .tongue import thread_languages

__all__ = ["CommentThread", "Head", "head_of"]
MAX_FIRST_COMMENT = 5    # blocks above its control line the first comment's name may stand
MIN_LONG_COMMENT = 6     # blocks of a first comment that, far longer than the others, is the article
MAX_COMMENT_RATIO = 3
RUN_ON_RATIO = 2         # rule `article-resumes`: a paragraph this many times the thread's widest comment text ends it


class CommentThread(Cleaner):
    """Moves a comment thread (heads of one shape: name, verb, date, list marker, reply marker; indented text) into comments."""

    name = "comment_thread"
    order = 150
    inputs = frozenset({"text"})
    min_comments = 2
    max_last_tail = 4       # blocks that end the body and may all belong to the last comment

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        langs = lang.document_languages(doc)
        langs += thread_languages(blocks, langs)     # rule `thread-language`: comments in another language (tongue.py)
        verbs = learned_verbs(blocks, langs)     # "Name zegt:" coming back: a verb no file gives (said.py)
        vocab = vocabulary(langs, verbs)
        doc = chat_threads(doc, vocab, self.name)     # chat exports, social cards, a document's comments (chats.py)
        blocks = doc.blocks
        if (signed := signed_thread(doc, blocks, vocab, langs, self.name)) is not None:
            return signed       # rule `signed-comment`: each comment closed by its author's name (signed.py)
        learned = recurring_controls(blocks, vocab)
        if lang.without_file(langs):    # "Responder" coming back above each name: a control no file names
            learned |= named_controls(blocks, lambda k: head_of(blocks[k], langs, verbs))
        heads = self._heads(blocks, langs, learned, verbs)
        heads = running_header(blocks, heads)
        if len(heads) < self.min_comments:
            return doc
        start = self._thread_start(blocks, heads)
        if start is None:
            return doc
        edit = Editor(doc, self.name)
        edit.blocks.extend(blocks[:start])
        without_file = lang.without_file(langs)     # the picture, a sort control, the header (opening.py)
        drop_opening_chrome(edit, heads[start].author, lambda text: "comment-header" if is_header(text, vocab, False)
                            else "comment-header-shape" if without_file and header_shape(text) else None)
        closing = closing_controls(blocks, {i: h for i, h in heads.items() if i >= start})    # "Responder" after each
        indents = sorted({blocks[i].indent for i in heads if i >= start})
        last_head = max(heads)
        comments: list[Comment] = []
        stack: list[int] = []
        i = start
        longest, widest, prose = 1, 0, prose_indent(blocks)
        enders = closing_lines(blocks, [h for h in heads if h > start], vocab, learned | closing)
        while i < len(blocks) and (i in heads or picture_above(blocks, heads, i)):
            if i not in heads:      # rule `commenter-picture`: the next commenter's picture (opening.py)
                edit.drop(blocks[i], "comment-chrome")
                i += 1
            head, block = heads[i], blocks[i]
            depth = max(head.depth or 0, indents.index(block.indent))   # dotted numbers, or nesting
            edit.drop(block, "comment-author")
            paragraphs, when, taken, runs, closed = [], head.date, 0, 0, False
            i += 1
            while i < len(blocks) and i not in heads and self._in_comment(blocks, i, block, taken, longest,
                                                                          i > last_head, widest, closed, prose, runs) \
                    and not (i > last_head and taken and blocks[i - 1].text.strip().casefold() in enders) \
                    and not picture_above(blocks, heads, i):
                text = blocks[i].text
                found = date_line(text, max_rest_words=0, languages=langs)
                found = found.iso if found else clock_date(text, langs)     # "17 maart 2018 @ 17.19 uur"
                if found and when is None:
                    when = found
                    edit.drop(blocks[i], "comment-date")
                elif (CHROME.match(text) or vocab["chrome"].match(text.strip(" .!")) or AVATAR.match(text)
                      or is_date(text, vocab) is True or is_control(text, vocab) or i in learned or i in closing):
                    edit.drop(blocks[i], "comment-chrome")
                    closed = True       # (its controls: what comes after a blank line is no longer the comment's)
                else:
                    paragraphs.append(text)
                    widest = max(widest, len(text))
                    edit.drop(blocks[i], "comment")
                runs += not taken or blocks[i].gap > 0      # (lines with no blank line between: one run)
                taken += 1
                i += 1
            longest = max(longest, runs)
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

    @classmethod
    def _in_comment(cls, blocks, i: int, head: Block, taken: int, longest: int, is_last: bool, widest: int = 0,
                    closed: bool = False, prose: int = -1, runs: int = -1) -> bool:
        """Whether block ``i`` belongs to the comment under ``head``: indented deeper, or, in a
        thread without indentation, up to the next head (the last comment: no further than the longest comment
        before it, in runs of lines a blank line parts (``runs``: rule `run-count`), or to the end of the body when at most
        ``max_last_tail`` blocks remain, never across two blank lines, and across one neither after the comment's
        controls (``closed``) nor to text at the indentation of the body's prose (``prose``))."""
        block = blocks[i]
        if is_last and block.gap and taken and (closed or block.indent == prose):
            return False    # rule `closed-comment`: after its controls and a blank line, or the body's indented prose
        if block.indent > head.indent:
            return True
        if blocks[i - 1] is head and block.indent == head.indent or taken and blocks[i - 1].indent == head.indent:
            if block.indent < head.indent:
                return False
            if not is_last or block.gap == 0:
                return True
            if block.gap >= 2:
                return False
            if (taken if runs < 0 else runs) < longest:
                return True
            return len(blocks) - i <= cls.max_last_tail and all(b.gap < 2 for b in blocks[i:]) \
                and not (widest and any(len(b.text) > RUN_ON_RATIO * widest for b in blocks[i:])) and not cut_after(blocks, i)
        return False

    def _heads(self, blocks, langs: tuple[str, ...], learned: frozenset[int] = frozenset(),
               verbs: tuple[str, ...] = ()) -> dict[int, Head]:
        """The comment heads of the body by index. Only lines the screen lets through are read:
        a head names a verb, a date or a reply, or its text is indented deeper below it."""
        indents = [b.indent for b in blocks]
        lines = set(screen.candidates(blocks, line_screen(langs)))
        read: dict[int, Head | None] = {}
        labels = frozenset(w.casefold() for w in lang.words("published", langs))    # rule `date-label-head`
        date_vocab = vocabulary(langs)

        def head_at(k: int) -> Head | None:
            if k not in read:       # ("Updated 3 hours ago", "Aktualisiert vor 8 Stunden": a date line, nobody's)
                head = head_of(blocks[k], langs, verbs)     # rule `quoted-head`: "> Ann wrote:" over "> ..." quotes
                read[k] = None if head is not None and ((head.author or "").casefold() in labels or quoting(blocks, k)
                                                        or dated_name(head.author, date_vocab, is_date)) else head
            return read[k]

        if verbs:       # "Name verb:" with a verb read from the document
            function_words = vocabulary(langs)["function"]
            lines.update(i for i, b in enumerate(blocks) if said_verb(b.text, function_words) in verbs)
        if any(indents):    # a head of a list marker or a bare name: its text below, deeper, not a wrapped line
            prose = prose_indent(blocks)      # (a bare name over text at the indentation of the body's prose: none)
            lines.update(i for i in range(len(blocks) - 1) if indents[i + 1] > indents[i]
                         and not (blocks[i + 1].gap == 0 and opens_lower(blocks[i + 1].text))
                         and not (indents[i + 1] == prose and head_at(i) is not None and head_at(i).signal == "name"))
        heads = {}
        for i in sorted(lines):
            head = self._head(blocks, i, head_at)
            if head is not None:
                heads[i] = head
        heads.update(self._control_heads(blocks, langs, heads, head_at, learned))
        heads.update(commenter_replies(blocks, heads))     # "Antwoord aan Lena Vogel:" under Lena Vogel's comment
        heads.update(stacked_heads(blocks, langs, heads, head_at))
        header_vocab, without_file = vocabulary(langs), lang.without_file(langs)
        heads.update(header_heads(blocks, lambda text: is_header(text, header_vocab, without_file), heads,
                                  lang.pattern("by", langs, where="start")))
        for i in unaged(blocks, heads, header_vocab["ago"]):
            del heads[i]
        return heads

    def _control_heads(self, blocks, langs: tuple[str, ...], heads: dict, head_at, learned: frozenset[int]) -> dict[int, Head]:
        """Heads of a thread whose comments each end with a control line ("Like · Reply · 2y"): the
        name under each control line, and the name that opens the first comment (the nearest
        name line of the `MAX_FIRST_COMMENT` blocks above the first control, its text between); a date or a
        relative time may stand under the name ("Ann Lee" / "• 3 hours ago"), an avatar picture above it
        ("![Ann Lee](/avatar.png)": the comment's chrome). A control line is one of the language's
        words (`is_control`) or one that comes back in words no file holds (`recurring_controls`)."""
        vocab = vocabulary(langs)
        controls = sorted(learned.union(i for i in screen.candidates(blocks, control_screen(langs))
                                        if is_control(blocks[i].text, vocab)))
        if len(controls) < self.min_comments:
            return {}

        links = lang.pattern(("related", "read_more"), langs, where="line")     # rule `link-label-no-name`

        def named(k: int) -> Head | None:
            head = head_at(k) if 0 <= k < len(blocks) - 1 and k not in controls else None
            return head if head is not None and head.author and k + 1 not in learned \
                and not links.match(blocks[k].text.strip(" .:")) \
                and not is_control(blocks[k + 1].text, vocab) \
                and not is_date(head.author, vocab) else None

        def after(c: int) -> int:       # the line under a control, or under the avatar picture there
            return c + 2 if c + 2 < len(blocks) and is_picture(blocks[c + 1].text, blocks[c + 2].text.strip()) else c + 1

        out = {}
        first = next((k for k in range(controls[0] - 2, controls[0] - MAX_FIRST_COMMENT - 1, -1) if named(k)), None)
        for k in ([first] if first is not None else []) + [after(c) for c in controls]:
            if k not in heads and (head := named(k)) is not None:
                out[k] = Head(head.author, head.date, head.depth, head.reply_to, "control")
        return out

    @staticmethod
    def _head(blocks, i: int, head_at) -> Head | None:
        head = head_at(i)
        if head is None or i + 1 >= len(blocks):
            return None
        nxt = blocks[i + 1]
        if nxt.indent <= blocks[i].indent and head_at(i + 1) is not None:
            return None     # a head is followed by its comment's text
        if head.signal in ("marker", "name") and not head.tail:     # "1. Ann Lee says:" needs no indented text
            wrapped = nxt.gap == 0 and opens_lower(nxt.text)   # a list item's hanging continuation line
            if not (nxt.indent > blocks[i].indent and not wrapped and head_at(i + 1) is None):
                return None
            if head.signal == "name" and word_count(head.author) < 1:
                return None
        return head

    @staticmethod
    def _lopsided(run: list[int], end: int) -> bool:
        """Whether the first head of ``run`` would open a comment of `MIN_LONG_COMMENT` blocks or more,
        over `MAX_COMMENT_RATIO` times as long as any comment after it: the article between a
        date line and the thread ("Published 2 March 2026" ... "Bea — 3 hours ago"), not a comment."""
        if len(run) < 2:
            return False
        first = run[1] - run[0]
        others = [b - a for a, b in zip(run[1:], run[2:])] + [end - run[-1]]
        return first >= MIN_LONG_COMMENT and first > MAX_COMMENT_RATIO * max(others)

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
            if self._lopsided(order[n:], len(blocks)):
                continue
            kind = (heads[i].signal, bool(heads[i].joint))
            strict = kind == ("date", False)       # a date line's shape: only heads of its own shape follow it
            count, indent, previous = 0, blocks[i].indent, i
            for j in order[n:]:
                if j > previous + 1 and min(b.indent for b in blocks[previous + 1:j]) < indent:
                    break       # the run ends where the text comes back left of the first head
                head = heads[j]
                if (head.signal, bool(head.joint)) == kind or head.signal == "reply" or head.depth is not None \
                        or not strict and (head.signal == "control" or kind[0] == "control"):
                    # a head under a control line goes with any other
                    count += 1
                    if count >= self.min_comments:
                        return i
                previous = j
        return None
