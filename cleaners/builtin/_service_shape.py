"""Calls to use one of the site's services, in a language without a file (`service-call`, read by reader_calls.py).

A site's call to follow it on a social network, to read its newsletter or to install its app names the service
as every language writes it ("Folgen Sie uns auf Instagram und TikTok", "Zapisz się do newslettera", "Scarica la
nostra app gratuita", "Читайте нас в Дзене"): a social network (`_networks.SITES`, a case ending after it) or one
of English's ``service_loanwords`` (cleaners/lang/en.toml: "newsletter", "app", "podcast"). Such a line is taken
when it is short (`MAX_WORDS`; a short question before it aside: "Çfarë mendoni? Na shkruani në Facebook"), is
no sentence (nothing but "!" or ":" closes it), holds no digit, is not set in title case (every word capitalised:
a heading or a name), is not quoted, and the service it names is named by no paragraph of prose in the body (`lines.is_prose`): the calls of a site stand apart from its story, while a
subheading over paragraphs that speak of the same network ("Die Rolle von TikTok im Wahlkampf") is the article's.
Only in a language without a file: a language with one reads its own calls (calls_to_action, reader_calls).
A line glued under a call that stood apart keeps the call's blank line above it (`carry_gaps`): a dump's widget of
two lines is no paragraph with a button under it once its first line has gone (donation ``button-appeal``).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .. import lang, linear_re
from ..document import Document
from ..screen import SparseEditor
from ..lines import is_prose, is_quoted, stop_class, word_count
from ._networks import SITES

MIN_WORDS = 2         # one word alone ("Podcast") may head a section: left to the rules of lone chrome
MAX_WORDS = 8
MIN_SUFFIXED = 6       # a loanword this long may carry a case ending ("newslettera"); a shorter one ("app") may not
_CLOSE = re.compile(r"[\s!:\u00a1]+$")
_OPEN = re.compile(r"^[\s\u2192\u00bb\u203a\u25b6\u25ba\u2022\u27a4\u279c>*-]+")
# a digit, a sentence's stops and marks (every script's full stop: `lines.stop_class`), brackets and quotation marks
_STOPS = stop_class(",;?\u2026\u061f")
_QUESTION = re.compile(r"[^?\u061f]+[?\u061f]\s+(?=\S)")
MAX_QUESTION_WORDS = 5
_NOT_CALL = re.compile(rf"[\d{_STOPS}()\[\]\"\u201c\u201d\u201e\u00ab\u00bb]")


@lru_cache(maxsize=1)
def _service():
    """A network or service loanword as a whole word, its name the first group."""
    loans = [rf"{re.escape(w)}(?:[\pL]{{0,3}})" if len(w) >= MIN_SUFFIXED else rf"{re.escape(w)}s?"
             for w in lang.words("service_loanwords", (lang.FALLBACK,))]
    names = "|".join([rf"(?:{SITES})[\pL]{{0,4}}"] + loans)
    return linear_re.compile(rf"(?:^|[^\pL\pN_])({names})(?:$|[^\pL\pN_])", ignore_case=True)


def named(text: str) -> set[str]:
    """The services ``text`` names, case-folded, a case ending cut ("Instagramie" -> "instagram")."""
    found = set()
    pattern, pos = _service(), 0
    while (m := pattern.search(text, pos)) is not None:
        found.add(_stem(m.group(1)))
        pos = max(m.end(1), pos + 1)
    return found


def _stem(name: str) -> str:
    folded = name.casefold()
    for word in sorted(lang.words("service_loanwords", (lang.FALLBACK,)), key=len, reverse=True):
        if folded.startswith(word):
            return word
    return next((site for site in SITES.split("|") if folded.startswith(site.replace("\\", ""))), folded)


def is_call(text: str) -> bool:
    """A short line that names a service and is no sentence, title or quotation (module docstring)."""
    core = _CLOSE.sub("", _OPEN.sub("", text.strip()))
    if (q := _QUESTION.match(core)) and word_count(q.group()) <= MAX_QUESTION_WORDS:
        core = core[q.end():]     # a short question before the call: "Çfarë mendoni? Na shkruani në Facebook"
    words = core.split()
    if not core or is_quoted(text) or _NOT_CALL.search(core) or not MIN_WORDS <= word_count(core) <= MAX_WORDS:
        return False
    return not (len(words) > 1 and all(w[:1].isupper() for w in words)) and bool(named(core))


def service_calls(doc: Document) -> list[tuple[int, str]]:
    """``(index, "service-call")`` of the service calls of ``doc`` (module docstring)."""
    if not doc.blocks or not lang.without_file(lang.document_languages(doc)):
        return []
    blocks = [(i, b.text.strip()) for i, b in enumerate(doc.blocks) if b.kind not in ("code", "table")]
    calls = [(i, text) for i, text in blocks if is_call(text)]
    if not calls:
        return []
    spoken = set().union(*(named(text) for _, text in blocks if is_prose(text)))
    return [(i, "service-call") for i, text in calls if not named(text) & spoken]


def carry_gaps(edit: SparseEditor, cuts: list[tuple[int, str]]) -> None:
    """Give the first kept line glued under each service call the blank line the call stood apart by."""
    blocks, dropped = edit.doc.blocks, {i for i, _ in cuts}
    for i, rule in cuts:
        if rule != "service-call" or blocks[i].gap == 0:
            continue
        k = i + 1
        while k in dropped and k < len(blocks) and blocks[k].gap == 0:
            k += 1
        current = edit.current(k) if k < len(blocks) else None
        if current is not None and k not in dropped and blocks[k].gap == 0:
            edit.put(k, dataclasses.replace(current, gap=blocks[i].gap))
