"""The credit lines captions.py reads, in the words of a document's languages: a label and its credit ("Photo: Ann
Lee/AFP", "Source: Eurostat"), a name and its agency ("Ann Lee/Reuters"), a copyright sign, an agency's tail
("... via Getty Images"), a chart's footer ("Chart: The Times • Get the data") and a caption ending with its credit."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lang, lazy_re
from ..lines import COLON, COLON_MARKS, SENTENCE_STOPS, ends_sentence, opens_name, word_count
from ._credit_forms import bare_credit, capitalised_pair, photo_hint
from ._credit_shape import credit_shape
from ._lone_line import templates
from ._wire import AGENCY_ALTERNATION
from .agency_credit import labelled_credit

_COPYRIGHT_CREDIT = re.compile(r"^©\s*(?P<credit>\S.{0,80})$")
# "Ann Lee/AFP", "Дмитрий Волков/ТАСС", "Jonas Reiter/dpa": a name of capitalised words in any script
# (`capitalised_pair`)
_NAME_AGENCY = re.compile(
    r"^(?P<credit>[^\W\d_][\w.'\u2019-]+(?:\s[^\W\d_][\w.'\u2019-]+){1,3}\s?/\s?"
    r"[^\W\d_][\w&.'-]*(?:\s[^\W\d_][\w&.'-]+){0,2})$")
_AGENCY_TAIL = re.compile(
    r"^(?P<credit>.{0,60}\b(?:via getty images|getty images|afp via getty|ap photo|reuters/[\w .]+|epa-efe|"
    r"shutterstock|"
    r"(?:on|via) (?:unsplash|pexels|pixabay)))$",
    re.I)


class Patterns(NamedTuple):
    """The patterns of `language_patterns`, by what they match."""
    label: re.Pattern          # "Photo: X", "Photo by X: Y"
    chart: re.Pattern          # "Chart: X", "Source: X"
    prompt: re.Pattern         # "Click to enlarge"
    chart_label: re.Pattern    # a footer segment "Chart: X" or "Photo: X"
    footer: re.Pattern         # a footer segment "Get the data", "Created with ..."
    bare: re.Pattern           # a label and a credit without a colon: "Foto ANSA", "(Photo AFP)"
    captioned: re.Pattern      # a caption with its credit after it: "... (Foto: X)"
    agency: re.Pattern         # a word of an agency's name: "Images", "Presse"
    labelled: re.Pattern       # a label, a caption and its credit: "Foto: caption — Agency"
    photo_hint: object = None  # a label's word anywhere, a quick test before ``captioned`` (`_credit_forms.photo_hint`)


# a name and its agency: "Ann Lee/AFP", "Ann Lee - AFP", "Ann Lee, AFP"
_PARTED = r"(?:[/\uff0f]|\s[-\u2013\u2014]\s|,\s)"


@lru_cache(maxsize=32)
def language_patterns(langs: tuple[str, ...]) -> Patterns:
    """Credit labels, chart credits and picture prompts in the words of ``langs``."""
    photo = lang.alternation(lang.words("photo", langs))
    # the labels of two words or more, which name the picture's source without a colon ("Photo by Ann Lee",
    # "Courtesy of the harbour board") or stand alone after a caption ("File photo")
    phrases = lang.alternation([w for w in lang.words("photo", langs) if " " in w]) or "(?!)"
    by = lang.alternation(lang.words("by", langs))
    chart = lang.alternation(lang.words("chart", langs) + lang.words("source", langs))
    enlarge = templates("enlarge", langs).pattern
    footer = lang.alternation(lang.words("chart_footer", langs))
    return Patterns(
        lazy_re.compile(rf"^\(?{photo}(?:\s+{by})?\s*[{COLON_MARKS}©=]\s*(?P<credit>\S.{{0,100}}?)\)?$", re.I),
        lazy_re.compile(rf"^{chart}\s*{COLON}\s*(?P<credit>\S.{{0,120}})$", re.I),
        lazy_re.compile(rf"^(?:{enlarge})(?:$|[\s.,:!\u2026(\u2192\u00bb]).{{0,60}}$", re.I),
        lazy_re.compile(rf"^(?:{chart}|{photo})\s*{COLON}\s*(?P<credit>\S.{{0,80}})$", re.I),
        lazy_re.compile(rf"^{footer}(?:\s+(?P<tool>\S.{{0,40}}))?$", re.I),
        lazy_re.compile(rf"^(?P<open>\()?{photo}\.?\s+(?P<credit>[^\s:©].{{0,60}}?)(?(open)\))$", re.I),
        lazy_re.compile(
            rf"^(?P<caption>\S.{{6,240}}?)(?:\s*[(\uff08]\s*(?:{photo}\s*{COLON}\s*"
            rf"(?P<c1>[^()\uff08\uff09]{{2,60}})|"
            rf"(?:{AGENCY_ALTERNATION}\s+)?{photo}\s*/\s*(?P<c6>[^()\uff08\uff09/]{{2,60}}))[)\uff09]|"
            rf"(?<=[.!?])\s+(?:{photo}\s*{COLON}\s*(?P<c2>[^()]{{2,60}})|"
            rf"(?P<c7>(?:{AGENCY_ALTERNATION})\s*/\s*[^()/:]{{2,40}})|"
            rf"(?:{phrases})\s+(?P<c8>[^()/:]{{2,60}})|[(]?(?P<c9>{phrases})[)]?\.?)|"
            # ("Fot. Ann Lee / PAP")
            rf"\s+{photo}\s*(?:{COLON}\s*|(?<=\.)\s+)(?P<c4>[^()/:,]{{2,40}}{_PARTED}[^()/:]{{2,40}})|"
            rf"(?<=\S){photo}\s*{COLON}\s*(?P<c5>[^()/:,\s][^()/:,]{{1,39}}{_PARTED}[^()/:]{{2,40}}))$", re.I),
        lazy_re.compile(rf"(?<!\w){lang.alternation(lang.words('agency_words', langs))}(?!\w)", re.I),
        re.compile(rf"^{photo}\s*{COLON}\s*(?P<caption>\S.{{6,240}}?)\s+[\u2013\u2014]\s+"
                   rf"(?P<c3>[^()\u2013\u2014]{{2,60}})$", re.I),
        photo_hint(photo))


_SEGMENT = re.compile(r"\s+[\u2022\u00b7|]\s+")
MAX_SEGMENT_WORDS = 6
MAX_FOOTER_CHARS = 300


def chart_footer(text: str, patterns: Patterns) -> list[str] | None:
    """The credits of a chart's footer line, or None: segments parted by ``•``, ``·`` or ``|``,
    each a label and its value ("Chart: The Times", "Quelle: Eurostat") or a footer phrase
    ("Get the data", "Created with Datawrapper"); one segment alone when it is a footer
    phrase naming a tool in capitals."""
    parted = "|" in text or "\u2022" in text or "\u00b7" in text      # (a mark of _SEGMENT first: it tries every space)
    if len(text) > MAX_FOOTER_CHARS or not (parted and _SEGMENT.search(text) or patterns.footer.match(text.strip())):
        return None
    segments = _SEGMENT.split(text.strip())
    credits, phrases = [], 0
    for segment in segments:
        if (m := patterns.chart_label.match(segment)) and word_count(m.group("credit")) <= MAX_SEGMENT_WORDS \
                and not ends_sentence(m.group("credit")):
            credits.append(m.group("credit").strip())
        elif m := patterns.footer.match(segment):
            tool = (m.group("tool") or "").strip()
            if tool and (word_count(tool) > 2 or not all(opens_name(w) for w in tool.split())):
                return None
            credits += [tool] if tool else []
            phrases += 1
        else:
            return None
    return credits if len(segments) >= 2 or phrases and credits else None


def line_credit(text: str, patterns: Patterns, unlisted: bool = False) -> tuple[str, str] | None:
    """(the credit, the rule: photo-credit, chart-credit or, in a language without a file, credit-shape), or None."""
    label, chart = patterns.label, patterns.chart
    for pattern in (label, chart, _COPYRIGHT_CREDIT, _NAME_AGENCY, _AGENCY_TAIL):
        m = pattern.match(text.strip())
        if m and (pattern is not _NAME_AGENCY or capitalised_pair(m.group("credit"), patterns.agency)
                  and not patterns.agency.search(m.group("credit").rpartition("/")[0])):   # "Hard Times/Good Times"
            if pattern is chart and text.rstrip().endswith(SENTENCE_STOPS) and word_count(text) > 6:
                continue   # "Source: the ministry said ..." is a sentence
            return m.group("credit").strip(), "chart-credit" if pattern is chart else "photo-credit"
    m = patterns.bare.match(text.strip())
    if m and bare_credit(m.group("credit"), bool(m.group("open"))):
        return m.group("credit").strip(), "photo-credit"
    credit = labelled_credit(text)     # agencies under a label no language file holds: "Zdroj: ČTK"
    if credit:
        return credit, "photo-credit"
    credit = credit_shape(text) if unlisted else None
    return (credit, "credit-shape") if credit else None
