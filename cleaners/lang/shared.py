"""Word data read in every document, whatever its language: the small words inside capitalised names
(`name_particles.toml`, one list per language they come from), the currencies written beside an amount
(`currencies.toml`) and the word for copyright (`copyright.toml`). A language's own file (`<code>.toml`) is read for documents in that language only; these
lists are not: names and prices travel between languages."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rtoml

DIRECTORY = Path(__file__).resolve().parent
PARTICLES_FILE = DIRECTORY / "name_particles.toml"
CURRENCIES_FILE = DIRECTORY / "currencies.toml"
COPYRIGHT_FILE = DIRECTORY / "copyright.toml"


class SharedDataError(ValueError):
    """A shared data file that cannot be used (bad TOML, a value that is not a list of non-empty strings)."""


def _lists(path: Path, keys: tuple[str, ...] | None = None) -> dict[str, tuple[str, ...]]:
    try:
        data = rtoml.loads(path.read_text(encoding="utf-8"))
    except (OSError, rtoml.TomlParsingError) as exc:
        raise SharedDataError(f"{path}: {exc}") from exc
    for key, value in data.items():
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise SharedDataError(f"{path}: {key} must be a list of non-empty strings")
    missing = [k for k in keys or () if k not in data]
    if missing:
        raise SharedDataError(f"{path}: missing {', '.join(missing)}")
    return {key: tuple(v.strip() for v in value) for key, value in data.items()}


@lru_cache(maxsize=1)
def name_particles(path: Path = PARTICLES_FILE) -> frozenset[str]:
    """The small words inside a capitalised name, of every language ("of", "von", "van", "dos"), lower case."""
    return frozenset(w.lower() for words in _lists(path).values() for w in words)


@lru_cache(maxsize=1)
def currencies(path: Path = CURRENCIES_FILE) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the ISO codes, the currencies written in letters) of ``currencies.toml``, lower case, longest first."""
    data = _lists(path, ("codes", "letters"))
    return tuple(sorted({w.lower() for w in data["codes"]}, key=lambda w: (-len(w), w))), \
        tuple(sorted({w.lower() for w in data["letters"]}, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def copyright_terms(path: Path = COPYRIGHT_FILE) -> tuple[str, ...]:
    """The word for copyright in many languages (``copyright.toml``), lower case, longest first."""
    return tuple(sorted({w.lower() for w in _lists(path, ("terms",))["terms"]}, key=lambda w: (-len(w), w)))
