"""Agency credit lines of a news story: the wire services it was written from, into metadata.credits.

Rule ``agency-credit``. German, French, Italian and other news stories close (or open) with a
line that credits the agencies and the editor who wrote them up; it is no article text. A
block is such a line when it is only

* agency names (`_wire.AGENCIES`) and editors' initials (two to four letters) parted by slashes,
  commas or the language's "and", in brackets or not, one agency at least: "(dpa/AFP/red)",
  "dpa/jsc", "(AFP, Reuters)", "(ANSA)";
* or such a credit after one word and a colon, in any language, a name and a slash or bar before it
  at most: "Foto: dpa", "(Quelle: ANP/TASS)", "Zdroj: ČTK", "Bild: Rui Almeida/dpa", unless the
  line above may be a picture's caption (`MAX_CAPTION_WORDS`), which the captions cleaner reads
  with its credit;
* or a credit phrase of the document's language (cleaners/lang ``agency_credit``: "mit Material
  von", "avec", "con información de", "fonte", "источник") and at most `MAX_REST_WORDS` words
  after it, one of them an agency: "mit Material von Reuters", "Mit Material der
  Nachrichtenagenturen dpa und AFP", "(Avec AFP)", "Quelle: dpa".
* or such a phrase of two words or more alone, that names the agencies itself: "(Com agências)", "Con agencias".

``desk-credit``: a line that is only a source (`MAX_SOURCE_WORDS` words at most, opening with a capital or a letter of a
script without case, no digit, no stop) and, after a dash or bar, one of the language's news desks (cleaners/lang
``desk``: "News", "Новости", "Thời sự", "ニュース"), whole: "Прибрежные вести — Новости", "Báo Bờ Biển - Tin tức",
"海辺新聞 — ニュース". A byline ("Por Tom Baker – Redacción") is left to dateline. "Москва — столица", "Итоги — новости дня" and a sentence with a dash stay.

``contributed-credit``: a line of `MAX_CONTRIBUTED_WORDS` words at most saying who contributed to the report
(cleaners/lang ``contributed``: "contributed to this report", "hat zu diesem Bericht beigetragen"), maybe from where,
nothing after: agencies ("The Associated Press contributed to this report."), or person names after a role of
`MAX_ROLE_WORDS` words at most ("Staff writer Ann Lee contributed reporting from Lisbon."). A sentence that goes on, or
whose subject is no agency or name ("The survey contributed to this report's findings"), stays. Glued to the end of
one of the last `TAIL_BLOCKS` paragraphs after an article sentence, it is cut alone (``contributed-tail``).

``agency-tail``: a national agency's short tag glued to a paragraph's end after its last sentence ("... v pondělí.
/ČTK/", "... ranar Litinin. (NAN)") is cut off into the credits, the paragraph stays (`_agency_tail`).

A sentence that names an agency ("Reuters reported on Monday that ...", "Mit Material von
Reuters hat die Redaktion ...") is longer than that, or goes on with other words: it stays. The
line, its brackets taken off, goes to ``metadata.credits``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re
from ..document import Document
from ..lines import COLON, is_quoted, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._agency_tail import agency_tail
from ._appeal_tail import appeal_tail
from ._byline import is_person_name
from ._wire import AGENCY

MAX_REST_WORDS = 6        # words after a credit phrase
MAX_SOURCE_WORDS = 4      # of the source before a desk
MAX_CONTRIBUTED_WORDS = 16
TAIL_BLOCKS = 3           # last blocks a contributed credit may be glued to the end of (``contributed-tail``)
MAX_ROLE_WORDS = 3        # before the names of a contributed credit ("Staff writer")
# after the phrase: nothing, or where from ("from Lisbon", "aus Berlin", "à Genève"), and a full stop
_PLACE_TAIL = re.compile(r"^(?:\s+\w{1,6}\s+[^\W\d_][\w'\u2019.-]*(?:\s+[^\W\d_][\w'\u2019.-]*){0,2})?\s*\.?$")
# "<source> — <desk>": the separator a dash or bar between spaces, or an en or em dash or bar without them
_DESK_LINE = re.compile(r"^(?P<source>[^\W\d_][^\d.!?:;,()\[\]\u2013\u2014|]{0,60}?)"
                        r"(?:\s+[-\u2013\u2014|]\s+|\s*[\u2013\u2014|]\s*)(?P<desk>[^\W\d_][^\d.!?:;]{0,40})$")
MAX_LINE_CHARS = 90
# names, then after a comma (the last one) or in brackets the agencies: "Anna Schmidt, dpa", "Ann Lee (AFP)"
_REPORTER = re.compile(r"^(?P<names>[^\W\d_][^()\[\],]*(?:,[^()\[\],]+)*?)"
                       r"(?:\s*,\s*(?P<comma>[^,()\[\]]+)|\s+\((?P<bracketed>[^()\[\]]+)\))\.?$")
MAX_CAPTION_WORDS = 25    # of a line above a labelled credit that may be its picture's caption
_INITIALS = r"[^\W\d_]{2,4}"
_BRACKETS = " ()[]/.–—-"
_LABEL = r"[^\W\d_]{2,20}"       # one word of any language before a colon: "Foto", "Quelle", "Zdroj", "Kaynak"
_NAME = r"[^\W\d_][\w.'\u2019-]*(?:\s[^\W\d_][\w.'\u2019-]*){0,3}"   # a photographer's name before the agency


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """(a line of agencies and initials only, a credit phrase at the start of a line) in ``langs``."""
    joints = lang.alternation(lang.words("and", langs))
    unit = rf"(?:{AGENCY.pattern}|{_INITIALS})"
    run = rf"{unit}(?:\s*(?:[/,;+]|\s(?:{joints})\s)\s*{unit})*"
    codes = lazy_re.compile(rf"^[(\[\uff08]?\s*{run}\s*[)\]\uff09]?\.?$")
    labelled = lazy_re.compile(rf"^[(\[]?\s*{_LABEL}\s*{COLON}\s*(?:{_NAME}\s*[/|]\s*)?{run}\s*[)\]]?\.?$")
    phrase = lang.pattern("agency_credit", langs, where="start")
    return codes, labelled, phrase


def agency_credit(text: str, langs: tuple[str, ...], labels: bool = True) -> bool:
    """Whether ``text`` is only an agency credit (module docstring); ``labels``: one under any label too."""
    line = text.strip()
    if 0 < len(line) <= MAX_LINE_CHARS and " " in (inner := line.strip("()[] .")) and \
            lang.pattern("agency_credit", langs, where="line").match(inner):
        return True       # a credit phrase of two words or more alone: "(Com agências)", "Con agencias"
    if not line or len(line) > MAX_LINE_CHARS or not AGENCY.search(line):
        return False
    codes, _, phrase = _patterns(langs)
    if codes.match(line) or labels and labelled_credit(line, langs) or reporter_credit(line, langs):
        return True
    inner = line.strip("()[] ")
    m = phrase.match(inner)
    if m is None:
        return False
    rest = inner[m.end():].strip(" :,")
    if " " not in m.group(1) and not inner[m.end(1):].lstrip().startswith(":"):
        return bool(codes.match(rest))      # "mit dpa", "avec AFP": agencies only ("Mit dpa in den Urlaub" stays)
    return bool(rest) and word_count(rest) <= MAX_REST_WORDS and AGENCY.search(rest) is not None \
        and not rest.endswith(("?", "!"))


def reporter_credit(line: str, langs: tuple[str, ...]) -> bool:
    """The line is only the names of the persons who wrote the story (each of two to four words) and, after a comma or
    in brackets, the agencies they wrote for (``agency-credit``): "Anna Schmidt, dpa", "Anna Schmidt und Tom Braun
    (dpa/AFP)"; a byline ("By Ann Lee, Reuters") is dateline's; "Berlin, dpa" and "Kanzler Scholz sprach mit dpa"
    are none."""
    m = _REPORTER.match(line)
    agencies = m and (m.group("comma") or m.group("bracketed")).strip()
    if not m or lang.pattern("by", langs, where="start").match(line) or not _patterns(langs)[0].match(agencies):
        return False
    joins = r"\s*,\s*|\s+(?:" + lang.alternation(lang.words("and", langs)) + r")\s+"
    names = [n for n in re.split(joins, m.group("names"), flags=re.I) if n]
    return all(2 <= len(n.split()) <= 4 for n in names) and is_person_name(m.group("names"), langs)


@lru_cache(maxsize=32)
def _contributed(langs: tuple[str, ...]):
    words = lang.words("contributed", langs)
    return re.compile(rf"^(?P<who>.+?)\s+(?:{lang.alternation(words)})(?P<rest>.*)$", re.I) if words else None


def contributed_credit(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is only a credit of who contributed to the report (``contributed-credit``, module docstring)."""
    line = text.strip().strip("()[]")
    pattern = _contributed(langs)
    if pattern is None or not line or word_count(line) > MAX_CONTRIBUTED_WORDS or is_quoted(line):
        return False
    m = pattern.match(line)
    if m is None or not _PLACE_TAIL.match(m.group("rest")):
        return False
    who = m.group("who").strip(" ,")
    if AGENCY.search(who) and word_count(who) <= 2 * MAX_ROLE_WORDS:
        return True
    words = who.split()
    return any(is_person_name(" ".join(words[k:]), langs) for k in range(min(MAX_ROLE_WORDS, len(words) - 1) + 1))


def desk_credit(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is only a source and its news desk (``desk-credit``, module docstring)."""
    line = text.strip()
    m = _DESK_LINE.match(line) if len(line) <= MAX_LINE_CHARS else None
    if m is None or line[0].islower() or word_count(m.group("source")) > MAX_SOURCE_WORDS \
            or lang.pattern("by", langs, where="start").match(line):
        return False      # "Por Tom Baker – Redacción" is a byline (dateline reads its author)
    desk = lang.pattern("desk", langs, where="line")
    return bool(desk.match(m.group("desk").strip())) and not desk.match(m.group("source").strip())


def labelled_credit(text: str, langs: tuple[str, ...] = ()) -> str | None:
    """The credit of a line that is agencies under a label of any language ("Foto: dpa", "Zdroj: ČTK",
    "(Foto: Jana Nováková / ČTK)"; agencies joined by the "and" of ``langs`` too), its label and brackets
    off; None for any other line."""
    line = text.strip()
    if len(line) > MAX_LINE_CHARS or ":" not in line or not _patterns(langs)[1].match(line):
        return None
    credit = line.split(":", 1)[1].strip(" )]")
    return credit if AGENCY.search(credit) else None


def _caption_above(block) -> bool:
    """Whether ``block`` may be a picture's caption, whose credit the captions cleaner reads with it:
    a short line that is no heading (a labelled credit under it is left to that cleaner)."""
    return block.kind != "heading" and word_count(block.text) <= MAX_CAPTION_WORDS


class AgencyCredit(Cleaner):
    """Agency credit lines ("(dpa/AFP/red)", "mit Material von Reuters"), into metadata.credits."""

    name = "agency_credit"
    order = 290

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc)
        blocks = doc.blocks
        found = {i: (self.name, rule) for i, block in enumerate(blocks) if block.kind not in ("code", "heading", "table")
                 and (rule := self._rule(blocks, i, langs))}
        said = lang.pattern("contributed", langs) if _contributed(langs) else None     # the screen of contributed-tail
        tails = {i: k for i in range(max(0, len(blocks) - TAIL_BLOCKS), len(blocks))
                 if i not in found and blocks[i].kind in ("p", "quote") and said is not None
                 and said.search(blocks[i].text)
                 and (k := appeal_tail(blocks[i].text, lambda sentence: contributed_credit(sentence, langs))) is not None}
        tags = {i: k for i, block in enumerate(blocks) if i not in found and i not in tails
                and block.kind in ("p", "quote") and (k := agency_tail(block.text)) is not None}   # "... ranar Litinin. (NAN)"
        tails.update(tags)
        if not found and not tails:
            return doc
        credits = [blocks[i].text[tails.get(i, 0):].strip(_BRACKETS + "\uff08\uff09").lstrip("\u2013\u2014 ")
                   for i in sorted({*found, *tails})]
        edit = SparseEditor(doc, self.name)
        for i in sorted(found):
            edit.drop(i, found[i][1])
        for i, k in tails.items():
            # "... Reuters contributed to this report.", "... v pondělí. — Autor: ČTK" (`_agency_tail._labelled_tail`)
            edit.cut_tail(i, k, "contributed-tail" if i not in tags
                          else "labelled-agency-tail" if blocks[i].text[k] in "\u2013\u2014" else "agency-tail")
        return edit.done().meta_append("credits", credits)

    @staticmethod
    def _rule(blocks, i: int, langs: tuple[str, ...]) -> str | None:
        text = blocks[i].text
        if agency_credit(text, langs, labels=i == 0 or not _caption_above(blocks[i - 1])):
            return "agency-credit"
        if desk_credit(text, langs):
            return "desk-credit"
        return "contributed-credit" if contributed_credit(text, langs) else None
