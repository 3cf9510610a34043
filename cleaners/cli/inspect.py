"""Commands that inspect the chain or a corpus: ``cleaners``, ``explain``, ``stats``,
``profile learn``."""
from __future__ import annotations

import argparse
import os
import sys

from .. import config as config_mod
from ..chain import Chain, resolve
from ..errors import ConfigError
from ..registry import discover
from . import EXIT_FAILED, EXIT_OK


def register_cleaners(sub) -> None:
    """Add the ``cleaners`` command."""
    cleaners = sub.add_parser("cleaners", help="list the registered cleaners in chain order")
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


def cmd_cleaners(args: argparse.Namespace) -> int:
    available = discover()
    conf = _orders_from_config(None)
    chain = Chain.build(available=available, **conf)
    running = set(chain.names)
    enabled = {name for _, name in resolve(available, conf["orders"])}
    if args.markdown:
        print("| order | cleaner | stage | what it removes |\n| --- | --- | --- | --- |")
        for cls in sorted(available.values(), key=lambda c: c.order):
            print(f"| {cls.order} | `{cls.name}` | {cls.scope} | {cls.summary()} |")
        return EXIT_OK
    for cls in sorted(available.values(), key=lambda c: c.order):
        state = "" if cls.name in running else "  (not configured)" if cls.name in enabled else "  (disabled)"
        print(f"{cls.order:>5}  {cls.name:<16} {cls.scope:<5} {cls.summary()}{state}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .. import explain, records
    if args.corpus:
        if not args.record_id:
            raise ConfigError("explain --corpus needs a RECORD_ID")
        try:
            record = records.find_record(args.corpus, args.record_id)
        except (OSError, ValueError, LookupError) as exc:
            print(f"corpus: error: {exc}", file=sys.stderr)
            return EXIT_FAILED
    else:
        from ..readers import classify
        from pathlib import Path
        kind = classify(Path(args.source))
        if kind is None or kind[0] == "warc":
            raise ConfigError(f"{args.source}: explain --source takes one .html/.htm/.xhtml(.gz)/.txt/.md file")
        conf = config_mod.load(args.config)
        from ..pipeline import Pipeline
        from ..readers import InputFile
        from ..errors import InputError
        pipeline = Pipeline(Chain.build(orders=conf["cleaners"], settings=conf["settings"]))
        try:
            record = pipeline.clean_file(InputFile(args.source, Path(args.source), kind[0], kind[1]))
        except InputError as exc:
            print(f"corpus: error: {exc.source}: {exc.reason}", file=sys.stderr)
            return EXIT_FAILED
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    explain.render(record, sys.stdout, colour=colour)
    return EXIT_OK


def cmd_profile_learn(args: argparse.Namespace) -> int:
    from ..learn import learn_site, write_profile
    if not os.path.exists(args.corpus):
        raise ConfigError(f"{args.corpus}: no such file or directory")
    safe = "".join(c if c.isalnum() or c in ".-" else "_" for c in args.site).strip(".") or "site"
    out = args.output or os.path.join("profiles", f"{safe}.boilerplate.toml")
    try:
        rows, docs = learn_site(args.site, args.corpus)
    except (OSError, ValueError) as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    write_profile(out, args.site, args.corpus, rows, docs)
    print(f"{args.site}: {docs} documents, {len(rows)} boilerplate lines -> {out}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    from .. import records, stats
    if not os.path.exists(args.corpus):
        raise ConfigError(f"{args.corpus}: no such file or directory")
    try:
        result = stats.collect(records.iter_records(args.corpus))
    except (OSError, ValueError) as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    stats.render(result, sys.stdout, top=args.top)
    return EXIT_OK


def _orders_from_config(path: str | None) -> dict:
    conf = config_mod.load(path)
    return {"orders": conf["cleaners"], "settings": conf["settings"]}
