"""The engine (`cleaners/`) never imports Scrapy, Twisted or `corpus_spiders`, not even
lazily: every module of it imports, and ``corpus clean seeds/`` gives the same output,
with Scrapy and Twisted made unimportable."""
from __future__ import annotations

import ast
import re
import subprocess
import sys

from .conftest import ROOT, SEEDS

FORBIDDEN = ("scrapy", "twisted", "corpus_spiders")

BLOCKED_RUN = """
import importlib, importlib.abc, pkgutil, sys

class Unimportable(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("scrapy", "twisted"):
            raise ModuleNotFoundError(f"No module named {name!r} (blocked by the test)", name=name)
        return None

sys.meta_path.insert(0, Unimportable())
import cleaners
for module in pkgutil.walk_packages(cleaners.__path__, "cleaners."):
    if not module.name.endswith(".__main__"):     # running it would run the command line
        importlib.import_module(module.name)
loaded = sorted(n for n in sys.modules if n.split(".")[0] in ("scrapy", "twisted", "corpus_spiders"))
assert not loaded, loaded
from cleaners.cli import main
sys.exit(main(["clean", sys.argv[1], "-o", sys.argv[2], "-q"]))
"""


def test_every_engine_module_and_corpus_clean_work_without_scrapy(tmp_path, seeds_corpus):
    blocked, normal = tmp_path / "blocked.jsonl", seeds_corpus
    proc = subprocess.run([sys.executable, "-c", BLOCKED_RUN, str(SEEDS), str(blocked)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "blocked" not in proc.stderr and "Traceback" not in proc.stderr
    assert blocked.read_bytes() == normal.read_bytes() and len(normal.read_bytes().splitlines()) == 5


MODULE_STRING = re.compile(r"^(?:scrapy|twisted|corpus_spiders)(?:\.\w+)*(?::\w+)?$")


def test_no_engine_source_names_scrapy_twisted_or_the_spiders():
    """Also imports inside functions (lazy ones) and module paths in strings (``import_module``)."""
    found = []
    for path in sorted((ROOT / "cleaners").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_STRING.match(node.value):
                names = [node.value]
            else:
                continue
            found += [f"{path.relative_to(ROOT)}:{node.lineno}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert not found, found
