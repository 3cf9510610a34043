"""trafilatura's extraction with its options built once per settings: ``trafilatura.bare_extraction`` builds an
`Extractor` on every call, reading its configuration anew (0.1 ms, over a thousand extractions a run)."""
from __future__ import annotations

from copy import copy
from typing import Any

import trafilatura
from trafilatura.settings import DEFAULT_CONFIG, Extractor


def bare_extraction(source: Any, url: str | None = None, config=DEFAULT_CONFIG, fast: bool = False,
                    favor_recall: bool = False, include_comments: bool = True, with_metadata: bool = False,
                    include_tables: bool = True, include_formatting: bool | None = None) -> Any:
    """``trafilatura.bare_extraction(source, ...)`` with these arguments, its options a copy of `extractor`'s."""
    options = copy(extractor(config, fast, favor_recall, include_comments, with_metadata, include_tables,
                             include_formatting))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")     # (as `Extractor` sets it)
    # (the arguments are passed too, unread beside ``options``: whoever wraps trafilatura's call sees them)
    return trafilatura.bare_extraction(source, url=url, config=config, fast=fast, favor_recall=favor_recall,
                                       include_comments=include_comments, with_metadata=with_metadata,
                                       include_tables=include_tables, include_formatting=include_formatting,
                                       options=options)


_EXTRACTORS: dict[tuple, tuple[Any, Extractor]] = {}


def extractor(config, fast: bool, recall: bool, comments: bool, metadata: bool, tables: bool,
              formatting: bool | None) -> Extractor:
    """The options ``trafilatura.bare_extraction`` builds from these arguments, without a page's URL (one per
    settings and ``config`` object: a ConfigParser is no dictionary key, its identity is; a configuration is read
    at its first use, as the project's are set once at import)."""
    key = (id(config), fast, recall, comments, metadata, tables, formatting)
    kept = _EXTRACTORS.get(key)
    if kept is None or kept[0] is not config:
        kept = _EXTRACTORS[key] = (config, Extractor(config=config, output_format="python", fast=fast, recall=recall,
                                                     comments=comments, with_metadata=metadata, tables=tables,
                                                     formatting=formatting))
    return kept[1]
