"""A caption printed after a photo label (``photo``) or a caption label (``caption``: "Caption", "Bildunterschrift",
"Légende"), maybe the picture's number in a gallery ("Foto 3/12"), and a colon, with no credit (rule
``labelled-caption``, read by captions.py): "PHOTO: A farmer inspects dry soil near the reservoir on Monday.",
"[Image: ...]", "Foto: Ein Landwirt prüft ...", "Caption: A farmer ..."."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..lines import COLON, opens_lower
from ._credit_forms import (MAX_BARE_CREDIT_WORDS, MAX_CAPTION_WORDS, WIRE_SERVICES, caption_words, ends_sentence,
                            word_count)

MIN_LABELLED_CAPTION_WORDS = 6
MIN_LOWER_WORDS = 2      # a caption is a phrase or a sentence: words in lower case, where a credit is names
_DASHED = re.compile(r"\s[\u2013\u2014-]\s")
# a credit in brackets closing a caption, a name and its agency parted by a slash: "(EFE/Ann Lee)", "（新华社/李明）"
_BRACKETED_CREDIT = re.compile(r"\s*[(\uff08](?P<credit>[^()\uff08\uff09/\uff0f]{2,40}[/\uff0f]"
                               r"[^()\uff08\uff09/\uff0f]{2,40})[)\uff09]$")
# a wire service in brackets closing a caption: "(AP)", "（共同）"
_BRACKETED = re.compile(r"\s*[(\uff08](?P<credit>[^()\uff08\uff09]{2,30})[)\uff09]$")
_PARTED = re.compile(r"\S\s?[/\uff0f]\s?\S")     # a name and its agency: "วิชัย ท. / สำนักข่าว", a credit
LOWER_SHARE = 1 / 3      # of the words after the first ("Ann Lee for the Harbour Times Photo Service": 2 of 7)


@lru_cache(maxsize=32)
def _caption_label(langs: tuple[str, ...]):
    photo = lang.alternation(lang.words("photo", langs) + lang.words("caption", langs))    # "Caption: ...", "Légende : ..."
    # (the label may number the picture in a gallery: "Foto 3/12: ...")
    number = r"(?:\s*\d{1,3}\s*/\s*\d{1,3})?"
    # (a bracket closes the line when one opened it: "[Image: ...]"; a caption's own bracket stays: "... (EFE/Ann Lee)")
    return re.compile(rf"^(?P<open>[\[(])?\s*(?:{photo}){number}\s*{COLON}\s*(?P<caption>\S.{{10,300}}?)\s*"
                      r"(?(open)[\])]?)$", re.I)


def labelled_caption(text: str, langs: tuple[str, ...]) -> str | None:
    """The caption of a line that is a photo label, a colon and a caption (rule ``labelled-caption``: "PHOTO: A farmer
    inspects dry soil near the reservoir", "[Image: ...]"): `MIN_LABELLED_CAPTION_WORDS` to `MAX_CAPTION_WORDS` words with
    a third of them in lower case at least (a credit's names are capitalised), no reported speech; None otherwise."""
    m = _caption_label(langs).match(text.strip())
    if m is None:
        return None
    caption = m.group("caption")
    if _DASHED.search(caption):
        return None      # "Foto: caption — agency" is the credited caption's; a long aside after a dash, prose
    words = caption.split()
    lower = sum(opens_lower(w) for w in words[1:])
    if not MIN_LABELLED_CAPTION_WORDS <= caption_words(caption) <= MAX_CAPTION_WORDS \
            or lang.pattern("reported", langs).search(caption) \
            or (_PARTED.search(caption) if _uncased(caption)
                else lower < MIN_LOWER_WORDS or lower < LOWER_SHARE * (len(words) - 1)):
        return None
    return caption


def _uncased(text: str) -> bool:
    """Most letters of ``text`` are of scripts without capitals (Japanese, Chinese, Arabic...): no lower-case word
    tells a caption from a credit's names there, a name and its agency parted by a slash does (`_PARTED`)."""
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() or c.islower() for c in letters) * 2 < len(letters)


def split_credit(caption: str) -> tuple[str, str | None]:
    """A labelled caption and the credit closing it in brackets, a wire service or a name and its agency parted by a
    slash ("Una calle del centro. (EFE/Ann Lee)" -> "Una calle del centro.", "EFE/Ann Lee"; "市長（共同）" -> "市長",
    "共同"); the caption whole and None otherwise."""
    m = _BRACKETED.search(caption)
    if not (m and m["credit"].strip().casefold() in WIRE_SERVICES):
        m = _BRACKETED_CREDIT.search(caption)
        if m and (word_count(m["credit"]) > 2 * MAX_BARE_CREDIT_WORDS or ends_sentence(m["credit"])):
            m = None
    if m is None or not caption[:m.start()].strip():
        return caption, None
    return caption[:m.start()].rstrip(), m["credit"].strip()
