"""`corpus report`: a corpus as one self-contained HTML page of charts (inline SVG drawn
by matplotlib; no script, nothing fetched when it is viewed).

It streams the records of a JSONL file, a ``.jsonl.gz`` or a directory of shards once,
with memory that does not grow with the corpus (`collect`), reads the run's
``errors.jsonl`` when it sits beside the corpus, and writes the page (`page`).
"""
from __future__ import annotations

import os
from typing import Iterator

from .data import ReportData, collect

__all__ = ["ReportData", "collect", "errors_beside", "write_report"]


def errors_beside(corpus: str) -> str | None:
    """The ``errors.jsonl`` that `corpus clean` wrote beside this corpus, if any."""
    if os.path.isdir(corpus):
        path = os.path.join(corpus, "errors.jsonl")
    else:
        base = corpus[:-3] if corpus.endswith(".gz") else corpus
        path = os.path.splitext(base)[0] + ".errors.jsonl"
    return path if os.path.isfile(path) else None


def _errors(path: str | None) -> Iterator[dict]:
    if path:
        from ..records import iter_records
        yield from iter_records(path)


def write_report(corpus: str, output: str) -> ReportData:
    """Collect and write the report of ``corpus`` to ``output`` (atomically)."""
    from ..records import iter_records
    from ..writers import make_temp
    from . import page
    data = collect(iter_records(corpus), _errors(errors_beside(corpus)))
    directory = os.path.dirname(os.path.abspath(output))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = make_temp(directory, os.path.basename(output))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            page.write(data, corpus, fh)
        os.chmod(tmp, 0o644)
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return data
