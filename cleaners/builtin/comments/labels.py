"""Rule `post-labels`: the labelled fields of a post's header that come back in every post.

A forum prints beside or above each post the same short "Label: value" lines: the poster's
counters ("Joined: 12 Mar 2009", "Posts: 523", "Location: Oban") and the post's date. The
labels are the board's, in its language; they are told here by repetition, not by a word list:
a short labelled line in the same template slot of every unit of the family, under the same
label, whose values differ only in their digits or are all dates ("Skráður: 3. jan 2011",
"Innlegg: 48"; a value of a few words holding a year has a date's shape), is a field of the
template; so is a line of two labelled fields or more whose labels come back in every unit, its
first value holding a digit ("Sent: <date>  Efni innleggs: Re: …"). Such a field is never the
comment's text: a date field may give the comment's date, every field goes to ``removed`` as
chrome. The other short lines of the block holding a field (the poster's rank, "Location: Oban"
whose value is a word) are the same box's, in a block of two fields or more not holding the post's text.

Never taken: a label that some unit lacks or repeats, a value of words that differ ("My vote:
Paris", "My vote: Rome"), a long value, and any line of a unit that would be left with no text.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from .vocabulary import written_date

if TYPE_CHECKING:
    from .items import Item

MAX_LINE_WORDS = 8       # a field: a label and a short value
MAX_VALUE_WORDS = 4
MAX_VALUE_CHARS = 40
MAX_HEADER_WORDS = 24     # a line of fields: "Posted: <date>  Subject: Re: <the topic's title>"
MIN_UNITS = 2
BOX_FIELDS = 2           # fields of a poster's box: two counters at least ("Joined", "Posts")
_FIELD = re.compile(r"^([^\W\d_][\w'\u2019.-]{0,24}(?: [^\W\d_][\w'\u2019.-]{0,24}){0,2}) ?:\s*(\S.*)$")
_DIGITS = re.compile(r"\d+")
_NUMBERED = re.compile(r"0|<date>|<fields>")     # a masked value that held a number or a date
_NEXT = re.compile(r"(?<=[^\W\d_]):(?=\s|$)")      # a label's colon, right after a letter
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")     # a year: a value of a few words holding one is a date's shape


def _field(text: str) -> tuple[str, str] | None:
    """(label, value) of a short "Label: value" line, None for any other line."""
    m = _FIELD.match(text) if ":" in text else None     # (a screen: most pieces hold no colon)
    if m is None or len(text.split()) > MAX_LINE_WORDS:
        return None
    value = m.group(2).strip()
    if len(value.split()) > MAX_VALUE_WORDS or len(value) > MAX_VALUE_CHARS:
        return None
    return m.group(1).casefold(), value


def numbered_field(text: str) -> bool:
    """A short "Label: value" piece whose value holds a digit ("Innlegg: 41"): a unit may hold a poster's box."""
    return (found := _field(text)) is not None and any(c.isdigit() for c in found[1])


def _fields_line(text: str) -> tuple[str, str] | None:
    """(labels, masked first value) of a header line of two labelled fields or more, its first value holding a
    digit: "Posted: Sun Nov 04, 2012 8:41 pm  Post subject: Re: …" ("posted|subject", "<fields>")."""
    m = _FIELD.match(text) if ":" in text else None
    if m is None or len(text.split()) > MAX_HEADER_WORDS or (colon := _NEXT.search(text, m.end(1) + 1)) is None:
        return None
    first = text[m.start(2):colon.start()].split()
    if len(first) < 2 or not any(c.isdigit() for c in " ".join(first[:-1])):
        return None       # (the next label's last word closes the first value)
    return m.group(1).casefold() + "|" + first[-1].casefold(), "<fields>"


def _masked(value: str) -> str:
    """The value with its digits masked, or ``<date>`` when it is a date as a whole; a bare number is a count, though
    it reads as a year ("Posts: 1903" beside "Posts: 688": rule `bare-count-field`)."""
    if value.isdigit():
        return "0"
    found = written_date(value)
    if found is not None and found.start == 0 and len(value) - found.end <= 3 \
            or len(value.split()) <= 3 and _YEAR.search(value):      # ("12 Gus 2010": a month no file names)
        return "<date>"
    return _DIGITS.sub("0", value.casefold())


def post_labels(tree, items: list[Item], slot_of) -> set:
    """The (item, line) pairs of the family's repeated header fields and their box's other short
    lines (``slot_of(i, k)``: the template slot of line ``k`` of item ``i``). A date field's date
    becomes the item's date when the item's date was read from such a field before another."""
    if len(items) < MIN_UNITS:
        return set()
    fields: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    parsed: dict[tuple[int, int], str] = {}
    for i, item in enumerate(items):
        for k, line in enumerate(item.lines):
            if line.kind in ("body", "meta") and (found := _field(line.text)):
                parsed[(i, k)] = found[0]
                fields.setdefault((slot_of(i, k), found[0]), []).append((i, k, _masked(found[1])))
            elif line.kind in ("body", "meta") and (found := _fields_line(line.text)):    # "Posted: <date> Subject:"
                fields.setdefault((slot_of(i, k), found[0]), []).append((i, k, found[1]))
    stats: set = set()
    for hits in fields.values():     # (a value without a number or a date is none: "Re: <the topic>")
        if len(hits) == len(items) and len({i for i, _, _ in hits}) == len(items) \
                and len(masks := {m for _, _, m in hits}) == 1 and _NUMBERED.search(masks.pop()):
            stats.update((i, k) for i, k, _ in hits)
    if not stats:
        return set()
    taken = set(stats)
    labels_seen: dict[str, set] = {}
    for (i, k), label in parsed.items():
        labels_seen.setdefault(label, set()).add(i)
    for i, item in enumerate(items):     # the box: the other short lines of a block holding two fields or more
        held = Counter(tree.block[item.lines[k].owner] for j, k in stats if j == i and _field(item.lines[k].text))
        body = [ln for ln in item.lines if ln.kind == "body"]
        text = tree.block[max(body, key=lambda ln: ln.words).owner] if body else -1     # (the post's longest line)
        boxes = {b for b, n in held.items() if n >= BOX_FIELDS and b != text}
        for k, line in enumerate(item.lines):
            if tree.block[line.owner] not in boxes or (i, k) in stats or line.kind not in ("body", "meta") \
                    or line.words > MAX_LINE_WORDS:
                continue
            label = parsed.get((i, k))
            if label is None or len(labels_seen[label]) >= MIN_UNITS:
                taken.add((i, k))
    for i, item in enumerate(items):     # a unit left with no text keeps its lines: a one-line comment
        if not any(ln.kind == "body" and (i, k) not in taken for k, ln in enumerate(item.lines)):
            return set()
    for i, item in enumerate(items):
        own = [k for j, k in stats if j == i]
        single = [k for k in own if _field(item.lines[k].text)]
        _redate(item, single)     # (a line of fields may hold the post's date)
        if len(own) >= BOX_FIELDS:
            item.marks.add("profile")     # a member's counters, as `profile.poster_box` marks them
            if item.date is not None and not dated_box(item, single):
                item.marks.add("time")    # a date read beside the box ("by Ann » 12 Mar 2024 20:41")
            elif item.date is not None and not any(ln.kind in ("date", "meta") for k, ln in enumerate(item.lines)
                                                   if k not in single):
                item.marks.discard("time")    # the poster's joined date alone is no time of the post
        if any(_fields_line(item.lines[k].text) for k in own):
            item.marks.add("time")        # the post's header line of fields, its first value a date or an age
    return taken


def labelled_units(tree, units: list) -> bool:
    """Every unit holds the same ``BOX_FIELDS`` fields or more, each a short "Label: value" line whose
    values differ only in digits or are dates: the poster's box of a forum post in any language, a
    mark of a thread as the poster's counters are (`evidence.may_be_thread`)."""
    if len(units) < MIN_UNITS:
        return False
    common: dict[str, set] | None = None
    for u in units:
        found: dict[str, set] = {}
        for line in tree.joined(range(tree.p0[u.first], tree.p1[u.tops[-1]])).split("\n"):
            if (field := _field(line)) is not None:
                found.setdefault(field[0], set()).add(_masked(field[1]))
        common = found if common is None else {k: v | found[k] for k, v in common.items() if k in found}
        if sum(1 for v in common.values() if len(v) == 1 and _NUMBERED.search(next(iter(v)))) < BOX_FIELDS:
            return False
    return True


def field_blocks(tree, item: Item) -> list[int]:
    """The blocks holding the item's field lines made chrome and none of its text: a forum's opening post
    kept as the page's article loses them as it loses a known poster's box (`cleaner`, ``poster-profile``)."""
    blocks = {tree.block[ln.owner] for ln in item.lines if ln.kind == "chrome" and (
        _field(ln.text) or _fields_line(ln.text))}
    text = {tree.block[ln.owner] for ln in item.lines if ln.kind == "body"}
    kept = sorted(b for b in blocks - text if b > 0 and not any(tree.contains(b, t) for t in text))
    return [b for b in kept if not any(a != b and tree.contains(a, b) for a in kept)]     # (the outermost)


def dated_box(item: Item, fields: list[int]) -> bool:
    """The item's date is the one of a field (a poster's joined date): no time of the post."""
    return any((f := written_date(item.lines[k].text)) and f.iso == item.date for k in fields)


def _redate(item: Item, fields: list[int]) -> None:
    """The item's date, when it was read from a field, from the first other dated header line if any."""
    dates = {f.iso for k in fields if (f := written_date(item.lines[k].text))}
    if item.date is None or item.date not in dates:
        return
    for k, line in enumerate(item.lines):
        if k not in fields and line.kind in ("date", "meta", "author") and (found := written_date(line.text)):
            item.date = found.iso
            return
