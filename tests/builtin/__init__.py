"""Unit tests of the built-in cleaners, one module per cleaner."""


def cuts(doc, cleaner: str) -> list[tuple[str, str]]:
    """``(rule, text)`` of every cut the named cleaner recorded."""
    return [(r.rule, r.text) for r in doc.removed if r.cleaner == cleaner]


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]
