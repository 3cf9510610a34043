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

from .. import lang
from ..document import Document
from ..lines import (UNSPACED_LETTER, ends_sentence, opens_lower, opens_uncased, self_concatenation,
                     word_count)
from ..registry import Cleaner
from ..screen import SparseEditor
from ._caption_echo import echo, stopped_repeat
from ._caption_label import labelled_caption, split_credit
from ._caption_marks import mark_caption
from ._caption_prose import prose_line
from ._caption_screen import candidates, worded
from ._credit_forms import MAX_CAPTION_WORDS, MAX_STOPPED_CAPTION_WORDS, caption_words, credited_caption
from ._credit_patterns import Patterns, chart_footer, language_patterns, line_credit
from ._credit_tail import credit_tail
from ._glued_caption import bracketed_captions, caption_head
from ._glued_tails import prompt_tail
from ._lone_line import templates
from ._notice_split import head_size

MIN_UNCASED_CAPTION_WORDS = 4    # a heading of an uncased script printed twice is shorter, a caption seldom is


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
        patterns = language_patterns(langs)
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
            elif marked := mark_caption(text, blocks[i - 1].text if i else "",
                                        blocks[i + 1].text if i + 1 < len(blocks) else ""):
                # 'alt="..." title="..."', "📷 ...", "▲ ..." (_caption_marks)
                captions += [marked[1]] if marked[1] else []
                edit.drop(i, marked[0])
            elif patterns.prompt.match(text) and not _verb_opening(text, langs):
                edit.drop(i, "caption-prompt")
            elif rule := ("caption-repeated" if self._caption_shaped(block) and (
                              self._repeated(blocks, i, alt_texts) or self._before_credited(blocks, i, patterns))
                          else "stopped-caption-repeated" if doc.kind != "html" and stopped_repeat(blocks, i, langs)
                          else None):
                captions += [text.strip()] if _folded(text) not in alt_texts else []
                alt_texts.add(_folded(text))
                edit.drop(i, rule)
            elif (footer := chart_footer(text, patterns)) is not None:
                credits += footer
                edit.drop(i, "chart-credit")
            elif (word or "/" in text) and (found := credited_caption(text, patterns)):
                credits.append(found[1])
                if ends_sentence(found[0]) and caption_words(found[0]) > MAX_STOPPED_CAPTION_WORDS \
                        and text.rstrip()[-1:] not in ")\uff09":
                    edit.put(i, block.with_text(found[0]))     # rule `credited-paragraph`: the prose stays
                    edit.log("credited-paragraph", found[1], block)
                else:
                    captions.append(found[0])
                    edit.drop(i, "credited-caption")
            # "PHOTO: A farmer inspects ...", "[Image: ...]"
            elif word and (caption := labelled_caption(text, langs)):
                caption, credit = split_credit(caption)          # "Foto: Una calle. (EFE/Ann Lee)"
                captions.append(caption)
                credits += [credit] if credit else []
                edit.drop(i, "labelled-caption")
            elif word_count(text) <= self.max_credit_words and (found := line_credit(text, patterns, unlisted)):
                credits.append(found[0])
                edit.drop(i, found[1])
                if self._captioned(blocks, i, edit):
                    captions.append(blocks[i - 1].text)
                    edit.drop(i - 1, "credited-caption")
                    if self._caption_after(blocks, i):
                        edit.drop(i + 1, "caption-repeated")
            # "... [Bild: Die Kapelle spielt] ..." (_glued_caption)
            elif word and (spans := bracketed_captions(text, langs)):
                captions += [caption for _, _, caption in spans]
                kept = "".join(text[a:b] for a, b in zip([0] + [e for _, e, _ in spans],
                                                         [s for s, _, _ in spans] + [len(text)]))
                edit.put(i, block.with_text(" ".join(kept.split())))
                for start, end, _ in spans:
                    edit.log("bracketed-caption", text[start:end].strip(), block)
            # "Caption Photo: AFP The paragraph ..." (_glued_caption)
            elif word and (head := caption_head(text, langs)):
                captions.append(head[0])
                credits.append(head[1])
                edit.put(i, block.with_text(text[head[2]:]))
                edit.log("glued-caption", text[:head[2]].strip(), block)
            elif word and (tail := credit_tail(text, langs)):     # a credit glued to a paragraph's end (_credit_tail)
                credits.append(tail[1])
                edit.cut_tail(i, tail[0], "glued-credit")
            elif word and (k := prompt_tail(text, langs, lambda s: bool(patterns.prompt.match(s))
                                            and not _verb_opening(s, langs))) is not None:
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
    def _before_credited(blocks, i: int, patterns: Patterns) -> bool:  # rule caption-before-credited
        """The caption-shaped line at ``i`` printed again in the next paragraph with its credit glued on: both the
        figure's. (The line's shape is read first: most lines are prose, and the next paragraph's credit is then not
        read.)"""
        if i + 1 >= len(blocks) or blocks[i + 1].gap > 1:
            return False
        found = credited_caption(blocks[i + 1].text, patterns)
        return bool(found) and _folded(found[0]) == _folded(blocks[i].text)

    def _captioned(self, blocks, i: int, edit) -> bool:
        """The credit at ``i`` is right under a caption: a line of its paragraph, none cut between,
        `max_caption_words` at most, kept so far, no prose (`prose_line`; a sentence over
        `MAX_STOPPED_CAPTION_WORDS` words' worth, `head_size`)."""
        if i == 0 or blocks[i].gap != 0 or i - 1 in edit.changes:
            return False
        prev = blocks[i - 1]
        return prev.kind == "p" and prev.origin == blocks[i].origin - 1 \
            and word_count(prev.text) <= self.max_caption_words and not prev.text.rstrip().endswith(":") \
            and not (ends_sentence(prev.text) and head_size(prev.text) > MAX_STOPPED_CAPTION_WORDS) \
            and not prose_line(prev.text)

    @staticmethod
    def _caption_after(blocks, i: int) -> bool:
        """The caption over the credit at ``i`` is printed again right under it, in the same paragraph
        (rule caption-repeated: "caption / credit / caption", a figure's caption and its alt text around the credit)."""
        return i + 1 < len(blocks) and blocks[i + 1].gap == 0 and blocks[i + 1].origin == blocks[i].origin + 1 \
            and _folded(blocks[i + 1].text) == _folded(blocks[i - 1].text)


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
