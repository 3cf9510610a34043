"""cleaners.minhash: datasketch's MinHash without the rest of the package (and its SciPy)."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from cleaners import minhash


def _fresh(code: str) -> str:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          check=True).stdout.strip()


def test_signature_loads_minhash_alone_and_the_package_loads_later():
    out = _fresh("""
        import sys
        from cleaners.dedup import signature
        signature("one two three four five six seven eight nine ten eleven twelve")
        print("datasketch" in sys.modules, "scipy" in sys.modules, "datasketch.minhash" in sys.modules)
        import datasketch
        from cleaners.minhash import minhash_class
        m = datasketch.MinHash(num_perm=16, seed=1)
        m.update(b"word")
        lsh = datasketch.MinHashLSH(threshold=0.5, num_perm=16)
        lsh.insert("a", m)
        print(minhash_class() is datasketch.MinHash, lsh.query(m))
    """)
    assert out.splitlines() == ["False False True", "True ['a']"]


def test_package_already_loaded_gives_its_class():
    import datasketch
    assert minhash.minhash_class() is datasketch.MinHash


def test_no_stand_in_without_the_package(monkeypatch):
    monkeypatch.setattr(minhash.importlib.util, "find_spec", lambda name: None)
    assert minhash._load_alone() is None


def test_failed_load_leaves_no_stand_in(monkeypatch):
    def fail(name):
        raise ImportError("changed layout")
    monkeypatch.delitem(sys.modules, minhash.PACKAGE, raising=False)
    monkeypatch.setattr(minhash.importlib, "import_module", fail)
    assert minhash._load_alone() is None
    assert minhash.PACKAGE not in sys.modules
