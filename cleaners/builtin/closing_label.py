"""A lead-in left at the end of the body, the thing it announced cut away.

Rule ``closing-label``. A label that ends with a colon announces what follows it: "Related
posts:", "Also on the site:", "Watch the video below:", "Lire aussi :", "Mehr zum Thema:".
When the cleaners (or the extraction) have taken what followed (the list of links, the
video, the gallery), the label is left closing the body, announcing nothing. Such trailing
blocks of `max_words` words at most are cut, in any language (the colon is the mark); a
label followed by anything stays, a sentence ending with a colon longer than that stays, and
the body's first block is never cut (a body that is one label is left to the length gate).

Rules ``button-shape``, ``button-widget``, ``sentence-button``, ``framed-line`` and ``pointed-link``, anywhere in
the body and in any language, after every cleaner that reads words (a call of the document's language keeps the
rule that names it): a short
line that is no statement and wears a button's decorations ("👉 Bu haberi paylaşın 👈", "JOIN OUR
CHANNEL →", ">>> Pridruži se"), and the short line glued under one; a short sentence closed by its stop before one
arrow or chevron, a line framed by asterisks, a pictograph before a short text and a bare web address (`_button_shape`).

Rule ``chrome-box``: a sign-up box's heading, sentence and button left between cut chrome after the story, in any
language, by place and shape (`_chrome_box`).

Rule ``end-mark``: the body's last block is only a wire's or a paper's end mark, in any language by its shape: one
word of six letters at most in round, full-width or square brackets or between dashes ("(END)", "（完）", "(FIN)",
"– Ende –", "[FIM]"), or "-30-" and "# # #"; a bracketed word inside the body or in a sentence stays.

Rule ``closing-topic``: the body's last block is a related box's heading left without its links, a label of the
language of two words or more (``related``) and a topic's name of one to three capitalised words ("Mehr zum Thema
Wärmepumpe", "Mehr aus Wirtschaft"); a sentence ("Mehr zum Thema sagte er nichts.") and a lower-case tail stay.
"""
from __future__ import annotations

import re

from .. import lang
from ..document import Document
from ..lines import word_count
from ..registry import Cleaner
from ._button_shape import button_calls
from ._chrome_box import chrome_boxes


MAX_TOPIC_WORDS = 3
_END_MARK = re.compile(r"^(?:[(\uff08\[]\s*[^\W\d_]{1,6}\s*[)\uff09\]]"
                       r"|[-\u2013\u2014]+\s*(?:[^\W\d_]{1,6}|30)\s*[-\u2013\u2014]+|#\s?#\s?#)$")


class ClosingLabel(Cleaner):
    """A lead-in ending the body with nothing after it ("Related posts:"); button lines; end marks ("(END)", "（完）")."""

    name = "closing_label"
    order = 990
    max_words = 6

    def clean(self, doc: Document) -> Document:
        if boxes := chrome_boxes(doc):      # "Newsletter" / "The news in your inbox." / "Sign up" (`_chrome_box`)
            doc = doc.drop_blocks({i: (self.name, rule) for i, rule in boxes.items()})
        buttons = button_calls(doc.blocks)
        if buttons and len(buttons) < len(doc.blocks):     # a body of buttons alone is left to the length gate
            doc = doc.drop_blocks({i: (self.name, rule) for i, rule in buttons})
        if len(doc.blocks) > 1 and doc.blocks[-1].kind != "code" and _END_MARK.match(doc.blocks[-1].text.strip()):
            doc = doc.drop_blocks({len(doc.blocks) - 1: (self.name, "end-mark")})
        blocks = doc.blocks
        end = len(blocks)
        while end > 1:
            block = blocks[end - 1]
            text = block.text.rstrip()
            if block.kind == "code" or not text.endswith(":") or not 0 < word_count(text) <= self.max_words:
                break
            end -= 1
        if end == len(blocks):
            if end > 1 and blocks[-1].kind != "code" and _topic_label(blocks[-1].text, lang.document_languages(doc)):
                return doc.drop_blocks({end - 1: (self.name, "closing-topic")})
            return doc
        return doc.drop_blocks({i: (self.name, "closing-label") for i in range(end, len(blocks))})


def _topic_label(text: str, langs: tuple[str, ...]) -> bool:
    """A related label of two words or more (``related``) and a topic's or section's name of one to `MAX_TOPIC_WORDS`
    capitalised words after it, no stop (rule ``closing-topic``): "Mehr zum Thema Wärmepumpe", "Mehr aus Wirtschaft"."""
    m = lang.pattern("related", langs, where="start").match(text.strip())
    words = text.strip()[m.end(1):].split() if m else ()
    return bool(m) and " " in m.group(1).strip() and 0 < len(words) <= MAX_TOPIC_WORDS \
        and all(w[:1].isupper() for w in words) and text.rstrip()[-1:].isalnum()
