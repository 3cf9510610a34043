"""A consent or legal notice in a language without a file (`notice-shape`, read by legal.py).

Such a notice is known by the English terms it borrows and by its place: a line of `MAX_NOTICE_WORDS` words
at most holding one of English's ``loanwords`` (cleaners/lang/en.toml) ("Diese Website verwendet Cookies, ...",
"Ta strona korzysta z plików cookies.") that either opens or closes the body (its first or last block,
`EDGE_BLOCKS`) or stands over a button line (`is_button`: "OK", "Accept | Settings", "✓"), which goes
with it. A paragraph naming cookies between two paragraphs of the article (a story about a cookie law) stays.
Only in a language without a file: a language with one reads its own words (legal.py).

In any language, `consent_banners` (``consent-banner``): a line of `MAX_NOTICE_WORDS` words at most naming cookies in the
words of the document's language or of English (its ``legal_phrases``: "We use cookies", "Wir verwenden Cookies", or one of
English's ``loanwords``, which every language borrows) with the banner's buttons: in brackets at its end after a
sentence ("... relevant advertising. [Accept all] [Settings]", two to `MAX_BUTTONS` of `MAX_BUTTON_LABEL_WORDS` words at
most; one bracket is an editor's note, "[Video]"), or
on the line right under it (a button line, or brackets alone), which goes with it. An English banner on a page in
another language is read so, as every rule reads English chrome besides the page's language. A sentence about cookies
with no button stays.

In any language, `glued_notices` (``notice-glued``): a line sharing a paragraph with a copyright or contact line
near the end of a dump whose paragraphs stand apart is the notice's own text ("© 2024 Example Media" over a line
no file words, an editorial notice over "E-mail: press@example.org")."""
from __future__ import annotations

import re

from .. import lang
from ..document import Document
from ..lines import SENTENCE_STOPS, UNSPACED_LETTER, word_count
from ._word_size import statement_words

MAX_NOTICE_WORDS = 60
EDGE_BLOCKS = 1
MAX_BUTTON_WORDS = 2         # of each part of a button line
MAX_BUTTON_PARTS = 3
_BUTTON_PARTS = re.compile(r"\s*[|\u00b7\u2022/]\s*")
_GLYPHS = re.compile(r"^[\u2713\u2714\u2715\u2716\u2717\u00d7\u2610\u2611\u2612\u25a1\u25a0\s]{1,6}$")   # ✓ ✔ ✕ × ☐ ☑


def is_button(text: str) -> bool:
    """A line of buttons: two or three parts of `MAX_BUTTON_WORDS` words parted by bars or dots, no sentence
    ("Accept | Settings", "Prihvati · Postavke"), one word alone ("OK", "Prihvaćam"; two words are a subheading's),
    or a tick or a cross alone ("✓")."""
    text = text.strip()
    if _GLYPHS.match(text):
        return True
    parts = _BUTTON_PARTS.split(text)
    most = MAX_BUTTON_WORDS if len(parts) > 1 else 1
    return len(parts) <= MAX_BUTTON_PARTS and not text.endswith(SENTENCE_STOPS) and \
        all(part and not any(c.isdigit() for c in part) and word_count(part) <= most for part in parts)


MAX_BUTTONS = 3
MAX_BUTTON_LABEL_WORDS = 3
_BRACKETS = re.compile(r"(?:\s*\[[^\[\]\d\n]{1,30}\]){2,%d}\s*$" % MAX_BUTTONS)     # (one: a note, "[Video]")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_STOPS = SENTENCE_STOPS + ("\u3002", "\uff01")


def _bracket_buttons(text: str) -> bool:
    """Each bracket a button's label: `MAX_BUTTON_LABEL_WORDS` words at most, two Han or kana letters a word."""
    return all(0 < (-(-word_count(b) // 2) if UNSPACED_LETTER.search(b) else word_count(b)) <= MAX_BUTTON_LABEL_WORDS
               for b in _BRACKET.findall(text))


def consent_banners(doc: Document) -> list[tuple[int, str]]:
    """``(index, rule)`` of the consent banners of ``doc`` and the button lines under them (module docstring)."""
    langs = lang.document_languages(doc)
    phrases, loans = lang.pattern("legal_phrases", langs), lang.pattern("loanwords", (lang.FALLBACK,))
    blocks, out = doc.blocks, []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if block.kind == "code" or statement_words(text) > MAX_NOTICE_WORDS \
                or not (phrases.search(text) or loans.search(text)):
            continue
        m = _BRACKETS.search(text)
        if m and m.start() > 0 and text[:m.start()].rstrip().endswith(_STOPS) and _bracket_buttons(m.group()):
            out.append((i, "consent-banner"))
            continue
        if i + 1 < len(blocks) and blocks[i + 1].gap == 0 and text.endswith(_STOPS) and \
                (is_button(under := blocks[i + 1].text.strip()) or _BRACKETS.fullmatch(under) and _bracket_buttons(under)):
            out += [(i, "consent-banner"), (i + 1, "notice-button")]
    return out


def notices(doc: Document) -> list[tuple[int, str]]:
    """``(index, rule)`` of the notice lines of ``doc`` and the button lines under them."""
    langs = lang.document_languages(doc)
    if not lang.without_file(langs):
        return []
    phrases, blocks, out = lang.pattern("loanwords", (lang.FALLBACK,)), doc.blocks, []
    for i, block in enumerate(blocks):
        if block.kind == "code" or word_count(block.text) > MAX_NOTICE_WORDS \
                or not phrases.search(block.text):
            continue
        button = i + 1 < len(blocks) and is_button(blocks[i + 1].text)
        if button or i < EDGE_BLOCKS or i >= len(blocks) - EDGE_BLOCKS:
            out.append((i, "notice-shape"))
            if button:
                out.append((i + 1, "notice-button"))
    return out


# the marks of a legal notice a rule of legal.py reads in any language: a copyright sign, a contact's address
MARKS = frozenset({"copyright", "contact-line", "media-inquiry"})
TAIL_BLOCKS = 8          # blocks at the end of the body a notice's paragraph stands in
MIN_SPACED = 0.6         # of the blocks set apart by a blank line: a dump whose paragraphs stand apart


def _touching(before, block) -> bool:
    """``block`` follows ``before`` with no blank line and no cut block between them."""
    return block.gap == 0 and (before.origin < 0 or block.origin < 0 or 0 <= block.origin - before.origin <= 1)


MIN_ARTICLE_WORDS = 15   # of the lines over a notice that are the article's last paragraph
_TRAILING_MARKS = re.compile(r"[\s*\-\u2013\u2014_~=#\u2022\u00b7>|]+$")   # "*** ", " —", " >>" after the stop


def _article_end(lines) -> bool:
    """The touching ``lines`` over a copyright or contact line are the article's last paragraph, the notice glued
    after its last sentence (a wrapped dump breaks the glued line where it will): `MIN_ARTICLE_WORDS` words or
    more (`statement_words`) closed by a sentence's stop, maybe a separator's marks after it ("... է։ ***"). A
    notice's own lines over a contact line are fewer words ("Ndalohet riprodhimi ... pa lejen me shkrim.")."""
    text = " ".join(b.text for b in lines)
    return _TRAILING_MARKS.sub("", text).endswith(SENTENCE_STOPS) and statement_words(text) >= MIN_ARTICLE_WORDS


def glued_notices(blocks, drops: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``(index, "notice-glued")`` of the lines sharing a paragraph (no blank line between) with a copyright or
    contact line among the last `TAIL_BLOCKS` blocks, `MAX_NOTICE_WORDS` words at most each: the notice's own
    text, in whatever language ("© 2024 Example Media" / "Kein Teil darf ohne Zustimmung ..."). Only in a dump
    whose paragraphs stand apart (`MIN_SPACED`): where every line touches the next, the article's last paragraph
    touches the copyright line too. Two blocks touch only when nothing stood between them as the document was
    built (`_touching`): a separator line cut by an earlier cleaner ("* * *", "---") may have had the blank line
    before it, and the paragraph over it is the article's."""
    n, taken = len(blocks), {i for i, _ in drops}
    marks = [i for i, rule in drops if rule in MARKS and i >= n - TAIL_BLOCKS]
    if not marks or n < 3 or sum(b.gap > 0 for b in blocks[1:]) < MIN_SPACED * (n - 1):
        return []
    out = set()
    for m in marks:
        lo, hi = m, m
        while lo > max(0, n - TAIL_BLOCKS) and _touching(blocks[lo - 1], blocks[lo]):
            lo -= 1
        if lo < m and _article_end(blocks[lo:m]):
            lo = m       # the article's last paragraph, the notice glued after its sentence
        while hi + 1 < n and _touching(blocks[hi], blocks[hi + 1]):
            hi += 1
        out |= {k for k in range(lo, hi + 1) if k not in taken and blocks[k].kind not in ("code", "table")
                and 0 < word_count(blocks[k].text) <= MAX_NOTICE_WORDS}
    return [(k, "notice-glued") for k in sorted(out)]
