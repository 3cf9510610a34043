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
  A label in words no language file holds ("Paylaş:", one or two words and a colon) counts before
  two networks or more parted by bars, dots or links, never by commas ("Sponsors: Facebook, Google"
  stays). A sentence that names networks ("Facebook and Twitter were fined") is no row. A share label
  alone with its colon ("Share this:", "Teilen mit:") is the row's label, its targets gone.
* A *tool row* is a line of segments parted by ``·``, ``|``, ``•`` or ``/`` where most
  segments (two at least, more than half) are article tools of the document's language
  (cleaners/lang ``article_tools``: print, e-mail or send to a friend, link to this article,
  bookmark, text size, a hit or view count): ``66 hits · Print article · Send to friend``;
  a lone tool phrase of two words or more is one too ("Adjust text size:", "Text size: A A A").
* A *follower-count* line is made only of segments that name a network and a count of its
  followers (``follower_counts``): ``Twitter (17,951 followers) • Facebook (3,507 likes)``.
* A *pager* line is a page counter standing alone (``pager``: templates where ``#`` is a
  number): ``1 - 4 of 20``, ``Showing 1-10 of 48``, ``Seite 2 von 5``.
In these templates a number reads as ``#`` and a range as ``#-#``; a sentence that holds the
same words ("The counter showed 1 - 4 of 20 seats left") is no whole match and stays.
* A *site-links* line is a row of the site's service pages, two thirds of its segments or more
  (``site_links``): ``About us | Contact | Privacy policy``, ``Impressum · Datenschutz · AGB``.
* An *ad-label* line is only an advertisement label (``ad_label``: "Advertisement", "Anzeige",
  "Story continues below advertisement"); a *home-link* line only a link back to the home page
  or the top (``back_home``: "Back to top", "Zur Startseite"); a *media-link* line only a link to a
  gallery, the photos or a video, a count or duration after it at most (``media_link``: "Zur
  Bildergalerie (24 Bilder)", "Voir la vidéo", "Play video 02:34"; not a lead-in ending with a colon,
  "More photos:", which introduces the photos that follow); a *media-teaser* line a headline with a
  media link of two words or more after it, another story's teaser ("Storm Hits the Coast Watch
  Video"; `media_teaser`); a *ui-control* line only a control of the
  page (``ui_controls``: "Skip to content", "Mehr anzeigen", "Afficher plus"); an *embed-notice* line only an
  embedded video's placeholder (``embed_notice``, `embed_notice`: "Externer Inhalt"). Headings are left alone.
* A *live-badge* line ("● LIVE", "En direct · il y a 5 min") and a *gallery-counter* line ("Photo 3 of 20",
  "Bild 3 von 20", "1 / 12") alone: `_live_gallery` (``live_badge`` words, the ``photo`` words and the ``pager``
  template's "of").
* *tool-lines*: `MIN_TOOL_LINES` blocks or more in a row, each only an article tool or share word
  (``article_tools``, ``share``) without a full stop: "Teilen", "Merken", "Drucken" set one per line
  between paragraphs. One such word alone is left: with nothing around it to say it is a tool row,
  it may be a line of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, linear_re, screen
from ..document import Document
from ..lines import COLON_MARKS, FULL_STOPS, ends_sentence, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._embed_notice import embed_notice
from ._live_gallery import LIVE_HEAD_BLOCKS, gallery_counter, live_badge
from ._lone_line import core, lone, screen_words
from ._networks import NETWORKS
from ._share_row import LINK as _LINK, framed_row, share_row, share_row_notice, share_tail

_SEPARATORS = (" > ", " \u203a ", " \u00bb ", " / ", " \u2192 ", " | ")
# (a run of emphasis marks at the end is tried from its first mark only: a long run before a word costs its length)
_MARKS = re.compile(r"^[#>*_\s]+|(?<![*_])[*_]+$|\*\*|__")    # heading, quote, emphasis marks
MAX_CRUMB_WORDS, MAX_CRUMB_CHARS = 5, 40
HEAD_BLOCKS = 5
MAX_ROW_WORDS = 30        # of a tool row or a follower-count line
MAX_PAGER_CHARS = 60
MAX_CHROME_CHARS = 60     # of a lone advertisement label or home link
MAX_TEASER_WORDS = 16     # of a headline with a media link after it
MIN_HEADLINE_WORDS = 3
MIN_TOOL_LINES = 2        # one-word tool lines in a row
MAX_TOOL_CHARS = 30
_NUMBER = re.compile(r"\d(?:[\d.,]|[\s\u00a0\u202f](?=\d{3}\b))*")
_RANGE = re.compile(r"(?<=#)\s*[-\u2013\u2014]\s*(?=#)")
# (RE2: with re, each start of a long run of "- - -" or of spaces was retried to its end: quadratic)
_SIZE_CONTROLS = linear_re.compile(r"(?:\s+(?:a[+-]?|[+-]))+$")     # "A A A", "A+ A-", "+ -" after a text-size label
_TOOL_SEGMENTS = linear_re.compile("\\s*[|\u00b7\u2022/]\\s*")


@lru_cache(maxsize=32)
def _vocabulary(langs: tuple[str, ...]):
    home = frozenset(lang.words("home", langs))
    share = frozenset(lang.words("share", langs))
    label = re.compile(rf"^{lang.alternation(lang.words('share', langs))}\s*[{COLON_MARKS}\u2013\u2014-]?\s*", re.I)
    words = lang.alternation(sorted(home | share | NETWORKS | set(lang.words("embed_notice", langs))))
    tools = lang.alternation(w for w in lang.words("article_tools", langs) if "#" not in w)
    chrome = lang.alternation(lang.words("ad_label", langs) + lang.words("back_home", langs)
                              + screen_words("media_link", langs) + lang.words("ui_controls", langs)
                              + lang.words("live_badge", langs))
    # two screens: the counted line of a pager in one with the words, RE2's DFA multiplies their states (5x slower)
    line_screens = (screen.compile(rf"^[^\n\d]{{0,40}}\d[^\n]{{0,{MAX_PAGER_CHARS}}}$"),
                    screen.compile(rf"[>\x{{203a}}\x{{bb}}/\x{{2192}}|\x{{b7}}\x{{2022}}]|(?:^|[^\w]){words}(?:$|[^\w])|"
                                   rf"^{tools}(?:$|[^\w])|^\W*{chrome}(?:$|[^\w])|"
                                   rf"\s{lang.alternation(_media_calls(langs))}[^\w\n]*$"))
    return home, share, label, line_screens


@lru_cache(maxsize=32)
def _counters(langs: tuple[str, ...]):
    """The tool, follower-count and pager patterns of ``langs`` over `shape` d text."""
    networks = lang.alternation(sorted(NETWORKS, key=len, reverse=True))
    counts = lang.alternation(lang.words("follower_counts", langs))
    follower = re.compile(rf"^(?:{networks})\s*:?\s*#\s*{counts}$|^#\s*{counts}\s+(?:\w+\s+)?(?:{networks})$", re.I)
    return lang.pattern("article_tools", langs, where="line"), follower, lang.pattern("pager", langs, where="line"), \
        lang.pattern("site_links", langs, where="line")


def shape(text: str) -> str:
    """``text`` lower-cased with every number as ``#``, a range as ``#-#``, no brackets, no end
    punctuation: "Showing 1 - 10 of 48." -> "showing #-# of #"."""
    text = _RANGE.sub("-", _NUMBER.sub("#", text.lower()))
    return " ".join(re.sub(r"[()\[\]]", " ", text).split()).strip(" .:;!")


def _sized(text: str) -> str:
    """``text`` without the text-size controls closing it (`_SIZE_CONTROLS`), substituted only when it has them."""
    return _SIZE_CONTROLS.sub("", text) if _SIZE_CONTROLS.search(text) else text


def tool_row(text: str, langs: tuple[str, ...]) -> str | None:
    """"tool-row", "follower-counts", "pager" or "site-links" for a line of article tools, follower
    counts, a page counter or the site's service pages (module docstring), else None."""
    tools, follower, pager, site = _counters(langs)
    if len(text) <= MAX_PAGER_CHARS and "#" in (whole := shape(text)) and pager.match(whole):
        return "pager"
    if word_count(text) > MAX_ROW_WORDS:
        return None
    parts = _TOOL_SEGMENTS.split(text) if _TOOL_SEGMENTS.search(text) else [text]   # (RE2's split: a slow Python layer)
    segments = [shape(p) for p in parts if p.strip()]
    if segments and all(follower.match(p) for p in segments):
        return "follower-counts"
    if len(segments) >= 2 and 3 * sum(1 for p in segments if site.match(p)) >= 2 * len(segments):
        return "site-links"
    hits = [p for p in segments if tools.match(_sized(p).strip(" .:;!"))]
    if len(segments) == 1:
        return "tool-row" if hits and " " in _sized(hits[0]).strip(" .:;!") else None
    return "tool-row" if len(hits) >= 2 and 2 * len(hits) > len(segments) else None


@lru_cache(maxsize=32)
def _lone_chrome(langs: tuple[str, ...]):
    return lang.pattern("ad_label", langs, where="line"), lang.pattern("back_home", langs, where="line")


def lone_chrome(text: str, langs: tuple[str, ...]) -> str | None:
    """"ad-label", "home-link", "ui-control" or "media-link" for a line that is only an advertisement
    label ("Advertisement", "Anzeige", "Story continues below advertisement"), a link back to the
    home page or the top ("Back to top", "Zur Startseite"), a control of the page ("Mehr anzeigen")
    or a link to a gallery or video ("Zur Bildergalerie (24 Bilder)"), arrows and end punctuation
    aside; else None."""
    line = core(text)
    if not line or len(line) > MAX_CHROME_CHARS:
        return None
    ads, home = _lone_chrome(langs)
    if ads.match(line):
        return "ad-label"
    if home.match(line):
        return "home-link"
    if lone("ui_controls", text, langs, count=False):
        return "ui-control"
    if embed_notice(line, langs):
        return "embed-notice"
    lead_in = text.rstrip().endswith(":")     # "More photos:" introduces the photos that follow it
    return "media-link" if not lead_in and lone("media_link", text, langs) else None


def _media_calls(langs: tuple[str, ...]) -> list[str]:
    """The media links of two words or more (``media_link``, no count in them): "watch video"."""
    return [p for p in lang.words("media_link", langs) if len(p.split()) > 1 and "#" not in p]


@lru_cache(maxsize=32)
def _media_call_at_end(langs: tuple[str, ...]) -> re.Pattern:
    """One of `_media_calls` ending the line."""
    return re.compile(rf"(?<=\w)\s+{lang.alternation(_media_calls(langs))}[\s.\u2026!\u00bb\u203a\u2192]*$", re.I)


def media_teaser(text: str, langs: tuple[str, ...]) -> bool:
    """A headline and a link to its video or gallery after it, the teaser of another story: "Storm
    Hits the Coast: First Pictures Watch Video", "Orkan über Hamburg Video ansehen"; a sentence
    before the call ("The storm hit the coast. Watch video") or a short label ("Our video") is no teaser."""
    if word_count(text) > MAX_TEASER_WORDS:
        return False
    m = _media_call_at_end(langs).search(text)
    if not m:
        return False
    headline = text[:m.start()].strip()
    return word_count(headline) >= MIN_HEADLINE_WORDS and not ends_sentence(headline)


def _runs(indices: list[int]) -> list[list[int]]:
    """Ascending ``indices`` grouped into runs of consecutive ones."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


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
    """Breadcrumb trails (first crumb into metadata.section), share and tool rows, follower counts, pagers, ad labels."""

    name = "navigation"
    order = 190
    inputs = frozenset({"text", "html"})

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc)
        home, share, label, line_screens = _vocabulary(langs)
        edit = SparseEditor(doc, self.name)
        section = None
        tools = []      # blocks that are one tool word alone
        for i in screen.candidates(doc.blocks, *line_screens):
            block = doc.blocks[i]
            if block.kind == "code":
                continue
            text = _MARKS.sub("", block.text).strip()
            if share_row(text, share, label):
                edit.drop(i, "share-row")
                continue
            if framed_row(text, share):
                edit.drop(i, "framed-share-row")
                continue
            if share_row_notice(text, share, label):     # "Share: Facebook · X   © 2025 Site." (`_share_row`)
                edit.drop(i, "share-row-notice")
                continue
            if (tail := share_tail(text, share, label)) is not None:      # rule glued-share-row
                edit.cut_tail(i, block.text.rindex(tail), "glued-share-row")
                continue
            if rule := tool_row(text, langs):
                edit.drop(i, rule)
                continue
            if live_badge(text, langs, i < LIVE_HEAD_BLOCKS):
                edit.drop(i, "live-badge")      # "● LIVE", "LIVE · Updated 5 min ago" (`_live_gallery`)
                continue
            if block.kind != "heading" and gallery_counter(text, langs):
                edit.drop(i, "gallery-counter")     # "Photo 3 of 20", "1 / 12" (`_live_gallery`)
                continue
            if block.kind != "heading" and (rule := lone_chrome(text, langs)):
                edit.drop(i, rule)
                continue
            if block.kind != "heading" and media_teaser(text, langs):
                edit.drop(i, "media-teaser")
                continue
            trail = crumbs(text)
            if trail is not None:
                names, links = trail
                first = names[0].casefold()
                if first in home or links or (i < HEAD_BLOCKS and any(s in text for s in (" \u203a ", " \u00bb "))):
                    edit.drop(i, "breadcrumb")
                    rest = names[1:] if first in home else names
                    section = section or (rest[0] if rest else None)
            elif block.kind != "heading" and self.tool_word(text, share, langs):
                tools.append(i)
        for run in _runs(tools):
            if len(run) >= MIN_TOOL_LINES:
                for i in run:
                    edit.drop(i, "tool-lines")
        return edit.done().meta_default(section=section)

    @staticmethod
    def tool_word(text: str, share: frozenset[str], langs: tuple[str, ...]) -> bool:
        """Only an article tool or share word, no full stop after it ("Teilen", "Merken")."""
        if len(text) > MAX_TOOL_CHARS or text.rstrip().endswith(FULL_STOPS):
            return False
        return text.strip(" :!").casefold() in share or bool(_counters(langs)[0].match(shape(text)))
