"""trafilatura's extraction with its options built once per settings: ``trafilatura.bare_extraction`` builds an
`Extractor` on every call, reading its configuration anew (0.1 ms, over a thousand extractions a run)."""
from __future__ import annotations

from copy import copy
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG, Extractor, set_date_params


def bare_extraction(source: Any, url: str | None = None, config=DEFAULT_CONFIG, fast: bool = False,
                    favor_recall: bool = False, include_comments: bool = True, with_metadata: bool = False,
                    include_tables: bool = True, include_formatting: bool | None = None, deep: bool = False) -> Any:
    """``trafilatura.bare_extraction(source, ...)`` with these arguments, its options a copy of `extractor`'s.
    ``deep``: the page nests elements past libxml2's limit of 256, which drops what lies deeper and the rest of
    the page after it; an HTML string is then parsed without that limit (`deep_tree`) and handed over as a tree."""
    if deep and isinstance(source, str):
        source = deep_tree(source)
    options = copy(extractor(config, fast, favor_recall, include_comments, with_metadata, include_tables,
                             include_formatting))
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")     # (as `Extractor` sets it)
    # (the arguments are passed too, unread beside ``options``: whoever wraps trafilatura's call sees them)
    return trafilatura.bare_extraction(source, url=url, config=config, fast=fast, favor_recall=favor_recall,
                                       include_comments=include_comments, with_metadata=with_metadata,
                                       include_tables=include_tables, include_formatting=include_formatting,
                                       options=options)


def deep_tree(html: str) -> Any:
    """``html`` parsed as trafilatura parses a string (its parser's settings), with lxml's ``huge_tree`` (no limit
    of 256 nested elements); a new tree each call, as trafilatura may change the one it is given; the string
    itself when lxml refuses it (trafilatura then parses it its own way)."""
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                                  remove_pis=True, huge_tree=True)
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except (ValueError, lxml.etree.ParserError):
        return html
    return tree if tree is not None and len(tree) else html


_EXTRACTORS: dict[tuple, tuple[Any, Extractor]] = {}


def extractor(config, fast: bool, recall: bool, comments: bool, metadata: bool, tables: bool,
              formatting: bool | None) -> Extractor:
    """The options ``trafilatura.bare_extraction`` builds from these arguments, without a page's URL (one per
    settings, ``config`` object and day: a ConfigParser is no dictionary key, its identity is; a configuration is
    read at its first use, as the project's are set once at import; the options carry the day they were made on as
    the latest date a page may bear, htmldate's ``max_date``, so a process that runs past midnight, a crawl or an
    ingest, makes them anew rather than reject the new day's dates as in the future)."""
    day = set_date_params()["max_date"]      # (trafilatura's own reading of today, as `Extractor` makes it)
    key = (id(config), fast, recall, comments, metadata, tables, formatting)
    kept = _EXTRACTORS.get(key)
    if kept is None or kept[0] is not config or kept[1].date_params["max_date"] != day:
        kept = _EXTRACTORS[key] = (config, Extractor(config=config, output_format="python", fast=fast, recall=recall,
                                                     comments=comments, with_metadata=metadata, tables=tables,
                                                     formatting=formatting))
    return kept[1]
