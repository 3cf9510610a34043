"""Shapes the related-list rules read (related_list.py): a heading of a story list in any language, the short lines
that may end the body after a list, a heading set apart as one, and a paragraph a dump wrapped into lines."""
from __future__ import annotations

import re

from ..lines import CAPITAL, COLON_MARKS, FULL_STOPS, HAN_KANA, LOWER, MARKS, SENTENCE_STOPS, UNCASED, ends_sentence, \
    is_prose, opens_name, stop_class, word_count

COLONS = tuple(COLON_MARKS)     # a heading's closing colon: ":", "：", the Armenian "՝"
MAX_ANY_HEADING = 4       # words of a heading no language file holds, over two story links or » headlines
MAX_AFTER = 3             # short lines that may follow a list that ends the body
MIN_WRAPPED_CHARS, MAX_WRAPPED_CHARS, MAX_WRAPPED_LINES = 40, 100, 8
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*")      # a word of letters, with its marks ("సంబంధిత")
_LISTED = re.compile(r"^(?:[-*+\u2022\u00b7\u00bb\u203a\u2013\u2014\u25cf\u25aa\u25b8\u25ba\u2192]|\d{1,3}[.)])\s"
                     r"|https?://|\]\(")
_FULL_STOPS = (*FULL_STOPS, "\u3002")     # and the CJK full stop (the Khmer and Myanmar ones are in FULL_STOPS)

# a sentence closed inside the line and another opened after it ("Our paper lives on its readers. Give from 5 €."):
# two sentences are no headline ("Dr. Ann Lee", "U.S. lifts ban": a short word or a capital before the stop, stays);
# in a script without capitals, a stop of any script between two of its words ("है। आप", "稿件。请支持"); a glued
# tail's marks may stand between the stop and the next word ("... doubled. >> Join our channel", "... रुपये। /PTI/")
_GLUE = r"(?:[/(\[>*|\u00bb\u203a\u2013\u2014\u2022\u2190-\u21ff\u25b6\u27a1\U0001F300-\U0001FAFF-]{1,4}\s*)?"
TWO_SENTENCES = re.compile(rf"[{LOWER}]{{3}}[{(_S := stop_class('!?'))}]\s+{_GLUE}[{CAPITAL}]|[{UNCASED}{MARKS}]{{2}}"
                           rf"[{_S}]\s*{_GLUE}[{UNCASED}]|[{HAN_KANA}]{{2}}[{_S}][\u201d\u300d\u300f]?\s*[{HAN_KANA}]")


def wrapped_prose(blocks, i: int) -> bool:
    """Whether line ``i`` opens a paragraph a dump wrapped into lines of `MIN_WRAPPED_CHARS` to `MAX_WRAPPED_CHARS`
    characters (lynx, w3m, an e-mail), touching one another, `MAX_WRAPPED_LINES` at most, that is prose once joined:
    each line alone is too short to read as prose."""
    if i and blocks[i].gap == 0 or ends_sentence(blocks[i].text):
        return False
    lines = []
    for block in blocks[i:i + MAX_WRAPPED_LINES]:
        if lines and block.gap or block.kind == "code" or len(block.text.strip()) > MAX_WRAPPED_CHARS:
            break
        lines.append(block.text.strip())
    return len(lines) >= 2 and all(len(t) >= MIN_WRAPPED_CHARS for t in lines[:-1]) and is_prose(" ".join(lines))


def wrapped_under(blocks, start: int) -> bool:
    """Whether the lines from ``start`` on are one paragraph a dump wrapped under a subheading: two to
    `MAX_WRAPPED_LINES` lines touching one another, of `MIN_WRAPPED_CHARS` to `MAX_WRAPPED_CHARS` characters but the
    last, which ends on a full stop (of any script, "។" "။" "。" too) where none before it ends a sentence, prose once
    joined, no line opening with a list's bullet or holding a link. In a script without capitals each line opens as a
    headline would (a Khmer or Thai subheading's paragraph is no story list); a list's last headline ends on no full
    stop."""
    lines = []
    for block in blocks[start:start + MAX_WRAPPED_LINES]:
        if lines and block.gap or block.kind == "code" or len(text := block.text.strip()) > MAX_WRAPPED_CHARS \
                or _LISTED.search(text):
            return False
        lines.append(text)
        if ends_sentence(text):
            break
    return 2 <= len(lines) and lines[-1].endswith(_FULL_STOPS) and \
        all(len(t) >= MIN_WRAPPED_CHARS for t in lines[:-1]) and is_prose(" ".join(lines))


def any_heading(text: str, most: int = 0) -> bool:
    """A heading of a story list in any language: one to `MAX_ANY_HEADING` words of letters (``most``), no sentence
    ("Mehr zum Thema", "Auch interessant:", "Další články")."""
    words = text.rstrip(COLON_MARKS).split()
    return 0 < len(words) <= (most or MAX_ANY_HEADING) and all(_WORD.fullmatch(w.strip("\u2026.")) for w in words) \
        and not text.endswith(SENTENCE_STOPS) and opens_name(text)


def ends_body(blocks, k: int) -> bool:
    """Whether the blocks from ``k`` on are `MAX_AFTER` short lines at most, none of them prose (a copyright line)."""
    return len(blocks) - k <= MAX_AFTER and all(word_count(b.text) <= 12 and not is_prose(b.text) for b in blocks[k:])


def introduces(text: str) -> bool:
    """A heading set apart as one (a colon after it, bold, a markdown heading): over a single bulleted story link or
    "»" headline it heads a list of one ("**Auch interessant**" / "- [Title](url)"; a link alone under a label with a
    colon may be the article's "Više informacija:" / "[Izvješće](url)")."""
    text = text.strip()
    return text.rstrip("*_ ").endswith(COLONS) or text.startswith(("#", "**", "__"))


_INNER_STOP = re.compile(rf"[{stop_class('!?')}](?=\s+\S)")     # a sentence's stop with more words after it


def wrapped_sentence(blocks, lines: list[int]) -> bool:
    """Whether the touching ``lines`` (no blank line between them) open with one sentence a dump wrapped over two
    lines or more, closed inside a later line and prose once joined ("... more than a thousand comments" /
    "were posted, and ..." / "... doubled. 👉 Subscribe"): an article's paragraph with a call glued on, no list of
    headlines (rule `wrapped-sentence` of related_list)."""
    joined = ""
    for n, k in enumerate(lines):
        if n and blocks[k].gap:
            return False
        text = blocks[k].text.strip()
        if n and (m := _INNER_STOP.search(text)):
            return is_prose(f"{joined} {text[:m.end()]}")
        joined = f"{joined} {text}".strip()
    return False


_UNDERLINE = re.compile(r"^\s*(?:-{3,}|={3,})\s*$")


def underlined_kept(blocks, cuts: dict[int, str], stories: list) -> tuple[dict[int, str], list]:
    """``cuts`` and ``stories`` without the lines a rule of dashes or equals signs underlines right under them
    (rule `underlined-heading`): a markdown heading of the article's own ("Fares and times" / "-----"), no story of a
    list, though a run of headlines may stand right above it."""
    own = {k for k in cuts if k + 1 < len(blocks) and blocks[k + 1].gap == 0 and _UNDERLINE.match(blocks[k + 1].text)}
    if not own:
        return cuts, stories
    titles = {" ".join(blocks[k].text.split()) for k in own}
    kept = [s for s in stories if " ".join(s.title.split()) not in titles]
    return {k: r for k, r in cuts.items() if k not in own}, kept
