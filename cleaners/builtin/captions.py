"""Captions printed twice in a row, photo credits and "click to enlarge" prompts.

A credit is a label and its value after a colon ("Foto: dpa", "Crédit photo : AFP"), a copyright sign, a name and an
agency ("Ann Lee/Reuters"), or a label and a short value without a colon that names an agency or stands in brackets
("Foto ANSA", "(Photo AFP)"), or agencies under a label of any language ("Zdroj: ČTK":
`agency_credit.labelled_credit`). A caption goes with its credit: the short line right over a credit line, or a short
line ending with its credit ("Fans at the gate (Photo: AFP)"; without a bracket or a stop before it when the credit is
a name and an agency: "Fans at the gate Photo: Ann Lee / AFP"). In a language without a file, a credit is also read
from its shape alone (rule credit-shape, `_credit_shape`: "Zdjęcie: Leszek Szymański/East News", "Grafiek: ANP • Bron:
EFE • Download de data").

A caption printed twice (rule caption-repeated): a caption-shaped line (three words or more,
`Captions.max_caption_words` at most, a word after the first in lowercase, no sentence stop or colon at its end: not a
title-case heading) right before or after the same line (or the same line under a label or with its credit in
brackets: "Foto: Fans at the gate", "Fans at the gate (Foto: dpa)"), or on both sides of its credit line ("caption /
credit / caption"), or the same text as an image's alt text the markdown cleaner took into the captions (an export
that prints both an image's alt text and its figure caption)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .. import lang, lazy_re
from ..document import Document
from ..lines import (COLON, COLON_MARKS, SENTENCE_STOPS, UNSPACED_LETTER, ends_sentence, opens_lower,
                     opens_name, opens_uncased, self_concatenation, word_count)
from ..registry import Cleaner
from ..screen import SparseEditor
from ._caption_echo import echo, stopped_repeat
from ._caption_label import labelled_caption, split_credit
from ._caption_marks import mark_caption
from ._caption_prose import prose_line
from ._caption_screen import candidates, worded
from ._credit_forms import (MAX_CAPTION_WORDS, MAX_STOPPED_CAPTION_WORDS, bare_credit, capitalised_pair, caption_words,
                            credited_caption, photo_hint)
from ._credit_shape import credit_shape
from ._credit_tail import credit_tail
from ._glued_caption import bracketed_captions, caption_head
from ._glued_tails import prompt_tail
from ._lone_line import templates
from ._notice_split import head_size
from ._wire import AGENCY_ALTERNATION
from .agency_credit import labelled_credit

MIN_UNCASED_CAPTION_WORDS = 4    # a heading of an uncased script printed twice is shorter, a caption seldom is

_COPYRIGHT_CREDIT = re.compile(r"^©\s*(?P<credit>\S.{0,80})$")
# "Ann Lee/AFP", "Дмитрий Волков/ТАСС", "Jonas Reiter/dpa": a name of capitalised words in any script (`capitalised_pair`)
_NAME_AGENCY = re.compile(
    r"^(?P<credit>[^\W\d_][\w.'\u2019-]+(?:\s[^\W\d_][\w.'\u2019-]+){1,3}\s?/\s?[^\W\d_][\w&.'-]*(?:\s[^\W\d_][\w&.'-]+){0,2})$")
_AGENCY_TAIL = re.compile(
    r"^(?P<credit>.{0,60}\b(?:via getty images|getty images|afp via getty|ap photo|reuters/[\w .]+|epa-efe|shutterstock|"
    r"(?:on|via) (?:unsplash|pexels|pixabay)))$",
    re.I)

class _Patterns(NamedTuple):
    """The patterns of `_language_patterns`, by what they match."""
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


_PARTED = r"(?:[/\uff0f]|\s[-\u2013\u2014]\s|,\s)"    # a name and its agency: "Ann Lee/AFP", "Ann Lee - AFP", "Ann Lee, AFP"


@lru_cache(maxsize=32)
def _language_patterns(langs: tuple[str, ...]) -> _Patterns:
    """Credit labels, chart credits and picture prompts in the words of ``langs``."""
    photo = lang.alternation(lang.words("photo", langs))
    # the labels of two words or more, which name the picture's source without a colon ("Photo by Ann Lee",
    # "Courtesy of the harbour board") or stand alone after a caption ("File photo")
    phrases = lang.alternation([w for w in lang.words("photo", langs) if " " in w]) or "(?!)"
    by = lang.alternation(lang.words("by", langs))
    chart = lang.alternation(lang.words("chart", langs) + lang.words("source", langs))
    enlarge = templates("enlarge", langs).pattern
    footer = lang.alternation(lang.words("chart_footer", langs))
    return _Patterns(lazy_re.compile(rf"^\(?{photo}(?:\s+{by})?\s*[{COLON_MARKS}©=]\s*"
                       r"(?P<credit>\S.{0,100}?)\)?$", re.I),
            lazy_re.compile(rf"^{chart}\s*{COLON}\s*(?P<credit>\S.{{0,120}})$", re.I),
            lazy_re.compile(rf"^(?:{enlarge})(?:$|[\s.,:!\u2026(\u2192\u00bb]).{{0,60}}$", re.I),
            lazy_re.compile(rf"^(?:{chart}|{photo})\s*{COLON}\s*(?P<credit>\S.{{0,80}})$", re.I),
            lazy_re.compile(rf"^{footer}(?:\s+(?P<tool>\S.{{0,40}}))?$", re.I),
            lazy_re.compile(rf"^(?P<open>\()?{photo}\.?\s+(?P<credit>[^\s:©].{{0,60}}?)(?(open)\))$", re.I),
            lazy_re.compile(rf"^(?P<caption>\S.{{6,240}}?)(?:\s*[(\uff08]\s*(?:{photo}\s*{COLON}\s*(?P<c1>[^()\uff08\uff09]{{2,60}})|"
                       rf"(?:{AGENCY_ALTERNATION}\s+)?{photo}\s*/\s*(?P<c6>[^()\uff08\uff09/]{{2,60}}))[)\uff09]|"
                       rf"(?<=[.!?])\s+(?:{photo}\s*{COLON}\s*(?P<c2>[^()]{{2,60}})|"
                       rf"(?P<c7>(?:{AGENCY_ALTERNATION})\s*/\s*[^()/:]{{2,40}})|"
                       rf"(?:{phrases})\s+(?P<c8>[^()/:]{{2,60}})|[(]?(?P<c9>{phrases})[)]?\.?)|"
                       rf"\s+{photo}\s*(?:{COLON}\s*|(?<=\.)\s+)(?P<c4>[^()/:,]{{2,40}}{_PARTED}[^()/:]{{2,40}})|"   # ("Fot. Ann Lee / PAP")
                       rf"(?<=\S){photo}\s*{COLON}\s*(?P<c5>[^()/:,\s][^()/:,]{{1,39}}{_PARTED}[^()/:]{{2,40}}))$", re.I),
            lazy_re.compile(rf"(?<!\w){lang.alternation(lang.words('agency_words', langs))}(?!\w)", re.I),
            re.compile(rf"^{photo}\s*{COLON}\s*(?P<caption>\S.{{6,240}}?)\s+[\u2013\u2014]\s+(?P<c3>[^()\u2013\u2014]{{2,60}})$",
                       re.I), photo_hint(photo))


_SEGMENT = re.compile(r"\s+[\u2022\u00b7|]\s+")
MAX_SEGMENT_WORDS = 6
MAX_FOOTER_CHARS = 300


def chart_footer(text: str, patterns: _Patterns) -> list[str] | None:
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


class Captions(Cleaner):
    """Self-concatenated captions, photo and chart credits (into metadata), 'Click to see the full-size map' prompts."""

    name = "captions"
    order = 700
    max_credit_words = 10
    max_caption_words = MAX_CAPTION_WORDS

    def clean(self, doc: Document) -> Document:
        edit = SparseEditor(doc, self.name)
        captions, credits = [], []
        alt_texts = {_folded(c) for c in doc.metadata.get("captions") or ()}
        langs = lang.document_languages(doc)
        patterns = _language_patterns(langs)
        unlisted = lang.without_file(langs)
        blocks, may_word = doc.blocks, worded(doc.blocks, langs)     # (the rules needing a label's word: `worded`)
        for i in candidates(blocks, langs):
            block = blocks[i]
            text = block.text
            if block.kind == "code" or i in edit.changes:
                continue
            word = may_word(i)
            if caption := self_concatenation(text):
                captions.append(caption)
                edit.drop(i, "self-concatenated")
            elif marked := mark_caption(text, blocks[i - 1].text if i else "", blocks[i + 1].text if i + 1 < len(blocks) else ""):
                captions += [marked[1]] if marked[1] else []        # 'alt="..." title="..."', "📷 ...", "▲ ..." (_caption_marks)
                edit.drop(i, marked[0])
            elif patterns.prompt.match(text) and not _verb_opening(text, langs):
                edit.drop(i, "caption-prompt")
            elif rule := ("caption-repeated" if self._caption_shaped(block) and (self._repeated(blocks, i, alt_texts)
                                                                                  or self._before_credited(blocks, i, patterns))
                          else "stopped-caption-repeated" if doc.kind != "html" and stopped_repeat(blocks, i, langs) else None):
                captions += [text.strip()] if _folded(text) not in alt_texts else []
                alt_texts.add(_folded(text))
                edit.drop(i, rule)
            elif (footer := chart_footer(text, patterns)) is not None:
                credits += footer
                edit.drop(i, "chart-credit")
            elif (word or "/" in text) and (found := credited_caption(text, patterns)):
                credits.append(found[1])
                if ends_sentence(found[0]) and caption_words(found[0]) > MAX_STOPPED_CAPTION_WORDS and text.rstrip()[-1:] not in ")\uff09":
                    edit.put(i, block.with_text(found[0]))     # rule `credited-paragraph`: the prose stays
                    edit.log("credited-paragraph", found[1], block)
                else:
                    captions.append(found[0])
                    edit.drop(i, "credited-caption")
            elif word and (caption := labelled_caption(text, langs)):     # "PHOTO: A farmer inspects ...", "[Image: ...]"
                caption, credit = split_credit(caption)          # "Foto: Una calle. (EFE/Ann Lee)"
                captions.append(caption)
                credits += [credit] if credit else []
                edit.drop(i, "labelled-caption")
            elif word_count(text) <= self.max_credit_words and (found := self._credit(text, patterns, unlisted)):
                credits.append(found[0])
                edit.drop(i, found[1])
                if self._captioned(blocks, i, edit):
                    captions.append(blocks[i - 1].text)
                    edit.drop(i - 1, "credited-caption")
                    if self._caption_after(blocks, i):
                        edit.drop(i + 1, "caption-repeated")
            elif word and (spans := bracketed_captions(text, langs)):     # "... [Bild: Die Kapelle spielt] ..." (_glued_caption)
                captions += [caption for _, _, caption in spans]
                kept = "".join(text[a:b] for a, b in zip([0] + [e for _, e, _ in spans], [s for s, _, _ in spans] + [len(text)]))
                edit.put(i, block.with_text(" ".join(kept.split())))
                for start, end, _ in spans:
                    edit.log("bracketed-caption", text[start:end].strip(), block)
            elif word and (head := caption_head(text, langs)):     # "Caption Photo: AFP The paragraph ..." (_glued_caption)
                captions.append(head[0])
                credits.append(head[1])
                edit.put(i, block.with_text(text[head[2]:]))
                edit.log("glued-caption", text[:head[2]].strip(), block)
            elif word and (tail := credit_tail(text, langs)):     # a credit glued to a paragraph's end (_credit_tail)
                credits.append(tail[1])
                edit.cut_tail(i, tail[0], "glued-credit")
            elif word and (k := prompt_tail(text, langs, lambda s: bool(patterns.prompt.match(s)) and not _verb_opening(s, langs))) is not None:
                edit.cut_tail(i, k, "glued-prompt")     # "... the plan. Click here to see more photos." (_glued_tails)
        doc = edit.done()
        return doc.meta_append("captions", captions).meta_append("credits", credits)

    def _caption_shaped(self, block) -> bool:
        """A line of a caption's shape (module docstring): a title-case line printed twice is a heading, one copy of
        it article text."""
        text = block.text
        return block.kind == "p" and 3 <= word_count(text) <= self.max_caption_words and not ends_sentence(text) \
            and not text.rstrip().endswith(":") and (any(opens_lower(w) for w in text.split()[1:]) or _uncased(text))

    @staticmethod
    def _repeated(blocks, i: int, alt_texts: set[str]) -> bool:
        """The caption-shaped block at ``i`` is a caption printed twice: the same text as the block before or after
        it or as an image's alt text."""
        folded = _folded(blocks[i].text)
        return folded in alt_texts or any(0 <= j < len(blocks) and blocks[j].kind == "p" and (
            _folded(blocks[j].text) == folded or echo(folded, blocks, i, j)) for j in (i - 1, i + 1))

    @staticmethod
    def _before_credited(blocks, i: int, patterns: _Patterns) -> bool:  # rule caption-before-credited
        """The caption-shaped line at ``i`` printed again in the next paragraph with its credit glued on: both the
        figure's. (The line's shape is read first: most lines are prose, and the next paragraph's credit is then not read.)"""
        if i + 1 >= len(blocks) or blocks[i + 1].gap > 1:
            return False
        found = credited_caption(blocks[i + 1].text, patterns)
        return bool(found) and _folded(found[0]) == _folded(blocks[i].text)

    def _captioned(self, blocks, i: int, edit) -> bool:
        """The credit at ``i`` is right under a caption: a line of its paragraph, none cut between, `max_caption_words` at most,
        kept so far, no prose (`prose_line`; a sentence over `MAX_STOPPED_CAPTION_WORDS` words' worth, `head_size`)."""
        if i == 0 or blocks[i].gap != 0 or i - 1 in edit.changes:
            return False
        prev = blocks[i - 1]
        return prev.kind == "p" and prev.origin == blocks[i].origin - 1 \
            and word_count(prev.text) <= self.max_caption_words and not prev.text.rstrip().endswith(":") \
            and not (ends_sentence(prev.text) and head_size(prev.text) > MAX_STOPPED_CAPTION_WORDS) and not prose_line(prev.text)

    @staticmethod
    def _caption_after(blocks, i: int) -> bool:
        """The caption over the credit at ``i`` is printed again right under it, in the same paragraph
        (rule caption-repeated: "caption / credit / caption", a figure's caption and its alt text around the credit)."""
        return i + 1 < len(blocks) and blocks[i + 1].gap == 0 and blocks[i + 1].origin == blocks[i].origin + 1 \
            and _folded(blocks[i + 1].text) == _folded(blocks[i - 1].text)

    @staticmethod
    def _credit(text: str, patterns: _Patterns, unlisted: bool = False) -> tuple[str, str] | None:
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


def _uncased(text: str) -> bool:
    """Every word of ``text`` opens with a letter of a script without capitals (Arabic, Devanagari, Hebrew):
    no title case tells a heading from a caption there, so a caption printed twice is read by its length alone."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return len(words) >= MIN_UNCASED_CAPTION_WORDS and all(opens_uncased(w) for w in words)


def _verb_opening(text: str, langs: tuple[str, ...]) -> bool:
    """``text`` opens with a one-word prompt ("Ampliar", "Agrandir", "Vergrößern") that a lower-case word follows:
    and one more word at least: the verb of a heading or a sentence ("Ampliar la red de metro", "Agrandir la
    famille"), not a picture's prompt ("Ampliar", "Ampliar »", "Увеличить фото"; "Ampliar la imagen" when the file
    lists it: the longest phrase is matched first)."""
    m = templates("enlarge", langs).match(text)
    if m is None or len(m.group(0).split()) > 1 or UNSPACED_LETTER.search(m.group(0)):
        return False
    rest = _SIGNS_AFTER.sub("", text[m.end():]).lstrip()      # "Ingrandisci immagine »", "Увеличить фото (+)"
    return opens_lower(rest) and len(rest.split()) >= 2     # "Увеличить фото", "Ingrandisci immagine": a prompt


_SIGNS_AFTER = re.compile(r"[\s\u00bb\u203a\u2192>+()\[\].:!\u2026]+$")     # the arrows and marks after a prompt


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
