"""The source layout rules of docs/development.md: every Python module of the project
(engine, Scrapy side, benchmarks, tests) stays under 300 lines."""
from __future__ import annotations

import pytest

from .conftest import ROOT

LIMIT = 300
PACKAGES = ("cleaners", "corpus_spiders", "benchmarks", "tests")


def _modules():
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


def _lines(path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_the_layout_walk_finds_the_engine_and_counts_lines(tmp_path):
    found = {p.relative_to(ROOT).as_posix() for p in _modules()}
    assert any(p.startswith("cleaners/builtin/") for p in found)
    assert any(p.startswith("corpus_spiders/") for p in found)
    long = tmp_path / "long.py"
    long.write_text("x = 1\n" * LIMIT, encoding="utf-8")
    assert _lines(long) == LIMIT          # a module of LIMIT lines is not under the limit


@pytest.mark.parametrize("path", list(_modules()), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_module_is_under_300_lines(path):
    assert _lines(path) < LIMIT, f"{path.relative_to(ROOT)}: {_lines(path)} lines, split it"
