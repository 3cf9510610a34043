"""Post furniture: the lines blog and news software prints around a post, in the words of
the document's languages (cleaners/lang ``posted``, ``filed_in``, ``post_furniture``,
``post_links``, ``powered_by``, ``post_template``).

* ``post-template``: sentences the software prints under every post ("You can follow any
  responses to this entry through the RSS 2.0 feed.", "Bookmark the permalink."), each
  sentence of the line opening or closing with such a phrase; a bare URL right after a
  trackback line goes with it (``trackback-url``);
* ``furniture-row``: a row made only of controls and counters ("Permalink | Comments (3) |
  TrackBack (0)", "Subscribe to: Post Comments (Atom)", "Email This BlogThis! Share to
  Twitter", "No comments yet."): nothing but furniture phrases, numbers and separators, two
  phrases, or one with a count or a separator, or one of several words;
* ``post-link``: links to the previous and next post, as a label and a title ("Next post:
  Floods in the valley", title into ``metadata.related``), as a row with arrows
  ("« Older Entries", "< Prev | Next >") or as their titles with arrows, the blog's home
  between them ("« Older title | Main | Newer title »", titles into ``metadata.related``);
* ``powered-by``: the engine credit ("Powered by WordPress"), a short name after the phrase
  at the start of the line or of a segment;
* ``post-meta``: the post's meta line opened by a posted-word ("Posted by Ann Lee at 10:31
  AM | Permalink", "Posted in Travel, Food on May 3, 2012", "Published 4 hours ago"): it
  must carry a date, a time, categories, a separator or furniture (a name alone is a byline), and no segment
  may read as prose; categories go to ``tags``, the name of a line of the head to ``author``;
* ``post-stamp`` and ``post-controls``: a short post's stamp line and its tool controls (`_post_stamp`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang, lazy_re, screen
from ..dates import find_date
from ..document import Document
from ..lines import CAPITAL, COLON, is_quoted, opens_name, stop_class, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._byline import NAME, is_person_name
from ._glued_tails import cut_glued_tags
from ._post_stamp import MAX_STAMP_CHARS, NO_STAMP as _NO_STAMP, control_runs, stamp_line
from ._post_links import ARROWS as _ARROWS, MAX_ROW_WORDS, post_link as _post_link
from .title import head_end

_SEGMENT = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")
_SENTENCE = re.compile(rf"(?<=[{stop_class('!?')}])\s+(?=\S)")
_TIME = re.compile(r"\b[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?", re.I)
_COUNT = re.compile(r"\(\s*\d+\s*\)|\d")
_URL = re.compile(r"^<?https?://\S+>?$")
_LOWER_WORD = re.compile(rf"\b[^\W\d_{CAPITAL}][^\W\d_]*")     # a word opening with no capital (`lines.CAPITAL`)
_NAME_WORD = re.compile(r"^\w[\w.'’&+-]*$")
_DOMAIN_WORD = re.compile(r"^[\w-]+\.[a-z]{2,6}$")
MAX_CHARS = 600          # of any line a rule takes (and a bound on the work of its patterns)
MAX_META_WORDS = 30       # of a post-meta line
MAX_PROSE_WORDS = 2       # lower-case words a segment of a post-meta line may hold besides its labels
MAX_CATEGORY_WORDS = 4
MAX_CREDIT_WORDS = 5      # the name after "Powered by"


@lru_cache(maxsize=32)
def _patterns(langs: tuple[str, ...]) -> dict:
    def words(key):
        return lang.alternation(lang.words(key, langs))
    links = words("post_links")
    multi = lang.alternation(p for p in lang.words("post_links", langs) if " " in p)
    anywhere = lang.alternation(w for key in ("post_furniture", "post_links", "powered_by", "post_template")
                                for w in lang.words(key, langs))
    filed = set(lang.words("filed_in", langs))
    when = {w for key in ("on", "time_words") for p in lang.words(key, langs) for w in p.split()}
    # "by" and the word a posted-phrase ends with when it names the author ("pubblicato da", "eingestellt von")
    by = set(lang.words("by", langs)) | {p.split()[-1] for p in lang.words("posted", langs)
                                          if " " in p and p not in filed and p.split()[-1] not in when}
    connectors = frozenset(w for key in ("on", "time_words", "and", "by", "ago", "time_units") for p in
                           lang.words(key, langs) for w in p.split())
    return {
        "posted": lazy_re.compile(rf"^\W*({words('posted')})\b\s*{COLON}?", re.I),
        "filed": lazy_re.compile(rf"^({words('filed_in')})\b\s*{COLON}?\s*", re.I),
        "filed_within": lazy_re.compile(rf"(?<!\w)({words('filed_in')})\b\s*{COLON}?\s*", re.I),
        "furniture": lazy_re.compile(rf"(?<!\w)(?:{words('post_furniture')})(?!\w)", re.I),
        "links": lazy_re.compile(rf"(?<!\w)(?:{links})(?!\w)", re.I),
        "link_label": lazy_re.compile(rf"^\W*{multi}\s*{COLON}\s*(?P<title>\S.*)$", re.I),
        "powered": lazy_re.compile(rf"(?:^|[|•·.–—]\s*)(?:{words('powered_by')})\s+(?P<name>[^|•·–—]+?)(?=\s*[.!]?\s*$|\s*[|•·–—]|[.!]\s)",
                              re.I),
        "template": lazy_re.compile(rf"(?<!\w)(?:{words('post_template')})(?!\w)", re.I),
        "by_name": lazy_re.compile(rf"(?<!\w)(?:{lang.alternation(sorted(by, key=len, reverse=True))})\s*:?\s+(?P<name>{NAME})(?!\w)"),
        "ago": lazy_re.compile(rf"(?<!\w)(?:(?:{words('ago')})\s+\d+\s+{words('time_units')}|\d+\s+{words('time_units')}"
                          rf"(?:\s+{words('ago')})?)(?!\w)", re.I),
        "connectors": connectors,
        "home": frozenset(lang.words("home", langs)),
        "screen": screen.compile(rf"^\s*[«‹←]|[»›→]\s*$|^\W*{words('posted')}|(?:^|[|•·]\s*){words('filed_in')}|(?:^|[^\w]){anywhere}(?:$|[^\w])"),
    }


def _template(text: str, p: dict, langs: tuple[str, ...]) -> bool:
    """Every sentence opens or closes with a template phrase, or is a post-meta line or a row; or
    the line opens with one and ends with a colon, the post's title between ("Listed below are
    links to weblogs that reference Are we in? Yes.:")."""
    opening = p["template"].match(text.strip())
    if opening and text.rstrip().endswith(":") and word_count(text) <= MAX_META_WORDS:
        return True
    found = False
    for sentence in _SENTENCE.split(text.strip()):
        core = sentence.strip().rstrip(".!?: ")
        hits = [m for m in p["template"].finditer(core)]
        if any(m.start() == 0 or m.end() == len(core) for m in hits):
            found = True
        elif not (_meta(sentence, p, langs) or _row(sentence, p)):
            return False
    return found


def _row(text: str, p: dict) -> bool:
    """Only furniture phrases, numbers and separators: two phrases, or one with a count, a separator,
    a colon or an arrow, or one phrase of several words."""
    if word_count(text) > MAX_ROW_WORDS:
        return False
    found = {f.lower() for f in p["furniture"].findall(text)}
    hits = len(found)
    if _residue(text, p):
        return False
    return hits >= 2 or hits == 1 and bool(_COUNT.search(text) or _SEGMENT.search(text) or ":" in text
                                           or any(a in text for a in _ARROWS)
                                           or " " in next(iter(found)).strip())


def _short_name(text: str) -> bool:
    """A name of a few capitalised words ("Staff Writer", "Example.com Staff")."""
    words = text.split()
    return 0 < len(words) <= MAX_CATEGORY_WORDS and all(_capitalised(w) for w in words)


def _capitalised(word: str) -> bool:
    """A word of a name: opening with a capital, a digit or a letter of a script without capitals (`lines.opens_name`:
    "Staff", "24", "Σύνταξη", "რედაქცია"), or a domain ("example.com")."""
    return bool(_DOMAIN_WORD.match(word)) or (opens_name(word) or word[:1].isdigit()) and bool(_NAME_WORD.match(word))


def _residue(text: str, p: dict) -> list[str]:
    """The words of ``text`` that are neither furniture phrases nor numbers."""
    return [w for w in re.findall(r"\w+", p["furniture"].sub(" ", text)) if not w.isdigit()]


def _powered(text: str, p: dict) -> bool:
    """A powered-by phrase opening the line or a segment, then a short capitalised name."""
    if word_count(text) > MAX_ROW_WORDS:
        return False
    for m in p["powered"].finditer(text):
        name = m.group("name").split()
        if name and len(name) <= MAX_CREDIT_WORDS and all(_capitalised(w.strip(",()")) or w in ("-", "&", "and")
                                                          for w in name):
            return True
    return False


def _meta(text: str, p: dict, langs: tuple[str, ...] | None = None) -> tuple[str | None, list[str]] | None:
    """(author, categories) of a post-meta line, or None."""
    if len(text) > MAX_CHARS:
        return None
    m = p["posted"].match(text)
    if not m and (label := p["filed"].match(text)) and not text[label.end():].strip() and text.rstrip().endswith(":"):
        return None, []     # a label left alone: "Tags:", "Filed under:"
    if not m and word_count(text) <= MAX_META_WORDS:
        # after a counter or a short name: "1 Comment » | Published in ...", "Staff Writer | Tags: Floods"
        first = re.match(r"[^|•·]*[|•·]\s*", text)
        if first and (_row(first.group(0) + "|", p) or _short_name(first.group(0).strip(" |•·"))):
            m = p["posted"].match(text[first.end():]) or p["filed"].match(text[first.end():])
            text = text[first.end():]
    if not m or word_count(text) > MAX_META_WORDS or lang.pattern("reported", langs).search(text):
        return None
    rest = text[m.start(1):]
    evidence = bool(_SEGMENT.search(rest))
    for _ in range(3):      # dates and times out
        found = find_date(rest, langs)
        if not found:
            break
        rest, evidence = rest[:found.start] + " " + rest[found.end:], True
    rest, n = _TIME.subn(" ", rest)
    rest, k = p["ago"].subn(" ", rest)
    evidence = evidence or bool(n or k)
    function = set(lang.words("function_words", langs))
    author, tags = None, []
    for segment in _SEGMENT.split(rest):
        segment = segment.strip(" ,.;:")
        if segment and not _residue(segment, p):      # "| Permalink", "- Leave a comment", "Comments (3)"
            evidence = True
            continue
        filed = p["filed"].match(segment)
        if filed:       # "Posted in Travel, Food": the categories, short names each
            items = _categories(segment[filed.end():], p, function)
            if items is None:
                return None
            tags += items
            evidence = True
            continue
        if (by := p["by_name"].search(segment)) and is_person_name(by.group("name"), langs):
            author = author or _without_connector_tail(by.group("name"), p["connectors"])   # "Anne Leroy le 1 mai"
            segment = segment[:by.start()] + " " + segment[by.end():]    # a name alone makes a byline: no evidence
        if opener := p["posted"].match(segment):
            segment = segment[opener.end():]
        if filed := p["filed_within"].search(segment):     # "... at 12:23 am and is filed under Videos."
            items = _categories(segment[filed.end():], p, function)
            if items is None:
                return None
            tags += items
            evidence = True
            segment = segment[:filed.start()]
        lower = [w for w in _LOWER_WORD.findall(segment) if w.lower() not in p["connectors"]]
        if len(lower) > MAX_PROSE_WORDS:
            return None
    return (author, tags) if evidence else None


def _categories(text: str, p: dict, function: set[str]) -> list[str] | None:
    """The categories after a filed-in label, short names each (None when one reads as prose)."""
    items = [c.strip(" .,:;") for c in re.split(r"\s*[,/]\s*", text)]
    items = [_without_connector_tail(c, p["connectors"]) for c in items if c]
    if any(word_count(c) > MAX_CATEGORY_WORDS or c[0].islower() and c.split()[0] in function for c in items):
        return None
    return items


def _without_connector_tail(category: str, connectors: frozenset[str]) -> str:
    """A category or a name without the connector a date left behind ("Travel on" -> "Travel", "Anne Leroy le" ->
    "Anne Leroy")."""
    words = category.split()
    while len(words) > 1 and words[-1].lower() in connectors:
        words.pop()
    return " ".join(words)


class PostFurniture(Cleaner):
    """Post furniture of blogs and news sites: meta, feed, permalink, trackback, previous/next and powered-by lines."""

    name = "post_furniture"
    order = 650

    def clean(self, doc: Document) -> Document:
        langs = lang.document_languages(doc)
        p = _patterns(langs)
        head = None
        edit = SparseEditor(doc, self.name)
        meta: dict[str, str] = {}
        tags: list[str] = []
        related: list[dict] = []
        trackback_at = -2
        shaped = _shaped(doc, p, langs)
        for i in sorted({*screen.candidates(doc.blocks, p["screen"], _URL_SCREEN), *shaped}):
            block = doc.blocks[i]
            text = block.text.strip()
            if i in shaped:
                edit.drop(i, shaped[i])
                continue
            if block.kind == "code" or len(text) > MAX_CHARS or is_quoted(text) and not text.startswith(tuple(_ARROWS)):
                continue    # a quotation, not "« Older posts"
            if trackback_at == i - 1 and _URL.match(text):
                edit.drop(i, "trackback-url")
                continue
            rule = None
            if p["template"].search(text) and _template(text, p, langs):
                rule = "post-template"
                trackback_at = i if text.endswith(":") else trackback_at
            elif _row(text, p):
                rule = "furniture-row"
            elif (titles := _post_link(text, p)) is not None:
                rule = "post-link"
                related += [{"title": title, "url": None, "id": None, "image": None} for title in titles]
            elif _powered(text, p):
                rule = "powered-by"
            elif found := _meta(text, p, langs):
                rule = "post-meta"
                author, categories = found
                tags += categories
                head = head_end(doc.blocks) + 2 if head is None else head
                if author and i < head:
                    meta.setdefault("author", author)
            if rule:
                edit.drop(i, rule)
        doc = cut_glued_tags(doc, edit, langs, tags).meta_append("related", related)    # "... the plant.Tags: water"
        return doc.meta_default(**meta)


_URL_SCREEN = screen.compile(r"^<?https?://\S+>?$")


def _shaped(doc: Document, p: dict, langs: tuple[str, ...]) -> dict[int, str]:
    """The blocks of a short post's stamp and tool controls (`_post_stamp`), by index, with their rule."""
    blocks = doc.blocks
    found = dict.fromkeys(control_runs([b.text for b in blocks], [b.kind for b in blocks], langs), "post-controls")
    for i, block in enumerate(blocks):
        if i not in found and block.kind not in _NO_STAMP and len(block.text) <= MAX_STAMP_CHARS \
                and stamp_line(block.text, p["furniture"], langs):
            found[i] = "post-stamp"
    return found


def dump_chrome(texts: list[str], kinds: list[str], langs: tuple[str, ...]) -> set[int]:
    """The lines of a kept page dump, in the page's blocks, that are a short post's chrome: its stamp, the
    tool's controls, counter rows and prompts (`extract_dump.drop_dump_chrome`)."""
    p = _patterns(langs)
    rows = {i for i, t in enumerate(texts) if len(t) <= MAX_CHARS and kinds[i] != "code" and
            (_row(t, p) or kinds[i] not in _NO_STAMP and stamp_line(t, p["furniture"], langs))}
    return rows | set(control_runs(texts, kinds, langs))
