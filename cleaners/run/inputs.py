"""Inputs to tasks: every document of the paths given (files, the pages of WARC
archives and the items of RSS/Atom feeds), skipped and unreadable inputs counted, documents already in the output
(``--resume``) left out."""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterator

from ..errors import InputError
from ..pipeline import Options
from ..readers import InputFile, Skipped, iter_inputs
from .model import Failure, Task, failure_of

RESUMED = "already in the output (--resume)"


def iter_tasks(paths: list[str], options: Options, skipped: Counter, failures: list[Failure],
               covered: frozenset[str] | set[str] = frozenset(), all_responses: bool = False,
               scan_workers: int = 1, follow_links: bool = False) -> Iterator[Task]:
    """Tasks for every input document; skipped and unreadable inputs are counted.

    WARC files written by the corpus crawler give only the pages the crawl emitted
    (their marks are read from every archive input first, as a mark can lie in a later
    rotated file), unless ``all_responses``: then every HTML 200 response."""
    from ..warc import scan_marks

    marks = None
    for entry in iter_inputs(paths, follow_links):
        if isinstance(entry, InputFile) and entry.kind == "warc" and marks is None:
            # at the first archive: one light pass over the marks of all of them
            marks = scan_marks((e for e in iter_inputs(paths) if isinstance(e, InputFile) and e.kind == "warc"),
                               scan_workers)
        yield from entry_tasks(entry, options, skipped, failures, covered, marks, all_responses)


def entry_tasks(entry: InputFile | Skipped | InputError, options: Options, skipped: Counter, failures: list[Failure],
                covered: frozenset[str] | set[str] = frozenset(), marks: Any = None,
                all_responses: bool = False) -> Iterator[Task]:
    """The tasks of one input (an archive's pages, a feed's items; ``marks``: `cleaners.warc.scan_marks` of
    all the run's archives); skipped and unreadable inputs are counted."""
    from ..feeds import FeedItem, iter_feed
    from ..warc import WarcPage, iter_archive

    if isinstance(entry, Skipped):
        skipped[entry.reason] += 1
    elif isinstance(entry, InputError):
        failures.append(failure_of(entry))
    elif entry.kind == "warc":
        for page in iter_archive(entry, options.max_bytes, marks, all_responses, options.max_decompressed):
            if isinstance(page, WarcPage):
                if page.key in covered:
                    skipped[RESUMED] += 1
                else:
                    yield Task(page.key, page.url or page.key, "html", data=page.data, url=page.url or None,
                               content_type=page.content_type or None)
            elif isinstance(page, Skipped):
                skipped[page.reason] += 1
            else:
                failures.append(failure_of(page))
    elif entry.kind == "feed":
        for item in iter_feed(entry, options.max_bytes, options.max_decompressed):
            if isinstance(item, FeedItem):
                if item.key in covered:
                    skipped[RESUMED] += 1
                else:
                    yield Task(item.key, item.source, "html", data=item.data, url=item.url)
            elif isinstance(item, Skipped):
                skipped[item.reason] += 1
            else:
                failures.append(failure_of(item))
    elif entry.resume_key in covered or entry.source in covered:   # (manifests of old runs: by source)
        skipped[RESUMED] += 1
    else:
        yield Task(entry.resume_key, entry.source, entry.kind, path=str(entry.path), gzipped=entry.gzipped)
