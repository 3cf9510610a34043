"""The comment heads of a text dump's body (see the package docstring for their shapes). Split from __init__.py."""
from __future__ import annotations

import re

from ... import lang, screen
from ...lines import opens_lower, word_count
from ..comments.subjects import reply_subject
from .ages import dated_name, unaged
from .header_run import header_heads, is_header
from .control_lines import control_screen, is_control, is_date
from .heads import Head, head_of, line_screen, bounded_name, vocabulary
from .opening import is_picture
from .replies import commenter_replies, quoting
from .said import said_verb
from .stacked import prose_indent, stacked_heads

MAX_FIRST_COMMENT = 5    # blocks above its control line the first comment's name may stand
MAX_AGE_WORDS = 4
MAX_AGE_CHARS = 30
_AGE_JOINT = re.compile(r"\s+[\u00b7\u2022|\u2013\u2014]\s+")
_DIGIT = re.compile(r"\d")


def find_heads(blocks, langs: tuple[str, ...], learned: frozenset[int] = frozenset(),
               verbs: tuple[str, ...] = (), min_comments: int = 2) -> dict[int, Head]:
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
        head = _head(blocks, i, head_at)
        if head is not None:
            heads[i] = head
    heads.update(_control_heads(blocks, langs, heads, head_at, learned, min_comments))
    heads.update(commenter_replies(blocks, heads))     # "Antwoord aan Lena Vogel:" under Lena Vogel's comment
    heads.update(stacked_heads(blocks, langs, heads, head_at))
    for i in [i for i, h in heads.items() if h.signal == "reply" and i > 0 and not blocks[i].gap]:
        if reply_subject(blocks[i].text, langs) and (i - 1 in heads or i - 2 in heads and is_date(
                blocks[i - 1].text, date_vocab)):
            del heads[i]    # rule `reply-subject`: "Re: <the topic>" under a post's name and date is no reply's head
    header_vocab, without_file = vocabulary(langs), lang.without_file(langs)
    heads.update(header_heads(blocks, lambda text: is_header(text, header_vocab, without_file), heads,
                              lang.pattern("by", langs, where="start")))
    for i in unaged(blocks, heads, header_vocab["ago"]):
        del heads[i]
    return heads


def _control_heads(blocks, langs: tuple[str, ...], heads: dict, head_at, learned: frozenset[int],
                   min_comments: int = 2) -> dict[int, Head]:
    """Heads of a thread whose comments each end with a control line ("Like · Reply · 2y"): the
    name under each control line, and the name that opens the first comment (the nearest
    name line of the `MAX_FIRST_COMMENT` blocks above the first control, its text between); a date or a
    relative time may stand under the name ("Ann Lee" / "• 3 hours ago"), an avatar picture above it
    ("![Ann Lee](/avatar.png)": the comment's chrome). A control line is one of the language's
    words (`is_control`) or one that comes back in words no file holds (`recurring_controls`)."""
    vocab = vocabulary(langs)
    controls = sorted(learned.union(i for i in screen.candidates(blocks, control_screen(langs))
                                    if is_control(blocks[i].text, vocab)))
    if len(controls) < min_comments:
        return {}

    # rule `link-label-no-name` ("**Read more**" too)
    links = lang.pattern(("related", "read_more"), langs, where="line")

    def named(k: int) -> Head | None:
        head = (head_at(k) or counted_name(blocks[k].text, vocab)) if 0 <= k < len(blocks) - 1 and k not in controls \
            else None
        return head if head is not None and head.author and k + 1 not in learned \
            and not links.match(blocks[k].text.strip(" .:*_")) \
            and not is_control(blocks[k + 1].text, vocab) \
            and not is_date(head.author, vocab) else None

    def after(c: int) -> int:       # the line under a control, or under the avatar picture there
        return c + 2 if c + 2 < len(blocks) and is_picture(blocks[c + 1].text, blocks[c + 2].text.strip()) else c + 1

    out = {}
    # rule `dated-thread-name`: where each head found carries its comment's age or date, an undated line under the last
    # control, no control closing a comment under it ("**Fare changes**", the article's subheading), is no head
    dated = len(heads) >= min_comments and all(map(_aged, heads.values()))
    first = next((k for k in range(controls[0] - 2, controls[0] - MAX_FIRST_COMMENT - 1, -1) if named(k)), None)
    for k in ([first] if first is not None else []) + [after(c) for c in controls]:
        if k not in heads and (head := named(k)) is not None \
                and not (dated and k > max(heads) and k > controls[-1] and not _aged(head)):
            out[k] = Head(head.author, head.date, head.depth, head.reply_to, "control")
    return out


def _aged(head: Head) -> bool:
    """The head carries its comment's date or age ("Ann · 3 h", "Jón · fyrir 3 klst.")."""
    return bool(head.date or head.signal == "date" or head.tail == "date" or head.signal == "control" and head.joint)


def counted_name(text: str, vocab) -> Head | None:
    """Rule `counted-age-head`: a name, a dot, bar or dash, and a short tail holding a number ("Jón · fyrir 3 klst.",
    "Ade · wákàtí 20 sẹ́yìn"): a commenter's age in words no file holds, read only where a control line closes each
    comment (the name under each control, the first comment's above the first)."""
    parts = _AGE_JOINT.split(text.strip(), maxsplit=1)
    if len(parts) != 2 or not _DIGIT.search(parts[1]) or word_count(parts[1]) > MAX_AGE_WORDS \
            or len(parts[1]) > MAX_AGE_CHARS or not bounded_name(parts[0].split(), vocab["function"]):
        return None
    return Head(parts[0].lstrip("@"), None, None, None, "control", _AGE_JOINT.search(text).group(0).strip())


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
