"""Language identification of a body (ISO 639-1) with py3langid.

py3langid ships its model LZMA-compressed; unpacking it costs about 0.7 s of CPU in every new
process (each `corpus clean` or `corpus ingest` run, each worker not forked from a loaded one).
The unpacked arrays are kept in a cache directory (`cache_dir`: ``$CORPUS_CACHE_DIR``, else
``$XDG_CACHE_HOME/corpus``, else ``~/.cache/corpus``), one directory per py3langid version,
written once and then memory-mapped; a writer removes the temp directories killed writers left. A cache that cannot be written or read is left aside:
the model is unpacked as before and the reason logged.
"""
from __future__ import annotations

import json
import logging
import mmap
import os
import shutil
import tempfile
import time
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

log = logging.getLogger(__name__)

MIN_CHARS = 40
SAMPLE_CHARS = 3000
MIN_PROBABILITY = 0.5
MIN_PROSE_CHARS = 500     # a body with less running text than this and its posts is told by them too (`detect_page`)
_ARRAYS = ("nextmove", "row")          # stdlib arrays of the model's tokenizer


def cache_dir() -> Path:
    """Where the unpacked model is kept (see the module docstring)."""
    root = os.environ.get("CORPUS_CACHE_DIR") or \
        os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "corpus")
    try:
        tag = version("py3langid")
    except PackageNotFoundError:
        tag = "unknown"
    return Path(root) / f"py3langid-{tag}"


STALE_TMP_SECONDS = 3600       # a temp dir this old is a killed writer's: removed by the next writer


def _remove_stale_temps(parent: Path) -> None:
    """The temp directories killed writers left in ``parent`` (about 70 MB each)."""
    now = time.time()
    for tmp in parent.glob(".tmp-*"):
        try:
            if now - tmp.stat().st_mtime > STALE_TMP_SECONDS:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError:
            continue


def _write_cache(path: Path, model) -> None:
    import numpy as np
    ptc, pc, classes, nextmove, row, output = model
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_temps(path.parent)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=path.parent))
    try:
        np.save(tmp / "ptc.npy", np.asarray(ptc))
        np.save(tmp / "pc.npy", np.asarray(pc))
        for name, values in zip(_ARRAYS, (nextmove, row)):
            (tmp / f"{name}.{values.typecode}").write_bytes(values.tobytes())
        (tmp / "meta.json").write_text(json.dumps({"classes": list(classes), "output": output}))
        os.replace(tmp, path)          # atomic: a reader sees the whole cache or none
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _read_cache(path: Path):
    import numpy as np
    meta = json.loads((path / "meta.json").read_text())
    arrays = []
    for name in _ARRAYS:          # mapped, not read: only the pages the tokenizer visits are loaded
        (found,) = path.glob(f"{name}.*")
        with open(found, "rb") as f:
            arrays.append(memoryview(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)).cast(found.suffix[1:]))
    output = [tuple(o) if isinstance(o, list) else o for o in meta["output"]]
    return (np.load(path / "ptc.npy", mmap_mode="r"), np.load(path / "pc.npy", mmap_mode="r"), meta["classes"],
            arrays[0], arrays[1], output)


@lru_cache(maxsize=1)
def _identifier():
    from py3langid import langid
    path = cache_dir()
    model = None
    if path.is_dir():
        try:
            model = _read_cache(path)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("language model cache %s unreadable (%s); unpacking the model", path, exc)
            shutil.rmtree(path, ignore_errors=True)      # written again below
    if model is None:
        model = langid._load_model_file(Path(langid.MODEL_DIR) / langid.MODEL_FILE)
        try:
            _write_cache(path, model)
        except OSError as exc:
            log.info("language model cache %s not written (%s)", path, exc)
    ptc, pc, classes, nextmove, row, output = model
    return langid.LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def _ranked(text: str) -> list[tuple[str, float]] | None:
    """The identifier's classes for ``text``'s first `SAMPLE_CHARS` characters, likeliest first; None when too short."""
    sample = text[:SAMPLE_CHARS]
    return _identifier().rank(sample) if len(sample.strip()) >= MIN_CHARS else None


def ranked(text: str) -> list[tuple[str, float]]:
    """The identifier's (class, probability) pairs for ``text``, likeliest first; none when too short."""
    return _ranked(text) or []


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when too short or unsure."""
    if (ranked := _ranked(text)) is None:
        return None
    code, probability = ranked[0]
    if probability < MIN_PROBABILITY:
        # languages one file reads (`lang.ALIASES`: Croatian and Bosnian) split the model's probability between them
        from .lang import ALIASES
        read_by = ALIASES.get(code, code)
        probability = sum(p for other, p in ranked if ALIASES.get(other, other) == read_by)
    return code if probability >= MIN_PROBABILITY else None


def first_guess(text: str) -> str | None:
    """The identifier's likeliest class for ``text`` however unsure ("zxx": no language), None when too short."""
    return ranked[0][0] if (ranked := _ranked(text)) else None


def detect_page(texts: list[str], posts: list[str]) -> str | None:
    """The language of a document whose body's blocks are ``texts`` and whose comments are ``posts``: the body's, but
    where the body holds less running text (`lines.is_prose`) than `MIN_PROSE_CHARS` and than its posts, that of its
    running text and the posts (a forum's thread: the template's labels, "Join Date", "Reply With Quote", are none)."""
    from .lines import is_prose
    sample = " ".join(texts)[:SAMPLE_CHARS]
    prose = [t for t in texts if is_prose(t)]
    if posts and sum(len(t) for t in prose) < min(MIN_PROSE_CHARS, sum(len(t) for t in posts)):
        return detect(" ".join(prose + list(posts))[:SAMPLE_CHARS]) or detect(sample)
    return detect(sample)


FEW_PARAGRAPHS = 200    # characters of <p> text under which a page's other prose runs are read too (`page_sample`)
RUN_WORDS = 8           # words of a text run that counts as prose there (a menu's or a label's text has fewer)
_NOT_PROSE = frozenset({"script", "style", "noscript", "template", "textarea", "code", "pre", "p"})


def page_sample(dom, limit: int) -> str:
    """Up to about ``limit`` characters of a parsed page's prose to tell its language by: its paragraphs' text, and
    where they hold less than `FEW_PARAGRAPHS` characters (a page written in ``<div>``s and ``<br>``s), its runs of
    text of `RUN_WORDS` words or more outside paragraphs, scripts and code too, in page order."""
    texts, size = [], 0
    for p in dom.css("p"):
        if size >= limit:
            break
        texts.append(" ".join(p.text().split()))
        size += len(texts[-1]) + 1
    if size < FEW_PARAGRAPHS and dom.body is not None:
        for node in dom.body.traverse(include_text=True):
            if size >= limit:
                break
            if node.tag != "-text" or node.parent is None or node.parent.tag in _NOT_PROSE:
                continue
            words = (node.text_content or "").split()
            if len(words) >= RUN_WORDS:
                texts.append(" ".join(words))
                size += len(texts[-1]) + 1
    return " ".join(texts)


_UNREAD = _NOT_PROSE - {"p"}


def page_text(dom, limit: int) -> str:
    """Up to about ``limit`` characters of a parsed page's text outside scripts, styles and code, short runs too: what
    tells a page's language when `page_sample` does not (a page of short lines, a script inside its paragraph)."""
    texts, size = [], 0
    for node in dom.body.traverse(include_text=True) if dom.body is not None else ():
        if size >= limit:
            break
        if node.tag == "-text" and node.parent is not None and node.parent.tag not in _UNREAD \
                and (words := (node.text_content or "").split()):
            texts.append(" ".join(words))
            size += len(texts[-1]) + 1
    return " ".join(texts)
