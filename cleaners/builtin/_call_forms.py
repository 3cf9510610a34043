"""Two kinds of call calls_to_action reads (split from it): a read-more or related label (``read-more``) and a call to
follow the site on a social network (``social``); see calls_to_action's docstring."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ._comment_lines import SENTENCES
from ._lone_line import EDGES
from ._networks import SITES, SOCIAL_SITE, without_sites

# after a read-more label of the document's language: nothing, or (a label of two words or more)
# a link after a colon, bar or arrow
_READ_MORE_ALONE = re.compile(r"[\s.\u2026!\u00bb\u203a\u2192]*$")
_READ_MORE_LINK = re.compile(r"(?:\s*[:\uff1a|\u00bb\u203a\u2192]|\s+[-\u2013\u2014])\s*\S.*$")   # "Read more - <headline>"
# "Like Twitter, a blog eats away at your schedule": a one-word opener, a network's name and a comma, then a clause
# (`_likened`)
_LIKENED = re.compile(rf"\w+\s+(?:{SITES})\w{{0,4}}\s*,\s*((?:\S+\s+){{2,}}\S+)", re.I)
_DOMAIN = re.compile(r"\s+[\w-]+\.[a-z]{2,6}(?:\s*$|\s*[:|\u00bb\u203a\u2192]\s*\S.*$)")   # "Also on example.com: ..."


def read_more(text: str, langs: tuple[str, ...]) -> bool:
    """A read-more label of ``langs`` (``read_more``) alone, or of two words or more before a link:
    "Weiterlesen »", "Lire la suite : ..."; a related box's label (``related``) alone: "Mehr zum
    Thema"; "Mehr Geld für Schulen", "More: http://..." (a list of links) and "Suite à la
    décision, ..." stay."""
    if lang.pattern("related", langs, where="line").match(text.strip(" .:\u2026!\u00bb\u203a\u2192")):
        return True       # a related box's label left alone ("Mehr zum Thema", "Meistgelesen")
    m = lang.pattern("related", langs, where="start").match(text)
    if m and (_READ_MORE_LINK.match(text, m.end(1)) or _DOMAIN.match(text, m.end(1))) \
            and not lang.pattern("reported", langs).search(text):
        return True       # before a link: "See also: ...", "Related: ...", "Also on example.com"
    m = lang.pattern("read_more", langs, where="start").match(text)
    if not m or lang.pattern("reported", langs).search(text):
        return False
    return bool(_READ_MORE_ALONE.match(text, m.end(1))
                or (len(m.group(1).split()) > 1 and _READ_MORE_LINK.match(text, m.end(1))))


def follow_call(text: str, langs: tuple[str, ...]) -> bool:
    """A sentence opens with a call to follow the site (``follow``: "Folgen Sie uns auf ...",
    "Share on Facebook"), or a call of two words or more stands in the line ("Please follow us
    on X"), and nobody is reported: "Folgen Sie der Debatte auf Twitter, sagte der Minister" stays."""
    if lang.pattern("reported", langs).search(text):
        return False
    opening, lines = lang.pattern("follow", langs, where="start"), (text, without_sites(text))   # "Bizi Facebook-da izləyin"
    sentences = [s for s in SENTENCES.split(text.strip()) if not _likened(s)]
    if any(opening.match(s.lstrip(EDGES + "\u00bf\u00a1")) for line in (sentences, [without_sites(s) for s in sentences])
           for s in line):
        return True
    return any(_follow_phrases(langs).search(line) for line in lines)


def _likened(sentence: str) -> bool:
    """The sentence likens something to a network ("Like Twitter, a blog eats away at your schedule"): one word,
    the network's name and a comma open it, and a clause of three words or more naming no network follows; a call
    names its object first ("Like us on Facebook, ..."), or lists networks after the comma ("Share on X, Facebook")."""
    m = _LIKENED.match(sentence.strip().lstrip(EDGES + "\u00bf\u00a1"))
    return bool(m) and not SOCIAL_SITE.search(m.group(1))


@lru_cache(maxsize=32)
def _follow_phrases(langs: tuple[str, ...]) -> re.Pattern:
    """The follow calls of ``langs`` of two words or more ("follow us", "join our channel"), anywhere."""
    phrases = [p for p in lang.words("follow", langs) if " " in p]
    return re.compile(rf"(?<!\w){lang.alternation(phrases)}(?!\w)", re.I)
