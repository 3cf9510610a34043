"""Comment heads of text dumps: the line that opens a comment (its author, date, depth or reply marker), read in the
words of the document's languages (cleaners/lang). See the package docstring for the shapes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import lang, linear_re, screen
from ...document import Block
from ...lang.shared import name_particles
from ...lines import COLON_MARKS, MARKS, UNSPACED_LETTER, ends_sentence, longest_syllabic_word, opens_name, word_count
from .ages import compact_age
from .clock import YEARLESS_SCREEN
from .control_lines import _SEPARATORS, is_date

_BULLETS = "\u2022\u25cf\u25e6\u25aa\u25ab\u25a0\u25a1\u25c6\u25c7\u25cb\u2023\u2219\u00b7\u203a\u00bb\u2192\u25b8\u25ba\u27a4*+\\-\u2013"
_MARKER = re.compile(rf"^(?:(?P<bullet>[{_BULLETS}])|"
                     r"(?P<number>\d{1,3}(?:\.\d{1,3})*)[.)]|#(?P<count>\d{1,5})[.):]?)\s+")     # "#12 Ann says:": a count
_REPLY_SIGN = re.compile(r"^(?:\u21b3|\u21aa|>+|re\s*:)\s*", re.I)
MAX_HEAD_WORDS = 18       # "Jan de Vries dijo el jueves, 11 de mayo de 2017, a las 16:46:" is 15
MAX_PARTICLE_CHARS = 3    # a lower-case particle inside a name a sign bounds (`bounded_name`)
MAX_NAME_WORDS = 4        # tokens, and words of one token of a Thai-like script (`longest_syllabic_word`)
CHROME = re.compile(
    r"^(?:reply|report|share|flag|like|dislike|permalink|edit|delete|hide|show more|load more comments?|"
    r"view (?:\d+ )?repl(?:y|ies)|\d+\s+(?:points?|likes?|votes?|upvotes?|downvotes?|repl(?:y|ies))|"
    r"[+-]?\d+|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|"
    r"(?:a|an|one)\s+(?:minute|hour|day|week|month|year)\s+ago|just now|yesterday)$", re.I)


@dataclass(frozen=True)
class Head:
    author: str | None
    date: str | None
    depth: int | None          # from the numbering of an ordered list
    reply_to: str | None       # a reply marker; "" when it names nobody
    signal: str                # marker | verb | date | reply | name
    joint: str = ""            # what parts the name from its tail: "·", "|", ",", "—" ("" for a space): one per template
    tail: str = ""             # the sign after the name, when a marker or a reply opens the head: "verb" | "date"


def _glued(key: str, langs: tuple[str, ...] | None, space: str = r"\s") -> str:
    """The words of ``key`` after a space, or right after what precedes them when they are written in Han, kana or
    Hangul letters ("3 hours ago", "3小时前", "3時間前", "3시간 전": Korean writes a unit glued to its number)."""
    words = lang.words(key, langs)
    glued = lang.alternation(w for w in words if UNSPACED_LETTER.match(w) or _HANGUL.match(w))
    return rf"(?:{space}+{lang.alternation(words)}|{space}*{glued})"


_HANGUL = re.compile("[\uac00-\ud7a3]")
_CLOCK = r"(?:,?\s+(?:[^\s\d]{1,4}\s+)?[0-2]?\d[:.][0-5]\d)?"    # after a one-word age: "昨天 18:20", "gestern, um 7.02"
_CLOSE = r"[)\]\x{ff09}]?[:\x{ff1a}]?"   # (RE2) after a one-word age closing a bracketed head: "Sara (yesterday):"


@lru_cache(maxsize=32)
def vocabulary(langs: tuple[str, ...] | None = None, verbs: tuple[str, ...] = ()):
    """The thread words of ``langs`` (default: every installed language); function words
    (never part of a name) of every language; ``verbs``: verbs of writing read from the document (said.py)."""
    if verbs:
        words = lang.alternation(lang.words("wrote", langs) + verbs)
        return {**vocabulary(langs), "wrote": linear_re.compile(rf"^({words})$", ignore_case=True),
                "wrote_start": linear_re.compile(rf"^({words})(?:$|{lang.NOT_WORD})", ignore_case=True),
                "tail": _tail_pattern(langs, words)}
    relative = lang.alternation(lang.words("time_units", langs))
    ago = lang.alternation(lang.words("ago", langs))
    days = lang.alternation(lang.words("relative_days", langs))     # "yesterday", "just now"
    return {
        "langs": langs, "wrote": lang.pattern("wrote", langs, where="line"),
        "wrote_start": lang.pattern("wrote", langs, where="start"),
        "on": lang.pattern("on", langs, where="start"),
        "reply": lang.pattern("reply", langs, where="start"),
        "target": lang.pattern("reply_to", langs, where="start"),     # "to" in "Reply to Ann"
        "target_words": frozenset(lang.words("reply_to", langs)),
        "chrome": lang.pattern("comment_chrome", langs, where="line"),
        "reply_line": lang.pattern("reply", langs, where="line"),
        "header": lang.pattern("comments", langs, where="line"),
        "relative": re.compile(rf"^(?:(?:{ago}\s+)?(?:\d+|{relative}){_glued('time_units', langs)}"
                               rf"\.?{_glued('ago', langs)}?|{days}{_CLOCK}|{compact_age(relative, ago)})$", re.I),     # "3 godz. temu": an abbreviated unit
        "tail": _tail_pattern(langs, lang.alternation(lang.words("wrote", langs))),
        "function": frozenset(lang.words("function_words")), "ago": re.compile(ago, re.I),
    }


def _tail_pattern(langs: tuple[str, ...] | None, wrote: str):
    """What a head's tail needs at least: a verb of writing (the alternation ``wrote``), a year or a relative time."""
    relative = lang.alternation(lang.words("time_units", langs))
    days = lang.alternation(lang.words("relative_days", langs))
    return linear_re.compile(rf"(?:^|[^\w])(?:{wrote})(?:$|[^\w])|"
                             rf"(?:^|[^\w]){compact_age(relative, lang.alternation(lang.words('ago', langs)), re2=True)}$|"
                             rf"(?:19|20)\d\d|(?:^|[^\w])(?:\d+|{relative}){_glued('time_units', langs)}(?:$|{lang.NOT_WORD})|"
                             rf"(?:^|[^\w])(?:{days}){_CLOCK}{_CLOSE}$|{YEARLESS_SCREEN}", ignore_case=True)


@lru_cache(maxsize=32)
def line_screen(langs: tuple[str, ...]):
    """Lines that can be a head without indented text below: a verb of writing, a reply
    marker or word, a year, a relative time ("3 hours", "vor einer Stunde", "3小时"), or a one-word
    age before a clock time ("昨天 18:20") or closing the line after a sign ("Ann — wczoraj"; not "Doe agora")."""
    units = lang.alternation(lang.words("time_units", langs))
    space = "[" + linear_re.SPACE_CLASS.replace(r"\n", "") + "]"
    wrote, reply = lang.alternation(lang.words("wrote", langs)), lang.alternation(lang.words("reply", langs))
    marker = rf"(?:[{_BULLETS}]|\d{{1,3}}(?:\.\d{{1,3}})*[.)])\s+"
    days = lang.alternation(lang.words("relative_days", langs))
    return screen.compile(rf"(?:^|[^\w])(?:{wrote})(?:$|[^\w])|^(?:{marker})?(?:{reply})(?:$|[^\w])|"
                          rf"(?:^|[^\w])(?:{days}),?{space}+\d|[^\w\s]{space}*(?:{days}){space}*{_CLOSE}$|"
                          rf"[\x{{21b3}}\x{{21aa}}>]|re\s*:|(?:19|20)\d\d|{YEARLESS_SCREEN}|"
                          rf"(?:^|[^\w])(?:\d+|{units}){_glued('time_units', langs, space)}(?:$|{lang.NOT_WORD})")


_LETTER = re.compile(r"[^\W\d_]")
_EMPHASIS = re.compile(r"(\*\*|__)([^\n]+?)\1")     # "**Ann** · 3 hours ago": a name set in bold
AVATAR = re.compile(r"^!\[[^\[\]\n]{0,60}\]\([^()\s]+\)$")   # "![Ann](https://.../avatar.png)": a picture alone
# one or two words, then a number: a weekday (and a month) before a date? ("domingo, 25 de…", "Thu, Dec 6, 2012")
_LEADING_WORD_DATE = re.compile(r"^[^\W\d_][^\s,]*,?\s+(?:[^\W\d_][^\s,]*,?\s+)?\d")
_INITIAL = re.compile(rf"^[^\W\d_][{MARKS}]*\.$")     # "B." of "Tom B.", "J." of "J. Novak", Tamil "வி."
# a user name closed by an initial after an underscore or a dot ("@Ahmad_Z.", "@ლევან_მ."): the handle of "Tom B."
_HANDLE_INITIAL = re.compile(rf"^@[^\W\d_]\w*[_.][^\W\d_][{MARKS}]*\.$")
_LAST_WORD = re.compile(r"\s(\S+)$")
_IMAGE_FILE = re.compile(r"\w\.(?:jpe?g|png|gif|webp|avif|heic|tiff?|bmp)$", re.I)


def name_ok(tokens: list[str], function_words: frozenset[str]) -> bool:
    name = " ".join(tokens)
    if not tokens or len(tokens) > MAX_NAME_WORDS or longest_syllabic_word(name) > MAX_NAME_WORDS:
        return False
    if (ends_sentence(name) and not _INITIAL.match(tokens[-1]) and not _HANDLE_INITIAL.match(tokens[-1])) or \
            name.endswith((",", ";")) or not _LETTER.search(name):
        return False
    if any(t.startswith(("[", "![")) or "](" in t or _IMAGE_FILE.search(t) for t in tokens):
        return False    # a link, a picture or a picture's file name ("IMG_3076.jpg") names nobody
    if len(tokens) > 1 and not all(opens_name(t) or t.casefold() in name_particles() for t in tokens):
        return False
    return not any(opens_name(t) and t.casefold() in function_words for t in tokens[1:])


def bounded_name(tokens: list[str], function_words) -> bool:
    """A name a sign bounds (a table's field, the part before a dot): a name (`name_ok`), or two capitalised words
    with short lower-case particles between them ("Siggi á Völlum": no sentence runs on around it)."""
    if name_ok(tokens, function_words):
        return True
    return 3 <= len(tokens) <= MAX_NAME_WORDS and opens_name(tokens[0]) and opens_name(tokens[-1]) \
        and all(t.islower() and len(t) <= MAX_PARTICLE_CHARS for t in tokens[1:-1]) and not ends_sentence(tokens[-1])


def _tail(tail: str, v) -> tuple[str, str | None] | None:
    """What follows the name in a head: ("verb" | "date", iso), or None when it is not a head's tail."""
    if v["tail"].search(tail) is None:
        return None
    text = tail.strip()
    colon = text.endswith((*COLON_MARKS, "...", "\u2026"))      # "Ann wrote:", "Ann said...", Armenian "Աննան գրել է՝"
    text = text.removesuffix("...").removesuffix("\u2026").rstrip(COLON_MARKS + " ").lstrip(_SEPARATORS)
    verb = False
    m = v["wrote_start"].match(text)
    if m:
        verb, text = True, text[m.end(1):].strip()
    on = v["on"].match(text)
    if on:
        text = text[on.end(1):].strip()
    if text and (m2 := _LAST_WORD.search(" " + text)) and v["wrote"].match(m2.group(1).rstrip(":")):
        verb, text = True, text[:m2.start()].strip()     # "Ann on 9 May 2020 wrote:"
    if not text:
        return ("verb", None) if verb and (colon or on is None) else None
    when = is_date(text, v)
    if when is None:
        return None
    return ("verb" if verb else "date", when if isinstance(when, str) else None)


_ARROW_TO = re.compile(r"^\s*[\u2192\u21d2\u27a4\u25b8\u25ba]\s*")      # "→ Bea": whom a reply answers
_NAME_END = re.compile(r"\s*(?:[|\u00b7\u2022,\u2013\u2014(]|\s-\s)")


def _to_whom(text: str, vocab) -> tuple[str, str] | None:
    """(name, rest) of the text after a reply's arrow: a name of at most `MAX_NAME_WORDS` words, up to a separator."""
    end = _NAME_END.search(text)
    name = text[:end.start()] if end else text
    if name_ok(name.split(), vocab["function"]):
        return name.strip().lstrip("@"), text[len(name):]
    return None


def head_of(block: Block, langs: tuple[str, ...] | None = None, verbs: tuple[str, ...] = ()) -> Head | None:
    """The comment head ``block`` is, or None (``langs``: whose words to read; default: every installed language;
    ``verbs``: verbs of writing read from the document, said.py)."""
    vocab = vocabulary(langs, verbs)
    text = block.text.strip()
    if block.kind == "code" or not text or word_count(text) > MAX_HEAD_WORDS or len(text) > 160:
        return None
    if _LEADING_WORD_DATE.match(text) and is_date(text, vocab):
        return None     # a date line that opens with a weekday ("domingo, 25 de maio de 2014") names nobody
    depth, signal, reply_to = None, "name", None
    if "**" in text or "__" in text:
        text = _EMPHASIS.sub(r"\2", text)
    m = _MARKER.match(text)
    if m:
        signal = "marker"
        if m.group("number"):
            depth = m.group("number").count(".")
        text = text[m.end():]
        if vocab["relative"].match(text.strip(_SEPARATORS)):
            return None     # "• vor 8 Stunden", "• 3 hours ago": a comment's age under its head names nobody
    r = _REPLY_SIGN.match(text) or vocab["reply"].match(text)
    if r:
        rest = text[r.end():].lstrip(" :")
        to = vocab["target"].match(rest) if r.re is not _REPLY_SIGN else None
        if to:
            rest = rest[to.end(1):]
        rest = rest.lstrip(" :@")
        if rest and rest != text:
            # "↳ Ann" / "> Ann": Ann replies; "Reply to Ann:" / "Antwort an Anna:" / "In reply to Ann": a reply
            # to Ann, by someone
            phrase = r.group(0).strip(" :").casefold().split()
            target = r.re is not _REPLY_SIGN and (to is not None or phrase[-1:] and phrase[-1] in vocab["target_words"])
            text, signal, reply_to = rest, "reply", ("@" if target else "")
    tokens = text.split()
    for k in range(1, min(MAX_NAME_WORDS, len(tokens)) + 1):
        name_tokens = [t.rstrip(COLON_MARKS + ",") if i == k - 1 else t for i, t in enumerate(tokens[:k])]
        if not name_ok(name_tokens, vocab["function"]) or k > 1 and tokens[k - 2].endswith(tuple(COLON_MARKS)):
            break     # rule `labelled-name`: "Kuva: Getty Images", "Source: AP" is a field's label and value, no name
        tail = " ".join(tokens[k:])
        author = " ".join(name_tokens).lstrip("@")
        answers = reply_to
        if reply_to == "@":       # the name is whom the comment answers; its author is not given
            author, answers = None, author
        if not tail:
            if tokens[k - 1].endswith(tuple(COLON_MARKS)) and signal == "name":
                return None     # "Name:" alone is a label, not a head
            return Head(author, None, depth, answers, signal)
        if (arrow := _ARROW_TO.match(tail)) and signal == "reply" and answers == "":
            target = _to_whom(tail[arrow.end():], vocab)     # rule `reply-arrow`: "↪ Ann → Bea · 3 h", Ann answers Bea
            if target is not None:
                answers, tail = target
        found = _tail(tail, vocab)
        if found == ("date", None) and tokens[k - 1].endswith(tuple(COLON_MARKS)) and not vocab["ago"].search(tail):
            return None     # rule `label-duration`: "Reading time: 2 minutes", a label and a span, names nobody
        if found:
            kind, iso = found
            joint = tail[:len(tail) - len(tail.lstrip(_SEPARATORS))].strip()
            if signal in ("marker", "reply"):
                return Head(author, iso, depth, answers, signal, joint, kind)
            return Head(author, iso, depth, answers, kind, joint)
    return None
