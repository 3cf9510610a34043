"""Linear-time regular expressions: RE2 (google-re2) with Unicode-aware shorthand classes.

Python's ``re`` backtracks: a pattern with nested or adjacent quantifiers can take
exponential or quadratic time on a hostile line (issue 16: 18 s for 24 prices). RE2
never backtracks, so every match is linear in the input. RE2 has no lookaround and no
backreferences, and its ``\\w``, ``\\d``, ``\\s`` and ``\\b`` are ASCII-only; `compile`
rewrites the classes to their Unicode forms (``\\w`` -> letters, digits, marks and ``_``)
and refuses ``\\b``, which cannot be made Unicode-aware without lookaround. Patterns that
need lookaround stay on ``re`` and are written so they cannot backtrack (one quantifier
per character class, no overlapping alternatives).
"""
from __future__ import annotations

import re

import re2

WORD_CLASS = r"\pL\pN\pM_"
SPACE_CLASS = r"\t\n\v\f\r \x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}"
_SHORTHAND = {"w": WORD_CLASS, "d": r"\p{Nd}", "s": SPACE_CLASS}
_NEGATED = {"W": "w", "D": "d", "S": "s"}
_TOKEN = re.compile(r"(\\.|\[\^?\]?|\])", re.S)    # an escape, a class's opening, a class's end
_OUTSIDE = {f"\\{c}": f"[{cls}]" for c, cls in _SHORTHAND.items()} | \
    {f"\\{c}": f"[^{_SHORTHAND[short]}]" for c, short in _NEGATED.items()}
_INSIDE = {f"\\{c}": cls for c, cls in _SHORTHAND.items()}


def translate(pattern: str) -> str:
    """``pattern`` with ``\\w \\d \\s \\W \\D \\S`` made Unicode-aware, inside and outside classes.

    The pattern is split at its tokens once (in C) and only the tokens are looked at, by dict
    lookups (``re.sub`` calling a Python function per token took 0.16 s over the 681 patterns,
    1.75 M characters, of benchmarks/cold_start.py; this 0.09 s)."""
    parts = _TOKEN.split(pattern)      # text, token, text, token, ..., text
    in_class = False
    for i in range(1, len(parts), 2):
        tok = parts[i]
        if tok[0] == "\\":
            if tok[1] in "bB":
                raise ValueError(f"\\{tok[1]} is ASCII-only in RE2; spell the boundary out: {pattern!r}")
            if not in_class:
                parts[i] = _OUTSIDE.get(tok, tok)
            elif tok in _INSIDE:
                parts[i] = _INSIDE[tok]
            elif tok[1] in _NEGATED:
                raise ValueError(f"negated class \\{tok[1]} inside [...] is not supported: {pattern!r}")
        elif tok == "]":
            in_class = False
        elif in_class:                  # a literal "[" in a class ("^" is literal there, "]" ends the class)
            in_class = not tok.endswith("]")
        else:
            in_class = True
            if tok.endswith("]"):       # a literal ] first in a class
                parts[i] = tok[:-1] + r"\]"
    return "".join(parts)


class Pattern:
    """A compiled RE2 pattern with the interface of ``re`` (``search``, ``match``,
    ``fullmatch``, ``finditer``, ``sub``, ``groupindex``...).

    ``search``/``match``/``fullmatch`` on a whole text hand RE2 the text's UTF-8 bytes
    (the ``re2`` module's path for bytes: no offsets to convert when there is no match,
    the common case for a cleaner's rule on a line) and convert the offsets of a match
    to characters only when there is one. They and `first` call RE2's matcher as `all_spans` does, without the
    ``re2`` module's Python layer (a generator and a match object a call: a third of the time of a search that
    finds nothing, and the screens and rules make some 450,000 searches over the 966 Dragnet pages)."""

    __slots__ = ("_wrapped", "_groups", "_names", "_spans")

    def __init__(self, wrapped):
        self._wrapped = wrapped
        self._groups = range(wrapped.groups + 1)
        self._names = None
        self._spans = wrapped._regexp.Match     # (`all_spans`: RE2's spans of every group, (-1, -1) for none)

    def search(self, text, pos=None, endpos=None):
        if pos is not None or endpos is not None:
            return self._wrapped.search(text, pos, endpos)
        data = text.encode("utf-8", "surrogatepass") if text.__class__ is str else text
        spans = self._spans(_UNANCHORED, data, 0, len(data))
        return None if spans[0][0] < 0 else Match(self, text, spans, data)

    def match(self, text, pos=None, endpos=None):
        if pos is not None or endpos is not None:
            return self._wrapped.match(text, pos, endpos)
        data = text.encode("utf-8", "surrogatepass") if text.__class__ is str else text
        spans = self._spans(_ANCHOR_START, data, 0, len(data))
        return None if spans[0][0] < 0 else Match(self, text, spans, data)

    def fullmatch(self, text, pos=None, endpos=None):
        if pos is not None or endpos is not None:
            return self._wrapped.fullmatch(text, pos, endpos)
        data = text.encode("utf-8", "surrogatepass") if text.__class__ is str else text
        spans = self._spans(_ANCHOR_BOTH, data, 0, len(data))
        return None if spans[0][0] < 0 else Match(self, text, spans, data)

    def first(self, data: bytes, pos: int, end: int) -> int:
        """The byte offset where the first match in ``data[pos:end]`` begins (-1: none)."""
        size = len(data)
        pos, end = max(0, min(pos, size)), max(0, min(end, size))
        return -1 if pos > end else self._spans(_UNANCHORED, data, pos, end)[0][0]

    @property
    def groupindex(self) -> dict[str, int]:
        if self._names is None:
            self._names = dict(sorted(self._wrapped.groupindex.items(), key=lambda item: item[1]))
        return self._names

    def scan(self, text: str):
        """The matches of ``text`` left to right, as ``finditer`` finds them, each a dict of its
        named groups: name -> ``(start, end, text)`` in characters, or None when the group
        took no part; ``""`` is the whole match. A light ``finditer`` (no match objects)."""
        data = text.encode("utf-8", "surrogatepass")
        names = self.groupindex.items()
        ascii_text, pos, end = len(data) == len(text), 0, len(data)
        while pos <= end:
            spans = all_spans(self._wrapped, data, pos, end)
            start, stop = spans[0]
            if start < 0:
                return
            found = {"": _piece(data, start, stop, ascii_text)}
            for name, index in names:
                a, b = spans[index]
                found[name] = None if a < 0 else _piece(data, a, b, ascii_text)
            yield found
            if stop > start:
                pos = stop
            else:       # an empty match: step over one character
                pos = start + 1
                while pos < end and data[pos] & 0xC0 == 0x80:
                    pos += 1

    def __getattr__(self, name):
        return getattr(self._wrapped, name)

    def __repr__(self) -> str:
        return f"linear_re.Pattern({self._wrapped.pattern!r})"


class Match:
    """A match of `Pattern.search`/``match``/``fullmatch`` (the part of ``re.Match`` the
    engine uses: ``group``, ``groups``, ``groupdict``, ``start``, ``end``, ``span``), made
    from RE2's byte spans of every group (``found``) when first asked for (many callers only test whether there is a
    match)."""

    __slots__ = ("re", "string", "_found", "_data", "_converted")

    def __init__(self, pattern: Pattern, text, found: list[tuple[int, int]], data: bytes):
        self.re = pattern
        self.string = text
        self._found, self._data, self._converted = found, data, None

    @property
    def _spans(self) -> list[tuple[int, int]]:
        if self._converted is not None:
            return self._converted
        text, data = self.string, self._data
        spans = self._found
        if text.__class__ is str and len(data) != len(text):    # byte offsets -> character offsets
            offsets = sorted({o for span in spans for o in span if o >= 0})
            chars, last, count = {}, 0, 0
            for offset in offsets:
                count += len(data[last:offset].decode("utf-8", "surrogatepass"))
                chars[offset], last = count, offset
            spans = [(-1, -1) if a < 0 else (chars[a], chars[b]) for a, b in spans]
        self._converted = spans
        return spans

    def _index(self, group) -> int:
        if group.__class__ is not int:
            index = self.re.groupindex.get(group)
            if index is None:
                raise IndexError(f"no such group: {group!r}")
            return index
        if not 0 <= group < len(self._spans):
            raise IndexError(f"no such group: {group!r}")
        return group

    def _get(self, group, default=None):
        a, b = self._spans[self._index(group)]
        return default if a < 0 else self.string[a:b]

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0) -> int:
        return self._spans[self._index(group)][0]

    def end(self, group=0) -> int:
        return self._spans[self._index(group)][1]

    def span(self, group=0) -> tuple[int, int]:
        return tuple(self._spans[self._index(group)])

    def __repr__(self) -> str:
        return f"<linear_re.Match span={self.span()} match={self.group()!r}>"


# (private to google-re2: read in `all_spans` and `Pattern`'s searches only)
_UNANCHORED, _ANCHOR_START, _ANCHOR_BOTH = re2._Anchor.UNANCHORED, re2._Anchor.ANCHOR_START, re2._Anchor.ANCHOR_BOTH


def all_spans(compiled, data: bytes, pos: int, end: int) -> list[tuple[int, int]]:
    """The byte spans of every group of the first match of ``compiled`` (an ``re2`` pattern) in ``data[pos:end]``
    (``(-1, -1)``: the group took no part; the first span ``(-1, -1)``: no match), in one call to RE2.

    The project's one use of google-re2's private internals (``_Anchor``, ``_regexp.Match``; its version bound in
    pyproject.toml, ``tests/test_linear_re_internals.py`` fails when they change): the public match object gives
    one span a call, some 0.5 us each with its checks, and a date pattern has 12 to 14 groups (`scan`, `find_date`:
    the public spans took a third more time over dates)."""
    return compiled._regexp.Match(_UNANCHORED, data, pos, end)


def _piece(data: bytes, start: int, stop: int, ascii_text: bool) -> tuple[int, int, str]:
    if ascii_text:
        return start, stop, data[start:stop].decode("ascii")
    first = len(data[:start].decode("utf-8", "surrogatepass"))
    piece = data[start:stop].decode("utf-8", "surrogatepass")
    return first, first + len(piece), piece


# RE2's memory budget of a pattern (its program and its DFA's state cache, which fills only as far as a text leads it):
# the word lists of every language in one screen (a document whose language has no file) need more than the default;
# under its budget RE2 leaves the DFA for its NFA, a hundred times slower, and says so on stderr at every search
MAX_MEM, MAX_MEM_LARGE, LARGE_PATTERN = 32 << 20, 256 << 20, 20_000


def compile(pattern: str, ignore_case: bool = False) -> Pattern:   # noqa: A001 - mirrors re.compile
    """A compiled linear-time pattern (``search``/``match``/``fullmatch``/``finditer``/``sub`` as in ``re``)."""
    translated = translate(pattern)
    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.max_mem = MAX_MEM_LARGE if len(translated) > LARGE_PATTERN else MAX_MEM
    return Pattern(re2.compile(translated, options))


_RE_ONLY_SPACES = re.compile(r"[\x1c-\x1f]")     # spaces to ``re`` (``str.isspace``), not to RE2's ``\s``


def hint(alternation: str) -> Pattern | None:
    """A quick test before a slow ``re`` pattern of ``re.I`` that holds ``alternation`` (`lang.alternation`'s phrases):
    the phrases alone, case-insensitive, in RE2 (`may_find`). On an ASCII text RE2 folds case as ``re`` does but for a
    dotless or a dotted capital "i" (``re`` takes either for "i"): with one in ``alternation``, None (no test)."""
    if "\u0131" in alternation or "\u0130" in alternation.replace("[i\u0130]", ""):
        return None
    return compile(alternation, ignore_case=True)


def may_find(quick: Pattern | None, text: str) -> bool:
    """Whether ``text`` may hold a phrase of `hint` ``quick``: False only when RE2 finds none in an ASCII text without
    the spaces ``re`` knows and RE2 does not (there the two engines agree); a text of other characters is not tested."""
    return quick is None or not text.isascii() or _RE_ONLY_SPACES.search(text) is not None \
        or quick.search(text) is not None
