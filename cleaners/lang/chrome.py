"""The language of a document's chrome when it is not its article's: the short lines of its head and foot (labels,
bylines, share rows, calls, related headlines) told apart from the article ("Autor: Kadri Tamm", "Telli meie
uudiskiri" around an English story, an English edition of an Estonian site). The cleaners then read that
language's words beside the article's (`lang.document_languages`)."""
from __future__ import annotations

HEAD_BLOCKS = 8         # blocks of the head read
FOOT_BLOCKS = 12        # blocks of the foot read
MIN_LINES = 3           # chrome lines in another language at least
MAX_PRIMARY_SHARE = 0.05    # the article's language's probability for those lines, below


def chrome_language(texts: list[str], primary: str | None) -> str | None:
    """The language of the short lines opening and closing ``texts`` (a body's blocks), when it differs from
    ``primary``: lines of running text are the article's, and a line the identifier reads as ``primary`` too;
    the others are read together, and told when the identifier is sure of them."""
    from ..language import detect, ranked
    from ..lines import is_prose
    edge = texts[:HEAD_BLOCKS] + texts[HEAD_BLOCKS:][-FOOT_BLOCKS:]
    kept = []
    for text in edge:
        if not text.strip() or is_prose(text):
            continue
        if detect(text) == primary:
            continue
        kept.append(text)
    if len(kept) < MIN_LINES:
        return None
    sample = " ".join(kept)
    code = detect(sample)
    if not code or code == primary or dict(ranked(sample)).get(primary, 0.0) >= MAX_PRIMARY_SHARE:
        return None     # (a language close to the article's, Indonesian lines of a Malay dump: the article's own)
    return code


_seen: tuple = (None, None, None)    # (raw bytes, source, code) of the last document read, swapped whole (threads)


def with_chrome(doc, primary: str | None) -> tuple[str, ...]:
    """`lang.languages` of ``primary``, with the language of a text dump's chrome (`chrome_language`, told once per
    input, as the document language is) after it."""
    from . import languages
    if doc.kind != "text":      # a page's chrome is told by its markup, before extraction
        return languages(primary)
    global _seen
    raw, source, code = _seen      # (read once: another thread may swap it meanwhile)
    if not (doc.raw and raw is doc.raw and source == doc.source):
        code = chrome_language([b.text for b in doc.blocks], primary)
        if doc.raw:
            _seen = (doc.raw, doc.source, code)
    own = languages(primary)
    return own if code is None else _joined(own, languages(code))


def _joined(own: tuple[str, ...], chrome: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(own + chrome))
