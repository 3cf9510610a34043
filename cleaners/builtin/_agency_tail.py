"""A news agency's short tag glued to the end of a paragraph (``agency-tail``, read by agency_credit.py).

National agencies sign a story by their tag in brackets or slashes after its last sentence: "... v pondělí. /ČTK/",
"... a hétfői ülésen. (MTI)", "... ranar Litinin. (NAN)", "... u ponedjeljak. (Hina)", "... på mandag. /ritzau/",
"... den Plan. (lsw/dpa)". The tag, cut off into ``metadata.credits``, is the paragraph's end after a sentence's stop
and a space; inside its brackets (round, square, full-width) or slashes are parts parted by "/" or ",": each an agency
(`_wire.AGENCIES`, in any case: "Hina", "ritzau"), an acronym of two to six capitals ("NAN", "STT"), or an editor's
initials of two or three small letters beside one of those. A bracket that closes a sentence ("... (NATO)." ends with
its stop), a word in brackets ("(Foto)", "(video)") and a tag inside a sentence stay; the paragraph before the tag keeps
`MIN_HEAD_WORDS` words at least. A tag under a label after a dash goes too ("... v pondělí. — Autor: ČTK", one word
and its colon in any language; `_labelled_tail`).
"""
from __future__ import annotations

import re

from ..lines import CAPITAL, stop_class, word_count
from ._wire import AGENCIES

MIN_HEAD_WORDS = 6
MAX_TAG_CHARS = 30
_AGENCY_WORDS = {a.casefold() for a in AGENCIES}
_ACRONYM = re.compile(rf"[{CAPITAL}]{{2,6}}")
_INITIALS = re.compile(r"[^\W\d_A-Z]{2,3}")
_STOP = stop_class('!?»”"')
_TAIL = re.compile(rf"(?<=[{_STOP}])\s+(?P<tag>\((?P<a>[^()\n]{{2,{MAX_TAG_CHARS}}})\)|\[(?P<b>[^\[\]\n]{{2,"
                   rf"{MAX_TAG_CHARS}}})\]|\uff08(?P<c>[^\uff08\uff09\n]{{2,{MAX_TAG_CHARS}}})\uff09|/(?P<d>[^/\s]"
                   rf"[^/\n]{{1,{MAX_TAG_CHARS}}})/)\s*$")
# "... v pondělí. — Autor: ČTK": a dash, a label's word and its colon, the tag
_LABELLED = re.compile(rf"(?<=[{_STOP}])\s+[\u2013\u2014]\s*[^\W\d_]{{2,20}}\s*:\s*"
                       rf"(?P<tag>[^\s:/,][^:\n]{{0,{MAX_TAG_CHARS}}}?)\s*$")


def _part(part: str) -> str | None:
    """'agency', 'initials' or None for one part of a tag."""
    if part.casefold() in _AGENCY_WORDS or _ACRONYM.fullmatch(part):
        return "agency"
    return "initials" if _INITIALS.fullmatch(part) else None


def agency_tail(text: str) -> int | None:
    """Where the agency tag glued to the end of ``text`` starts (module docstring), or None."""
    if not text.rstrip().endswith((")", "/", "]", "\uff09")):
        return _labelled_tail(text) if "\u2014" in text or "\u2013" in text else None
    m = _TAIL.search(text)
    if m is None or word_count(text[:m.start()]) < MIN_HEAD_WORDS:
        return None
    inner = next(g for g in m.group("a", "b", "c", "d") if g is not None)
    kinds = [_part(p.strip()) for p in re.split(r"[/,]", inner)]
    if None in kinds or "agency" not in kinds:
        return None
    return m.start("tag")


def _labelled_tail(text: str) -> int | None:
    """Where a labelled tag glued after a dash starts ("... v pondělí. — Autor: ČTK"): one word of any language and
    its colon, then the tag's parts, each an agency or an acronym (an editor's initials beside one)."""
    m = _LABELLED.search(text)
    if m is None or word_count(text[:m.start()]) < MIN_HEAD_WORDS:
        return None
    kinds = [_part(p.strip()) for p in re.split(r"[/,]", m.group("tag"))]
    return m.start() + len(m.group(0)) - len(m.group(0).lstrip()) if None not in kinds and "agency" in kinds else None
