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
processor's comments by chats.py, first; comments printed as a table's rows ("Ann | 04.12.2026 | text") by table_rows.py.
Where the last comment ends: bounds.py.

Two guards keep the article out of a thread: a head set as a name, a space and a date (a date line's shape,
"Published 9 March 2026") is followed only by heads of that shape, not by heads whose name and tail are parted by a
sign ("Bea — 3 hours ago") or names under control lines (replies and numbered heads follow any head); and a first
comment of `MIN_LONG_COMMENT` blocks or more, over `MAX_COMMENT_RATIO` times as long as every comment after it, is the
article, not a comment.
"""
from __future__ import annotations

import re

from ... import lang
from ...dates import date_line
from ...document import Comment, Document
from ...editor import Editor
from ...registry import Cleaner
from ..comments.subjects import reply_subject
from .bounds import in_comment, prose_below, rhythm_ends
from .control_lines import is_control, is_date, recurring_controls
from .heads import AVATAR, CHROME, Head, head_of, vocabulary
from .clock import clock_date
from .chats import chat_threads
from .closing import closed_by, closing_lines, more_control, running_header
from .finding import find_heads
from .header_run import header_shape, is_header
from .opening import drop_opening_chrome, picture_above
from .controls import closing_controls, named_controls
from .said import learned_verbs
from .signed import signed_thread
from .stacked import prose_indent
from .start import lone_comment, lone_enders, thread_start
from .table_rows import table_threads
from .tongue import thread_languages
from .topic import opening_subjects

__all__ = ["CommentThread", "Head", "head_of"]


# rule `one-run-thread`: where this many comments before the last each held one run of lines touching its head (no
# blank line inside or under the head), the last one ends at its first blank line too when this many blocks follow
# (the article going on, not a last paragraph of the comment's at the body's end)
MIN_ONE_RUN, MIN_ONE_RUN_AFTER = 2, 3


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().casefold())


def _own(paragraphs: list[str]) -> int:
    """The comment's own lines: a quote of the comment it answers ("> Ann wrote:", "> ...") is not its rhythm."""
    return sum(not p.lstrip().startswith(">") for p in paragraphs)


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
        doc = table_threads(doc, vocab, self.name)    # rule `comment-table`: one comment a row (table_rows.py)
        blocks = doc.blocks
        if (signed := signed_thread(doc, blocks, vocab, langs, self.name)) is not None:
            return signed       # rule `signed-comment`: each comment closed by its author's name (signed.py)
        learned = recurring_controls(blocks, vocab)
        if lang.without_file(langs):    # "Responder" coming back above each name: a control no file names
            learned |= named_controls(blocks, lambda k: head_of(blocks[k], langs, verbs))
        heads = find_heads(blocks, langs, learned, verbs, self.min_comments)
        heads = running_header(blocks, heads)
        least = 1 if lone_comment(blocks, heads, vocab, langs) else self.min_comments
        if len(heads) < least:
            return doc
        start = thread_start(blocks, heads, least)
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
        posts, subjects = [], []     # each post's first line and the thread's "Re: <topic>" lines (topic.py)
        stack: list[int] = []
        i = start
        longest, widest, prose, most, seen = 1, 0, prose_indent(blocks), 0, set()
        below, apart = prose_below(blocks), False
        enders = closing_lines(blocks, [h for h in heads if h > start], vocab, learned | closing)
        if least == 1:      # a lone comment ends at its first control line ("Reply"), as a thread's last does
            enders = lone_enders(blocks, start, vocab)

        def chrome(k: int) -> bool:     # a comment's controls, votes, age or avatar
            text = blocks[k].text
            return bool(CHROME.match(text) or vocab["chrome"].match(text.strip(" .!")) or AVATAR.match(text)
                        or is_date(text, vocab) is True or is_control(text, vocab) or k in learned or k in closing)

        while i < len(blocks) and (i in heads or picture_above(blocks, heads, i)):
            if i not in heads:      # rule `commenter-picture`: the next commenter's picture (opening.py)
                edit.drop(blocks[i], "comment-chrome")
                i += 1
            head, block = heads[i], blocks[i]
            depth = max(head.depth or 0, indents.index(block.indent))   # dotted numbers, or nesting
            edit.drop(block, "comment-author")
            paragraphs, when, taken, runs, closed, ended = [], head.date, 0, 0, False, False
            first = None        # where the post's first line is logged; -1: the post has a subject line
            i += 1
            while i < len(blocks) and i not in heads and in_comment(blocks, i, block, taken, longest, i > last_head,
                                                                    widest, closed, prose, runs, self.max_last_tail) \
                    and not (i > last_head and taken and closed_by(enders, blocks[i - 1].text, blocks[i].text)) \
                    and not (i > last_head and taken and not chrome(i) and _shape(blocks[i].text) not in seen
                             and rhythm_ends(blocks, i, _own(paragraphs), most, ended, widest, below,
                                             self.max_last_tail)) \
                    and not picture_above(blocks, heads, i) \
                    and not (i > last_head and taken and blocks[i].gap and longest == 1 and len(comments) >= MIN_ONE_RUN
                             and not apart and len(blocks) - i >= MIN_ONE_RUN_AFTER):
                text = blocks[i].text
                found = date_line(text, max_rest_words=0, languages=langs)
                found = found.iso if found else clock_date(text, langs)     # "17 maart 2018 @ 17.19 uur"
                if found and when is None:
                    when = found
                    edit.drop(blocks[i], "comment-date")
                elif not paragraphs and i + 1 < len(blocks) and i + 1 not in heads and reply_subject(text, langs):
                    edit.drop(blocks[i], "reply-subject")      # "Re: <the topic>" above a post's text
                    subjects.append(text)
                    first = -1
                elif chrome(i):
                    edit.drop(blocks[i], "comment-chrome")
                    closed = True       # (its controls: what comes after a blank line is no longer the comment's)
                    ended = ended or bool(paragraphs)       # (after its text: what comes after at all, `controls-close`)
                else:
                    first = len(edit.removed) if first is None and not paragraphs and text else first
                    paragraphs.append(text)
                    widest = max(widest, len(text))
                    edit.drop(blocks[i], "comment")
                seen.add(_shape(text))       # (a line every comment holds, "Share ›": the thread's, not the article's)
                runs += not taken or blocks[i].gap > 0      # (lines with no blank line between: one run)
                apart = apart or not taken and blocks[i].gap > 0     # (a blank line between a head and its text)
                taken += 1
                i += 1
            longest, most = max(longest, runs), max(most, _own(paragraphs))
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
            posts.append((len(comments) - 1, first, paragraphs))
        opening_subjects(edit, comments, posts, subjects, langs)   # "Harbour wall" over the opening post (topic.py)
        if more_control(blocks, i, closed):     # rule `thread-more-control`: "Load more comments" (closing.py)
            edit.drop(blocks[i], "thread-more-control")
            i += 1
        edit.blocks.extend(blocks[i:])
        doc = edit.done()
        return doc.replace(comments=doc.comments + tuple(comments))
