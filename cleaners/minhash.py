"""datasketch's MinHash, imported without the rest of datasketch.

``import datasketch`` runs the package's ``__init__``, which imports every index the
package has, and SciPy under its LSH (``scipy.integrate``, for the optimal band
parameters): 0.38 s of CPU, the largest part of a ``corpus clean`` run's set-up, where a
document's signature (`cleaners.dedup.signature`) needs datasketch's ``minhash`` module only
(it imports numpy and datasketch's ``hashfunc``). `minhash_class` loads that module under a
stand-in for the package that stands only while it loads: the module is datasketch's own, in
``sys.modules`` under its own name, and a later ``import datasketch`` loads the package whole
around it (the same ``MinHash`` class; only the package's attribute ``minhash`` is then not
set: ``from datasketch.minhash import ...`` and the package's own names work). Should datasketch's layout change (the stand-in cannot
load the module), the package is imported as usual.
"""
from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import types

log = logging.getLogger(__name__)

PACKAGE = "datasketch"
MODULE = "datasketch.minhash"


def minhash_class() -> type:
    """``datasketch.minhash.MinHash``, without importing the rest of the package when it is not loaded yet."""
    module = sys.modules.get(MODULE)
    if module is None and PACKAGE not in sys.modules:
        module = _load_alone()
    if module is None:
        module = importlib.import_module(MODULE)      # (the package's __init__ runs)
    return module.MinHash


def _load_alone() -> types.ModuleType | None:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    stand_in = types.ModuleType(PACKAGE)
    stand_in.__path__ = list(spec.submodule_search_locations)
    loaded_before = set(sys.modules)
    sys.modules[PACKAGE] = stand_in
    try:
        return importlib.import_module(MODULE)
    except ImportError as exc:
        log.debug("datasketch's minhash module does not load alone (%s): importing the package", exc)
        for name in set(sys.modules) - loaded_before:
            if name == PACKAGE or name.startswith(PACKAGE + "."):
                del sys.modules[name]
        return None
    finally:
        if sys.modules.get(PACKAGE) is stand_in:
            del sys.modules[PACKAGE]
