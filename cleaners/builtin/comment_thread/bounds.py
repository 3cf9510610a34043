"""Where a comment of a text dump's thread ends: its text indented deeper than its head, or, in a thread without
indentation, up to the next head, the last comment no further than the thread's rhythm allows. Split from __init__.py."""
from __future__ import annotations

from ...document import Block
from ...lines import ends_sentence
from .closing import cut_after
from .start import first_prose

MAX_LAST_TAIL = 4        # blocks that end the body and may all belong to the last comment
MIN_WIDGET_CUT = 2
RUN_ON_RATIO = 2         # rule `article-resumes`: a paragraph this many times the thread's widest comment text ends it


def in_comment(blocks, i: int, head: Block, taken: int, longest: int, is_last: bool, widest: int = 0,
               closed: bool = False, prose: int = -1, runs: int = -1, max_last_tail: int = MAX_LAST_TAIL) -> bool:
    """Whether block ``i`` belongs to the comment under ``head``: indented deeper, or, in a
    thread without indentation, up to the next head (the last comment: no further than the longest comment
    before it, in runs of lines a blank line parts (``runs``: rule `run-count`), or to the end of the body when at most
    ``max_last_tail`` blocks remain, never across two blank lines, and across one neither after the comment's
    controls (``closed``) nor to text at the indentation of the body's prose (``prose``))."""
    block = blocks[i]
    if is_last and block.gap and taken and (closed or block.indent == prose or widget_cut(blocks[i - 1], block)):
        return False    # rule `closed-comment`: after its controls and a blank line, or the body's indented prose, or
        # across a blank line where an earlier cleaner cut a widget of two lines or more (`cut-between`)
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
        return tail_fits(blocks, i, widest, max_last_tail)
    return False


def widget_cut(above: Block, below: Block) -> bool:
    """Whether an earlier cleaner cut `MIN_WIDGET_CUT` blocks or more between ``above`` and ``below`` (their first
    positions, ``origin``): a widget after the thread, not one control line of the comment ("Reply •")."""
    return above.origin >= 0 and below.origin >= 0 and below.origin - above.origin > MIN_WIDGET_CUT


def tail_fits(blocks, i: int, widest: int, max_last_tail: int = MAX_LAST_TAIL) -> bool:
    """Whether the blocks from ``i`` to the body's end may all be the last comment's: at most ``max_last_tail`` of
    them, no two blank lines between, none `RUN_ON_RATIO` times as wide as the thread's widest comment text, nothing
    cut between (`cut-between`)."""
    return len(blocks) - i <= max_last_tail and all(b.gap < 2 for b in blocks[i:]) \
        and not (widest and any(len(b.text) > RUN_ON_RATIO * widest for b in blocks[i:])) and not cut_after(blocks, i)


def rhythm_ends(blocks, i: int, lines: int, most: int, ended: bool, widest: int, below,
                max_last_tail: int = MAX_LAST_TAIL) -> bool:
    """Whether the thread's last comment ends before block ``i``, printed with no blank line before it (a dump that
    parts its paragraphs by a line break alone, or none): rule `controls-close`, the comment's control line came
    after its text (``ended``: "Reply · 12 ▲" closes each comment of the thread, the last one too); rule
    `comment-rhythm`, the comment holds as many lines of text (``lines``) as the longest comment before it
    (``most``), the line above ends a sentence (a new paragraph, not a wrapped line) and the rest of the body is
    no tail of the comment (`tail_fits`): the article going on after a thread set in its middle. Both only when the
    article's prose comes back below (``below(i)``: `prose_below`)."""
    if blocks[i].gap or not (ended or 0 < most <= lines and ends_sentence(blocks[i - 1].text)
                             and not tail_fits(blocks, i, widest, max_last_tail)):
        return False
    return below(i)     # (no prose below: the article does not go on, and what is left stays with the comment)


def prose_below(blocks):
    """``below(i)``: whether prose that ends a sentence stands at block ``i`` or below (`first_prose`); a body with
    none below ``i`` has none below a later block either."""
    none_from = [len(blocks) + 1]

    def below(i: int) -> bool:
        if i >= none_from[0]:
            return False
        if first_prose(blocks[i:], stopped=True) is None:
            none_from[0] = i
            return False
        return True
    return below
