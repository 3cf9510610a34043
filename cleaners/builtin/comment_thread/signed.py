"""Comments signed under their text (rule `signed-comment`): the commenter's name closes each comment.

    Comments

    They should have started on the canal ten years ago.
    — Maria Lopez, March 3, 2024

    Rationing will hit the small farms first.
    — Tom Baker (March 3, 2024)

A *signature* is a line of a dash or a tilde and a name ("— Maria Lopez", "-- Tom", "– Ann Lee (3 May 2024)",
"~Jan"), a by-phrase of the ``posted`` words and a name ("Posted by Ann Lee at 10:15 AM"), or a name, a bar or a
middle dot and a date ("Ann Lee | March 3, 2024"); after the name nothing but a date, an age or a clock time, parted
by a comma, a bar or brackets. It closes its comment: the line under it (a reply control under it aside) stands no
nearer to it than it stands to the text above, and farther when no dash, tilde or by-phrase opens it (lines set
alike, "Bea · 3 hours ago" opens the comment under it: a head). Under a header, an avatar picture or a signature's
shape right under it opens the comments too. A *signed thread* is a run of such units, each one to
`MAX_UNIT_BLOCKS` lines of text and its signature:

* right under a comment header (the ``comments`` words): `MIN_UNDER_HEADER` units or more, the first one's text
  between the header and its signature;
* without a header: `MIN_HEADLESS` units or more, each signature dated and set closer to its text than to what
  follows, the first comment the paragraph above its signature, no wider than `MAX_FIRST_RATIO` times the widest
  comment after it.

A quotation's attribution in an article ("— said the minister, in March", "— Anna Berg, minister") is no signature
(no name alone, or words after the name that are no date), and a poem's author line is one, not a run. Depth is the
rank of a signature's indentation among the thread's. Text under the last signature stays in the body.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lang, screen
from ...document import Comment
from ...editor import Editor
from ...lines import COLON_MARKS, is_prose
from .control_lines import is_control, is_date
from .heads import _EMPHASIS, AVATAR, CHROME, MAX_NAME_WORDS, name_ok
from .header_run import is_header_words

MIN_UNDER_HEADER = 2
MIN_HEADLESS = 3
MAX_UNIT_BLOCKS = 10
MAX_FIRST_RATIO = 3
MAX_SIGNATURE_CHARS = 90
_LEAD = re.compile(r"^(?:[\u2014\u2013\u2015~]|-{2,3})\s*")     # "— Ann", "– Ann", "-- Ann", "~Ann"
_BAR = re.compile(r"^\s*[|\u00b7\u2022]\s")
_CLOCK = re.compile(r"^(?:[^\W\d_]{1,4}\.?\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?\s?m\.?)?$", re.I)   # "at 10:15 AM"


@lru_cache(maxsize=32)
def _screen(langs: tuple[str, ...]):
    posted = lang.alternation(lang.words("posted", langs))
    return screen.compile(rf"^\s*(?:[\x{{2014}}\x{{2013}}\x{{2015}}~]|--)\s*[\pL@]|^(?:{posted})\s|"
                          rf"^[^\n|\x{{b7}}\x{{2022}}]{{1,40}}\s[|\x{{b7}}\x{{2022}}]\s[^\n]*\d")


@lru_cache(maxsize=32)
def _posted_by(langs: tuple[str, ...]):
    """The ``posted`` phrases that end with a ``by`` word ("posted by", "eingestellt von"), at the start of a line."""
    by = {p.split()[-1] for p in lang.words("by", langs)}
    phrases = [p for p in lang.words("posted", langs) if len(p.split()) > 1 and p.split()[-1] in by]
    return re.compile(rf"^(?:{'|'.join(map(re.escape, phrases)) or '(?!)'})\s+", re.I)


def _when(tail: str, vocab) -> str | bool | None:
    """The date of a signature's tail (an ISO date; True: an age or a clock time alone), or None: no date."""
    text = tail.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = text.lstrip(",|\u00b7\u2022\u2013\u2014- ")
    if (on := vocab["on"].match(text)) and text[on.end(1):].strip():
        text = text[on.end(1):].strip()
    found = is_date(text, vocab)
    return found if found is not None else (True if _CLOCK.match(text) else None)


def signature(text: str, vocab, langs: tuple[str, ...]) -> tuple[str, str | bool | None, bool] | None:
    """(author, date, led) of a signature line (module docstring), or None; the date: ISO, True (an age or a clock
    time), None (none given); led: a dash, a tilde or a by-phrase opens it (no bar after the name)."""
    text = _EMPHASIS.sub(r"\2", text.strip()) if "**" in text or "__" in text else text.strip()
    if len(text) > MAX_SIGNATURE_CHARS:
        return None
    if m := _LEAD.match(text):
        rest, bar = text[m.end():], False
    elif m := _posted_by(langs).match(text):
        rest, bar = text[m.end():], False
    else:
        rest, bar = text, True
    tokens = rest.split()
    for k in range(1, min(MAX_NAME_WORDS, len(tokens)) + 1):
        name = tokens[:k - 1] + [tokens[k - 1].rstrip(COLON_MARKS + ",")]
        if not name_ok(name, vocab["function"]) or k == 1 and name[0].casefold() in vocab["function"]:
            return None
        tail = " ".join(tokens[k:])
        if bar and not _BAR.match(" " + tail):
            continue        # no lead: a bar or a dot parts the name from its date ("Ann Lee | 3 May 2024")
        author = " ".join(name).lstrip("@")
        if not tail:
            return None if bar or is_date(author, vocab) else (author, None, True)
        when = _when(tail, vocab)
        if when is not None and not is_date(author, vocab):
            return author, when, not bar
    return None


def _signatures(blocks, vocab, langs) -> dict[int, tuple[int, str, str | bool | None, bool]]:
    """Signature lines that close their comment: index -> (last line: the signature or a control under it,
    author, date, whether it stands closer to its text than to what follows)."""
    out, n = {}, len(blocks)
    for i in screen.candidates(blocks, _screen(langs)):
        if i == 0:
            continue
        end = i + 1 if i + 1 < n and not blocks[i + 1].gap and is_control(blocks[i + 1].text, vocab) else i
        gap = blocks[end + 1].gap if end + 1 < n else 99
        text = blocks[i].text.lstrip(" *_")
        if gap < blocks[i].gap or gap == blocks[i].gap and not (_LEAD.match(text) or _posted_by(langs).match(text)):
            continue    # a head: its text right under it, or set alike without a dash or a by-phrase
        if (found := signature(blocks[i].text, vocab, langs)) is not None and (gap > blocks[i].gap or found[2]):
            out[i] = (end, found[0], found[1], gap > blocks[i].gap)
    return out


def _runs(sigs: dict) -> list[list[int]]:
    runs: list[list[int]] = []
    for i in sorted(sigs):
        if runs and 1 <= i - sigs[runs[-1][-1]][0] - 1 <= MAX_UNIT_BLOCKS:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _first(blocks, run: list[int], sigs: dict, vocab, langs) -> tuple[int, int | None] | None:
    """(first block of the thread's first comment, the header above it or None), or None: no signed thread. Under a
    header, a signature's shape right under it opens each comment: the name is a head (``heads``), not a signature."""
    s0 = run[0]
    for k in range(s0 - 1, max(-1, s0 - 2 - MAX_UNIT_BLOCKS), -1):
        if is_header_words(blocks[k].text, vocab):
            return (k + 1, k) if k < s0 - 1 and len(run) >= MIN_UNDER_HEADER \
                and not AVATAR.match(blocks[k + 1].text.strip()) \
                and signature(blocks[k + 1].text, vocab, langs) is None else None
        if k in sigs:
            break
    if len(run) < MIN_HEADLESS or not all(sigs[s][2] is not None and sigs[s][3] for s in run):
        return None
    start = s0 - 1
    while start > 0 and not blocks[start].gap and s0 - start < MAX_UNIT_BLOCKS and start - 1 not in sigs:
        start -= 1
    widths = [sum(len(b.text) for b in blocks[sigs[a][0] + 1:b]) for a, b in zip(run, run[1:])]
    if sum(len(b.text) for b in blocks[start:s0]) > MAX_FIRST_RATIO * max(widths):
        return None
    return start, None


def signed_thread(doc, blocks, vocab, langs: tuple[str, ...], rule: str):
    """``doc`` with its signed thread (module docstring) moved into comments, or None when it has none."""
    sigs = _signatures(blocks, vocab, langs)
    if len(sigs) < MIN_UNDER_HEADER:
        return None
    for run in _runs(sigs):
        found = _first(blocks, run, sigs, vocab, langs)
        if found is None or not any(is_prose(b.text) for b in blocks[:found[1] if found[1] is not None else found[0]]):
            continue
        start, header = found
        edit = Editor(doc, rule)
        edit.blocks.extend(blocks[:header if header is not None else start])
        if header is not None:
            edit.drop(blocks[header], "comment-header")
        indents = sorted({blocks[s].indent for s in run})
        comments: list[Comment] = []
        stack: list[int] = []
        for s in run:
            for b in blocks[start:s]:
                edit.drop(b, "comment-chrome" if CHROME.match(b.text.strip()) or is_control(b.text, vocab) else "comment")
            edit.drop(blocks[s], "comment-author")
            for b in blocks[s + 1:sigs[s][0] + 1]:
                edit.drop(b, "comment-chrome")
            depth = min(indents.index(blocks[s].indent), len(stack))
            del stack[depth:]
            text = "\n\n".join(b.text.strip() for b in blocks[start:s]
                               if not (CHROME.match(b.text.strip()) or is_control(b.text, vocab)))
            when = sigs[s][2] if isinstance(sigs[s][2], str) else None
            comments.append(Comment(sigs[s][1], text, depth, stack[-1] if stack else None, when))
            stack.append(len(comments) - 1)
            start = sigs[s][0] + 1
        edit.blocks.extend(blocks[start:])
        done = edit.done()
        return done.replace(comments=done.comments + tuple(comments))
    return None
