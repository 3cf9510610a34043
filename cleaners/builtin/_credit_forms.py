"""The shapes of a credit's value, read by captions.py: a bare credit after a label without a colon ("Foto ANSA",
"(Photo AFP)"), a caption ending with its credit ("Fans at the gate (Photo: Ann Lee/AFP)"), a name and an agency
("Ann Lee/Reuters", "Ann Lee / Getty Images")."""
from __future__ import annotations

import re

from .. import linear_re
from ..lines import CAPITAL, LOWER, ends_sentence, opens_name, word_count
from ._wire import AGENCIES
from ._word_size import han_words as caption_words     # a caption's words, two Han or kana characters one

MAX_CAPTION_WORDS = 25    # of a caption over or before a credit (`Captions.max_caption_words`)
MIN_LABELLED_CAPTION = 5    # words of a caption between a credit label and a dash ("Foto: Fans at the gate — dpa")
_ACRONYM = re.compile(rf"[{CAPITAL}]{{2,}}|[{CAPITAL}][{LOWER}]+[{CAPITAL}]\w*")   # "AFP", "ТАСС", "ΕΡΤ", "LaPresse", "MaxPPP"
MAX_BARE_CREDIT_WORDS = 5
MAX_STOPPED_CAPTION_WORDS = 15   # a sentence this long before an unbracketed credit: a paragraph with a credit glued on
_LONG_CREDIT = re.compile(r"[/\uff0f]|\sfor\s")     # a name and whom it worked for
WIRE_SERVICES = frozenset(a.casefold() for a in AGENCIES)     # "Foto Adnkronos", "Photo d'illustration Belga"
# what each form of captions' ``captioned`` pattern holds (a quick test before it, which tries its forms at every
# position): a bracket closing the line, a sentence stop before a space, or a name parted from its agency (``_PARTED``)
_CAPTIONED_NEEDS = re.compile(r"[)\uff09]$|[.!?]\s|[/\uff0f]|\s[-\u2013\u2014]\s|,\s")


def bare_credit(credit: str, bracketed: bool) -> bool:
    """A label's credit without a colon ("Foto ANSA", "(Photo AFP)", "Fot. PAP/Jan Nowak"): a few words, no
    sentence, and bracketed, or a name/agency pair, or one word naming an agency (an acronym, a CamelCase
    name or a wire service of `_wire.AGENCIES`); "Photo Finish", "Video Games Return" and "Video & XML Markup" (headings) stay."""
    if word_count(credit) > MAX_BARE_CREDIT_WORDS or ends_sentence(credit):
        return False
    word = credit.strip()
    return bracketed or "/" in credit or (len(credit.split()) == 1 and (bool(_ACRONYM.fullmatch(word))
                                                                        or word.casefold() in WIRE_SERVICES))


def credited_caption(text: str, patterns, max_words: int = MAX_CAPTION_WORDS) -> tuple[str, str] | None:
    """(caption, credit) of a caption line that ends with its credit (``patterns``: `_credit_patterns.Patterns`)
    ("Fans at the gate (Photo: Ann Lee/AFP)",
    "Fans at the gate. Foto: dpa", "Foto: Fans at the gate — dpa"): `max_words` words at most, a credit of
    `MAX_BARE_CREDIT_WORDS` words that is no sentence (words counted first: the patterns would try a paragraph's every position)."""
    line = text.strip()
    m = caption_words(text) <= max_words and ((_CAPTIONED_NEEDS.search(line) and _may_name(line, patterns.photo_hint)
                                               and patterns.captioned.match(line)) or patterns.labelled.match(line))
    if not m or m.re is patterns.labelled and word_count(m.group("caption")) < MIN_LABELLED_CAPTION:
        return None     # "Foto: Jan de Vries – ANP" is a credit
    credit = next(v for k, v in m.groupdict().items() if k != "caption" and v).strip()
    if word_count(credit) > MAX_BARE_CREDIT_WORDS * (2 if _LONG_CREDIT.search(credit) else 1) or ends_sentence(credit):
        return None     # a name and an agency parted by a slash may run longer: "Lê Hoàng/Thông tấn Duyên Hải", "Ann Lee for the Harbour Times"
    return m.group("caption").strip(), credit


def photo_hint(photo: str):
    """The label words ``photo`` (`lang.alternation`) as a quick test before captions' ``captioned``, every form of
    which holds a label's word or, for an agency's credit, a slash (`linear_re.hint`)."""
    return linear_re.hint(photo)


def _may_name(line: str, hint) -> bool:
    """``line`` may hold a credit ``captioned`` finds: it has a slash or may hold a label's word (``hint``)."""
    return "/" in line or linear_re.may_find(hint, line)


def capitalised_pair(credit: str, agency_words) -> bool:
    """A name/agency credit: every word of the name capitalised, and the agency capitalised and agency-like,
    or a wire service of `_wire.AGENCIES` written as it writes itself ("dpa")."""
    name, _, agency = credit.rpartition("/")
    agency = agency.strip()
    if not all(opens_name(w) for w in name.split()):
        return False
    return agency.casefold() in WIRE_SERVICES or (opens_name(agency) and _agency_like(agency, agency_words))


def _agency_like(name: str, agency_words) -> bool:
    """After the photographer's name, an agency: one word, an acronym, or a name with Images/Press/...
    ("Ann Lee / Reuters", "Ann Lee / Getty Images"; not "Small Farms / Big Data")."""
    words = name.split()
    return len(words) == 1 or any(w.isupper() and len(w) >= 2 for w in words) or bool(agency_words.search(name))
