"""A screen reader's transcript pasted as a text dump (read by markdown.py, before its own rules).

A screen reader (NVDA's speech viewer, VoiceOver's caption panel, a JAWS log) says each element's role before its
text and announces the page's landmarks on lines of their own: "banner landmark", "heading level 1, Harbour town
votes ...", "link, Read more", "graphic, Map of the bay", "list, 3 items, ...", "end of main landmark". The role
words are the screen reader's, in the language of its voice (`screen_reader` and `screen_reader_landmark` in
`cleaners/lang`: "Überschrift Ebene 2", "lien", "Orientierungspunkt"). Once the document shows it is such a
transcript (`MIN_LANDMARKS` landmark lines, or `MIN_ROLES` lines opened by a role of two roles at least):

* `screen-reader-landmark`: a landmark line (`MAX_LANDMARK_WORDS` words at most, no full stop, a landmark word in
  it) goes;
* `screen-reader-role`: the role said before a line's text ("link, ", "heading level 2, ", "list, 3 items, ") is
  cut and the text stays for the rules after this one (a heading's text becomes a heading block); a role alone
  goes.

A document with one such line keeps it ("Link, the new bus service, opens in May." is a sentence).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .. import lang, linear_re, screen
from ..document import Document
from ..lines import ends_sentence, word_count
from ..screen import SparseEditor

MIN_LANDMARKS = 2
MIN_ROLES = 3
MAX_LANDMARK_WORDS = 5


@lru_cache(maxsize=64)
def _patterns(langs: tuple[str, ...]):
    roles = lang.words("screen_reader", langs)
    marks = lang.words("screen_reader_landmark", langs)
    if not roles and not marks:
        return None
    # a role, a heading's level ("heading level 2"), a list's count ("list, 3 items", "Liste mit 3 Einträgen"),
    # then the comma the voice pauses at
    role = (r"^(" + lang.alternation(roles) + r")(\s+\d{1,2})?(?:[ \t]*,?[ \t]+(?:\w+[ \t]+)?\d{1,4}[ \t]+\w+)?"
            r"[ \t]*(?:,[ \t]+|,?$)")
    mark = r"(?:^|" + lang.NOT_WORD + ")" + lang.alternation(marks) + r"(?:$|" + lang.NOT_WORD + ")"
    return (linear_re.compile(role, ignore_case=True), linear_re.compile(mark, ignore_case=True),
            screen.compile(role), screen.compile(mark))


def _landmark(text: str, mark) -> bool:
    return word_count(text) <= MAX_LANDMARK_WORDS and not ends_sentence(text) and bool(mark.search(text))


def screen_reader_marks(doc: Document, cleaner: str) -> Document:
    """``doc`` without its screen reader's landmark lines and role words (module docstring)."""
    if doc.kind != "text" or not doc.blocks:
        return doc
    found = _patterns(lang.document_languages(doc))
    if found is None:
        return doc
    role, mark, *screens = found
    blocks = doc.blocks
    landmarks, roles = [], []
    for i in screen.candidates(blocks, *screens):
        b = blocks[i]
        if b.kind == "code":
            continue
        if _landmark(b.text, mark):
            landmarks.append(i)
        elif m := role.search(b.text):
            roles.append((i, m))
    kinds = {" ".join(m.group(1).lower().split()) for _, m in roles}
    if len(landmarks) < MIN_LANDMARKS and (len(roles) < MIN_ROLES or len(kinds) < 2):
        return doc
    edit = SparseEditor(doc, cleaner)
    cuts = {i: None for i in landmarks} | {i: m for i, m in roles}
    for i in sorted(cuts):
        m = cuts[i]
        if m is None:
            edit.drop(i, "screen-reader-landmark")
            continue
        rest = blocks[i].text[m.end():].strip()
        if not rest:
            edit.drop(i, "screen-reader-role")
            continue
        block = blocks[i].with_text(rest)
        if m.group(2):      # "heading level 2, ..."
            block = replace(block, kind="heading", level=min(6, max(1, int(m.group(2)))))
        edit.log("screen-reader-role", m.group(0).strip(), blocks[i])
        edit.put(i, block)
    return edit.done()

