"""A markdown image's caption printed again under it ("![Fans at the gate](/a.jpg)" / "*Fans at the gate*"): the
line right after a line that is only an image, the same as the image's alt text once its emphasis marks are off
(rule ``image-caption-echo``, read by markdown.py; the caption goes to metadata with the image). A line under an
image that says more than its alt text, or another thing, is the article's."""
from __future__ import annotations

import re

_IMAGE_LINE = re.compile(r"^!\[(?P<alt>[^\[\]\n]{3,300})\]\([^()\s]+(?:\s+\"[^\"\n]*\")?\)$")
_MARKS = " \t*_\u200b\u00a0"


def _key(text: str) -> str:
    return " ".join(text.strip(_MARKS).split()).casefold()


def caption_echoes(blocks) -> set[int]:
    """Indices of the lines repeating the caption of the image line right above them (module docstring)."""
    out = set()
    for i in range(len(blocks) - 1):
        if blocks[i].kind != "code" and (m := _IMAGE_LINE.match(blocks[i].text.strip())) \
                and blocks[i + 1].kind != "code" and _key(blocks[i + 1].text) == _key(m.group("alt")):
            out.add(i + 1)
    return out
