"""A picture's credit glued to the end of a paragraph (`glued-credit`, read by captions.py).

A dump that lost the line break between a paragraph and the credit under its picture ends the paragraph with it:
"... the market will stay open. Photo: Ann Lee/Harbour Wire", "... ในใจกลางเมือง ภาพ: สมศรี ใจดี / สำนักข่าวเหนือ".
The tail from a photo label of the document's languages (`photo`) and a colon (or "=", as Korean credits print it)
(or no colon after a label that ends with its abbreviation's stop: "Fot. Ann Lee / Agencja") to the end of the block
(maybe the whole between brackets: "... the market will stay open. (Photo: AFP/Ann Lee)") is cut inline when it is a
credit: names parted by a slash (or by a comma where the label follows a sentence's stop:
"Photo: Ann Lee, Harbour Wire"), `MAX_CREDIT_WORDS` words at most,
no sentence stop at its end; the label opens a sentence (after a sentence's stop, glued to it or not, or after a
space: Thai prints no stop) and is not in lower case ("... as the photo: Smith/Jones shows" goes on a sentence).
The paragraph before it stays, `MIN_HEAD_WORDS` words at least (a short line ending with its credit is a caption:
captions' `credited_caption`). Only the last `WINDOW` characters are searched."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re
from ..lines import COLON_MARKS, SENTENCE_STOPS, ends_sentence, opens_lower, stop_class, word_count

MAX_CREDIT_WORDS = 10
_STOPS = SENTENCE_STOPS     # every script's full stops and question marks ("։", "።", "。", "؟")
MIN_HEAD_WORDS = 8
WINDOW = 140
PART_WINDOW = 53    # the slash or comma parting the credit is among the last: 50 after it at most, ")", a line break


@lru_cache(maxsize=32)
def _pattern(langs: tuple[str, ...]) -> re.Pattern:
    photo = lang.alternation(lang.words("photo", langs))
    return re.compile(rf"(?:(?<=[{stop_class('!?。')}])\s*|\s+)(?P<open>\()?(?P<label>{photo})(?:\s*[{COLON_MARKS}=]|(?<=\.))\s*"
                      r"(?P<credit>[^()/:,\n]{2,50}(?P<part>[/\uff0f,])[^()/:\n]{2,50})(?(open)\))$", re.I)


@lru_cache(maxsize=32)
def _hint(langs: tuple[str, ...]):
    """The label words of `_pattern` in RE2, a quick test before it (`linear_re.hint`)."""
    return linear_re.hint(lang.alternation(lang.words("photo", langs)))


def credit_tail(text: str, langs: tuple[str, ...]) -> tuple[int, str] | None:
    """(where the glued credit of ``text`` starts, the credit), or None (module docstring)."""
    start, end = max(0, len(text) - WINDOW), text[-PART_WINDOW:]
    if "/" not in end and "\uff0f" not in end and "," not in end:
        return None
    m = _pattern(langs).search(text, start) if linear_re.may_find(_hint(langs), text[start:]) else None
    if m is None or opens_lower(m.group("label")):
        return None
    if m.group("part") == "," and not text[:m.start("label")].rstrip().endswith(_STOPS):
        return None     # "Name, Agency" after a comma only where the label opens a sentence after its stop
    credit = m.group("credit").strip()
    if word_count(credit) > MAX_CREDIT_WORDS or ends_sentence(credit) and not m.group("open") or \
            word_count(text[:m.start()]) < MIN_HEAD_WORDS:
        return None     # (in brackets, the credit may end with an initial's stop: "(Photo: AFP/Karim B.)")
    return m.start("open" if m.group("open") else "label"), credit
