"""Hide a language's file for a test: the language reads as one nobody wrote a file for.

The shape rules stand in for words in a language without a file (`cleaners.lang.without_file`). Their tests
are written in a language that once had no file (Albanian, "sq"); when such a language gets its file, the tests
keep testing the rules with it hidden: ``cleaners.lang.load(code)`` gives None and ``available()`` leaves it
out, as `tests/generalisation_unlisted.py` does for a whole process. Every functools cache of ``cleaners``
(patterns and word lists made from the files, keyed by a language tuple that is the same with or without the
file) is emptied when the file is hidden and again when it is shown, so nothing made with the file is read
without it, nor the other way round.

Use: ``with hidden_file("sq"): ...`` or the module-scoped fixture of conftest.py,
``pytestmark = pytest.mark.usefixtures("sq_without_file")``.
"""
from __future__ import annotations

import functools
import gc
from contextlib import contextmanager
from typing import Iterator

import cleaners.lang as lang


def clear_cleaner_caches() -> int:
    """Empty every functools cache of a ``cleaners`` module; the number emptied."""
    emptied = 0
    for obj in gc.get_objects():
        if isinstance(obj, functools._lru_cache_wrapper) and \
                str(getattr(obj, "__module__", "") or "").startswith("cleaners"):
            obj.cache_clear()
            emptied += 1
    return emptied


@contextmanager
def hidden_file(code: str) -> Iterator[None]:
    """``code``'s file hidden inside the block (``load(code)`` None, ``code`` not in ``available()``)."""
    shown_load, shown_available = lang.load, lang.available
    installed = tuple(c for c in shown_available() if c != code)

    def load(asked: str):
        return None if asked == code else shown_load(asked)

    def available() -> tuple[str, ...]:
        return installed

    lang.load, lang.available = load, available
    clear_cleaner_caches()
    try:
        yield
    finally:
        lang.load, lang.available = shown_load, shown_available
        clear_cleaner_caches()
