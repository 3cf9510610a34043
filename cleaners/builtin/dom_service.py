"""A service page's boxes: the "Was this page helpful?" box, a press release's label and what follows its end mark.

* ``feedback-box``: a box of two to `MAX_BUTTONS` buttons with short labels (``<button>``, submit or button
  ``<input>``, a radio choice) whose text besides them is one short question (it holds a question mark of any script)
  and no field to write in: a page's "Was this page helpful? Yes / No"; a language that prints no question mark
  (Thai) is read by the box's class or id instead (``feedback``, ``helpful``). A newsletter box has a field; a
  question of the article over its answer has no buttons. Buttons in a row with a text of its own and no question
  ("Reading time: 4 min", then "Listen", "Save") are a tool row: a question in a box around it is not theirs.
* ``release-tail``: a press release ends with an end mark on a line of its own ("###", "# # #", "-30-", "- ENDS -");
  what follows it in its container (the media contact, the "About <organisation>" boilerplate) is no part of the
  release when it is short (`MAX_TAIL_CHARS`, `MAX_TAIL_BLOCKS`, `MAX_TAIL_PROSE` paragraphs of prose). The mark goes
  with it. A mark followed by more of the text (a separator between two parts) stays, and so does what follows it.
* ``release-label``: an element whose whole text is a press release's label in the page's languages (cleaners/lang
  ``release_label``: "Press release", "Pressemitteilung", "報道発表資料"), a colon after it or none: the kicker over the
  release's headline or a label under it. The words in a sentence ("The press release said ...") or a line naming
  more ("Press release: new opening hours") stay.
* ``paywall-box``: a paywall notice with its subscription box or the offer and login lines under it (`dom_paywall`).
* ``rating-box``: a review's rating box or a vote widget: stars, "Rate this: 1 2 3 4 5", "Rating: 4/5" (`dom_rating`).
* ``plugin-fallback``: a Flash embed's fallback text and its "Get Adobe Flash player" link (`dom_plugin`).
"""
from __future__ import annotations

import re

from .. import lang
from ..document import Document
from ..lines import COLON_MARKS, is_prose
from ..registry import Cleaner
from ._data_names import with_named
from ._dom import NON_ELEMENTS, attr_key, outermost, protected_ids, remove, text_of
from .dom_paywall import paywall_boxes
from .dom_live import live_badges
from .dom_plugin import SELECTOR as PLUGIN_SELECTOR, plugin_fallbacks
from .dom_rating import SELECTOR as RATING_SELECTOR, page_rating, rating_boxes

_BUTTONS = "button, input[type=submit i], input[type=button i], input[type=radio i], [role=button i]"
_FIELDS = "textarea, input[type=text i], input[type=email i], input:not([type]), select"
_FEEDBACK = re.compile(r"feedback|helpful")
_QUESTION = re.compile(r"[?\uff1f\u061f\u037e\u055e\u1367\u2e2e]")
_END_MARK = re.compile(r"^(?:#\s*#\s*#|[-\u2013\u2014]\s*30\s*[-\u2013\u2014]"
                       r"|[-\u2013\u2014]?\s*ENDS\s*[-\u2013\u2014]?)$")
_END_OPENING = re.compile(r"\s*[#\-\u2013\u2014E]")     # how an end mark's text opens: a screen before it is squeezed
# what the page's text holds when one of its blocks is an end mark (a block's text is a run of the body's),
# each opening with a literal (a fast scan; the dashed number only where the number and a dash after it stand)
_HASHES = re.compile(r"#\s*#\s*#")
_THIRTY = re.compile(r"30\s*[-\u2013\u2014]")
_DASHED_THIRTY = re.compile(r"[-\u2013\u2014]\s*30\s*[-\u2013\u2014]")

MAX_BUTTONS = 5
MAX_LABEL = 24             # characters of a button's label
MAX_QUESTION = 120         # characters of the box's text besides its buttons
MAX_LEVELS = 3             # levels above the buttons' parent a box's question may stand
MAX_TAIL_CHARS = 1200      # text after a release's end mark, at most
MAX_TAIL_BLOCKS = 6        # elements after it
MAX_TAIL_PROSE = 2         # paragraphs of prose after it (an organisation's profile or two)
MAX_LABEL_CHARS = 40       # characters of a release's label
_LABELLED = "p, div, h2, h3, h4, h5, h6"


def _label(button) -> str:
    return text_of(button) or (button.attributes.get("value") or "")


def feedback_boxes(dom, protected: set[int]) -> list:
    """The "was this page helpful?" boxes of the page (module docstring)."""
    found, seen = [], set()
    for button in dom.css(_BUTTONS):
        node = button.parent
        for _ in range(MAX_LEVELS + 1):
            if node is None or node.tag in ("body", "html") or node.mem_id in protected:
                break
            if node.mem_id in seen:
                break
            seen.add(node.mem_id)
            buttons = node.css(_BUTTONS)
            if not 2 <= len(buttons) <= MAX_BUTTONS:
                break           # (told before the text is read: a form's one button under a page's wrapper)
            text = text_of(node)
            rest = text
            for b in buttons:
                rest = rest.replace(text_of(b), " ", 1)
            rest = " ".join(rest.split())
            if len(rest) > MAX_QUESTION or not 2 <= len(buttons) <= MAX_BUTTONS \
                    or any(len(_label(b)) > MAX_LABEL for b in buttons) or node.css_first(_FIELDS) is not None:
                break
            if _QUESTION.search(rest) or _FEEDBACK.search(attr_key(node)):
                found.append(node)
                break
            if rest:        # (the buttons' own row has a text of its own and no question: a tool row)
                break
            node = node.parent
    return found


def _holds_mark(text: str) -> bool:
    """Whether ``text`` holds what an end mark's text holds (`_END_MARK`: the hashes, the dashed number or "ENDS")."""
    return "ENDS" in text or _HASHES.search(text) is not None or \
        _THIRTY.search(text) is not None and _DASHED_THIRTY.search(text) is not None


def release_tails(dom, protected: set[int], page_text: str | None = None) -> list:
    """The end marks of press releases with the short tail after each (module docstring); a page whose text
    (``page_text``: the body's, its text nodes joined by spaces) holds no end mark is not read block by block."""
    found = []
    if page_text is not None and not _holds_mark(page_text):
        return found
    for node in dom.css("p, div, center, pre"):
        raw = node.text(separator=" ")     # (squeezed only when it may be a mark: a div's text is long)
        if not _END_OPENING.match(raw) or not _END_MARK.match(" ".join(raw.split())) or node.mem_id in protected:
            continue
        tail, chars, sibling = [], 0, node.next
        while sibling is not None:
            if sibling.tag not in NON_ELEMENTS:
                tail.append(sibling)
                chars += len(text_of(sibling))
            sibling = sibling.next
        prose = sum(is_prose(text_of(p)) for t in tail for p in ([t] if t.tag == "p" else t.css("p")))
        if len(tail) <= MAX_TAIL_BLOCKS and chars <= MAX_TAIL_CHARS and prose <= MAX_TAIL_PROSE and \
                not any(t.mem_id in protected for t in tail):
            found += [node] + tail
    return found


def release_labels(dom, protected: set[int], langs: tuple[str, ...], page_text: str) -> list:
    """The press releases' labels standing alone (module docstring); a page whose text names no release is read once."""
    if not lang.pattern("release_label", langs).search(page_text):
        return []
    label, found = lang.pattern("release_label", langs, "line"), []
    for node in dom.css(_LABELLED):
        text = text_of(node)
        if text and len(text) <= MAX_LABEL_CHARS and node.mem_id not in protected \
                and label.match(text.rstrip(COLON_MARKS + " ")):
            found.append(node)
    return found


class DomService(Cleaner):
    """A page's "was this helpful?" box, a press release's label and tail, a rating box, a Flash fallback."""

    name = "dom_service"
    scope = "html"
    order = 72
    inputs = frozenset({"html"})

    def clean_html(self, doc: Document) -> Document:
        dom = doc.dom
        if dom is None or dom.body is None:
            return doc
        protected = protected_ids(dom)
        candidates = [(n, "feedback-box") for n in feedback_boxes(dom, protected)]
        langs = lang.languages(lang.page_language(doc))
        page_text = dom.body.text(separator=" ")
        candidates += [(n, "release-label") for n in release_labels(dom, protected, langs, page_text)]
        candidates += [(n, "paywall-box") for n in paywall_boxes(dom, protected, langs, page_text)]
        candidates += [(n, "release-tail") for n in release_tails(dom, protected, page_text)]
        marked = dom.css(with_named(f"{RATING_SELECTOR}, {PLUGIN_SELECTOR}", doc.html))     # (one walk for both)
        ratings = rating_boxes(marked, protected)
        candidates += [(n, "rating-box") for n in ratings]
        doc = doc.meta_default(rating=page_rating(ratings))
        candidates += [(n, "plugin-fallback") for n in plugin_fallbacks(marked, protected)]
        candidates += [(n, "live-badge") for n in live_badges(dom, protected, langs, doc.html)]
        for node, rule in outermost(candidates):
            doc = remove(doc, self.name, rule, node)
        return doc
