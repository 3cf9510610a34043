"""Page widgets without a telling class, found by their heading words or by their shape.

* ``headed-newsletter`` / ``headed-related`` / ``headed-widget``: a box that opens with a
  short heading (an ``h2``-``h6``, or a short ``div``/``span``/``p``/``strong`` of inline
  content) in the language's words for a newsletter sign-up, for related or popular stories
  ("Lees ook", "Popular posts", cleaners/lang ``related``) or for a blog's sidebar widget
  ("Recent comments", "Archives", ``widgets``), followed by what such boxes hold: a form or
  a short link, story links (link-heavy, or headline links each with a one-line summary),
  or a list of links; under a heading that is a related phrase whole, a list of two teasers or
  more (`_teasers`). A heading that is not the first element of its box goes with the
  list (``ul``/``ol``) right after it, when that list has this shape; a related heading may
  also open a box of one headline link and nothing else ("Lesen Sie auch: <a>...</a>", "Read also → <a>"), or, set
  inline among prose runs, the headline links after it up to the next ``<br>``. A short heading that only opens with related words ("More from the
  Daily Planet") takes a box of links only. A ``p``/``div`` whose own text is a related
  heading (as text, or in an emphasis element: "<em>Lesen Sie auch:</em>") and headline links after it with only
  separators between them, nothing else, goes too ("<p>Auch interessant: <a>...</a></p>");
* ``teaser-list`` (`_teasers`): a list (``ul``/``ol``) of three teasers or more, each a headline link of
  three words or more and a summary cut short ("… [...]", "…", "Read more"), or a
  headline in a heading element with a read-more link, whatever heading the list has.
* ``email-signup``: a box around an e-mail field (``input[type=email]``) that asks for nothing
  else (no text area, no password: not a comment, contact or login form), `MAX_SIGNUP`
  characters at most with its heading and blurb, whatever its words: a newsletter sign-up. The
  box is the largest element around the field within that bound.

A box holding the main text container, or a paragraph as long as running text, never goes.
"""
from __future__ import annotations

from functools import lru_cache

from .. import lang, screen
from ..lines import spaced_word_count, squeezed
from ._dom import ancestors, link_text_share, longest_paragraph, text_of
from ._teasers import HEAD_END, MAX_TEASER, MIN_TEASERS, all_teasers, first_element, headlines

_HEADINGS = "h2, h3, h4, h5, h6, strong, b, span, div, p"
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "-text", "_text", "-comment", "_comment"})
MAX_HEAD = 60             # characters of a box's heading
MAX_LABELLED = 3 * MAX_HEAD   # characters of a paragraph that is a related heading and one headline link
MAX_BARE_NEWSLETTER = 300  # a newsletter box without a form: its heading, a line and a link
MAX_LINKED_BOX = 3000     # characters of a link-heavy box under a heading
MAX_PREFIXED_HEAD = 5     # words of a heading that opens with related words ("More from the Daily Planet")
MAX_SIGNUP = 400          # characters of an e-mail sign-up box: a heading, a line, the field and its button


def _inline_only(node) -> bool:
    """Whether ``node``'s children are all inline content (a loop: a generator per element of the page costs more)."""
    for child in node.iter(include_text=False):
        if child.tag not in _INLINE:
            return False
    return True



def teasers_shape(node, text: str, min_share: float) -> bool:
    """Headline links each followed by a one-line summary: a link share of ``min_share`` at
    least, three headline links or more, and no more text than a short teaser per headline."""
    count = headlines(node)
    return count >= MIN_TEASERS and len(text) <= count * MAX_TEASER and link_text_share(node, text) >= min_share


def headed_boxes(dom, langs, protected: set[int], max_paragraph: int, min_teaser_share: float) -> list[tuple]:
    """``(box, rule)`` of the boxes that open with a heading in the words of ``langs`` (see the module)."""
    head = lang.pattern(("newsletter", "related", "widgets"), langs, "line")
    opening = lang.pattern(("newsletter", "related", "widgets"), langs, "start")
    related_start = lang.pattern("related", langs, "start")
    newsletter = lang.pattern("newsletter", langs, "line")
    widget = lang.pattern("widgets", langs, "line")
    out = []
    leaves = []
    for h in dom.css(_HEADINGS):
        if not _inline_only(h):
            continue        # a leaf of inline content only: the text below is bounded by the page once
        text = text_of(h)
        labelled = h.tag in ("p", "div")
        if text and len(text) <= (MAX_LABELLED if labelled else MAX_HEAD):
            leaves.append((h, text, labelled))
    # most texts hold no heading words at their start (nor then at the start of ``words`` below, which
    # ends where a word ends): one screen over them all finds the others
    for h, text, labelled in (leaves[i] for i in screen.lines([t for _, t, _ in leaves], _screen(opening))):
        if not opening.search(text):
            continue
        if labelled and h.mem_id not in protected and _labelled_link(h, head):
            out.append((h, "headed-related"))
            continue
        if len(text) > MAX_HEAD:
            continue
        words = HEAD_END.sub("", text)
        if not opening.search(words):
            continue
        whole = bool(head.search(words))
        if not whole and not (len(words.split()) <= MAX_PREFIXED_HEAD and related_start.search(words)):
            continue
        box, parts = _box(h, protected)
        if box is None and whole and not newsletter.search(words) and not widget.search(words):
            out += [(part, "headed-related") for part in _run_links(h)]
        if box is None or longest_paragraph(box) > max_paragraph or len(parts) > 1 and not whole:
            continue
        body = text_of(box) if len(parts) == 1 else f"{text} {text_of(box)}"
        if newsletter.search(words):
            if box.css_first("form, input, button") is not None and len(body) <= 600 or \
                    len(body) <= MAX_BARE_NEWSLETTER and box.css_first("a[href]") is not None:
                out += [(part, "headed-newsletter") for part in parts]
            continue
        linked = len(body) <= MAX_LINKED_BOX and len(box.css("a[href]")) >= 2 and \
            link_text_share(box, body) >= 0.5 * (1 - len(text) / max(len(body), 1))
        if not whole:       # "More from the Daily Planet": only a box of links
            if linked and len(box.css("a[href]")) >= 3:
                out += [(part, "headed-related") for part in parts]
        elif widget.search(words):
            if linked and len(box.css("a[href]")) >= 3:
                out += [(part, "headed-widget") for part in parts]
        elif linked or teasers_shape(box, body, min_teaser_share) or _one_story(box, text, body) \
                or all_teasers(box, langs):
            out += [(part, "headed-related") for part in parts]
    return out


@lru_cache(maxsize=32)
def _screen(pattern):
    """``pattern`` (a line pattern of `lang.pattern`) as a screen: at the start of any line of a text."""
    return screen.compile(pattern.pattern)


def _one_story(box, head: str, body: str) -> bool:
    """A related heading and one headline link, nothing else: "Lesen Sie auch: <a>Title</a>"; the text
    after the heading measured without its spaces (a six-character Japanese headline after "：" and a space)."""
    links = box.css("a[href]")
    rest = len(squeezed(body)) - len(squeezed(head))
    return len(links) == 1 and spaced_word_count(text_of(links[0])) >= 3 and 0 < rest <= MAX_HEAD * 3 and \
        len(squeezed(text_of(links[0]))) >= 0.9 * rest


_SEPARATORS = " \t\n:|,\u00b7\u2013\u2014-"
_BLOCKS = frozenset({"div", "p", "section", "aside", "ul", "ol", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
                     "table", "form"})


_EMPHASIS = frozenset({"strong", "b", "em", "i", "span"})


def _labelled_link(node, head) -> bool:
    """``node`` holds a related heading ("Lesen Sie auch:"), as text or in an emphasis element of its own
    ("<em>Lesen Sie auch: </em>"), and after it headline links with only separators between them, nothing else:
    "<p>Lire aussi : <a>Title</a></p>", "<p><i>Leggi anche:</i> <a>Title</a>, <a>Title</a></p>"."""
    first = node.child
    while first is not None and first.tag in ("-text", "_text") and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.tag not in ("-text", "_text") and (first.tag not in _EMPHASIS or
                                                                  first.css_first("a") is not None):
        return False
    if not head.search(HEAD_END.sub("", text_of(first) if first.tag in _EMPHASIS else first.text_content or "")):
        return False
    links, stop = _links_until_break(first.next)
    return links is not None and len(links) >= 1 and stop is None


def _links_until_break(node) -> tuple:
    """``(headline links, the node that ends them)`` from ``node`` up to a ``<br>``, a block or
    the end, when only separators stand between them; ``(None, node)`` when other content does."""
    links = []
    while node is not None and node.tag != "br" and node.tag not in _BLOCKS:
        if node.tag == "a" and spaced_word_count(text_of(node)) >= 3:
            links.append(node)
        elif node.tag not in ("-text", "_text", "-comment", "_comment") or (node.text_content or "").strip(_SEPARATORS):
            return None, node
        node = node.next
    return links, node


def _run_links(h) -> list:
    """A related heading set inline among prose runs ("...<br><br><strong>Read also:</strong>
    <a>Title</a><br><br>..."): the heading and the headline links after it up to the next
    ``<br>``, when nothing else stands there; none otherwise."""
    prev = h.prev
    while prev is not None and prev.tag in ("-text", "_text") and not (prev.text_content or "").strip():
        prev = prev.prev
    if prev is not None and prev.tag in _INLINE:
        return []      # (after a <br>, a block or nothing: the start of a run)
    links, _ = _links_until_break(h.next)
    return [h] + links if links else []


def _box(h, protected: set[int]) -> tuple:
    """The box a heading opens, and the elements that go with it: the heading's parent when
    the heading is its first element, else a list (``ul``/``ol``) right after the heading."""
    box = h.parent
    if box is None:
        return None, ()
    first = first_element(box)
    if box.tag not in ("body", "html", "main", "article") and box.mem_id not in protected \
            and first is not None and first.mem_id == h.mem_id:
        return box, (box,)
    after = h.next
    while after is not None and after.tag in ("-text", "_text", "-comment", "_comment") \
            and not (after.text_content or "").strip():
        after = after.next
    if after is not None and after.tag in ("ul", "ol") and after.mem_id not in protected:
        return after, (h, after)
    return None, ()



def email_signups(dom, protected: set[int]) -> list[tuple]:
    """``(box, "email-signup")`` of the boxes around an e-mail field that asks for nothing else:
    the nearest element around the field's form that holds text beside it (the heading, the
    blurb), and its parent when all that adds is a heading."""
    out = []
    for field in dom.css("input[type=email]"):
        form = next((a for a in ancestors(field) if a.tag == "form"), field)
        if form.css_first("textarea, input[type=password]") is not None:
            continue
        own = len(text_of(form))
        box = next((a for a in ancestors(form) if len(text_of(a)) > own), None)
        while box is not None and box.parent is not None and _signup_box(box.parent, protected) and all(
                c.mem_id == box.mem_id or c.tag in _HEADING_TAGS for c in box.parent.iter(include_text=False)):
            box = box.parent
        if box is not None and _signup_box(box, protected):
            out.append((box, "email-signup"))
    return out


_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _signup_box(node, protected: set[int]) -> bool:
    return node.tag not in ("body", "html", "main", "article") and node.mem_id not in protected and \
        len(text_of(node)) <= MAX_SIGNUP and \
        node.css_first("textarea, input[type=password]") is None
