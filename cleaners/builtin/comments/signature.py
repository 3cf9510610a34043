"""A poster's signature under a forum post: not the post's words (rule `signature`).

Forum engines print the signature a member set in the profile under each of the member's posts, in
one of two shapes:

* under a rule of underscores ("_________________", phpBB 2, vBulletin 3), in the post's own
  element or in one of its own. A line of underscores alone (``MIN_RULE`` or more) with the post's
  text above it, in two units of the thread or more (the engine prints the rule under every
  signature; a reader's comment that draws one line of underscores keeps its text), opens the
  signature: the body lines after it in the nearest element holding text after it, up to the
  first line of another kind, at most ``MAX_WORDS`` words;
* in an element named so (``div.signature``, ``blockquote.signature``, ``signaturecontainer``:
  phpBB 3, SMF, MyBB, vBulletin 4), beside the post's text: its lines all body lines (a box
  holding the comment's author or date, a comment's footer named so, is none), the post's text
  outside it before it.

The signature's lines are no comment text: chrome, logged with their own rule (``signature``) in
``removed``. The abbreviation "sig" names no signature here: the one site of the development pages
whose members' lines are named so has them kept in its gold comments (see docs/comments.md).
"""
from __future__ import annotations

import bisect
import re

from .attributes import attribute_words

RULE = "signature"
MIN_RULE = 8              # underscores of a signature's rule ("_________________": 17 in phpBB 2)
MAX_WORDS = 60            # a signature's words at most
CLIMB = 6                 # levels climbed from the rule's line to the element holding the signature
_RULE_LINE = re.compile(rf"[_\uff3f]{{{MIN_RULE},}}")
_SCREEN = attribute_words(["signature"])     # (a screen over the page's ids and classes: `Tree.holding`)
_MEMO = "signature_boxes"


def signatures(tree, items) -> None:
    """The lines of posters' signatures in ``items`` (one family) made chrome, ``cut`` = `RULE`."""
    ruled = [i for i, item in enumerate(items) if any(_is_rule(ln) for ln in item.lines)]
    for i in ruled if len(ruled) >= 2 else ():
        _under_rule(tree, items[i])
    boxes = _signature_boxes(tree)
    if boxes:
        for item in items:
            u = item.unit
            k = bisect.bisect_left(boxes, u.first)
            while k < len(boxes) and boxes[k] <= u.last:
                _named_box(tree, item, boxes[k])
                k += 1


def _is_rule(line) -> bool:
    return line.kind in ("body", "chrome") and _RULE_LINE.fullmatch(line.text) is not None


def _under_rule(tree, item) -> None:
    lines = item.lines
    for k, line in enumerate(lines):
        if not _is_rule(line) or not any(ln.kind == "body" for ln in lines[:k]):
            continue
        box = _holder(tree, line, set(item.unit.tops))
        if box < 0:
            continue
        sig = []
        for ln in lines[k + 1:]:
            if ln.kind != "body" or not tree.contains(box, ln.owner):
                break
            sig.append(ln)
        if sig and sum(ln.words for ln in sig) <= MAX_WORDS:
            for ln in [line, *sig]:
                ln.kind, ln.named, ln.cut = "chrome", -1, RULE
        return


def _holder(tree, line, tops: set) -> int:
    """The nearest element above the rule's line (the unit's top at most) holding words after it, or -1."""
    last = line.pieces[-1]
    e = line.owner
    for _ in range(CLIMB):
        if e <= 0:
            return -1
        if tree.p1[e] > last + 1 and tree.span_words(last + 1, tree.p1[e]) > 0:
            return e
        if e in tops:
            return -1
        e = tree.parent[e]
    return -1


def _named_box(tree, item, box: int) -> None:
    inside = [ln for ln in item.lines if tree.contains(box, ln.owner)]
    if not inside or any(ln.kind in ("author", "date", "meta") or ln.named >= 0 for ln in inside) \
            or not any(ln.kind == "body" for ln in inside):
        return
    first = inside[0]
    if not any(ln.kind == "body" and ln.pieces[-1] < first.pieces[0] for ln in item.lines):
        return      # (the post's own text stands before its signature)
    for ln in inside:
        ln.kind, ln.named, ln.cut = "chrome", -1, RULE


def _signature_boxes(tree) -> list[int]:
    """The page's elements named as a signature (a class or id word "signature", or one opening or
    closing with it: "signaturecontainer", "post-signature"), in page order; read once a page."""
    if (found := tree.memo.get(_MEMO)) is not None:
        return found
    attrs = tree.attrs
    found = tree.memo[_MEMO] = [e for e in sorted({*tree.holding("id", _SCREEN), *tree.holding("class", _SCREEN)})
                                if _names_signature(attrs[e])]
    return found


_WORDS = re.compile(r"[^a-z]+")


def _names_signature(attrs) -> bool:
    for value in (attrs.get("class") or "", attrs.get("id") or ""):
        for word in _WORDS.split(value.lower()):
            if word.startswith("signature") or word.endswith("signature"):
                return True
    return False
