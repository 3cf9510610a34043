"""Captions known by their mark, in any language (read by captions.py).

* ``caption-attributes``: an image's attributes printed as a line, nothing else on it: ``alt="Fans at the gate"
  title="Fans at the gate"`` (two attributes or more, or one ``alt``/``title``, their values quoted); the caption is
  the ``alt`` or ``title`` value. A sentence that quotes an attribute ('Use alt="" for a decorative image.') stays.
* ``caption-mark``: a line opening with a picture's sign (a camera or frame emoji, an up-pointing triangle or arrow
  that points at the picture above) and a space, then a caption of `MIN_WORDS` to `MAX_WORDS` words that does not
  end with a sentence's stop, maybe its credit after a middle dot ("📷 Fans at the gate · Photo: Harbour Gazette",
  "▲ The ferry leaves the harbour at dawn"). A line beside it opening with the same sign makes a list: it stays.
  A gallery's counter, its number not above the count, and a separator open a caption the same way ("7/12 · The ferry
  leaves the harbour", "3 von 8 – Die Fähre"); "24/7 – open all night" (a number above the count) stays.
* ``image-file``: a line that is only an image's file name, maybe with its path and in brackets, as a dump prints
  a picture it cannot show ("[dsc_0412_1200x800.jpg]", "(/media/harbour.webp)"): it goes, and the line right under it
  is its caption (``caption-under-file``) when caption-shaped: `MIN_WORDS` to `MAX_WORDS` words, not ending with a
  sentence's stop unless `MAX_STOPPED_WORDS` words at most, no colon at its end; not under a file's address in
  parentheses, the second line of a markdown image a dump wrapped ("![Caption]" / "(https://…/harbour.jpg)"), whose
  next line is the article's. A line that names a file inside a sentence ("The file photo.jpg was deleted.") is no
  file name alone and stays, and so does a long paragraph under one.
"""
from __future__ import annotations

import re

from ..lines import ends_sentence, word_count

MIN_WORDS = 2
MAX_WORDS = 30
_ATTRIBUTE = r"[a-zA-Z][\w:-]*=(?:\"[^\"\n]*\"|'[^'\n]*')"
_ATTRIBUTES = re.compile(rf"^\s*(?:<img\s+)?{_ATTRIBUTE}(?:\s+{_ATTRIBUTE})*\s*/?>?\s*$")
_VALUE = re.compile(r"\b(?:alt|title)=(?:\"([^\"\n]*)\"|'([^'\n]*)')")
_MARK = re.compile(r"^(?P<sign>\U0001f4f7|\U0001f4f8|\U0001f5bc\ufe0f?|\u25b2|\u25b3|\u2b06\ufe0f?|\u2191)\s+(?P<rest>\S.*)$")
# (a file name is short: longer lines are never tried, and no two stars of the pattern read the same characters)
_IMAGE_FILE = re.compile(r"^\s*[\[(]?\s*(?:\S*/)?[\w.%~+-]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|heic)\s*[\])]?\s*$", re.I)
MAX_FILE_CHARS = 200
MAX_STOPPED_WORDS = 15
# a gallery's counter and a separator before the picture's caption: "7/12 · ", "3 / 8 | ", "3 of 8 – ", "3 von 8 · "
_COUNTER = re.compile(r"^(?P<n>\d{1,3})\s?(?:/|\s[^\W\d_]{1,4}\s)\s?(?P<of>\d{1,3})\s+[\u00b7\u2022|\u2013\u2014-]\s+(?P<rest>\S.*)$")
_CREDIT_AFTER = re.compile(r"\s+[\u00b7\u2022|]\s+[^\u00b7\u2022|]{1,80}$")


def attribute_caption(text: str) -> str | None:
    """The caption of a line that is only an image's attributes (``caption-attributes``), or None."""
    if "=" not in text or not _ATTRIBUTES.match(text):
        return None
    values = [a or b for a, b in _VALUE.findall(text)]
    if not values or len(re.findall(_ATTRIBUTE, text)) < 2 and not values[0].strip():
        return None
    return next((v.strip() for v in values if v.strip()), "")


def mark_caption(text: str, before: str, after: str) -> tuple[str, str] | None:
    """(rule, caption) of a line that is an image's attributes or opens with a picture's sign, or None (the caption
    of an attributes line may be empty: its values are blank)."""
    if (caption := attribute_caption(text)) is not None:
        return "caption-attributes", caption
    if caption := marked_caption(text, before, after):
        return "caption-mark", caption
    if _image_file(text):
        return "image-file", ""
    if _image_file(before) and not before.lstrip().startswith("(") and (caption := _file_caption(text)):
        return "caption-under-file", caption
    return None


def _image_file(text: str) -> bool:
    """``text`` is only an image's file name (``image-file``): a letter or digit in the name, `MAX_FILE_CHARS` at most,
    its brackets closed (a wrapped line of a markdown image ends "…/harbour.jpg)": it is the image's tail)."""
    return len(text) <= MAX_FILE_CHARS and bool(_IMAGE_FILE.match(text)) and \
        any(c.isalnum() for c in text.rpartition("/")[2].rpartition(".")[0]) and \
        text.count("(") == text.count(")") and text.count("[") == text.count("]")


def _file_caption(text: str) -> str | None:
    """``text`` when caption-shaped under an image's file name (``caption-under-file``, module docstring), else None."""
    caption, count = text.strip(), word_count(text)
    if not MIN_WORDS <= count <= MAX_WORDS or caption.endswith((":", "\uff1a")) or \
            ends_sentence(caption) and count > MAX_STOPPED_WORDS:
        return None
    return caption


def marked_caption(text: str, before: str, after: str) -> str | None:
    """The caption of a line opening with a picture's sign or a gallery's counter (``caption-mark``), or None."""
    m = _MARK.match(text.strip())
    if m is None and (c := _COUNTER.match(text.strip())) and 0 < int(c.group("n")) <= int(c.group("of")):
        m = c         # "7/12 · The ferry leaves the harbour" (a counter is no list's sign: no neighbour test)
    elif m is None or before.lstrip().startswith(m.group("sign")) or after.lstrip().startswith(m.group("sign")):
        return None
    caption = _CREDIT_AFTER.sub("", m.group("rest")).strip()
    if not MIN_WORDS <= word_count(caption) <= MAX_WORDS or ends_sentence(caption):
        return None
    return caption
