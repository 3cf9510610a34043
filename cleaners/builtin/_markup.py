"""The class and id vocabulary of page furniture (``furniture_classes.toml``), read once."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

FILE = Path(__file__).with_name("furniture_classes.toml")
B = r"(?:^|[\s_-])"           # start of a class word
E = r"(?=$|[\s_-])"           # end of a class word


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, Any]:
    """The whole file, as tables."""
    with FILE.open("rb") as f:
        return tomllib.load(f)


def pattern_source(text: str) -> str:
    """A pattern of the file with its class-word bounds ({B}, {E}) spelt out."""
    return text.replace("{B}", B).replace("{E}", E)


def table(section: str) -> dict[str, Any]:
    """Table ``section`` of the file ("boilerplate.ad": a table inside a table)."""
    found = vocabulary()
    for name in section.split("."):
        found = found[name]
    return found


def class_pattern(section: str, key: str = "pattern", flags: int = 0) -> re.Pattern:
    """The compiled pattern ``key`` of table ``section``."""
    return re.compile(pattern_source(table(section)[key]), flags)
