"""A related box's heading and the short headline lines under it, in any input (rule ``related-heading-run``).

A related box the extraction kept prints its heading and its teasers as short lines: a headline, a speaker's
name and role ("Related Content" / "Can cities share their streets?" / "Ann Lee" / "Curator, City Museum").
`related_list`'s story lines want three words, no question and no sentence-case bullet, so such a box stayed. Here:

* the *heading* is a ``related`` phrase of the document's language alone on its line ("Related Content",
  "Lesen Sie auch", "À lire aussi"; markdown marks, a colon or an arrow aside), or a phrase of two words or more
  opening a short topic of capitalised words ("More on Flood Watch"; "Latest news from Berlin" is none: "from"
  and "Berlin" are no topic of capitals only); after the article's first prose block, never quoted;
* the *run* under it is every line up to the end of the body or the first line of another shape: a line of
  `MAX_WORDS` words at most that opens with a capital (or a digit or a letter of a script without capitals), is
  no sentence (no full stop at its end; a question of `MAX_QUESTION_WORDS` words at most is a headline), is not
  quoted, is no lead-in ending with a colon, holds no sentence closed before another (`TWO_SENTENCES`: "... 10
  ரூபாய். /பிடிஐ/", a paragraph with a credit glued on) and no sentence's stop glued between two words, the second
  capitalised ("The council sees it differently.This article contains": a paragraph a notice was glued to, wrapped
  at its line's end, never a headline, whose stops are followed by a space: "Dr. Lee"). A paragraph of prose
  (`is_prose`, or wrapped into touching lines: `_related_shapes.wrapped_under`) ends the run, and so does a
  numbered list of steps, each ended by a stop;
* the run is cut with its heading when it holds two lines or more, or one plain line of `MAX_ONE_WORDS` words at
  most with the article's prose (or a sentence) going on under it (the box stands between two paragraphs: "Lesen
  Sie auch" / "Hält der Damm?" / prose), unless the heading is a jump to the post's rest too ("Read more..." /
  its own subheading); one plain line under a heading at the article's end may be the article's own ("Read more:"
  / "The report of the commission").

"More on this later" followed by prose, a subheading over its paragraph wrapped into touching lines (a Khmer or
Thai one opens each line as a headline would), a heading of a language without a file over headlines, and a related
phrase over a list of sentences stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..document import Block
from ..lines import COLON_MARKS, TERMINAL, ends_sentence, is_prose, is_quoted, opens_lower, word_count
from ._related_shapes import TWO_SENTENCES, any_heading, wrapped_prose, wrapped_under

MAX_WORDS = 20
MAX_QUESTION_WORDS = 12
MAX_ONE_WORDS = 12          # of a headline alone under a heading (`_one_headline`)
MAX_TOPIC_WORDS = 4
MAX_RUN_HEADING = 3         # words of the heading over a closing run of headlines (`closing_cuts`)
_QUESTION_ENDS = ("?", "?\u201d", "?\"", "\u061f", "\uff1f", "\u037e")
_DECORATION = re.compile(r"^[#>*_\s]+|[*_\s]+$")
_TRAIL = f" .{COLON_MARKS}\u2026\u00bb\u203a\u2192-"
RULE = "related-heading-run"
_GLUED_STOP = re.compile(r"([^\W\d_])[.!?\u3002]([^\W\d_])(?=[^\W\d_])")   # "differently.This"
_TOPIC = re.compile(r"^(?:[^\W\d_][\w'\u2019&.-]*|\d[\w'\u2019.-]*|&)$")


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    return lang.pattern("related", langs, "line"), lang.pattern("related", langs, "start")


def _jump_link(text: str, langs: tuple[str, ...]) -> bool:
    """A heading that is a ``read_more`` phrase too ("Read more...", "Weiterlesen"): a post's jump to its own rest."""
    return bool(lang.pattern("read_more", langs, "line").match(_DECORATION.sub("", text).strip(_TRAIL)))


def is_heading(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is a related box's heading (module docstring)."""
    if is_quoted(text):
        return False
    line = _DECORATION.sub("", text).strip(_TRAIL)
    if not line or word_count(line) > MAX_WORDS // 2:
        return False
    whole, start = _patterns(langs)
    if whole.match(line):
        return True
    m = start.match(line)
    if not m or " " not in m.group(1).strip():
        return False
    topic = line[len(m.group(1)):].split()
    return 0 < len(topic) <= MAX_TOPIC_WORDS and all(_TOPIC.match(w) and not w[:1].islower() for w in topic)


def is_run_line(block: Block) -> bool:
    """Whether ``block`` reads as a line of a related box: a headline, a name or a role (module docstring)."""
    if block.kind == "code":
        return False
    text = _DECORATION.sub("", block.text).strip()
    n = word_count(text)
    if not text or n == 0 or n > MAX_WORDS or is_quoted(text) or opens_lower(text) or is_prose(text):
        return False
    if any(m.group(1).islower() and m.group(2).isupper() for m in _GLUED_STOP.finditer(text)) \
            or TWO_SENTENCES.search(text):
        return False        # two sentences glued: a paragraph and a notice or a credit ("... 10 ரூபாய். /PTI/")
    if text.endswith(tuple(COLON_MARKS)):
        return False        # a lead-in: "Dislikes:", "You will need:"
    if text.endswith(_QUESTION_ENDS):
        return n <= MAX_QUESTION_WORDS
    return not text.endswith(TERMINAL)


def _one_headline(blocks: tuple[Block, ...], i: int, k: int, langs: tuple[str, ...]) -> bool:
    """The one line under the heading at ``i`` is another story's headline: a plain line (no markdown heading: the
    article's own subheading) of `MAX_ONE_WORDS` words at most, the article's prose (or a sentence) going on at ``k``
    under it, and the heading no jump to the post's rest (`_jump_link`)."""
    line = blocks[i + 1]
    return k < len(blocks) and line.kind == "p" and not line.text.lstrip().startswith("#") and \
        word_count(line.text) <= MAX_ONE_WORDS and \
        (is_prose(blocks[k].text) or ends_sentence(blocks[k].text)) and not _jump_link(blocks[i].text, langs)


def heading_runs(blocks: tuple[Block, ...], candidates: list[int], first_prose: int, langs: tuple[str, ...],
                 taken: dict[int, str]) -> list[tuple[int, list[int]]]:
    """(heading, run lines) of every related box among ``candidates`` (the blocks that may hold a heading, in order)
    after ``first_prose`` whose blocks are not in ``taken``."""
    found: list[tuple[int, list[int]]] = []
    end = first_prose
    for i in candidates:
        if i <= end or i in taken or blocks[i].kind == "code" or not is_heading(blocks[i].text, langs):
            continue
        k = i + 1
        while k < len(blocks) and k not in taken and is_run_line(blocks[k]) and not wrapped_under(blocks, k):
            k += 1      # (a paragraph wrapped into lines ends the run)
        if k - i > 2 or k - i == 2 and _one_headline(blocks, i, k, langs):
            found.append((i, list(range(i + 1, k))))
            end = k - 1
    return found


def cut_heading_runs(blocks: tuple[Block, ...], candidates: list[int], first_prose: int, langs: tuple[str, ...],
                     cuts: dict[int, str]) -> list[int]:
    """Every related box of `heading_runs` into ``cuts`` (rule `RULE`); the lines under the headings."""
    lines = []
    for i, run in heading_runs(blocks, candidates, first_prose, langs, cuts):
        cuts.update((k, RULE) for k in (i, *run))
        lines += run
    return lines


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")


def closing_cuts(blocks, run: list, first_prose: int, cuts: dict) -> dict[int, str]:
    """The cuts of a closing run of headlines (``run``: (index, story) pairs), with the heading right above it in words
    no file holds: a line of one to `MAX_RUN_HEADING` words of letters, no sentence, no colon (a lead-in's run is no
    list of stories), not printed twice, after the article's prose ("Mavzuga oid" over three headlines; rule
    ``closing-run-heading``); the run set as a markdown table's rows, its head row and rule ("| Mavzuga oid | |" /
    "|---|---|") go alike (rule ``related-table-rule`` for the rule)."""
    out = {k: "related-story" for k, _ in run}
    above = run[0][0] - 1 if run else -1
    if above > first_prose + 1 and above not in cuts and _TABLE_RULE.match(blocks[above].text.strip()):
        out[above] = "related-table-rule"       # a markdown table's rule under its head ("| Related | |" / "|---|")
        above -= 1
    if above > first_prose and above not in cuts and blocks[above].kind in ("p", "heading"):
        text = blocks[above].text.strip().strip("#*_| \u200b")
        if any_heading(text, MAX_RUN_HEADING) and not text.endswith(COLON_MARKS) \
                and blocks[above - 1].text.strip() != blocks[above].text.strip() \
                and not _wrapped_line(blocks, above):     # (a repeated line: a call; a wrapped paragraph's last line)
            out[above] = "closing-run-heading"
    return out


def _wrapped_line(blocks, i: int) -> bool:
    """Whether line ``i`` ends a paragraph a dump wrapped into lines touching it (`wrapped_prose`; rule
    ``wrapped-lead``: "หลายร้อยสาย และส่วนใหญ่..." under a Thai paragraph's first line is two words, a heading's
    size)."""
    first = i
    while first > 0 and blocks[first].gap == 0:
        first -= 1
    return first < i and wrapped_prose(blocks, first)
