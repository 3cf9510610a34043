"""Where a text dump's comment thread starts: the first head of a run of heads of one shape, after some article
prose, that does not open a comment far longer than the others (the article). Split from __init__.py."""
from __future__ import annotations

import re

from ... import lang
from ...lines import ends_sentence, ends_unstopped, is_prose
from .._related_shapes import MAX_WRAPPED_LINES, wrapped_prose
from .control_lines import is_control
from .header_run import is_header
from .heads import Head

MIN_LONG_COMMENT = 6     # blocks of a first comment that, far longer than the others, is the article
MAX_COMMENT_RATIO = 3
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]{0,200}>")


def lopsided(run: list[int], end: int) -> bool:
    """Whether the first head of ``run`` would open a comment of `MIN_LONG_COMMENT` blocks or more,
    over `MAX_COMMENT_RATIO` times as long as any comment after it: the article between a
    date line and the thread ("Published 2 March 2026" ... "Bea — 3 hours ago"), not a comment."""
    if len(run) < 2:
        return False
    first = run[1] - run[0]
    others = [b - a for a, b in zip(run[1:], run[2:])] + [end - run[-1]]
    return first >= MIN_LONG_COMMENT and first > MAX_COMMENT_RATIO * max(others)


def first_prose(blocks, skip=lambda k: False, stopped: bool = False) -> int | None:
    """The first block that is the article's prose, or ends a run of wrapped lines that is (rule `wrapped-prose`: a
    dump that wraps its paragraphs at a width prints the article in lines no one of which is prose; a line that ends a
    sentence ends the run), its markup tags aside (`tagged-prose`); ``skip(k)``: a block that is no article's whatever
    its length (a comment's row, a head); ``stopped``: only prose that ends a sentence (no long line of debris)."""
    run: list[str] = []
    for k, block in enumerate(blocks):
        if skip(k):
            run = []
            continue
        wrapped = run and block.gap == 0 and block.indent == blocks[k - 1].indent and not ends_sentence(run[-1])
        text = _TAG.sub("", block.text).strip()     # rule `tagged-prose`: "<p>…</p>" of a block editor's export
        run = run + [text] if wrapped else [text]
        if is_prose(" ".join(run)) and ((len(run) == 1 and not stopped) or ends_sentence(run[-1])):
            return k        # (lines joined make prose only where the last one ends a sentence: no run of debris)
        if len(run) == 1 and not stopped and unstopped_prose(blocks, k):
            return k
    return None


def unstopped_prose(blocks, k: int) -> bool:
    """Rule `unstopped-prose`: block ``k`` opens a paragraph wrapped into touching lines (`wrapped_prose`: each line
    of a wrapped width, prose once joined) in a script that prints no full stop, Thai or Lao, whose last line ends in
    its letters: such a paragraph ends no sentence for `first_prose`'s joined run to stop at."""
    last = k
    while last + 1 < min(len(blocks), k + MAX_WRAPPED_LINES) and not blocks[last + 1].gap:
        last += 1
    return last > k and ends_unstopped(blocks[last].text) and wrapped_prose(blocks, k)


def thread_start(blocks, heads: dict[int, Head], min_comments: int = 2) -> int | None:
    """First head of a run of at least ``min_comments`` heads of one shape, after some article prose."""
    order = sorted(heads)
    prose, checked = False, 0
    for n, i in enumerate(order):
        if not prose:
            prose = first_prose(blocks[checked:i], lambda k: k + checked in heads) is not None
            checked = i + 1
            if not prose:
                continue
        if lopsided(order[n:], len(blocks)):
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
                if count >= min_comments:
                    return i
            previous = j
    return None


_COUNT = re.compile(r"\d+")


def lone_comment(blocks, heads: dict[int, Head], vocab, langs) -> bool:
    """Rule `lone-comment`: a thread of one comment. Its head (a name with a date, a "said" verb or a reply marker; a
    bare name is too weak alone) stands right under the thread's header ("Comments (1)", "1 comment", "Yorumlar (1)":
    the ``comments`` words, a count of one or none) after the article's prose, and a control line closes it or the
    body ends within `MAX_LONE_BLOCKS` blocks."""
    if len(heads) != 1:
        return False
    (i, head), = heads.items()
    if i < 2 or head.signal == "name":
        return False
    header = blocks[i - 1].text
    counts = _COUNT.findall(header)
    return is_header(header, vocab, lang.without_file(langs)) and counts in ([], ["1"]) and \
        first_prose(blocks[:i - 1]) is not None and (bool(lone_enders(blocks, i, vocab))
                                                      or len(blocks) - i <= MAX_LONE_BLOCKS)


MAX_LONE_BLOCKS = 8      # blocks of a lone comment before its control line


def lone_enders(blocks, start: int, vocab) -> frozenset[str]:
    """The first control line under a lone comment's head ("Reply", "Yanıtla"), as `closing.closing_lines` gives a
    thread's: the comment ends there, and what follows (a copyright, the site's footer) is no comment's."""
    for k in range(start + 2, min(len(blocks), start + 1 + MAX_LONE_BLOCKS)):
        if is_control(blocks[k].text, vocab):
            return frozenset({blocks[k].text.strip().casefold()})
    return frozenset()
