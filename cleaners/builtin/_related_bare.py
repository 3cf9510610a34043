"""Related headlines without a heading between or after the article's paragraphs, in a text input (rule
``related-bare-run``).

A teaser box a dump printed without its heading is a run of short headline lines: each a story line
(`related_list.story`: three words to twenty, no full stop, no label), maybe each over a *meta line* that is only a
count or an age ("67 min", "15 h", "23 👁", "1.2K", "2024-05-04"). It is cut when, after the article's first prose:

* two headlines or more alternate with meta lines (a card's headline and its count, one meta line at least), or
* three headlines or more, each of four words or more or in title case, none quoted, follow a prose paragraph
  (`is_prose`) and are set apart from what follows (a blank line or the end).

A row of related headlines on one line, three or more parted by the same bar, bullet or middle dot ("Floods cut off
the coast road | Council votes on the harbour | Ferry fares rise in May"), each a story line of four words or more or
in title case, goes too after the article's first prose (rule ``related-row``); a row of short values ("Home | News |
Sport", "Area 69,700 km² • Capital Tbilisi"), of labelled fields or of sentences stays.

The lines of a run touch one another, are all different, and none is bulleted, a markdown heading or bold, a
sentence (a stop at its end, a question) or two (a stop and a space inside). An article's own list stays: after a
lead-in ("The plan:", "What changes": no prose before the run), bulleted, or running on into a paragraph; so does a
list of names without meta lines (each line two or three capitalised words: "Aoife Ní Dhomhnaill"); so do a
subheading over prose (one line), a run of two plain lines, a paragraph a dump wrapped into lines (`wrapped_prose`)
and a run of questions.
"""
from __future__ import annotations

import re

from ..lines import ends_sentence, is_prose, is_quoted, stop_class
from ._byline import is_person_name
from ._related_shapes import wrapped_prose

RULE = "related-bare-run"
ROW_RULE = "related-row"
MIN_ROW = 3              # headlines of a row
_ROW_SEPARATORS = (" | ", " \u2022 ", " \u00b7 ")
MIN_CARDS = 2            # headlines of a run with meta lines
MIN_PLAIN = 3            # headlines of a run without them
MAX_META_CHARS = 24
MAX_NAME_WORDS = 3
# a count or an age alone: a number (maybe "1.2K", "2024-05-04", "12:30"), then at most two short words or signs
_META = re.compile(r"^\d[\d.,:/-]*\s?[KkMm]?(?:\s?[^\s\d.!?]{1,8}){0,2}$")
_STOP_INSIDE = re.compile(rf"[^\s\d][{stop_class('!?')}]\s")    # a sentence ended inside the line: no headline
_MARKUP = re.compile(r"^\s*(?:#|\*\*|__)")


def is_meta(text: str) -> bool:
    """A line that is only a count or an age ("67 min", "15 h", "23 👁"): a teaser's meta line."""
    text = text.strip()
    return 0 < len(text) <= MAX_META_CHARS and _META.match(text) is not None


def bare_runs(blocks, first_prose: int, cuts: dict[int, str], story, shaped) -> list[tuple[int, object]]:
    """(line, story) of every bare run after ``first_prose`` (module docstring) not in ``cuts``; ``story`` reads a
    line's story (or None), ``shaped`` whether a story needs no heading. The runs' lines and meta lines go to
    ``cuts``."""
    found: list[tuple[int, object]] = []
    k = first_prose + 1
    n = len(blocks)
    while k < n:
        run, metas, seen, j = [], [], set(), k
        while j < n and j not in cuts and blocks[j].kind != "code" and not (run and blocks[j].gap):
            text = blocks[j].text
            if run and is_meta(text) and run[-1][0] == j - 1:
                metas.append(j)
            elif not _MARKUP.match(text) and not ends_sentence(text) and not _STOP_INSIDE.search(text) \
                    and (s := story(text)) is not None and not s.bullet and s.title.casefold() not in seen:
                run.append((j, s))
                seen.add(s.title.casefold())
            else:
                break
            j += 1
        if _takes(blocks, k, run, metas, shaped):
            cuts.update((i, RULE) for i in (*(i for i, _ in run), *metas))
            found += run
        k = max(j, k + 1)
    return found


def _takes(blocks, start: int, run: list, metas: list[int], shaped) -> bool:
    """Whether ``run`` (from line ``start``) with its ``metas`` is a teaser box (module docstring)."""
    if len(run) >= MIN_CARDS and metas:
        return True
    if len(run) < MIN_PLAIN or not all(shaped(s) for _, s in run) or all(_name(s.title) for _, s in run):
        return False
    end = run[-1][0] + 1
    if end < len(blocks) and not blocks[end].gap or wrapped_prose(blocks, start):
        return False     # the lines go on into a paragraph: a wrapped one, or a list of the article's
    return is_prose(blocks[start - 1].text) and not any(is_quoted(s.title) for _, s in run)


def _name(title: str) -> bool:
    """A person's name: two or three capitalised words (a list of names is no teaser box)."""
    return len(title.split()) <= MAX_NAME_WORDS and is_person_name(title)


def row_stories(blocks, first_prose: int, cuts: dict[int, str], story, shaped) -> list:
    """The stories of every row of headlines after ``first_prose`` (rule ``related-row``, module docstring) not in
    ``cuts``; the rows go to ``cuts``."""
    found: list = []
    for i in range(first_prose + 1, len(blocks)):
        text = blocks[i].text
        if i in cuts or blocks[i].kind == "code" or "\n" in text:
            continue
        for sep in _ROW_SEPARATORS:
            parts = text.split(sep)
            if len(parts) < MIN_ROW or ends_sentence(text):
                continue
            row = [s for p in parts if not ends_sentence(p) and not _STOP_INSIDE.search(p)
                   and (s := story(p)) is not None and not s.url and shaped(s)]
            if len(row) == len(parts) and len({s.title.casefold() for s in row}) == len(row):
                cuts[i] = ROW_RULE
                found += row
            break
    return found
