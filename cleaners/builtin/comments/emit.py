"""What a comment section gives the document: its comments (author, text, depth, parent, date) to
``doc.comments``, and every other piece of its text to ``removed``: ``comment-meta`` (authors, dates),
``comment-chrome`` (controls, counters, headings, what a section holds besides its comments),
``comment-form``, and the lines of a rule of their own (a quoted post, a signature)."""
from __future__ import annotations

from ...document import Comment, Removal, removal
from .items import _lines
from .notices import REBLOG, RULE as NOTICES, notices_only, reblogs
from .section import Section, uncovered
from .tree import Tree

CLEANER = "html_comments"


def emit(tree: Tree, section: Section, comments: list[Comment], removed: list[Removal]) -> None:
    """The section's comments, and every other piece of its text as a removal."""
    meta: list[str] = []
    chrome: list[str] = []
    form: list[str] = []
    own: dict[str, list[str]] = {}     # chrome lines of a rule of their own (a quoted post, a signature)
    covered: list = []
    thread = section.thread
    if thread is not None:
        kept = {i: n for n, i in reversed(list(enumerate(thread.kept)))}     # item -> its first kept position
        notices = notices_only(tree, thread)     # pingbacks alone: no comment, all logged
        reblogged = set() if notices else reblogs(thread)    # reblog notices: never comments
        at: dict[int, int] = {}                  # kept position -> index in ``comments``
        for n, i in enumerate(thread.kept):
            item = thread.items[i]
            parent = thread.parents[n]
            if notices or n in reblogged:
                removed.append(removal(CLEANER, NOTICES if notices else REBLOG, thread.texts[n]))
                continue
            at[n] = len(comments)
            comments.append(Comment(thread.authors[n], thread.texts[n], thread.depths[n],
                                    None if parent is None else at.get(parent), item.date))
        for i, item in enumerate(thread.items):
            covered.append(item.unit)
            for line in item.lines:
                if line.kind == "form":
                    form.append(line.text)
                elif i in kept and line.kind == "chrome" and line.cut:
                    own.setdefault(line.cut, []).append(line.text)
                elif i not in kept or line.kind == "chrome":
                    chrome.append(line.text)
                elif line.kind in ("author", "date", "meta"):
                    meta.append(line.text)
            if i in kept:
                chrome.extend(_dropped(item, thread.texts[kept[i]]))
    for line in _lines(tree, _outside(tree, section.roots, covered)):
        (form if tree.form[line.owner] else chrome).append(line.text)
    for rule, texts in (("comment-meta", meta), ("comment-chrome", chrome), ("comment-form", form), *own.items()):
        text = " ".join(t for t in texts if t)
        if text:
            removed.append(removal(CLEANER, rule, text))
    for e, rule in section.extras:     # a heading, a form, "Load more comments" beside the section
        if e not in section.roots and (text := tree.flat(e)):
            removed.append(removal(CLEANER, rule, text))


def _outside(tree: Tree, roots: list[int], covered: list) -> list[int]:
    """Pieces of the roots outside the units (nested units lie inside the ones before them)."""
    return [k for a, b in uncovered(tree, roots, covered) for k in range(a, b)]


def _dropped(item, text: str) -> list[str]:
    """Body lines of a comment that its text left out (a title repeating its start)."""
    out = []
    for line in item.body():
        if line.text not in text:
            out.append(line.text)
    return out
