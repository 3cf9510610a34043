"""A live badge and a gallery's picture counter as lines of their own, read by `navigation.Navigation` (rules
``live-badge``, ``gallery-counter``).

* A *live badge* is a ``live_badge`` word of the document's language alone on its line ("LIVE", "En direct",
  "Liveticker", "مباشر"), maybe after a badge's dot ("● Live", "🔴 LIVE") and maybe with a relative stamp or a clock
  time after it ("● LIVE · Updated 5 min ago", "Live 14:32"). The word alone, with neither, is taken in the
  first `LIVE_HEAD_BLOCKS` blocks only (where a live page prints its badge); deeper it may be the article's line.
* A *gallery counter* is a picture's number and the gallery's count alone on the line: maybe after a ``photo``
  word ("Photo 3 of 20", "Bild 3 von 20", "صورة 3 من 20", "Фото 3 из 20"), the number and the count parted by a
  slash or by the language's word of a page counter (its ``pager`` template "# of #", "# von #", "# من #"),
  the number from 1 to the count. Without a photo word the slash must have spaces around it ("1 / 12": "3/12" may be
  a date), unless the number is 1 (the first picture, where a gallery opens: "1/12") or the count is no day ("4/40");
  "3 of 20" without a photo word is the ``pager`` rule's. A sentence ("3 of 20 people said ...") and a
  score ("Arsenal 2-1 Chelsea", "2 : 1") are no whole match and stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ._relative_stamp import relative_stamp

LIVE_HEAD_BLOCKS = 8
MAX_LINE_CHARS = 80
MAX_DAY = 31     # a count above it is no day of a date
_DOTS = "\u25cf\u2022\u2b24\u25c9\U0001f534"     # "●", "•", "⬤", "◉", "🔴"
_CLOCK = re.compile(r"^\d{1,2}[:.h]\d\d(?:\s?(?:[ap]\.?m\.?|uhr))?$", re.I)
_SEPARATOR = re.compile(r"^\s*[\u00b7\u2022|\u2013\u2014:-]?\s*")


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]):
    """(the live badge, the gallery counter) patterns in the words of ``langs``."""
    live = lang.alternation(lang.words("live_badge", langs))
    badge = re.compile(rf"^(?P<dot>[{_DOTS}]\s*)?(?:{live})(?!\w)(?P<rest>.*)$", re.I)
    ofs = sorted({m.group(1) for t in lang.words("pager", langs) if (m := re.fullmatch(r"# (\S+) #", t))})
    photo = lang.alternation(lang.words("photo", langs))
    between = rf"\s(?:{lang.alternation(ofs)})\s" if ofs else r"(?!)"
    counter = re.compile(rf"^[(\[]?(?:(?P<photo>{photo})\s+)?(?P<n>\d{{1,3}})(?P<sep>\s?/\s?|{between})"
                         rf"(?P<of>\d{{1,3}})[)\]]?$", re.I)
    return badge, counter


def live_badge(text: str, langs: tuple[str, ...], head: bool) -> bool:
    """Whether ``text`` is only a live badge (module docstring); ``head``: the line is among the first blocks."""
    text = text.strip()
    if len(text) > MAX_LINE_CHARS or not (m := _patterns(langs)[0].match(text)):
        return False
    rest = m.group("rest")
    if not rest.strip(" .!"):
        return head or bool(m.group("dot"))
    rest = rest[_SEPARATOR.match(rest).end():].strip()
    return bool(_CLOCK.match(rest)) or relative_stamp(rest, langs)


def gallery_counter(text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` is only a gallery's picture counter (module docstring)."""
    text = text.strip()
    if len(text) > MAX_LINE_CHARS or not (m := _patterns(langs)[1].match(text)):
        return False
    n, count = int(m.group("n")), int(m.group("of"))
    if not 1 <= n <= count or count < 2:
        return False
    if m.group("photo"):
        return True
    return m.group("sep") == " / " or m.group("sep") == "/" and (n == 1 or count > MAX_DAY)
