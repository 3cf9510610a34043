"""The author's short biography at the foot of an article, in the words of the document's languages
(cleaners/lang ``about_author``, ``bio_verbs``).

* ``author-bio``: one of the last `TAIL_BLOCKS` blocks of the body, never its first (the biography follows
  the article; in a body of two or three blocks the first is the article's lead), of `MAX_WORDS` words and
  `MAX_SENTENCES` sentences at most, that

  - opens with an about-the-author label followed by the biography ("About the author: Ann Lee
    covers transport...", "Über die Autorin: ..."), or is the label alone on its line, or the label and
    a name the next block opens with ("About the author: Ann Lee" / "Ann Lee covers ..."), with the
    biography in the block after it (both go);
  - or opens with the author's name, whole or one of its words ("Ann Lee is a staff writer...",
    "Ann covers transport and..."), right before a biography verb ("is", "writes", "ist",
    "écrit"...), when ``metadata.author`` is known;
  - or names the known author in full (two words or more) within its first `MAX_LEAD_WORDS` words,
    after a role ("Senior reporter Ann Lee won...", "Staff writer Ann Lee covers..."; not after a
    label: "Foto: Ann Lee" is a credit), three words or more after it, when the rest of the body
    never names the author (surname included) and the block reports no one's words;
  - or, when no author is known, is the body's last block, opened by a short sentence (others may
    follow it: "... is a fellow at X. She has written two books.") that opens with a person's
    name of two or three words (not opened by an article or a particle: "Der Gurt ist
    gerissen"; no word in capitals only) that the rest of the body never mentions (its surname
    included), before such a verb and an article or a capitalised title ("is a fellow at", "is
    Administrator of"; not "was born in"), with no reporting verb in it ("said", "sagte": a source quoted, not a writer
    presented): the article's subject is named in the article, its writer at the foot only. That
    name becomes ``metadata.author``.

With the author known, the block must stand at the article's foot: no running prose after it but a block
that opens with a word of the author's name (the biography's second paragraph). "Vogel has put the ball in
James' hands..." followed by another paragraph of the article is the article's, whoever wrote it.

A closing paragraph about someone the article talks about ("Smith is the mayor of the town
since 2010.") stays: the name is in the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..document import Document
from ..lines import COLON, QUESTION_MARKS, is_prose, stop_class, word_count
from ..registry import Cleaner
from ..screen import SparseEditor
from ._byline import NAME, PARTICLES, is_person_name

TAIL_BLOCKS = 3       # blocks at the end of the body a biography may stand in
MAX_WORDS = 80        # of a biography
MAX_SENTENCES = 3
MIN_BIO_WORDS = 6     # after a label: fewer is a byline ("Autor: Jan Kowalski"), not a biography
MAX_LABEL_WORDS = 5   # of a label alone on its line
MAX_NAME_WORDS = 3    # of a person's name read without a known author ("Bethany Police Chief Phil Cole" is none)
MAX_LEAD_WORDS = 6    # of a role before the known author's name ("Danger Room senior reporter")
MIN_PRESENTATION_WORDS = 3   # after the name in such a presentation ("... recently won the award")
MAX_UNKNOWN_WORDS = 30  # of a biography's first sentence, read without a known author
_SENTENCE = re.compile(rf"(?<!\b\w)[{stop_class('!?')}](?:\s+|$)")   # not after a one-letter word: an initial, "J.D.", "U.S."
_LABEL_END = re.compile(rf"{COLON}$")     # "Foto:", "Text：": a label, not a role


@lru_cache(maxsize=64)
def _patterns(langs: tuple[str, ...]):
    about = lang.alternation(lang.words("about_author", langs))
    verbs = lang.alternation(lang.words("bio_verbs", langs))
    return (re.compile(rf"^\W*(?:{about})(?!\w)\s*(?::|[-–—]|\n|$)\s*", re.I),
            re.compile(rf"^(?P<name>{NAME})\s+(?:{verbs})(?!\w)\s*(?P<next>[\w’'-]*)"))


def _sentences(text: str) -> int:
    return len(_SENTENCE.findall(text.strip())) or 1


def _first_sentence(text: str) -> str:
    m = _SENTENCE.search(text.strip())
    return text.strip()[:m.end()] if m else text


def _is_bio(text: str) -> bool:
    """A biography's size, and statements: a question ("Herr Lange, warum dauert es so lange?") is an interview's."""
    return word_count(text) <= MAX_WORDS and _sentences(text) <= MAX_SENTENCES \
        and text.rstrip()[-1:] not in QUESTION_MARKS


def _names_the_author(name: str, author: str) -> bool:
    """``name`` is the author's name or one of its words ("Christina" of "Christina Lee")."""
    words = {w.casefold() for w in re.findall(r"[\w'’-]+", author) if len(w) > 1}
    said = [w.casefold() for w in name.split()]
    return bool(said) and (" ".join(said) == " ".join(author.casefold().split()) or all(w in words for w in said))


def _mentioned(name: str, rest: str) -> bool:
    """Whether the body outside the biography names the person (the whole name or its last word)."""
    return any(re.search(rf"(?<!\w){re.escape(part)}(?!\w)", rest) for part in (name, name.split()[-1]))


def _presents_author(text: str, author: str, rest: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text`` names the known ``author`` in full (two words or more) after a role of
    `MAX_LEAD_WORDS` words at most, the author unnamed in the body's ``rest`` and no words reported."""
    name = " ".join(author.split())
    if len(name.split()) < 2:
        return False
    m = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    if not m:
        return False
    lead, after = text[:m.start()].strip(), text[m.end():]
    # a role before the name, not a label ("Foto: Ann Lee", "Text: Ann Lee": a credit), and a presentation after it
    return 0 < len(lead.split()) <= MAX_LEAD_WORDS and not _LABEL_END.search(lead) and \
        word_count(after) >= MIN_PRESENTATION_WORDS and not _mentioned(name, rest) and \
        not lang.pattern("reported", langs).search(text)


def _unknown_writer(name: str, after: str, text: str, langs: tuple[str, ...]) -> bool:
    """Whether ``text``, opened by ``name``, can present a writer no metadata names: a name of two or
    three words, each capitalised and none in capitals only, that opens with neither an article
    nor a particle ("Der Gurt ist...", "De la Cruz"); the verb followed by an article or a
    capitalised title ("is a fellow", "is Administrator of"; not "was born", "is someone"); a first
    sentence of `MAX_UNKNOWN_WORDS` words at most, no reporting verb in the block."""
    words = name.split()
    first = words[0].casefold()
    function = lang.words("function_words")
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(w.isupper() and len(w) > 1 for w in words):
        return False
    if not after or not (after.casefold() in function or after[:1].isupper()):
        return False
    return is_person_name(name, langs) and first not in PARTICLES and first not in function and \
        word_count(_first_sentence(text)) <= MAX_UNKNOWN_WORDS and \
        not lang.pattern("reported", langs).search(text)


def _opens_next(name: str, blocks, i: int) -> bool:
    """Whether ``name``, after a label on its line ("About the author: Ann Lee"), is a name of
    `MAX_NAME_WORDS` words at most, no sentence, and the block after the label opens with it or one of its words."""
    words = name.strip().split()
    if not 0 < len(words) <= MAX_NAME_WORDS or _SENTENCE.search(name.strip()) or i + 1 >= len(blocks):
        return False
    opening = blocks[i + 1].text.split()[:MAX_NAME_WORDS]
    return any(w.casefold() == o.casefold() for w in words for o in opening)


def _at_foot(blocks, i: int, author: str) -> bool:
    """Whether block ``i`` stands after the article's last paragraph: no block after it is running prose
    (`lines.is_prose`) but one that opens with a word of the ``author``'s name (a biography's second paragraph)."""
    words = {w.casefold() for w in author.split()}
    return not any(is_prose(b.text) and (b.text.split() or [""])[0].casefold() not in words for b in blocks[i + 1:])


def _rest(blocks, i: int) -> str:
    """The body's text before block ``i`` (a biography closes the body: what follows it is no article)."""
    return "\n".join(b.text for b in blocks[:i])


class AuthorBio(Cleaner):
    """The author's biography at the foot of the article (labelled, or opened by the author's name)."""

    name = "author_bio"
    order = 660

    def clean(self, doc: Document) -> Document:
        blocks = doc.blocks
        if not blocks:
            return doc
        langs = lang.document_languages(doc)
        label, opening = _patterns(langs)
        author = doc.metadata.get("author") or ""
        start = max(1, len(blocks) - TAIL_BLOCKS)     # (a biography follows some of the article: never the first block)
        edit = SparseEditor(doc, self.name)
        found = None
        for i in range(start, len(blocks)):
            text = blocks[i].text.strip()
            if blocks[i].kind == "code" or not text or not _is_bio(text):
                continue
            if m := label.match(text):
                rest = text[m.end():]
                if word_count(rest) >= MIN_BIO_WORDS:
                    edit.drop(i, "author-bio")
                    break
                if (not rest.strip() and word_count(text) <= MAX_LABEL_WORDS or _opens_next(rest, blocks, i)) and \
                        i + 1 < len(blocks) and word_count(blocks[i + 1].text) >= MIN_BIO_WORDS and \
                        _is_bio(blocks[i + 1].text):
                    edit.drop_run(i, i + 2, "author-bio")
                    break
                continue
            m = opening.match(text)
            if author and not _at_foot(blocks, i, author):
                continue
            if not m:
                if author and _presents_author(text, author, _rest(blocks, i), langs):
                    edit.drop(i, "author-bio")
                    break
                continue
            name = m.group("name")
            if author and _names_the_author(name, author):
                edit.drop(i, "author-bio")
                break
            if not author and i == len(blocks) - 1 and _unknown_writer(name, m.group("next"), text, langs):
                rest = _rest(blocks, i)
                if rest and not _mentioned(name, rest):
                    edit.drop(i, "author-bio")
                    found = name
                    break
        doc = edit.done()
        return doc.meta_default(author=found) if found else doc
