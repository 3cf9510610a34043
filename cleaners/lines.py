"""Shape tests on lines of text shared by the cleaners (length, prose, headline, keys)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# scripts written without spaces between words: Han and kana (`HAN_KANA`), whose each character counts as a word (a
# Chinese word is one to three of them), so that a paragraph of them is no one-word line; and the scripts of Southeast
# Asia (`SYLLABIC`: Thai, Lao, Myanmar, Khmer), which write a word in four characters or so with its vowel and tone
# marks and part phrases and names with spaces: `word_count` counts a run of theirs as one word per
# `SYLLABIC_WORD_CHARS` (three: a little over, as one word per Han character is, so that a paragraph stays over the
# length gates of a heading and a short Thai line is no forty-word paragraph either)
HAN_KANA = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
SYLLABIC = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
UNSPACED = HAN_KANA + SYLLABIC
UNSPACED_LETTER = re.compile(rf"[{UNSPACED}]")
SYLLABIC_WORD_CHARS = 3
_SYLLABIC_RUN = re.compile(rf"[{SYLLABIC}]+")
SYLLABIC_LETTER = re.compile(rf"[{SYLLABIC}]")
_UNSTOPPED_END = re.compile(r"[\u0e01-\u0e4e\u0e81-\u0ece]\s*$")    # a Thai or Lao letter ends the text
MAX_HEADLINE_WORDS = 30


def _runs(blocks: tuple[tuple[int, int], ...], categories: tuple[str, ...]) -> list[list[int]]:
    """The code points of ``blocks`` (first, last) in the Unicode ``categories``, as runs [first, last]."""
    runs: list[list[int]] = []
    for first, last in blocks:
        for c in range(first, last + 1):
            if unicodedata.category(chr(c)) not in categories:
                continue
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    return runs


def _mark_ranges() -> str:
    """The combining marks (categories Mn, Mc, Me) of the blocks of scripts written with them, as a class's ranges:
    the vowel signs of Devanagari ("करें"), the harakat of Arabic ("أيضاً"), Hebrew points. Python's ``\\w`` leaves them
    out, so a word holding one was counted as several."""
    runs = _runs(((0x300, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)), ("Mn", "Mc", "Me"))
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in runs)


# the blocks of the cased scripts the cleaners read: Latin (Basic to Extended-B, and Extended Additional: Vietnamese),
# Greek (and Greek Extended), Cyrillic (and its Supplement: Komi, Abkhaz) and Armenian. A cased script is one more
# block here; Georgian is left out: Python reads its letters (Mkhedruli) as lower case, though nobody prints capitals
CASED_BLOCKS = ((0x41, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x531, 0x58F), (0x1E00, 0x1EFF), (0x1F00, 0x1FFF))


def _letter_class(categories: tuple[str, ...]) -> str:
    """The letters of `CASED_BLOCKS` in ``categories``, as the body of a character class: the letters themselves
    (none is special in a class), so that Python's ``re`` and RE2 (`linear_re`) both read it."""
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in _runs(CASED_BLOCKS, categories))


CAPITAL = _letter_class(("Lu", "Lt"))    # a capital of a cased script, a class body: rf"[{CAPITAL}]" ("Ł", "Ж", "Ω", "Ա")
LOWER = _letter_class(("Ll",))           # a lower-case letter of a cased script, a class body ("ł", "ж", "ω", "ա")


# and the joiners inside a word (the Persian half-space of "می‌توانید"), and the Armenian stress, exclamation and question
# marks, written over a word's vowel ("ունե՞ք", "ա՜խ", "դու՛"): punctuation to Unicode, inside a word to its readers
MARKS = _mark_ranges() + "\u200c\u200d\u055b\u055c\u055e"
# a word: letters and digits with the marks inside or after them (the classes are disjoint: no backtracking)
WORD = re.compile(rf"[{UNSPACED}]|[^\W{UNSPACED}]+(?:[{MARKS}]+[^\W{UNSPACED}]*)*")
# the separator of a row of fields or buttons: a middle dot, a bullet or a bar with spaces around ("IBAN: … · PayPal: …")
FIELD_BREAK = re.compile(r"(?<!\s)\s+[\u00b7\u2022|]\s+")   # (from a run's first space: linear in long runs)
# a word of letters (an unspaced script's letter alone), its vowel signs and viramas inside it
LETTER_WORD = re.compile(rf"[{UNSPACED}]|[^\W\d_{UNSPACED}]+(?:[{MARKS}]+[^\W\d_{UNSPACED}]*)*")
# a sentence's full stop at a line's end: the Latin one, the danda of Devanagari and Bengali ("।"), Urdu's full stop
# ("۔", U+06D4), the Armenian one ("։", U+0589), the Ethiopic ("።"), Myanmar ("။") and Khmer ("។") ones, and the
# ideographic full stop of Chinese and Japanese ("。", its full-width and half-width forms "．" "｡"); with "!", "?",
# the Arabic-script question mark ("؟"), the full-width "！" and "？" of CJK text and the Ethiopic question mark ("፧")
FULL_STOPS = (".", "\u0964", "\u06d4", "\u0589", "\u1362", "\u104b", "\u17d4", "\u3002", "\uff0e", "\uff61")
SENTENCE_STOPS = FULL_STOPS + ("!", "?", "\u061f", "\uff01", "\uff1f", "\u1367")


QUESTION_MARKS = "?\u061f\uff1f\u1367"     # the Latin question mark, the Arabic script's ("؟"), CJK's "？", Ethiopic's


def stop_chars(extras: str = "", stops: tuple[str, ...] = FULL_STOPS) -> str:
    """The characters of ``stops`` (every script's full stop, by default) and then of ``extras``, each once: what a
    cleaner strips off a line's end (``text.rstrip(stop_chars("!"))``). A "?" in ``extras`` brings every script's
    question mark (`QUESTION_MARKS`): a class that ends a sentence at "?" ends it at "؟" and "？" too; a "!" the
    full-width "！" of CJK text."""
    if "?" in extras:
        extras += QUESTION_MARKS
    if "!" in extras:
        extras += "\uff01"
    return "".join(dict.fromkeys("".join(stops) + extras))


def stop_class(extras: str = "", stops: tuple[str, ...] = FULL_STOPS) -> str:
    """`stop_chars` escaped as the body of a regex character class (no brackets): ``rf"[{stop_class('!?')}]"``. The
    cleaners build their sentence-end classes with it, so a script's full stop added to `FULL_STOPS` or
    `SENTENCE_STOPS` reaches every one of them."""
    return "".join(re.escape(c) for c in stop_chars(extras, stops))


# a real word: two unspaced characters, or a letter and letters or marks after it ("కొత్త": its vowel signs and
# viramas are marks, no \w, and parted it into one-letter pieces)
_LETTER_WORD = re.compile(rf"[{UNSPACED}]{{2}}|[^\W\d_{UNSPACED}](?:[{MARKS}]|[^\W\d_{UNSPACED}])+")
# sentence ends: the `SENTENCE_STOPS` (Latin, Devanagari "।", Arabic script "؟" "۔", Armenian "։"), Latin ones inside a
# closing quote or bracket, the full stops and marks of CJK ("。", "！", "？", also inside a closing quote or bracket),
# Ethiopic ("።"), Myanmar ("။") and Khmer ("។")
_CJK_ENDS = ("\u3002", "\uff01", "\uff1f")
TERMINAL = (*SENTENCE_STOPS, "\u2026", ".\"", ".\u201d", "!\u201d", "?\u201d", ".'", ".\u2019", ".)",
            *(end + close for end in _CJK_ENDS for close in ("\u201d", "\u300d", "\u300f", "\uff09")))
# a label's colon: ASCII, the full-width one of Chinese and Japanese text ("来源：新华社") or the Armenian "՝" (U+055D),
# glued to a label as a colon is ("Լուսանկարը՝ Անի Պետրոսյան"); the marks (`COLON_MARKS`) and a regex class of them
COLON_MARKS = ":\uff1a\u055d"
COLON = f"[{COLON_MARKS}]"
_QUOTE_OPEN = ("\"", "\u201c", "\u201e", "\u00ab", "'")
# the letters of the spaced scripts without capitals whose names the rules read (a regex class): Hebrew, Arabic script
# (Arabic, Persian, Urdu), the Brahmic scripts of South Asia (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam, Sinhala: their consonants and independent vowels), Ethiopic (Amharic), Hangul, and Georgian
# (Mkhedruli), which Python reads as lower case since Unicode 11 gave it capitals (Mtavruli) that no text writes to
# open a name: Unicode's title case of "ა" is "ა" (`opens_name`)
UNCASED = ("\u05d0-\u05ea\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u0904-\u0939\u0958-\u0961\u0985-\u09b9\u09dc-\u09df"
           "\u0a05-\u0a39\u0a59-\u0a5e\u0a85-\u0ab9\u0b05-\u0b39\u0b5c-\u0b5f\u0b85-\u0bb9\u0c05-\u0c39\u0c85-\u0cb9"
           "\u0d05-\u0d3a\u0d85-\u0dc6\u1200-\u135a\uac00-\ud7a3\u10d0-\u10fa\u10fd-\u10ff")


def words(text: str) -> list[str]:
    return WORD.findall(text)


# an ASCII byte of a word (`WORD`: ``\w``, which is ``[A-Za-z0-9_]`` in ASCII) -> "a", any other byte -> " "
_ASCII_WORDS = bytes(97 if c < 128 and (chr(c).isalnum() or c == 95) else 32 for c in range(256))


@lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """Number of ``WORD`` matches. Cached for the last few thousand texts: the text cleaners count the words of the
    same blocks and sentences one after the other, some of them cleaners apart (512 texts missed 40,700 times over a
    thousand news pages, 4096 34,900; small enough that a page seen again much later in a corpus is counted again).
    A run of a `SYLLABIC` script counts as one word per `SYLLABIC_WORD_CHARS` of its characters (rounded up), not
    one per character. A text of ASCII and the punctuation of U+2000-U+203F (curly quotes, dashes, "…"; not the
    joiners U+200C and U+200D, marks in a word) has for words its runs of ASCII letters, digits and ``_`` (no mark
    or unspaced letter is ASCII), counted in bytes (`_ASCII_WORDS`: 4x faster over the paragraphs of a thousand news
    pages)."""
    if text.isascii():
        return len(text.encode("ascii").translate(_ASCII_WORDS).split())
    data = _countable_bytes(text)
    if data is not None:
        return len(data.translate(_ASCII_WORDS).split())
    n = len(WORD.findall(text))
    if not SYLLABIC_LETTER.search(text):
        return n
    for run in _SYLLABIC_RUN.findall(text):
        n -= len(run) - _syllabic_words(run)
    return n


def _countable_bytes(text: str) -> bytes | None:
    """``text`` in UTF-8 when its words are its runs of ASCII word bytes (`word_count`): ASCII and the punctuation
    of U+2000-U+203F but the joiners U+200C/U+200D (any other character adds bytes of its own); else None."""
    data = text.encode("utf-8", "surrogatepass")
    if len(data) - len(text) == 2 * data.count(b"\xe2\x80") and \
            b"\xe2\x80\x8c" not in data and b"\xe2\x80\x8d" not in data:
        return data
    return None


def suffix_bound(text: str, most: int) -> int:
    """A position before which every suffix of ``text`` holds more than ``most`` words (`word_count`): the end
    of its ``most + 1``-th word from the end, found in bytes when `word_count` counts so; 0 when it is not or
    there are fewer."""
    data = _countable_bytes(text)
    if data is None:
        return 0
    parts = data.translate(_ASCII_WORDS).rsplit(None, most)
    return len(data[:len(parts[0])].decode("utf-8")) if len(parts) > most else 0


def _syllabic_words(run: str) -> int:
    """The words of a run of a `SYLLABIC` script: one per `SYLLABIC_WORD_CHARS` of its characters, rounded up."""
    return -(-len(run) // SYLLABIC_WORD_CHARS)


def ends_syllabic(text: str) -> bool:
    """``text``, spaces aside, ends with a letter of a `SYLLABIC` script: Thai and its neighbours print no full stop, so
    a sentence of theirs may end so (a glued reading time or share row after it is a tail of its own)."""
    return SYLLABIC_LETTER.match(text.rstrip()[-1:]) is not None


def longest_syllabic_word(text: str) -> int:
    """The words (`word_count`) of the longest run of a `SYLLABIC` script between spaces in ``text``; 0 without one.
    A Thai name is spaced words of four counted words at most ("วงศ์สวัสดิ์" is 4), a Thai sentence one long run."""
    return max(map(_syllabic_words, _SYLLABIC_RUN.findall(text)), default=0)


def squeezed(text: str) -> str:
    """``text`` without any whitespace: how texts are compared across extractions and the page,
    which space inline elements differently ("<a>Bo Xilai</a>'s wife")."""
    return "".join(text.split())


def spaced_word_count(text: str) -> int:
    """Words as spaces part them (``len(text.split())``), a text holding an unspaced script
    counted by `word_count` instead (a Chinese headline is no one-word line)."""
    if text.isascii() or not UNSPACED_LETTER.search(text):
        return len(text.split())
    return word_count(text)


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def ends_unstopped(text: str) -> bool:
    """Whether a Thai or Lao letter ends ``text``: those scripts print no full stop at a sentence's end."""
    return _UNSTOPPED_END.search(text) is not None


def is_prose(text: str) -> bool:
    """A running-text paragraph: a long sentence or several; in Thai or Lao, which print no full stop, a line longer
    than a headline that ends in their letters."""
    n = word_count(text)
    return n >= 40 or (n >= 12 and ends_sentence(text)) or (n > MAX_HEADLINE_WORDS and ends_unstopped(text))


# "... döntenek. (MTI)", "... گئی ہے۔ (اے پی پی) ^agxxzc": an agency's tag, a note's block id after the stop
_CLOSING_TAG = re.compile(r"(?:\s*\([^()\n]{1,16}\)|\s+\^[\w-]{1,12})+\s*$")


def is_headline_like(text: str) -> bool:
    """A short line with no closing full stop (before a closing tag in brackets, "(dpa)", or a block id, "^a1b2c3")
    and at least two real words."""
    if len(text) > 250 or _CLOSING_TAG.sub("", text).rstrip().endswith(FULL_STOPS) or is_prose(text):
        return False
    return len(_LETTER_WORD.findall(text)) >= 2 and word_count(text) <= MAX_HEADLINE_WORDS


def opens_name(text: str) -> bool:
    """Whether ``text`` opens with a letter that may open a name or a heading: a capital ("Anna", "Άννα"), or a letter
    of a script without capitals ("אנה", "آنا", "अन्ना", "安娜", "ანა": Unicode titlecases a Georgian letter to itself);
    not a lower-case letter of a cased script ("anna", "анна", "ß", "ĸ")."""
    c = text[:1]
    return c.isalpha() and (not c.islower() or c.title() == c != c.upper())


def opens_lower(text: str) -> bool:
    """Whether ``text`` opens with a lower-case letter of a cased script ("and ...", "и ..."): a sentence going on, not
    a name or a heading (a Georgian letter is none: `opens_name`)."""
    return text[:1].islower() and not opens_name(text)


def opens_uncased(text: str) -> bool:
    """Whether ``text`` opens with a letter of a script without capitals ("אנה", "آنا", "ანა"; `opens_name`)."""
    c = text[:1]
    return opens_name(c) and not c.isupper() and not c.istitle()


def is_quoted(text: str) -> bool:
    return text.lstrip().startswith(_QUOTE_OPEN)


def fold_case(text: str) -> str:
    """``text`` NFKC-normalised and case-folded, the Turkish i's made one letter: "İ" folds to "i" plus a
    dot and "ı" stays, while "I" folds to "i", so "YILIN İLK" and "yılın ilk" fold apart without it."""
    return unicodedata.normalize("NFKC", text).casefold().replace("i\u0307", "i").replace("\u0131", "i")


def key(text: str) -> str:
    """Comparison key: NFKC, case-folded (`fold_case`), whitespace collapsed, end punctuation off."""
    text = fold_case(text)
    return " ".join(text.split()).strip(" .,:;|-–—")


# the full stops of scripts whose sentences follow one another with no space (Chinese and Japanese, Ethiopic,
# Myanmar, Khmer), and the closing marks that may stand after them
_UNSPACED_STOPS = (*_CJK_ENDS, "\u1362", "\u104b", "\u17d4")
_CLOSERS = "\u201d\u300d\u300f\uff09"


def self_concatenation(text: str) -> str | None:
    """``"X Y ZX Y Z"`` or ``"X Y Z X Y Z"`` -> ``"X Y Z"`` (three words; two when glued at a capital:
    ``"X YX Y"``); else None (also for a repeated sentence ``"X. X."``, or ``"X。X。"`` in a script that puts no
    space after its full stop)."""
    t = text.strip()
    n = len(t)
    if n < 16:
        return None
    for sep in ("", " "):
        half, rest = divmod(n - len(sep), 2)
        if rest == 0 and t[:half] == t[half + len(sep):] and t[half:half + len(sep)] == sep:
            if ends_sentence(t[:half]) and (sep or t[:half].rstrip(_CLOSERS).endswith(_UNSPACED_STOPS)):
                return None  # "X. X.", "X。X。": a sentence said twice on purpose, not a doubled caption
            # two words suffice when the copies are glued at a capital ("Что дальшеЧто дальше", "Co dalej?Co dalej?")
            glued = not sep and t[half].isupper() and not t[half - 1].isupper() and not t[half - 1].isspace()
            return t[:half].strip() if word_count(t[:half]) >= (2 if glued else 3) else None
    return None
