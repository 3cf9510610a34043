"""Commands that inspect the chain or a corpus: ``cleaners``, ``explain``, ``stats``,
``profile learn``."""
from __future__ import annotations

import argparse
import os
import sys

from .. import config as config_mod
from ..chain import Chain
from ..errors import ConfigError, printable
from . import EXIT_FAILED, EXIT_OK


def register_cleaners(sub) -> None:
    """Add the ``cleaners`` command."""
    cleaners = sub.add_parser("cleaners", help="the effective cleaner chain: order, status, where each setting comes from",
                              description="Every registered cleaner as `corpus clean` with the same configuration "
                                          "would run it: running ones in chain order, then the disabled ones.")
    cleaners.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (default ./pyproject.toml)")
    cleaners.add_argument("--disable", action="append", metavar="NAME[,NAME]", help="as corpus clean --disable")
    cleaners.add_argument("--only", action="append", metavar="NAME[,NAME]", help="as corpus clean --only")
    cleaners.add_argument("--markdown", action="store_true",
                          help="print the chain as the Markdown table of docs/cleaners.md")
    cleaners.set_defaults(handler=cmd_cleaners)


def register_explain(sub) -> None:
    """Add the ``explain`` command."""
    explain = sub.add_parser("explain", help="show a record's body with every cut in place")
    explain.add_argument("record_id", nargs="?", metavar="RECORD_ID", help="record id or a unique prefix of it")
    where = explain.add_mutually_exclusive_group(required=True)
    where.add_argument("--corpus", metavar="FILE", help="JSONL file or shard directory holding the record")
    where.add_argument("--source", metavar="PATH", help="clean this input file now and explain it")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    explain.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (for --source)")
    explain.set_defaults(handler=cmd_explain)


def register_profile(sub) -> None:
    """Add the ``profile`` command (``profile learn``)."""
    profile = sub.add_parser("profile", help="site profiles: learn a site's boilerplate from a corpus")
    profile_sub = profile.add_subparsers(dest="profile_command", required=True)
    learn = profile_sub.add_parser("learn", help="write a site's learned boilerplate as a reviewable file")
    learn.add_argument("site", metavar="SITE", help="registered domain, e.g. example.com")
    learn.add_argument("--from", dest="corpus", required=True, metavar="FILE",
                       help="JSONL corpus (file or shard directory)")
    learn.add_argument("-o", "--output", metavar="FILE", help="default profiles/SITE.boilerplate.toml")
    learn.set_defaults(handler=cmd_profile_learn)


def register_stats(sub) -> None:
    """Add the ``stats`` command."""
    stats = sub.add_parser("stats", help="summary table of a JSONL corpus")
    stats.add_argument("corpus", metavar="FILE", help="a .jsonl / .jsonl.gz file or a directory of shards")
    stats.add_argument("--top", type=int, default=20, help="rules shown (default 20)")
    stats.set_defaults(handler=cmd_stats)


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or [] for n in v.split(",") if n.strip()]


def cmd_cleaners(args: argparse.Namespace) -> int:
    conf = config_mod.load(args.config)
    entries = config_mod.effective_chain(conf, _names(args.only), _names(args.disable))
    if args.markdown:
        print("| order | cleaner | stage | what it removes |\n| --- | --- | --- | --- |")
        for e in entries:
            if e.order is not None:
                print(f"| {e.order} | `{e.name}` | {e.scope} | {e.summary} |")
        return EXIT_OK
    counts = {s: sum(e.status == s for e in entries) for s in ("on", "not configured", "disabled")}
    print(f"configuration: {conf['path'] or 'none (defaults)'}; " + ", ".join(f"{n} {s}" for s, n in counts.items()))
    width = max(len(e.name) for e in entries)
    set_width = max(len("set by"), *(len(e.set_by) for e in entries))
    print(f"order  {'cleaner':<{width}}  stage  {'status':<14}  {'set by':<{set_width}}  what it removes")
    for e in entries:
        order = f"{e.order:>5}" if e.order is not None else "    -"
        note = f"  ({e.reason})" if e.reason else ""
        print(f"{order}  {e.name:<{width}}  {e.scope:<5}  {e.status:<14}  {e.set_by:<{set_width}}  {e.summary}{note}")
    if conf["settings"]:
        print(f"\ncleaner settings ([tool.corpus.settings] of {conf['path']}), passed to every cleaner:")
        for key, value in conf["settings"].items():
            print(f"  {key} = {value!r}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .. import explain, records
    if args.corpus:
        if not args.record_id:
            raise ConfigError("explain --corpus needs a RECORD_ID")
        _must_exist(args.corpus)
        try:
            record = records.find_record(args.corpus, args.record_id)
        except (OSError, ValueError, LookupError) as exc:
            print(f"corpus: error: {printable(_message(exc))}", file=sys.stderr)
            return EXIT_FAILED
    else:
        from ..readers import classify
        from pathlib import Path
        _must_exist(args.source)
        kind = classify(Path(args.source))
        if kind is None or kind[0] in ("warc", "feed"):
            raise ConfigError(f"{args.source}: explain --source takes one .html/.htm/.xhtml(.gz)/.txt/.md file")
        conf = config_mod.load(args.config)
        from ..pipeline import Pipeline
        from ..readers import InputFile, printable_path
        from ..errors import InputError
        pipeline = Pipeline(Chain.build(orders=conf["cleaners"], settings=conf["settings"]))
        try:
            record = pipeline.clean_file(InputFile(printable_path(args.source), Path(args.source), kind[0], kind[1]))
        except InputError as exc:
            print(f"corpus: error: {printable(exc.source)}: {printable(exc.reason)}", file=sys.stderr)
            return EXIT_FAILED
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    explain.render(record, sys.stdout, colour=colour)
    return EXIT_OK


def cmd_profile_learn(args: argparse.Namespace) -> int:
    from ..learn import learn_site, write_profile
    _must_exist(args.corpus)
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in args.site).strip(".") or "site"
    out = args.output or os.path.join("profiles", f"{safe}.boilerplate.toml")
    try:
        rows, docs = learn_site(args.site, args.corpus)
        if not docs:
            raise ConfigError(f"{args.corpus} holds no document of site {args.site!r}; {_sites_present(args.corpus)}")
    except (OSError, ValueError) as exc:
        print(f"corpus: error: {printable(_message(exc))}", file=sys.stderr)
        return EXIT_FAILED
    write_profile(out, args.site, args.corpus, rows, docs)
    print(f"{args.site}: {docs} documents, {len(rows)} boilerplate lines -> {out}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from .. import records, stats
    _must_exist(args.corpus)
    try:
        result = stats.collect(records.iter_records(args.corpus))
    except (OSError, ValueError) as exc:
        print(f"corpus: error: {printable(_message(exc))}", file=sys.stderr)
        return EXIT_FAILED
    stats.render(result, sys.stdout, top=args.top)
    return EXIT_OK


def _must_exist(path: str) -> None:
    if not os.path.exists(path):
        raise ConfigError(f"{path}: no such file or directory")


def _message(exc: BaseException) -> str:
    """An OSError as ``PATH: reason`` (not ``[Errno 2] ...``); other errors as they say."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror.lower()}" if exc.filename else exc.strerror.lower()
    return str(exc)


def _sites_present(corpus: str, shown: int = 10) -> str:
    from collections import Counter

    from ..learn import record_site
    from ..records import iter_records
    sites = Counter(record_site(r) or "(unknown)" for r in iter_records(corpus))
    if not sites:
        return "it holds no records"
    listed = ", ".join(f"{site} ({n})" for site, n in sites.most_common(shown))
    more = f" and {len(sites) - shown} more" if len(sites) > shown else ""
    return f"sites present: {listed}{more}"
