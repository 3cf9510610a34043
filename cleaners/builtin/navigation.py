"""Navigation left in a body, of a text or markdown export or of an extracted page: breadcrumb trails
and share rows.

* A *breadcrumb* is a line of two crumbs or more joined by one separator (``>``, ``›``,
  ``»``, ``/``, ``→``, ``|``), each crumb short (five words, 40 characters at most, no
  sentence): ``Home > World > Europe``, ``[Startseite](/) » [Politik](/politik)``. It is
  taken when its first crumb is a home word of the document's language ("Home",
  "Startseite", "Accueil"...; cleaners/lang ``home``), when every crumb is a link, or when
  it stands in the head of the body joined by ``›`` or ``»`` (which headlines do not use).
  The first crumb after the home page becomes ``metadata.section`` when none is known.
* A *share row* is a line of two share targets or more (social networks, "Email",
  "Print" and the ``share`` words of the document's language), as words or links, maybe
  after a share label: ``Share: [Facebook](…) [Twitter](…)``, ``Teilen: Facebook · X · E-Mail``.
  A sentence that names networks ("Facebook and Twitter were fined") is no row.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, screen
from ..document import Document
from ..lines import ends_sentence, word_count
from ..registry import Cleaner
from ..screen import SparseEditor

NETWORKS = frozenset({
    "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit", "pinterest", "tumblr", "xing", "vk",
    "vkontakte", "ok", "odnoklassniki", "bluesky", "mastodon", "threads", "flipboard", "pocket", "messenger", "viber",
    "line", "weibo", "wechat", "instagram", "youtube", "tiktok", "email", "e-mail", "mail", "sms", "rss", "print",
    "copy link",
})
_LINK = re.compile(r'!?\[([^\[\]\n]*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\)')
_SEPARATORS = (" > ", " \u203a ", " \u00bb ", " / ", " \u2192 ", " | ")
_MARKS = re.compile(r"^[#>*_\s]+|[*_]+$|\*\*|__")    # heading, quote and emphasis marks
MAX_CRUMB_WORDS, MAX_CRUMB_CHARS = 5, 40
HEAD_BLOCKS = 5
MIN_SHARE_ITEMS = 2


@lru_cache(maxsize=32)
def _vocabulary(langs: tuple[str, ...]):
    home = frozenset(lang.words("home", langs))
    share = frozenset(lang.words("share", langs))
    label = re.compile(rf"^{lang.alternation(lang.words('share', langs))}\s*[:\u2013\u2014-]?\s*", re.I)
    words = lang.alternation(sorted(home | share | NETWORKS))
    line_screen = screen.compile(rf"[>\x{{203a}}\x{{bb}}/\x{{2192}}|]|(?:^|[^\w]){words}(?:$|[^\w])")
    return home, share, label, line_screen


def crumbs(text: str) -> tuple[list[str], bool] | None:
    """(the crumbs, whether every crumb is a link) of a breadcrumb-shaped line, or None."""
    separator = next((s for s in _SEPARATORS if s in text), None)
    if separator is None:
        return None
    parts = [p.strip() for p in text.split(separator)]
    if len(parts) < 2 or any(not p for p in parts[:-1]):
        return None
    links = all(_LINK.fullmatch(p) for p in parts if p not in ("", "\u2026", "..."))
    names = [_LINK.sub(lambda m: m.group(1), p).strip() for p in parts]
    names = [n for n in names if n not in ("", "\u2026", "...")]
    if len(names) < 2 or any(len(n) > MAX_CRUMB_CHARS or word_count(n) > MAX_CRUMB_WORDS or ends_sentence(n)
                             or not re.search(r"\w", n) for n in names):
        return None
    return names, links


class Navigation(Cleaner):
    """Breadcrumb trails (first crumb into metadata.section) and share rows, in text exports and extracted pages."""

    name = "navigation"
    order = 190
    inputs = frozenset({"text", "html"})

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc)
        home, share, label, line_screen = _vocabulary(langs)
        edit = SparseEditor(doc, self.name)
        section = None
        for i in screen.candidates(doc.blocks, line_screen):
            block = doc.blocks[i]
            if block.kind == "code":
                continue
            text = _MARKS.sub("", block.text).strip()
            if self.share_row(text, share, label):
                edit.drop(i, "share-row")
                continue
            trail = crumbs(text)
            if trail is not None:
                names, links = trail
                first = names[0].casefold()
                if first in home or links or (i < HEAD_BLOCKS and any(s in text for s in (" \u203a ", " \u00bb "))):
                    edit.drop(i, "breadcrumb")
                    rest = names[1:] if first in home else names
                    section = section or (rest[0] if rest else None)
        return edit.done().meta_default(section=section)

    @staticmethod
    def share_row(text: str, share: frozenset[str], label) -> bool:
        """Share targets only (two or more), as words or links, maybe after a share label."""
        m = label.match(text)
        rest = text[m.end():] if m else text
        links = _LINK.findall(rest)
        rest = _LINK.sub(lambda m: " \u2022 " + m.group(1) + " \u2022 ", rest)
        items = [p for p in re.split(r"\s*[|\u00b7\u2022,/]\s*", rest) if p.strip()]
        targets = 0
        for item in items:
            key = item.strip(" .:!").casefold()
            if key in NETWORKS or key in share:
                targets += 1
            elif all(w.casefold() in NETWORKS or w.casefold() in share for w in key.split()):
                targets += len(key.split())     # "Facebook Twitter Email": targets parted by spaces
            else:
                return False
        return targets >= MIN_SHARE_ITEMS or (m is not None and targets >= 1 and len(links) >= 1)
