"""Captions printed twice in a row, photo credits and "click to enlarge" prompts."""
from __future__ import annotations

import re

from ..document import Document, Editor
from ..lines import self_concatenation, word_count
from ..registry import Cleaner

_CREDIT_LABEL = re.compile(
    r"^\(?(?:photo(?:graph)?s?|images?|pictures?|fotos?|illustrations?|video|credits?|photo credit|image credit)"
    r"(?:\s+(?:by|courtesy(?: of)?|credit))?\s*[:©]\s*(?P<credit>\S.{0,100}?)\)?$", re.I)
_COPYRIGHT_CREDIT = re.compile(r"^©\s*(?P<credit>\S.{0,80})$")
_NAME_AGENCY = re.compile(
    r"^(?P<credit>[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,3}\s?/\s?[A-Z][\w&.'-]*(?:\s[A-Z][\w&.'-]+){0,2})$")
_AGENCY_TAIL = re.compile(
    r"^(?P<credit>.{0,60}\b(?:via getty images|getty images|afp via getty|ap photo|reuters/[\w .]+|epa-efe|shutterstock))$",
    re.I)
_PROMPT = re.compile(
    r"^(?:(?:click|tap)(?: here)?(?: on)?(?: the)?(?: (?:image|photo|picture|map|graphic|chart))? to "
    r"(?:see|view|enlarge|open|expand|zoom|watch)|(?:view|see) (?:the )?(?:full[- ]size|larger|full[- ]screen|bigger)"
    r" (?:image|photo|picture|map|version|graphic)|enlarge (?:this )?(?:image|photo|picture|map))\b.{0,60}$", re.I)


class Captions(Cleaner):
    """Self-concatenated captions and photo credits (into metadata), 'Click to see the full-size map' prompts."""

    name = "captions"
    order = 700
    max_credit_words = 10

    def clean(self, doc: Document) -> Document:
        edit = Editor(doc, self.name)
        captions, credits = [], []
        for block in doc.blocks:
            text = block.text
            if block.kind == "code":
                edit.keep(block)
            elif caption := self_concatenation(text):
                captions.append(caption)
                edit.drop(block, "self-concatenated")
            elif _PROMPT.match(text):
                edit.drop(block, "caption-prompt")
            elif word_count(text) <= self.max_credit_words and (credit := self._credit(text)):
                credits.append(credit)
                edit.drop(block, "photo-credit")
            else:
                edit.keep(block)
        doc = edit.done()
        return doc.meta_append("captions", captions).meta_append("credits", credits)

    @staticmethod
    def _credit(text: str) -> str | None:
        for pattern in (_CREDIT_LABEL, _COPYRIGHT_CREDIT, _NAME_AGENCY, _AGENCY_TAIL):
            m = pattern.match(text.strip())
            if m:
                return m.group("credit").strip()
        return None
