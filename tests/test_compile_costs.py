"""One-time costs of a run without a change of output: `lang.pattern` compiled on its first use."""
from __future__ import annotations

from cleaners import lang, lazy_re


def test_language_patterns_compile_on_first_use():
    assert isinstance(lang.pattern("by", ("de", "en"), "start"), lazy_re.LazyPattern)
    pattern = lang._pattern.__wrapped__(("by",), ("de", "en"), "start")     # (a new one: not used by another test)
    assert isinstance(pattern, lazy_re.LazyPattern)
    assert "_compiled" not in pattern.__dict__
    assert pattern.match("Von Anna Schmidt").group(1) == "Von"
    assert "_compiled" in pattern.__dict__
    assert pattern.search("Anna Schmidt") is None
