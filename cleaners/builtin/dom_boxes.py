"""Boxes set in an article by the sites of the 2020s: a key-points box, a "listen" bar, an embed's consent notice.

* ``key-points-box``: a list of `MIN_ITEMS` to `MAX_ITEMS` short points (`MAX_ITEM_WORDS` words each, no link)
  right under a label that is only a key-points label of the page's languages (cleaners/lang ``key_points``: "Key
  points", "Das Wichtigste in Kürze", "Главное", "この記事のポイント"; its colon and marks aside), the two alone in a
  box of their own (their parent, grown to the ancestors that add no text, never the main text container or one of
  its ancestors, `protected_ids`): the box goes. The text stage (`_key_points`) takes such a box by its bullets,
  which an html list loses in the extraction. A label and a list in the article's flow (a subheading "Summary"
  over the story's own list, between its paragraphs) stay, and so does a list of links under such a label.
* ``audio-bar``: the bar around an ``<audio>`` (or ``<amp-audio>``) player: its outermost ancestor whose text is
  `MAX_BAR` characters at most and no sentence ("Listen to this article 6 min", "Слушать статью 7 min"), whatever its
  words. A player under a caption in sentences, or in the article's paragraph, stays.
* ``consent-placeholder``: the box standing for an embed until the reader consents: a notice of `MAX_NOTICE_WORDS`
  words at most ending a sentence and naming cookies (the page languages' ``legal_phrases`` or English's
  ``loanwords``, as `_notice_shape.consent_banners` reads a banner in the text) or the embed as external or
  third-party content, or cookies, in the page languages' words (``embed_notice``: "Externer Inhalt", "contenu
  tiers", "外部コンテンツ", "쿠키") and one or two buttons of
  `MAX_BUTTON_WORDS` words ("Show content", "Inhalt anzeigen"), nothing else (no heading, list, table or picture):
  the box around the button grown while it adds only the notice. The text stage takes a banner by the button line
  under it, which the extraction drops. A sentence naming cookies without a button, a box with a heading (a recipe
  card) and a disclosure control (``aria-expanded``) stay.
"""
from __future__ import annotations

from functools import lru_cache

from .. import lang
from ..document import Document
from ..lines import COLON_MARKS, UNSPACED_LETTER, ends_sentence, spaced_word_count, word_count
from ..registry import Cleaner
from ._dom import ancestors, outermost, previous_element, protected_ids, remove, text_of

MIN_ITEMS = 2
MAX_ITEMS = 6
MAX_ITEM_WORDS = 40
MAX_LABEL_CHARS = 60
MAX_BAR = 80           # characters of an audio player's bar
MAX_NOTICE_WORDS = 60  # words of an embed's consent notice
MAX_NOTICE_BOX = 400   # characters of its box
MAX_BUTTON_WORDS = 4
_NOT_IN_NOTICE = "h1, h2, h3, h4, h5, h6, ul, ol, table, img, picture, figure, textarea"
SLACK = 3              # characters a key-points box may hold besides its label and list (spaces, marks)
_DECOR = " *_#>|\u2728\U0001f4cc\U0001f4a1\u26a1" + COLON_MARKS
_STOP_TAGS = frozenset({"body", "html", "main", "article"})


@lru_cache(maxsize=32)
def _labels(langs: tuple[str, ...]) -> frozenset[str]:
    return frozenset(lang.words("key_points", langs))


def _words(text: str) -> int:
    """Words, two letters of an unspaced script counting as one."""
    return -(-word_count(text) // 2) if UNSPACED_LETTER.search(text) else word_count(text)


def _grown(node, size: int, protected: frozenset[int]):
    """``node`` grown to its outermost ancestor whose text is no longer than ``size`` (None when ``node`` is
    protected)."""
    if node.mem_id in protected or node.tag in _STOP_TAGS:
        return None
    box = node
    for a in ancestors(node):
        if a.mem_id in protected or a.tag in _STOP_TAGS or len(text_of(a)) > size:
            break
        box = a
    return box


def key_point_boxes(dom, protected: frozenset[int], langs: tuple[str, ...]) -> list:
    """The key-points boxes of the page (module docstring)."""
    found = []
    for lst in dom.css("ul, ol"):
        label = previous_element(lst)
        if label is None or label.tag in ("ul", "ol", "li") or lst.css_first("a") is not None:
            continue
        head = text_of(label)
        if not head or len(head) > MAX_LABEL_CHARS \
                or " ".join(head.strip(_DECOR).lower().split()) not in _labels(langs):
            continue
        items = [text_of(li) for li in lst.css("li")]
        if not MIN_ITEMS <= len(items) <= MAX_ITEMS or any(not t or _words(t) > MAX_ITEM_WORDS for t in items):
            continue
        parent = lst.parent
        size = len(head) + len(text_of(lst)) + SLACK
        if parent is None or len(text_of(parent)) > size:
            continue
        box = _grown(parent, size, protected)
        if box is not None:
            found.append(box)
    return found


def audio_bars(dom, protected: frozenset[int]) -> list:
    """The bars around the page's audio players (module docstring)."""
    found = []
    for player in dom.css("audio, amp-audio"):
        box, text = None, ""
        for a in ancestors(player):
            if a.mem_id in protected or a.tag in _STOP_TAGS or a.tag == "p":
                break
            t = text_of(a)
            if len(t) > MAX_BAR or ends_sentence(t):
                break
            box, text = a, t
        if box is not None and text:
            found.append(box)
    return found


def consent_placeholders(dom, protected: frozenset[int], langs: tuple[str, ...]) -> list:
    """The consent placeholders of the page's embeds (module docstring)."""
    found, seen, words = [], set(), None
    for button in dom.css("button"):
        label = text_of(button)
        if not label or spaced_word_count(label) > MAX_BUTTON_WORDS or "aria-expanded" in button.attributes:
            continue
        box, node = None, button.parent
        while node is not None and node.mem_id not in protected and node.tag not in _STOP_TAGS:
            size = len(text_of(node))
            if size > MAX_NOTICE_BOX:
                break
            box, node = node, node.parent
            if size > len(label) + 1:       # the first ancestor holding text besides the button: the notice's box
                break
        if box is None or box.mem_id in seen or box.css_first(_NOT_IN_NOTICE) is not None:
            continue
        seen.add(box.mem_id)
        buttons = [text_of(b) for b in box.css("button")]
        notice = text_of(box)
        for b in filter(None, buttons):    # (from the end: a button's words may stand in the notice, "表示するには"
            head, _, tail = notice.rpartition(b)       # over "表示する")
            notice = f"{head} {tail}"
        notice = " ".join(notice.split())
        if len(buttons) > 2 or not notice or _words(notice) > MAX_NOTICE_WORDS or not ends_sentence(notice):
            continue
        if words is None:
            words = (lang.pattern(("legal_phrases", "embed_notice"), langs),
                     lang.pattern("loanwords", (lang.FALLBACK,)))
        if words[0].search(notice) or words[1].search(notice):
            found.append(box)
    return found


class DomBoxes(Cleaner):
    """A key-points summary box, an audio player's bar and an embed's consent placeholder set in an article."""

    name = "dom_boxes"
    scope = "html"
    order = 75
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None or dom.body is None:
            return doc
        lists, players = dom.css_first("ul, ol") is not None, dom.css_first("audio, amp-audio") is not None
        buttons = dom.css_first("button") is not None
        if not lists and not players and not buttons:
            return doc
        protected = protected_ids(dom)
        candidates = []
        langs = lang.languages(lang.page_language(doc)) if lists or buttons else ()
        if lists:
            candidates += [(n, "key-points-box") for n in key_point_boxes(dom, protected, langs)]
        if buttons:
            candidates += [(n, "consent-placeholder") for n in consent_placeholders(dom, protected, langs)]
        if players:
            candidates += [(n, "audio-bar") for n in audio_bars(dom, protected)]
        for node, rule in outermost(candidates):
            doc = remove(doc, self.name, rule, node)
        return doc
