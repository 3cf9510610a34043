"""Comment sections of HTML pages: parsed into threaded comments and cut from the DOM.

Runs on the parsed page before main-text extraction, so the extractor never sees a
comment. A section is found in two ways:

* by name: the outermost element whose id/class speaks of comments (``comments``,
  ``comment-list``, ``disqus_thread``, ``discussion``, ``respond``, ``replies``...) and
  whose text, once comments and chrome are accounted for, holds (almost) no prose;
* by structure: a container whose repeated children each hold a short author-like
  element followed by a text body, backed by one more sign of a thread (comment words
  around it, nested replies, depth/reply classes, or reply/vote/report controls and
  avatars in most items).

Inside a section the comment *authors* are found first (author-like class names, or
the first short element of each repeated item), then each comment's *head* (the
author's highest ancestor holding only meta data: author, date, chrome), its *item*
(the nearest ancestor holding text after the head) and its *text* (what follows the
head inside the item, up to the next head). Depth is DOM nesting (a reply wrapper that
follows its parent comment's head), or depth/level/indent/reply classes and left
margins for flat lists; parent is the last comment one level up. Counters, "Reply",
"Report", vote counts, avatars, "N points", relative times are chrome; an absolute
time (``<time datetime>``, a date-looking title attribute or text) becomes the date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from ..dates import date_line, find_date
from ..document import Comment, Document, Removal, removal
from ..registry import Cleaner

# -- vocabulary -------------------------------------------------------------------
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object",
                        "head", "title", "meta", "link", "canvas", "video", "audio", "math"})
_FORM_TAGS = frozenset({"form", "textarea", "input", "select", "option", "label", "fieldset", "button"})
_CHROME_TAGS = frozenset({"nav", "menu", "button"})
_BLOCK_TAGS = frozenset({
    "p", "div", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "section", "article", "header", "footer", "aside", "main", "table", "tr", "td", "th",
    "figure", "figcaption", "form", "nav", "address", "details", "summary", "hr", "body", "html"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PROSE_TAGS = frozenset({"p", "blockquote", "pre"})
_STOP_TAGS = frozenset({"html", "body", "main"})
_CODE_TAGS = frozenset({"pre", "code", "kbd", "samp", "var"})   # "comment" there is a code comment

_SPLIT_CAMEL = re.compile(r"([a-z])([A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")

# id/class tokens naming a comment section
_SECTION_TOKENS = frozenset({"disqus", "discussion", "discussions", "respond", "replies", "responses",
                             "talkback", "talkbacks", "commento", "remark42", "isso", "hyvor"})
# id/class/itemprop/rel tokens naming an author
_AUTHOR_TOKENS = frozenset({
    "author", "username", "fn", "nick", "nickname", "commenter", "commentator", "poster", "displayname",
    "screenname", "handle", "byline", "name", "uname", "authorname", "commentauthor"})
_NOT_AUTHOR_TAGS = frozenset({"ul", "ol", "nav", "menu", "select", "table", "form", "button", "img"})
# tokens of elements that only hold interaction chrome (when short and holding no author)
_CHROME_CLASS_TOKENS = frozenset({
    "reply", "report", "flag", "vote", "votes", "voting", "upvote", "downvote", "like", "likes",
    "dislike", "share", "sharing", "permalink", "actions", "action", "toolbar", "controls", "menu",
    "links", "avatar", "gravatar", "badge", "badges", "points", "score", "karma", "rating", "edit",
    "delete", "moderation", "count", "counter", "more", "pagination", "pager", "navigation", "tools",
    "new", "picture", "photo", "userpic", "icon"})
_DATE_CLASS_TOKENS = frozenset({"date", "time", "timestamp", "datetime", "posted", "published", "ago",
                                "timeago", "created", "submitted"})
_NUMBERED_DEPTH = re.compile(
    r"^(?:depth|level|lvl|indent|nest|nested|nesting|reply-level|thread-level|comment-level|comment-depth)"
    r"[-_]?(\d{1,2})$", re.I)
_REPLY_CLASS = re.compile(
    r"^(?:reply|is-reply|comment-reply|reply-comment|child|is-child|child-comment|sub-?comment|"
    r"response|is-response|nested|indented|replied)$", re.I)
_CORE_CLASS_NOISE = re.compile(
    r"\d|^(?:even|odd|alt|first|last|parent|child|children|new|reply|is-reply|nested|indented|"
    r"highlighted|selected|active|open|collapsed|expanded|byuser|bypostauthor|thread-.*|depth.*|level.*)$",
    re.I)
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%)?", re.I)

# one piece of text that is only interface chrome (a control, a counter, a relative time)
_CHROME_TEXT = re.compile(r"""^(?:
    repl(?:y|ies)(?:\s*[\u2193\u21a9\u2192\u00bb>]|\s+to\s+(?:this\s+)?(?:comment|\S+))?
  | report(?:\s+(?:abuse|comment|this(?:\s+comment)?))? | flag(?:\s+as\s+inappropriate)? | share\s*[\u203a\u00bb]?
  | tweet | like | likes | unlike | dislike | upvote | downvote | vote(?:\s+(?:up|down))? | recommend(?:ed)?
  | permalink | link | edit(?:ed)? | \(edited\) | delete | remove | hide | show | collapse | expand | quote
  | new | cancel(?:\s+reply)? | log\s?in\s+to\s+reply | sign\s?in\s+to\s+reply
  | (?:log\s?in|sign\s?in|register)(?:\s+or\s+(?:log\s?in|sign\s?in|register))?\s+to\s+(?:post|reply|comment)\b.*
  | (?:load|show|view|see|read)\s+(?:\d+\s+)?(?:more|all|older|newer|previous|earlier)?\s*(?:comments?|repl(?:y|ies)|responses?)
  | (?:show|view|hide|see)\s+(?:all\s+)?\d+\s+(?:more\s+)?(?:comments?|repl(?:y|ies)|responses?)
  | (?:\d[\d,.]*k?|no|one)\s+(?:points?|likes?|votes?|upvotes?|downvotes?|repl(?:y|ies)|comments?|responses?|
        recommendations?|reactions?|thoughts?)
  | (?:comments?|responses?|replies|discussion|conversation)\s*[(\[]?\s*\d*\s*[)\]]?:?
  | [+\-\u2212]?\d[\d,.]*k?
  | (?:about\s+|just\s+|over\s+|almost\s+)?(?:\d+|an?|one)\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|
        days?|d|weeks?|wks?|w|months?|mos?|years?|yrs?|y)\s+ago
  | just\s+now | yesterday | today | moments?\s+ago
  | says:? | said:? | wrote:? | writes:? | commented:?
  | in\s+reply\s+to(?:\s+\S.{0,60})?
  | sort\s+by\b.* | newest | oldest | best | top | popular | most\s+(?:recent|liked|popular)
  | (?:powered\s+by\s+)?disqus | subscribe | privacy | avatar | anonymous\s+user\s+image
  | premium | exclusive | sponsored | promoted | advertisement | subscribers?\s+only
  | [0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?
  | [^\w]+
)$""", re.I | re.X)
_RELATIVE_TIME = re.compile(
    r"^(?:about\s+|just\s+|over\s+)?(?:\d+|an?|one)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|"
    r"months?|years?)\s+ago$|^just now$|^yesterday$|^today$", re.I)
# interaction controls: signs that repeated items are user comments
_SIGNAL_TEXT = re.compile(
    r"^(?:repl(?:y|ies)|report(?:\s+abuse)?|flag|upvote|downvote|vote|\d+\s+(?:points?|likes?|votes?)|"
    r"says:?|wrote:?|[\u25b2\u25bc\u2191\u2193])$", re.I)
_COMMENT_HEADING = re.compile(
    r"^(?:\d+\s+|one\s+|two\s+|three\s+)?(?:comments?|responses?|replies|discussion|reader comments|"
    r"readers'? comments|user comments|your comments|conversation|reactions?|"
    r"join the (?:discussion|conversation)|leave a (?:reply|comment|response)|add (?:a |new |your )?comment|"
    r"post a comment|write a comment|what do you think\??|have your say|"
    r"(?:\d+|one|two|three|four|five)\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\b.*)"
    r"\s*[(\[]?\s*\d*\s*[)\]]?\s*:?$", re.I)
# words of interface labels and headings, never of a commenter's name
_NOT_NAME = re.compile(
    r"\b(?:comment\w*|comentar\w*|coment[aá]rio\w*|kommentar\w*|komentar\w*|коммент\w*|[сc]omment\w*|"
    r"repl(?:y|ies)|respon(?:d|ses?)|risposta|r[ée]pondre|antwort\w*|ответ\w*|discussion|conversation|"
    r"log\s?(?:in|out)|sign\s?(?:in|up|out)|register|profile|subscribe|cancel|guidelines|standards|policy|rules|"
    r"leave|lascia|deixe|laisser|post)\b", re.I)
_AUTHOR_AFFIX = re.compile(r"^(?:by|posted by|from)\s+|\s*(?:says|said|wrote|writes|commented)?\s*:?\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?\u2026]['\"\u201d\u2019)]?$")
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_TRUNCATION = re.compile(r"\s*(?:\u2026|\.\.\.)\s*$")

MAX_LEFTOVER_WORDS = 40      # prose left in a section once comments and chrome are accounted for
PROSE_BLOCK_WORDS = 6        # a block of at least this many unexplained words counts as prose
SHORT_CHROME_WORDS = 8       # a chrome/date-classed element is chrome only up to this length
MAX_CHROME_SECTION_WORDS = 12  # unexplained words allowed in a comment block without comments
MAX_ITEM_DEPTH = 24          # an item's author and text lie at most this many levels below it


# -- small helpers on nodes ---------------------------------------------------------
def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def _text(node: Any) -> str:
    return _norm(node.text(deep=True, separator=" ", strip=False)) if node is not None else ""


def _tokens(node: Any, *names: str) -> list[str]:
    """Lower-case word tokens of the given attributes (id, class...), camelCase split."""
    attrs = node.attributes or {}
    out: list[str] = []
    for name in names:
        value = attrs.get(name)
        if value:
            out += [t for t in _NON_ALNUM.split(_SPLIT_CAMEL.sub(r"\1 \2", value).lower()) if t]
    return out


def _classes(node: Any) -> list[str]:
    return ((node.attributes or {}).get("class") or "").split()


def _is_comment_token(token: str) -> bool:
    if token.startswith("comment"):
        return not token.startswith(("commentar", "commentat"))
    return token in _SECTION_TOKENS


_NAMED_HINT = re.compile("comment|" + "|".join(sorted(_SECTION_TOKENS)), re.I)


def _named_comment(node: Any) -> bool:
    """An id or class naming comments: any ``comment...`` word; the other section words
    (discussion, replies, respond...) only in short names, not inside long identifiers."""
    attrs = node.attributes or {}
    ident, cls = attrs.get("id") or "", attrs.get("class") or ""
    if not _NAMED_HINT.search(ident + " " + cls):
        return False
    values = [ident] + cls.split()
    for value in values:
        tokens = [t for t in _NON_ALNUM.split(_SPLIT_CAMEL.sub(r"\1 \2", value).lower()) if t]
        for token in tokens:
            if token.startswith("comment") and not token.startswith(("commentar", "commentat")):
                return True
            if token in _SECTION_TOKENS and len(tokens) <= 3:
                return True
    return False


def _elements(node: Any) -> Iterator[Any]:
    child = node.child
    while child is not None:
        if child.is_element_node:
            yield child
        child = child.next


def _ancestors(node: Any) -> Iterator[Any]:
    node = node.parent
    while node is not None and node.tag not in ("-document", None):
        yield node
        node = node.parent


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _author_like(text: str) -> bool:
    """A short name: 1-6 words, no sentence end, not chrome, not a date."""
    if not text or len(text) > 60 or not _LETTER.search(text):
        return False
    n = _words(text)
    if n == 0 or n > 6 or text.endswith((",", ";")):
        return False
    if _SENTENCE_END.search(text) and not re.search(r"\b\w{1,3}\.$", text):
        return False
    return not (_CHROME_TEXT.match(text) or _NOT_NAME.search(text) or find_date(text))


def _clean_author(text: str) -> str:
    text = _AUTHOR_AFFIX.sub("", _norm(text)).strip()
    return _AUTHOR_AFFIX.sub("", text).strip() or text


def _iso(value: str | None) -> str | None:
    """An absolute date as ISO 8601, or None (relative and unparsable times)."""
    value = _norm(value)
    if not value:
        return None
    if re.fullmatch(r"\d{9,10}", value):   # unix timestamp
        return datetime.fromtimestamp(int(value), tz=timezone.utc).isoformat()
    if re.fullmatch(r"\d{12,13}", value):  # in milliseconds
        return datetime.fromtimestamp(int(value) / 1000, tz=timezone.utc).isoformat()
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            pass
        else:
            return parsed.date().isoformat() if len(value) == 10 else parsed.isoformat()
    found = find_date(value)
    return found.iso if found else None


def _date_attr(node: Any) -> str | None:
    attrs = node.attributes or {}
    for name in ("datetime", "content"):
        if attrs.get(name) and (iso := _iso(attrs[name])):
            return iso
    for name, value in attrs.items():
        if name.endswith("timestamp") and value and (iso := _iso(value)):
            return iso
    if attrs.get("title") and (found := find_date(attrs["title"])):
        return found.iso
    return None


# -- the section as a token stream -------------------------------------------------
@dataclass
class Tok:
    text: str                 # the text node's text ("\n" for <br>)
    parent: Any               # the element holding the text node
    anc: tuple                # elements from the section root down to ``parent``
    ids: frozenset            # their mem_ids
    br: bool = False
    kind: str = ""            # author | date | chrome | form | space | body


def _walk(node: Any, anc: tuple) -> Iterator[Tok]:
    """The text nodes and <br>s below ``node`` in page order (iterative: pages nest deeply)."""
    stack: list[tuple[Any, tuple, Tok | None]] = [(node, anc, None)]
    while stack:
        current, path, tok = stack.pop()
        if tok is not None:
            yield tok
            continue
        child = current.last_child   # pushed last to first: popped first to last
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                if text:
                    stack.append((current, path, Tok(text, current, path, frozenset())))
            elif tag == "br":
                stack.append((current, path, Tok("\n", current, path, frozenset(), br=True)))
            elif child.is_element_node and tag not in _SKIP_TAGS:
                stack.append((child, path + (child,), None))
            child = child.prev


@dataclass
class Section:
    roots: list               # consecutive sibling elements removed together
    stop: Any                 # heads and items are found strictly below this element
    authors: list = field(default_factory=list)
    extras: list = field(default_factory=list)   # (node, rule) removed beside the section


@dataclass
class Parsed:
    comments: list
    removals: list
    leftover: int             # words of prose not explained by comments and chrome
    has_form: bool
    loose: int = 0            # all words not explained by comments and chrome


class SectionParser:
    """Parses one section (given its author elements) into comments."""

    def __init__(self, section: Section):
        self.section = section
        self.toks: list[Tok] = []
        for root in section.roots:
            for tok in _walk(root, (root,)):
                tok.ids = frozenset(e.mem_id for e in tok.anc)
                self.toks.append(tok)
        self.span: dict[int, tuple[int, int]] = {}
        for i, tok in enumerate(self.toks):
            for e in tok.anc:
                first, _ = self.span.get(e.mem_id, (i, i))
                self.span[e.mem_id] = (first, i)
        self.root_ids = {r.mem_id for r in section.roots}
        self._tcache: dict[int, str] = {}

    def _text(self, node: Any) -> str:
        key = node.mem_id
        if key not in self._tcache:
            self._tcache[key] = _text(node)
        return self._tcache[key]

    # -- token classes --------------------------------------------------------
    def _block_of(self, tok: Tok) -> Any:
        for e in reversed(tok.anc):
            if e.tag in _BLOCK_TAGS:
                return e
        return tok.anc[0]

    def _range(self, node: Any) -> tuple[int, int] | None:
        return self.span.get(node.mem_id)

    def _has_author(self, node: Any) -> bool:
        r = self._range(node)
        return r is not None and any(r[0] <= a[0] and a[1] <= r[1] for a in self.author_spans)

    def classify(self, authors: list) -> None:
        self.author_ids = {a.mem_id for a in authors}
        self.author_spans = [self.span[a.mem_id] for a in authors if a.mem_id in self.span]
        for tok in self.toks:
            tok.kind = self._kind(tok)
        # a block whose every piece is chrome or a date is chrome as a whole
        blocks: dict[int, list[Tok]] = {}
        for tok in self.toks:
            blocks.setdefault(self._block_of(tok).mem_id, []).append(tok)
        for group in blocks.values():
            pieces = [t for t in group if t.kind not in ("space", "author")]
            if not any(t.kind == "body" for t in pieces):
                continue
            whole = _norm("".join(t.text for t in pieces))
            if _meta_piece(whole) or all(t.kind != "body" or _meta_piece(_norm(t.text)) for t in pieces):
                for t in pieces:
                    if t.kind == "body":
                        text = _norm(t.text)
                        t.kind = "date" if (_RELATIVE_TIME.match(text) or date_line(text, max_rest_words=0)
                                            or date_line(whole, max_rest_words=0)) else "chrome"

    def _kind(self, tok: Tok) -> str:
        if tok.br or not tok.text.strip():
            return "space"
        if tok.ids & self.author_ids:
            return "author"
        for e in tok.anc:
            if e.tag in _FORM_TAGS:
                return "chrome" if e.tag == "button" and not any(a.tag == "form" for a in tok.anc) else "form"
        for e in tok.anc[1:]:
            if e.tag in _CHROME_TAGS:
                return "chrome"
            tokens = set(_tokens(e, "class", "id"))
            if tokens & _CHROME_CLASS_TOKENS or tokens & _DATE_CLASS_TOKENS or e.tag == "time":
                if self._has_author(e):
                    continue
                if _words(self._text(e)) > SHORT_CHROME_WORDS:
                    continue
                if e.tag == "time" or tokens & _DATE_CLASS_TOKENS:
                    return "date"
                return "chrome"
        text = _norm(tok.text)
        inline = tok.parent
        in_prose = any(e.tag in _PROSE_TAGS for e in tok.anc[1:])
        if not in_prose:
            whole = self._text(inline) if inline.tag not in _BLOCK_TAGS else text
            for candidate in {text, whole}:
                if _CHROME_TEXT.match(candidate):
                    return "date" if _RELATIVE_TIME.match(candidate) else "chrome"
                if len(candidate) <= 80 and date_line(candidate, max_rest_words=0):
                    return "date"
        return "body"

    # -- comments -------------------------------------------------------------
    def _inside(self, node: Any, limit: Any) -> bool:
        return node is not None and node.mem_id != limit.mem_id and node.tag not in _STOP_TAGS

    def _all_meta(self, node: Any, own: tuple[int, int]) -> bool:
        r = self._range(node)
        if r is None:
            return True
        for a in self.author_spans:
            if a != own and r[0] <= a[0] and a[1] <= r[1]:
                return False
        return all(t.kind != "body" for t in self.toks[r[0]:r[1] + 1])

    def parse(self, authors: list) -> Parsed:
        authors = [a for a in authors if a.mem_id in self.span]
        authors = self._merge_close(authors)
        self.classify(authors)
        stop = self.section.stop
        heads = []
        for a in authors:
            own = self.span[a.mem_id]
            head = a
            while self._inside(head.parent, stop) and self._all_meta(head.parent, own):
                head = head.parent
            heads.append(head)
        head_spans = [self.span[h.mem_id] for h in heads]
        used: set[int] = set()
        comments: list[Comment] = []
        dropped: list[bool] = []
        depth_info = []
        chrome_texts: list[str] = []
        meta_texts: list[str] = []
        for i, (a, head) in enumerate(zip(authors, heads)):
            hs, he = head_spans[i]
            nxt = head_spans[i + 1][0] if i + 1 < len(heads) else len(self.toks)
            item = self._item(head, he, nxt)
            is_, ie = self._range(item) or (hs, he)
            segment = [j for j in range(he + 1, min(ie, nxt - 1) + 1)]
            # tokens of the item before the head, not claimed by an earlier comment
            pre = [j for j in range(is_, hs) if j not in used] if not self._has_other_head(item, i, head_spans) else []
            used.update(range(hs, he + 1), segment, pre)
            text = self._paragraphs([self.toks[j] for j in segment])
            author = _clean_author(_text(a)) or None
            own_item = item if not self._has_other_head(item, i, head_spans) else None
            when = self._date(head, [self.toks[j] for j in range(hs, he + 1)] + [self.toks[j] for j in pre + segment],
                              own_item)
            comments.append(Comment(author, text, 0, None, when))
            depth_info.append((head, item))
            # no text, or nothing but links ("X commented on <post title>"): a listing, not a comment
            body = [self.toks[j] for j in segment if self.toks[j].kind == "body"]
            listing = not text or all(any(e.tag == "a" for e in t.anc) for t in body)
            dropped.append(listing)
            for j in [*range(hs, he + 1), *pre, *segment]:
                tok = self.toks[j]
                if tok.kind in ("author", "date") and not listing:
                    meta_texts.append(tok.text)
                elif tok.kind in ("chrome", "form", "author", "date") or (tok.kind == "body" and (listing or j in pre)):
                    chrome_texts.append(tok.text)
        comments = _without(self._thread(comments, heads, depth_info), dropped)
        # what the section holds besides the comments
        leftover_blocks: dict[int, list[str]] = {}
        form_texts: list[str] = []
        has_form = False
        for j, tok in enumerate(self.toks):
            if any(e.tag == "form" for e in tok.anc):
                has_form = True
            if j in used or tok.kind == "space":
                continue
            if tok.kind == "form":
                form_texts.append(tok.text)
            elif tok.kind in ("chrome", "date", "author") or any(e.tag in _HEADINGS for e in tok.anc):
                chrome_texts.append(tok.text)
            else:
                leftover_blocks.setdefault(self._block_of(tok).mem_id, []).append(tok.text)
        leftover = loose = 0
        for texts in leftover_blocks.values():
            joined = _norm("".join(texts))
            chrome_texts.append(joined)
            loose += _words(joined)
            if _words(joined) >= PROSE_BLOCK_WORDS and not _COMMENT_HEADING.match(joined):
                leftover += _words(joined)
        has_form = has_form or any(r.css_first("form") is not None or r.tag == "form" for r in self.section.roots)
        removals = [removal(CLEANER, "comment", c.text) for c in comments if c.text]
        if meta := _join(meta_texts):
            removals.append(removal(CLEANER, "comment-meta", meta))
        if chrome := _join(chrome_texts):
            removals.append(removal(CLEANER, "comment-chrome", chrome))
        if form := _join(form_texts):
            removals.append(removal(CLEANER, "comment-form", form))
        return Parsed(comments, removals, leftover, has_form, loose)

    def _merge_close(self, authors: list) -> list:
        """Two author elements with nothing but meta text between them name one comment."""
        kept: list = []
        for a in authors:
            if kept:
                prev = self.span[kept[-1].mem_id]
                cur = self.span[a.mem_id]
                if cur[0] <= prev[1]:   # nested in the previous author
                    continue
                between = self.toks[prev[1] + 1:cur[0]]
                text = _norm("".join(t.text for t in between if not t.br))
                if not text or all(_CHROME_TEXT.match(_norm(t.text)) or not t.text.strip()
                                   or date_line(_norm(t.text), max_rest_words=0) for t in between):
                    if self._lca_small(kept[-1], a):
                        continue
            kept.append(a)
        return kept

    def _lca_small(self, a: Any, b: Any) -> bool:
        """``a`` and ``b`` share an ancestor (below the section) of at most a dozen words."""
        ids = {e.mem_id for e in _ancestors(a)}
        for e in _ancestors(b):
            if e.mem_id in ids:
                return e.mem_id != self.section.stop.mem_id and _words(_text(e)) <= 12
        return False

    def _has_other_head(self, item: Any, i: int, head_spans: list) -> bool:
        r = self._range(item)
        if r is None:
            return True
        return any(k != i and r[0] <= s[0] and s[1] <= r[1] for k, s in enumerate(head_spans))

    def _item(self, head: Any, head_end: int, next_head: int) -> Any:
        """The nearest ancestor of the head holding body text after it (before the next head)."""
        node = head
        while True:
            if node.mem_id in self.root_ids:
                return node
            parent = node.parent
            if parent is None or parent.tag in _STOP_TAGS:
                return node
            r = self._range(parent)
            if r and any(self.toks[j].kind == "body" for j in range(head_end + 1, min(r[1], next_head - 1) + 1)):
                return parent
            if parent.mem_id == self.section.stop.mem_id:
                return parent
            node = parent

    def _paragraphs(self, toks: list[Tok]) -> str:
        paragraphs: list[str] = []
        current: list[str] = []
        block = None
        brs = 0

        def flush() -> None:
            lines = [_norm(line) for line in "".join(current).split("\n")]
            text = "\n".join(line for line in lines if line)
            if text:
                paragraphs.append(text)
            current.clear()

        for tok in toks:
            if tok.kind not in ("body", "space"):
                continue
            b = self._block_of(tok).mem_id
            if b != block:
                flush()
                block, brs = b, 0
            if tok.br:
                brs += 1
                if brs == 2:
                    flush()
                else:
                    current.append("\n")
                continue
            if tok.kind == "body":
                brs = 0
            current.append(tok.text)
        flush()
        # a comment title that only repeats the start of the comment
        while len(paragraphs) > 1:
            title = _TRUNCATION.sub("", paragraphs[0])
            if title and " ".join(paragraphs[1:]).startswith(title) and _words(title) <= 15:
                paragraphs.pop(0)
            else:
                break
        return "\n\n".join(paragraphs)

    def _date(self, head: Any, toks: list[Tok], item: Any = None) -> str | None:
        """The head's machine-readable time, else a date-looking line of the comment, else
        a machine-readable time elsewhere in the comment's own item."""
        for node in [head, *head.css("time, [datetime], [title], [data-timestamp], [data-comment-timestamp]")]:
            if iso := _date_attr(node):
                return iso
        found = self._date_text(toks)
        if found is None and item is not None:
            for node in item.css("time[datetime], [data-timestamp], [data-comment-timestamp], abbr[title]"):
                if iso := _date_attr(node):
                    return iso
        return found

    def _date_text(self, toks: list[Tok]) -> str | None:
        for tok in toks:
            if tok.kind != "date":
                continue
            for e in reversed(tok.anc):
                if iso := _date_attr(e):
                    return iso
                if e.tag in _BLOCK_TAGS:
                    break
            if (line := date_line(_norm(tok.text), max_rest_words=0)) or (line := date_line(_text(tok.parent), 0)):
                return line.iso
        return None

    # -- depth ---------------------------------------------------------------------
    def _thread(self, comments: list[Comment], heads: list, info: list) -> list[Comment]:
        stop = self.section.stop
        head_ids = [h.mem_id for h in heads]
        head_spans = [self.span[h] for h in head_ids]

        def first_head_child(parent: Any) -> Any:
            for child in _elements(parent):
                r = self._range(child)
                if r and any(r[0] <= s[0] and s[1] <= r[1] for s in head_spans):
                    return child
            return None

        dom: list[int] = []
        numbered: list[int | None] = []
        flagged: list[int] = []
        margins: list[float] = []
        for head, item in info:
            depth, node = 0, head
            chain = []
            while self._inside(node, stop):
                chain.append(node)
                parent = node.parent
                if parent is None:
                    break
                first = first_head_child(parent)
                if first is not None and first.mem_id != node.mem_id and not _comparable(first, node, head_ids):
                    depth += 1
                if parent.mem_id == stop.mem_id:
                    break
                node = parent
            dom.append(depth)
            nums = [int(m.group(1)) for e in chain for c in _classes(e) if (m := _NUMBERED_DEPTH.match(c))]
            numbered.append(max(nums) if nums else None)
            flagged.append(sum(1 for e in chain if any(_REPLY_CLASS.match(c) for c in _classes(e))))
            margin = 0.0
            for e in chain:
                for m in _MARGIN.finditer((e.attributes or {}).get("style") or ""):
                    margin += float(m.group(1)) * (16 if (m.group(2) or "px").endswith("em") else 1)
            margins.append(margin)
        known = [n for n in numbered if n is not None]
        low = min(known) if known else 0
        levels = sorted(set(margins))
        out: list[Comment] = []
        stack: list[int] = []
        for i, c in enumerate(comments):
            by_class = (numbered[i] - low) if numbered[i] is not None else flagged[i]
            by_margin = levels.index(margins[i]) if len(levels) > 1 else 0
            depth = max(dom[i], by_class, by_margin)
            depth = min(depth, len(stack))
            del stack[depth:]
            parent = stack[-1] if stack else None
            stack.append(i)
            out.append(Comment(c.author, c.text, depth, parent, c.date))
        return out


def _without(comments: list[Comment], dropped: list[bool]) -> list[Comment]:
    """The comments not dropped, re-linked: a reply to a dropped comment moves up to its parent."""
    if not any(dropped):
        return comments
    index: dict[int, int] = {}
    out: list[Comment] = []
    for i, c in enumerate(comments):
        if dropped[i]:
            continue
        parent = c.parent
        while parent is not None and dropped[parent]:
            parent = comments[parent].parent
        new_parent = index.get(parent) if parent is not None else None
        depth = out[new_parent].depth + 1 if new_parent is not None else 0
        index[i] = len(out)
        out.append(Comment(c.author, c.text, depth, new_parent, c.date))
    return out


def _join(texts: Iterable[str]) -> str:
    return " | ".join(t for t in (_norm(x) for x in texts) if t)


def _path(top: Any, node: Any) -> tuple[str, ...]:
    """Tags from ``top`` (exclusive) down to ``node``, links left out."""
    tags = []
    while node is not None and node.mem_id != top.mem_id:
        if node.tag != "a":
            tags.append(node.tag)
        node = node.parent
    return tuple(reversed(tags))


def _comparable(first: Any, node: Any, head_ids: list[int]) -> bool:
    """``node`` repeats ``first`` (a sibling comment), rather than wrapping replies to it."""
    if first.tag != node.tag:
        return False
    return _first_head_path(first, head_ids) == _first_head_path(node, head_ids)


def _first_head_path(node: Any, head_ids: list[int]) -> tuple[str, ...] | None:
    if node.mem_id in head_ids:
        return ()
    for e in node.traverse(include_text=False):
        if e.mem_id in head_ids:
            return _path(node, e)
    return None


# -- finding authors --------------------------------------------------------------
def semantic_authors(roots: list) -> list:
    """Elements named as authors (class, itemprop, rel, <cite>), innermost, short, outside forms."""
    found = []
    for root in roots:
        for node in root.traverse(include_text=False):
            if node.tag in _SKIP_TAGS:
                continue
            tokens = set(_tokens(node, "class", "itemprop", "rel"))
            if not (tokens & _AUTHOR_TOKENS or node.tag == "cite") or node.tag in _NOT_AUTHOR_TAGS:
                continue
            if any(e.tag in _FORM_TAGS for e in _ancestors(node)) or node.tag in _FORM_TAGS:
                continue
            text = _clean_author(_text(node))
            if not _author_like(text):
                continue
            found.append(node)
    ids = {n.mem_id for n in found}
    inner = []
    for node in found:
        # keep the innermost: drop an element that contains another author element
        if any(e.mem_id != node.mem_id and e.mem_id in ids for e in node.traverse(include_text=False)):
            continue
        inner.append(node)
    return inner


def _meta_piece(text: str) -> bool:
    return bool(_CHROME_TEXT.match(text) or date_line(text, max_rest_words=0))


def _item_texts(item: Any) -> Iterator[tuple[Any, str, tuple]]:
    """(parent element, text, elements from below ``item`` down to the parent) of the text
    nodes of ``item`` in page order, outside scripts, forms and the like."""
    stack: list[tuple[Any, Any, tuple]] = [(item, None, ())]   # (element, None, path) or (parent, text, path)
    while stack:
        node, text, path = stack.pop()
        if text is not None:
            yield node, text, path
            continue
        child = node.last_child   # pushed last to first, so that the first child is popped first
        while child is not None:
            tag = child.tag
            if tag == "-text":
                value = child.text_content
                if value and not value.isspace():
                    stack.append((node, value, path))
            elif child.is_element_node and tag not in _SKIP_TAGS and tag not in _FORM_TAGS \
                    and len(path) < MAX_ITEM_DEPTH:
                stack.append((child, None, path + (child,)))
            child = child.prev


def item_author(item: Any) -> Any:
    """The first element of ``item`` whose text is a short author-like name, followed by a body."""
    author = None
    for parent, raw, path in _item_texts(item):
        text = _norm(raw)
        if author is None:
            if len(text) > 80:
                return None   # running text before any name: not a comment item
            if _meta_piece(text):
                continue
            element = parent
            if element.mem_id == item.mem_id or element.tag in _PROSE_TAGS or element.tag == "li":
                return None
            while element.parent is not None and element.parent.mem_id != item.mem_id \
                    and _text(element.parent) == _text(element):
                element = element.parent
            if element.tag in _PROSE_TAGS or element.tag in _CODE_TAGS \
                    or any(e.tag in _CODE_TAGS for e in path) \
                    or not _author_like(_clean_author(_text(element))):
                return None
            author = element
            continue
        # the body: text of the item, not of the author or of a link
        if any(e.tag == "a" or e.mem_id == author.mem_id for e in path):
            continue
        if not _meta_piece(text) and _LETTER.search(text):
            return author
    return None


def _upto(node: Any, top: Any) -> Iterator[Any]:
    while node is not None and node.mem_id != top.mem_id:
        yield node
        node = node.parent


def _core_classes(node: Any) -> frozenset:
    return frozenset(c.lower() for c in _classes(node) if not _CORE_CLASS_NOISE.search(c))


def _marks(item: Any) -> set[str]:
    """The marks of a user comment in an item: ``control`` (reply/report/vote, "N points",
    "says:"), ``avatar`` (a profile picture), ``time`` (a date or a relative time)."""
    marks: set[str] = set()
    for node in item.traverse(include_text=True):
        if node.tag == "-text":
            text = _norm(node.text_content)
            if _SIGNAL_TEXT.search(text):
                marks.add("control")
            elif text and len(text) <= 60 and (_RELATIVE_TIME.match(text) or date_line(text, max_rest_words=1)):
                marks.add("time")
        elif node.tag == "img":
            attrs = " ".join(v or "" for v in (node.attributes or {}).values()).lower()
            if re.search(r"avatar|gravatar|profile|userpic|user-?image", attrs):
                marks.add("avatar")
        elif node.tag == "time":
            marks.add("time")
        elif set(_tokens(node, "class")) & {"avatar", "vote", "votes", "upvote", "downvote", "reply", "report"}:
            marks.add("control")
    return marks


@dataclass
class Thread:
    container: Any
    authors: list
    evidence: str


def structural_thread(container: Any, min_items: int = 2, need_evidence: bool = True,
                      index: PageIndex | None = None) -> Thread | None:
    """Repeated children of ``container`` that each hold an author-like element and a body.

    ``index``: the page's `PageIndex`; with it, a container that can show no evidence of a
    thread (no marked child, no comment name or heading near it) is given up at once."""
    if need_evidence and index is not None and container.mem_id not in index.marked \
            and not index.may_have_context(container):
        return None   # no child is marked when the container is not
    groups: dict[tuple, list[tuple[Any, Any]]] = {}
    children = [c for c in _elements(container)
                if c.tag not in _SKIP_TAGS and c.tag not in _FORM_TAGS and c.tag not in _HEADINGS]
    if min_items > 1:   # only tags repeated often enough can make a group
        counts: dict[str, int] = {}
        for child in children:
            counts[child.tag] = counts.get(child.tag, 0) + 1
        children = [c for c in children if counts[c.tag] >= min_items]
    if need_evidence and index is not None and not any(c.mem_id in index.marked for c in children) \
            and not index.may_have_context(container):
        return None
    for child in children:
        author = item_author(child)
        if author is not None:
            groups.setdefault((child.tag, _path(child, author)), []).append((child, author))
    if not groups:
        return None
    (tag, path), members = max(groups.items(), key=lambda kv: len(kv[1]))
    if len(members) < min_items:
        return None
    if len(members) < 2 and not _marks(members[0][0]):
        return None   # a lone item must carry a time, a control or an avatar to be a comment
    required = frozenset.intersection(*(_core_classes(m) for m, _ in members))
    # every item of that shape in the container, nested replies included
    top = {m.mem_id for m, _ in members}
    authors = []
    nested = False
    for node in container.traverse(include_text=False):
        if node.mem_id == container.mem_id or node.tag != tag:
            continue
        if node.mem_id in top:
            authors.append(dict((m.mem_id, a) for m, a in members)[node.mem_id])
            continue
        if not required <= _core_classes(node):
            continue
        author = item_author(node)
        if author is not None and _path(node, author) == path \
                and not any(author.mem_id == a.mem_id or _contains(a, author) for a in authors):
            authors.append(author)
            nested = True
    if not need_evidence:
        return Thread(container, authors, "named")
    if len({_text(a).casefold() for a in authors}) < 2:
        return None    # one and the same "author" on every item is a label ("Source", "Edit"), not a name
    items = [m for m, _ in members]
    if _comment_context(container):
        return Thread(container, authors, "context")
    marks = [_marks(m) for m in items]
    if sum(1 for m in marks if m & {"control", "avatar"}) * 2 >= len(items):
        return Thread(container, authors, "controls")
    # nesting or depth classes alone also make tables of contents and parameter lists:
    # the items must carry comment marks (a time, a control, an avatar) as well
    if sum(1 for m in marks if m) * 2 < len(items):
        return None
    if nested:
        return Thread(container, authors, "nesting")
    if any(_NUMBERED_DEPTH.match(c) or _REPLY_CLASS.match(c) for m in items for c in _classes(m)):
        return Thread(container, authors, "depth-class")
    return None


def _contains(outer: Any, inner: Any) -> bool:
    return any(e.mem_id == outer.mem_id for e in _ancestors(inner))


def _comment_context(container: Any) -> bool:
    """Comment words in the container's or its ancestors' names, or in a heading just before it."""
    node = container
    inner = _words(_text(container))
    for _ in range(3):
        if node is None or node.tag in _STOP_TAGS:
            break
        # a wrapper named after comments counts only when the thread is (nearly) all it holds
        if _named_comment(node) and inner >= 0.7 * _words(_text(node)):
            return True
        if _preceding_heading(node) is not None:
            return True
        node = node.parent
    return False


def _preceding_heading(node: Any) -> Any:
    """A comment heading ("Comments", "3 thoughts on ...", "Leave a reply") right before ``node``."""
    prev = node.prev
    while prev is not None and not prev.is_element_node:
        if _norm(prev.text_content):
            return None
        prev = prev.prev
    if prev is None:
        return None
    heading = prev if prev.tag in _HEADINGS else None
    if heading is None and _words(_text(prev)) <= 8:
        heading = prev.css_first("h1, h2, h3, h4, h5, h6")
    if heading is not None and heading.tag != "h1" and _COMMENT_HEADING.match(_text(heading)):
        return prev
    return None


# -- a page index: cheap necessary conditions, computed once per page ---------------
_HINT_SELECTOR = ", ".join(f"[{attr}*={word} i]" for word in ("comment", *sorted(_SECTION_TOKENS))
                           for attr in ("id", "class"))
_MARK_SELECTOR = "time, img, [class*=avatar i], [class*=vote i], [class*=reply i], [class*=report i]"
_DIGIT = re.compile(r"\d")
_MARK_CLASS_TOKENS = frozenset({"avatar", "vote", "votes", "upvote", "downvote", "reply", "report"})


class PageIndex:
    """What the section searches may skip, found in one pass over the page.

    ``hints``: elements whose id or class contains a comment word (a superset of
    `_named_comment`); ``relevant``: those and their ancestors (the named search walks
    only these); ``heading_holders``: comment headings and their ancestors; ``marked``:
    elements holding a comment mark (`_marks`) in their subtree. A container none of
    whose children is marked, and with no comment name or heading within reach, can hold
    no structural thread, so `structural_thread` stops before looking for authors."""

    def __init__(self, root: Any):
        named = root.css(_HINT_SELECTOR)
        self.hints = {n.mem_id for n in named}
        self.relevant: set[int] = set()
        for node in named:
            self._up(node, self.relevant)
        self.heading_holders: set[int] = set()
        for node in root.css("h2, h3, h4, h5, h6"):
            if _COMMENT_HEADING.match(_text(node)):
                self._up(node, self.heading_holders)
        self.marked: set[int] = set()
        for node in root.css(_MARK_SELECTOR):
            if self._element_mark(node):
                self._up(node, self.marked)
        for node in root.traverse(include_text=True):
            if node.tag != "-text":
                continue
            raw = node.text_content
            if not raw or raw.isspace():
                continue
            text = _norm(raw)
            # (the signal pattern is anchored: match is search; a date needs a digit)
            if _SIGNAL_TEXT.match(text) or (len(text) <= 60 and (
                    _RELATIVE_TIME.match(text) or (_DIGIT.search(text) and date_line(text, max_rest_words=1)))):
                self._up(node.parent, self.marked)

    @staticmethod
    def _up(node: Any, ids: set) -> None:
        while node is not None and node.mem_id not in ids:
            ids.add(node.mem_id)
            node = node.parent

    @staticmethod
    def _element_mark(node: Any) -> bool:
        if node.tag == "time":
            return True
        if node.tag == "img":
            attrs = " ".join(v or "" for v in (node.attributes or {}).values()).lower()
            if re.search(r"avatar|gravatar|profile|userpic|user-?image", attrs):
                return True
        return bool(set(_tokens(node, "class")) & _MARK_CLASS_TOKENS)

    def may_have_context(self, container: Any) -> bool:
        """A necessary condition of `_comment_context`."""
        node = container
        for _ in range(3):
            if node is None or node.tag in _STOP_TAGS:
                break
            if node.mem_id in self.hints:
                return True
            prev = node.prev
            while prev is not None and not prev.is_element_node:
                prev = prev.prev
            if prev is not None and prev.mem_id in self.heading_holders:
                return True
            node = node.parent
        return False


# -- the cleaner ------------------------------------------------------------------
CLEANER = "html_comments"


class HtmlComments(Cleaner):
    """Parses a page's comment sections into threaded comments and cuts them from the DOM before extraction."""

    name = CLEANER
    scope = "html"
    order = 50
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        root = getattr(dom, "body", None) if dom is not None else None
        if root is None:
            return doc
        index = PageIndex(root)
        found: list[tuple[Section, Parsed]] = []
        if index.hints:
            self._named(root, found, index.relevant)
        taken = {r.mem_id for s, _ in found for r in s.roots}
        self._structural(root, taken, found, index)
        if not found:
            return doc
        order = {e.mem_id: i for i, e in enumerate(root.traverse(include_text=False))}
        found.sort(key=lambda sp: order.get(sp[0].roots[0].mem_id, 0))
        comments = list(doc.comments)
        removed: list[Removal] = list(doc.removed)
        for section, parsed in found:
            base = len(comments)
            for c in parsed.comments:
                parent = None if c.parent is None else c.parent + base
                comments.append(Comment(c.author, c.text, c.depth, parent, c.date))
            removed += parsed.removals
            for node, rule in section.extras:
                if text := _text(node):
                    removed.append(removal(CLEANER, rule, text))
        for section, _ in found:
            for node, _rule in section.extras:
                node.decompose()
            for node in section.roots:
                node.decompose()
        return doc.replace(comments=tuple(comments), removed=tuple(removed))

    # -- sections named as comments -------------------------------------------
    def _named(self, top: Any, found: list, relevant: set | None = None) -> None:
        """The outermost elements named as comments that hold a thread or chrome only; a named
        element that fails is searched further down (``relevant``: the elements that are or
        hold a comment-named element; the others are not entered)."""
        stack = [top]
        while stack:
            node = stack.pop()
            children = list(_elements(node))
            i = 0
            while i < len(children):
                child = children[i]
                if child.tag in _SKIP_TAGS or child.tag in _CODE_TAGS:
                    i += 1
                    continue
                if relevant is not None and child.mem_id not in relevant:
                    i += 1
                    continue
                if _named_comment(child) and child.tag not in _STOP_TAGS and child.tag not in _HEADINGS \
                        and child.css_first("h1") is None:
                    run = [child]
                    j = i + 1
                    while j < len(children) and _named_comment(children[j]) and children[j].tag == child.tag \
                            and children[j].css_first("h1") is None and _only_space_between(run[-1], children[j]):
                        run.append(children[j])
                        j += 1
                    result = self._try(run, node)
                    if result is None and len(run) > 1:
                        run, j = [child], i + 1
                        result = self._try(run, node)
                    if result is not None:
                        found.append(result)
                        i = j
                        continue
                stack.append(child)
                i += 1

    def _try(self, run: list, parent: Any) -> tuple[Section, Parsed] | None:
        stop = run[0] if len(run) == 1 else parent
        section = Section(list(run), stop)
        best: Parsed | None = None
        best_authors: list = []
        for authors in self._author_sets(run):
            parsed = SectionParser(section).parse(authors)
            if best is None or (parsed.comments and not best.comments) or \
                    (bool(parsed.comments) == bool(best.comments) and parsed.leftover < best.leftover):
                best, best_authors = parsed, authors
            if best.comments and best.leftover <= MAX_LEFTOVER_WORDS:
                break
        if best is None:
            return None
        if best.comments:
            if best.leftover > MAX_LEFTOVER_WORDS:
                return None
        elif best.loose > (MAX_CHROME_SECTION_WORDS if run[0].tag in _BLOCK_TAGS else 0):
            return None   # a section with no comment holds only chrome ("Comments are closed." at most)
        if best.comments and _is_listing(run[0]):
            # "recent comments" widgets list other pages' comments: chrome here, not this page's thread
            chrome = _join(c.text for c in best.comments)
            best = Parsed([], [r for r in best.removals if r.rule not in ("comment", "comment-meta")]
                          + [removal(CLEANER, "comment-chrome", chrome)], best.leftover, best.has_form, best.loose)
        section.authors = best_authors
        self._extras(section)
        return section, best

    def _author_sets(self, run: list) -> Iterator[list]:
        named = semantic_authors(run)
        if named:
            yield named
        thread = None
        for root in run:
            for node in root.traverse(include_text=False):
                if node.tag in _SKIP_TAGS or node.tag in _FORM_TAGS:
                    continue
                t = structural_thread(node, min_items=1, need_evidence=False)
                if t and (thread is None or len(t.authors) > len(thread.authors)):
                    thread = t
        if thread is not None and len(run) == 1:
            yield thread.authors
        if len(run) > 1:
            authors = []
            for root in run:
                if (a := item_author(root)) is not None:
                    authors.append(a)
            if authors:
                yield authors
        yield []

    def _extras(self, section: Section) -> None:
        """A comment heading just before the section, chrome and comment forms just after it."""
        first, last = section.roots[0], section.roots[-1]
        if (heading := _preceding_heading(first)) is not None:
            section.extras.append((heading, "comment-chrome"))
        nxt = last.next
        while nxt is not None:
            if not nxt.is_element_node:
                if _norm(nxt.text_content):
                    break
                nxt = nxt.next
                continue
            text = _text(nxt)
            if nxt.tag == "form" and nxt.css_first("textarea") is not None:
                section.extras.append((nxt, "comment-form"))
            elif text and _CHROME_TEXT.match(text) and (_named_comment(nxt) or nxt.tag in ("button", "a")
                                                         or re.search(r"comment|repl", text, re.I)):
                section.extras.append((nxt, "comment-chrome"))
            else:
                break
            nxt = nxt.next

    # -- threads found by their structure ----------------------------------------
    def _structural(self, top: Any, taken: set, found: list, index: PageIndex | None = None) -> None:
        stack = [top]
        roots: set[int] = set()   # sections found here (widened ones may hold pending nodes)
        while stack:
            node = stack.pop()
            if roots and any(a.mem_id in roots for a in _ancestors(node)):
                continue
            for child in _elements(node):
                if child.mem_id in taken or child.tag in _SKIP_TAGS or child.tag in _FORM_TAGS \
                        or child.tag in _CODE_TAGS:
                    continue
                if index is not None and child.mem_id not in index.marked and child.mem_id not in index.relevant \
                        and child.mem_id not in index.heading_holders and not index.may_have_context(child):
                    continue   # no element here or below holds a mark, or has a comment name or heading near it
                thread = structural_thread(child, index=index) if child.tag not in _STOP_TAGS else None
                if thread is not None and child.css_first("h1") is None:
                    section = Section([child], child)
                    parsed = SectionParser(section).parse(thread.authors)
                    if parsed.comments and parsed.leftover <= MAX_LEFTOVER_WORDS:
                        section = self._widen(section, thread.authors, parsed)
                        parsed = SectionParser(section).parse(thread.authors)
                        section.authors = thread.authors
                        self._extras(section)
                        found.append((section, parsed))
                        roots.add(section.roots[0].mem_id)
                        if section.roots[0].mem_id != child.mem_id:
                            break   # widened to ``node`` or above: its other children are in the section
                        continue
                stack.append(child)

    def _widen(self, section: Section, authors: list, parsed: Parsed) -> Section:
        """Take in the thread's wrapper while the wrapper holds nothing but the thread and chrome."""
        node = section.roots[0]
        while True:
            parent = node.parent
            if parent is None or parent.tag in _STOP_TAGS or parent.tag == "article" \
                    or parent.css_first("h1") is not None:
                return section
            wider = Section([parent], parent)
            result = SectionParser(wider).parse(authors)
            if len(result.comments) != len(parsed.comments) or result.leftover > 0 \
                    or _loose_words(parent, node) > 12:
                return section
            section, node = wider, parent


def _loose_words(parent: Any, inner: Any) -> int:
    """Words of ``parent`` outside ``inner`` that are not chrome, headings or forms."""
    count = 0
    for child in _elements(parent):
        if child.mem_id == inner.mem_id or child.tag in _FORM_TAGS or child.tag in _SKIP_TAGS:
            continue
        text = _text(child)
        if not text or _CHROME_TEXT.match(text) or _COMMENT_HEADING.match(text):
            continue
        if child.tag in _HEADINGS and _words(text) <= 10:
            continue
        count += _words(text)
    return count


_LISTING_TOKENS = frozenset({"recent", "latest"})


def _is_listing(node: Any) -> bool:
    """A comment list of the whole site: named recent/latest comments, or in a sidebar <aside>."""
    if set(_tokens(node, "id", "class")) & _LISTING_TOKENS:
        return True
    for depth, a in enumerate(_ancestors(node)):
        if depth >= 3 or a.tag in _STOP_TAGS:
            break
        if a.tag == "aside":
            return True
    return False


def _only_space_between(a: Any, b: Any) -> bool:
    node = a.next
    while node is not None and node.mem_id != b.mem_id:
        if node.is_element_node or _norm(node.text_content):
            return False
        node = node.next
    return True
