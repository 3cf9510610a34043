"""Threaded comment sections printed after the article in text dumps.

A thread is recognised by its shape: bullet lines holding only a short author name,
each followed by text indented deeper than the bullet. Depth is the rank of the
bullet's indentation among the thread's indentations; multi-paragraph comments are
kept together; vote counts, "Reply", relative timestamps are dropped as chrome and
an absolute timestamp becomes the comment's date.
"""
from __future__ import annotations

import re

from ..dates import date_line
from ..document import Block, Comment, Document, Editor
from ..lines import ends_sentence, word_count
from ..registry import Cleaner

_BULLET_AUTHOR = re.compile(r"^[\u2022\u25cf\u25e6\u25aa\u2023\u2219\u00b7*+\-\u2013]\s+(?P<author>\S.{0,60})$")
_CHROME = re.compile(
    r"^(?:reply|report|share|flag|like|dislike|permalink|edit|delete|hide|show more|load more comments?|"
    r"view (?:\d+ )?repl(?:y|ies)|\d+\s+(?:points?|likes?|votes?|upvotes?|downvotes?|repl(?:y|ies))|"
    r"[+-]?\d+|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"(?:a|an|one)\s+(?:minute|hour|day|week|month|year)\s+ago|just now|yesterday)$", re.I)
_HEADER = re.compile(r"^(?:\d+\s+)?(?:comments?|responses?|replies|discussion|reader comments)(?:\s*\(\d+\))?:?$", re.I)


def _author(block: Block) -> str | None:
    m = _BULLET_AUTHOR.match(block.text)
    if not m:
        return None
    author = m.group("author").strip()
    if word_count(author) > 5 or ends_sentence(author) or author.endswith((",", ";")):
        return None
    return author


class CommentThread(Cleaner):
    """Moves a threaded comment section (bulleted authors, indented replies) out of the body into comments."""

    name = "comment_thread"
    order = 150
    inputs = frozenset({"text"})
    min_comments = 2

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        start = self._thread_start(blocks)
        if start is None:
            return doc
        edit = Editor(doc, self.name)
        for block in blocks[:start]:
            edit.keep(block)
        if edit.blocks and _HEADER.match(edit.blocks[-1].text):
            edit.drop(edit.blocks.pop(), "comment-header")
        indents = sorted({b.indent for b in blocks[start:] if _author(b)})
        comments: list[Comment] = []
        stack: list[int] = []   # indices of open comments by depth
        i = start
        while i < len(blocks):
            author = _author(blocks[i])
            if author is None:
                break
            bullet = blocks[i]
            depth = indents.index(bullet.indent) if bullet.indent in indents else 0
            edit.drop(bullet, "comment-author")
            paragraphs, when = [], None
            i += 1
            while i < len(blocks) and blocks[i].indent > bullet.indent and not _author(blocks[i]):
                text = blocks[i].text
                found = date_line(text, max_rest_words=0)
                if found and when is None:
                    when = found.iso
                    edit.drop(blocks[i], "comment-date")
                elif _CHROME.match(text):
                    edit.drop(blocks[i], "comment-chrome")
                else:
                    paragraphs.append(text)
                    edit.drop(blocks[i], "comment")
                i += 1
            del stack[depth:]
            parent = stack[-1] if stack else None
            depth = min(depth, len(stack))
            stack.append(len(comments))
            comments.append(Comment(author, "\n\n".join(paragraphs), depth, parent, when))
        for block in blocks[i:]:
            edit.keep(block)
        doc = edit.done()
        return doc.replace(comments=doc.comments + tuple(comments))

    def _thread_start(self, blocks: tuple[Block, ...]) -> int | None:
        """First author bullet of a run of at least ``min_comments`` bullet+text pairs."""
        for i, block in enumerate(blocks):
            if not self._is_comment_head(blocks, i):
                continue
            count, j = 0, i
            while j < len(blocks):
                if self._is_comment_head(blocks, j):
                    count += 1
                elif _author(blocks[j]) or blocks[j].indent <= block.indent - 1:
                    break
                j += 1
            if count >= self.min_comments:
                return i
        return None

    @staticmethod
    def _is_comment_head(blocks: tuple[Block, ...], i: int) -> bool:
        if _author(blocks[i]) is None or i + 1 >= len(blocks):
            return False
        nxt = blocks[i + 1]
        wrapped = nxt.gap == 0 and nxt.text[:1].islower()   # a list item's hanging continuation line
        return nxt.indent > blocks[i].indent and _author(nxt) is None and not wrapped
