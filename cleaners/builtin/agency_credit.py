"""Agency credit lines of a news story: the wire services it was written from, into metadata.credits.

Rule ``agency-credit``. German, French, Italian and other news stories close (or open) with a
line that credits the agencies and the editor who wrote them up; it is no article text. A
block is such a line when it is only

* agency names (`_wire.AGENCIES`) and editors' initials (two to four letters) parted by slashes,
  commas or the language's "and", in brackets or not, one agency at least: "(dpa/AFP/red)",
  "dpa/jsc", "(AFP, Reuters)", "(ANSA)";
* or a credit phrase of the document's language (cleaners/lang ``agency_credit``: "mit Material
  von", "avec", "con información de", "fonte", "источник") and at most `MAX_REST_WORDS` words
  after it, one of them an agency: "mit Material von Reuters", "Mit Material der
  Nachrichtenagenturen dpa und AFP", "(Avec AFP)", "Quelle: dpa".

A sentence that names an agency ("Reuters reported on Monday that ...", "Mit Material von
Reuters hat die Redaktion ...") is longer than that, or goes on with other words: it stays. The
line, its brackets taken off, goes to ``metadata.credits``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..document import Document
from ..lines import word_count
from ..registry import Cleaner
from ._wire import AGENCY

MAX_REST_WORDS = 6        # words after a credit phrase
MAX_LINE_CHARS = 90
_INITIALS = r"[^\W\d_]{2,4}"
_BRACKETS = " ()[]/.–—-"


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """(a line of agencies and initials only, a credit phrase at the start of a line) in ``langs``."""
    joints = lang.alternation(lang.words("and", langs))
    unit = rf"(?:{AGENCY.pattern}|{_INITIALS})"
    codes = re.compile(rf"^[(\[]?\s*{unit}(?:\s*(?:[/,;+]|\s(?:{joints})\s)\s*{unit})*\s*[)\]]?\.?$")
    phrase = lang.pattern("agency_credit", langs, where="start")
    return codes, phrase


def agency_credit(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is only an agency credit (module docstring)."""
    line = text.strip()
    if not line or len(line) > MAX_LINE_CHARS or not AGENCY.search(line):
        return False
    codes, phrase = _patterns(langs)
    if codes.match(line):
        return True
    inner = line.strip("()[] ")
    m = phrase.match(inner)
    if m is None:
        return False
    rest = inner[m.end():].strip(" :,")
    return bool(rest) and word_count(rest) <= MAX_REST_WORDS and AGENCY.search(rest) is not None \
        and not rest.endswith(("?", "!"))


class AgencyCredit(Cleaner):
    """Agency credit lines ("(dpa/AFP/red)", "mit Material von Reuters"), into metadata.credits."""

    name = "agency_credit"
    order = 290

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc)
        found = {i: (self.name, "agency-credit") for i, block in enumerate(doc.blocks)
                 if block.kind not in ("code", "heading", "table") and agency_credit(block.text, langs)}
        if not found:
            return doc
        credits = [doc.blocks[i].text.strip(_BRACKETS) for i in found]
        return doc.drop_blocks(found).meta_append("credits", credits)
