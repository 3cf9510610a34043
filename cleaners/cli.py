"""The ``corpus`` command line.

Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import Counter
from typing import Sequence

from . import config as config_mod
from .chain import Chain, resolve
from .errors import ConfigError
from .pipeline import Options
from .readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED
from .registry import discover
from .run import DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT, Failure, RunConfig, WorkerPool, default_workers, iter_tasks, run_inline
from .shards import DEFAULT_SHARD_SIZE, ShardedWriter
from .writers import JsonlWriter

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_OUTPUT = "output/corpus.jsonl"
PROGRESS_DELAY = 1.0   # seconds: short runs show no bar

log = logging.getLogger("corpus")


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or [] for n in v.split(",") if n.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corpus", description="Turn news pages and text dumps into a clean JSONL corpus.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean HTML pages and text dumps into JSONL")
    clean.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (walked recursively)")
    clean.add_argument("-o", "--output", default=DEFAULT_OUTPUT,
                       help=f"output JSONL file, '-' for stdout, or DIR/ for gzip shards (default {DEFAULT_OUTPUT})")
    clean.add_argument("--disable", action="append", metavar="NAME[,NAME]", help="disable cleaners")
    clean.add_argument("--only", action="append", metavar="NAME[,NAME]", help="run only these cleaners")
    clean.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (default ./pyproject.toml)")
    clean.add_argument("--no-comments", action="store_true", help="drop comments from the output")
    clean.add_argument("--no-progress", action="store_true", help="no progress bar")
    clean.add_argument("-q", "--quiet", action="store_true", help="no summary")
    clean.add_argument("-j", "--workers", type=int, default=default_workers(), metavar="N",
                       help="worker processes (default: all cores; 0 = in this process, for debugging)")
    clean.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="N",
                       help=f"records per shard with -o DIR/ (default {DEFAULT_SHARD_SIZE})")
    clean.add_argument("--resume", action="store_true", help="with -o DIR/: skip inputs covered by complete shards")
    clean.add_argument("--errors", metavar="FILE", help="where to write errors.jsonl (default: beside the output)")
    clean.add_argument("--boilerplate", action="append", metavar="PATH",
                       help="reviewed *.boilerplate.toml file(s) or a directory of them (corpus profile learn)")
    clean.add_argument("--no-learn", action="store_true",
                       help="do not learn each site's repeated paragraphs from this run (no second pass)")
    clean.add_argument("--dedup", choices=("mark", "drop", "off"), default="mark",
                       help="duplicates (exact and near): mark them in metadata (default), drop them, or off")
    clean.add_argument("--all-responses", action="store_true",
                       help="WARC written by the corpus crawler: every HTML 200 response (hubs, short pages too), "
                            "not only the pages the crawl emitted")
    limits = clean.add_argument_group("limits")
    limits.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit per document (default {DEFAULT_TIMEOUT:g}; 0 = none)")
    limits.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"largest input file read (default {DEFAULT_MAX_BYTES})")
    limits.add_argument("--max-decompressed", type=int, default=DEFAULT_MAX_DECOMPRESSED, metavar="N",
                        help=f"largest decompressed .gz input (default {DEFAULT_MAX_DECOMPRESSED})")
    limits.add_argument("--max-output", type=int, default=DEFAULT_MAX_OUTPUT, metavar="N",
                        help=f"largest JSONL line written for one document (default {DEFAULT_MAX_OUTPUT})")

    sub.add_parser("cleaners", help="list the registered cleaners in chain order")

    from .ingest import add_parser as add_ingest_parser
    add_ingest_parser(sub)

    explain = sub.add_parser("explain", help="show a record's body with every cut in place")
    explain.add_argument("record_id", nargs="?", metavar="RECORD_ID", help="record id or a unique prefix of it")
    where = explain.add_mutually_exclusive_group(required=True)
    where.add_argument("--corpus", metavar="FILE", help="JSONL file or shard directory holding the record")
    where.add_argument("--source", metavar="PATH", help="clean this input file now and explain it")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    explain.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (for --source)")

    profile = sub.add_parser("profile", help="site profiles: learn a site's boilerplate from a corpus")
    profile_sub = profile.add_subparsers(dest="profile_command", required=True)
    learn = profile_sub.add_parser("learn", help="write a site's learned boilerplate as a reviewable file")
    learn.add_argument("site", metavar="SITE", help="registered domain, e.g. example.com")
    learn.add_argument("--from", dest="corpus", required=True, metavar="FILE",
                       help="JSONL corpus (file or shard directory)")
    learn.add_argument("-o", "--output", metavar="FILE", help="default profiles/SITE.boilerplate.toml")

    stats = sub.add_parser("stats", help="summary table of a JSONL corpus")
    stats.add_argument("corpus", metavar="FILE", help="a .jsonl / .jsonl.gz file or a directory of shards")
    stats.add_argument("--top", type=int, default=20, help="rules shown (default 20)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        if args.command == "cleaners":
            return cmd_cleaners()
        if args.command == "stats":
            return cmd_stats(args)
        if args.command == "ingest":
            from .ingest import cmd_ingest
            return cmd_ingest(args)
        if args.command == "explain":
            return cmd_explain(args)
        if args.command == "profile":
            return cmd_profile_learn(args)
        return cmd_clean(args)
    except ConfigError as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("corpus: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `corpus explain ... | head`
        sys.stderr.close()
        return EXIT_OK


def cmd_cleaners() -> int:
    available = discover()
    conf = _orders_from_config(None)
    chain = Chain.build(available=available, **conf)
    running = set(chain.names)
    enabled = {name for _, name in resolve(available, conf["orders"])}
    for cls in sorted(available.values(), key=lambda c: c.order):
        state = "" if cls.name in running else "  (not configured)" if cls.name in enabled else "  (disabled)"
        print(f"{cls.order:>5}  {cls.name:<16} {cls.scope:<5} {cls.summary()}{state}")
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from . import explain, records
    if args.corpus:
        if not args.record_id:
            raise ConfigError("explain --corpus needs a RECORD_ID")
        try:
            record = records.find_record(args.corpus, args.record_id)
        except (OSError, ValueError, LookupError) as exc:
            print(f"corpus: error: {exc}", file=sys.stderr)
            return EXIT_FAILED
    else:
        from .readers import classify
        from pathlib import Path
        kind = classify(Path(args.source))
        if kind is None or kind[0] == "warc":
            raise ConfigError(f"{args.source}: explain --source takes one .html/.htm/.xhtml(.gz)/.txt/.md file")
        conf = config_mod.load(args.config)
        from .pipeline import Pipeline
        from .readers import InputFile
        from .errors import InputError
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
    from .learn import learn_site, write_profile
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
    from . import records, stats
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


def cmd_clean(args: argparse.Namespace) -> int:
    conf = config_mod.load(args.config)
    settings = dict(conf["settings"])
    if args.boilerplate:
        from .learn import load_learned
        settings["boilerplate_profiles"] = load_learned(args.boilerplate)
    options = Options(comments=not args.no_comments, max_bytes=args.max_bytes,
                      max_decompressed=args.max_decompressed)
    config = RunConfig(orders=conf["cleaners"], only=tuple(_names(args.only)), disable=tuple(_names(args.disable)),
                       settings=settings, options=options, timeout=args.timeout, max_output=args.max_output)
    enabled = {name for _, name in resolve(discover(), config.orders, config.only, config.disable)}
    Chain.build(orders=config.orders, only=config.only, disable=config.disable, settings=config.settings)  # validate
    sharded = args.output != "-" and (args.output.endswith(("/", os.sep)) or os.path.isdir(args.output))
    if args.resume and not sharded:
        raise ConfigError("--resume needs a directory output (-o DIR/)")
    started = time.time()
    skipped: Counter[str] = Counter()
    failures: list[Failure] = []
    removed_chars: Counter[str] = Counter()
    writer = ShardedWriter(args.output, args.shard_size, args.resume) if sharded else JsonlWriter(args.output)
    if args.dedup != "off":   # in this process, in input order: the same output for any --workers
        from .dedup import DedupWriter
        writer = DedupWriter(writer, args.dedup)
    learner = None
    sink = writer
    ahead = None   # dedup signatures computed during pass 1, while the workers run
    if "site_boilerplate" in enabled and not sharded and not args.no_learn:
        from .learn import SiteLearner
        learner = SiteLearner(config.settings)
        sink = JsonlWriter(_spool_path(args.output))
        if args.dedup != "off":
            from .dedup import SignatureSpool
            ahead = SignatureSpool(os.path.dirname(sink.path))
    tasks = iter_tasks(args.paths, options, skipped, failures, writer.covered, all_responses=args.all_responses,
                       scan_workers=max(1, args.workers))
    results = run_inline(config, tasks) if args.workers == 0 else WorkerPool(config, args.workers).map(tasks)
    written = reported = 0
    try:
        for result in _progress(results, args):
            if result.failure is not None:
                failures.append(result.failure)
                writer.failed(result.task.key, result.failure.as_record())
            else:
                sink.write_line(result.line, result.task.key)
                if learner is not None:
                    learner.observe(result.line)
                if ahead is not None:
                    ahead.add_body(_body(result.line))
                written += 1
                removed_chars.update(result.removed)
            reported = _report_new(failures, reported)
        _report_new(failures, reported)
        if not written and not failures and not skipped:
            raise ConfigError("no input files found")
        if learner is not None:   # second pass: cut what the first pass learned
            sink.close()
            try:
                learner.rewrite(sink.path, writer, removed_chars, signatures=ahead)
            finally:
                os.unlink(sink.path)
                if ahead is not None:
                    ahead.remove()
    except BaseException:
        if ahead is not None:
            ahead.remove()
        if sink is not writer:
            sink.abort()
            if os.path.exists(sink.path):
                os.unlink(sink.path)
        writer.abort()
        raise
    summary = {"started": _iso(started), "finished": _iso(time.time()), "written": written,
               "skipped": dict(skipped), "failed": len(failures), "removed_chars": dict(removed_chars)}
    if args.dedup != "off":
        written -= writer.dropped
        summary["written"] = written
        summary["dedup"] = writer.summary()
    writer.close(summary)
    all_failures = getattr(writer, "failed_before", []) + [f.as_record() for f in failures]
    _write_errors(args, all_failures)
    if not args.quiet:
        _summary(written, skipped, failures, removed_chars, args.output)
        if args.dedup != "off":
            d = writer.summary()
            print(f"dedup ({args.dedup}): {d['exact']} exact and {d['near']} near duplicates"
                  + (f", {d['dropped']} dropped" if args.dedup == "drop" else ""), file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _body(line: bytes) -> str:
    import orjson
    return orjson.loads(line)["body"]


def _spool_path(output: str) -> str:
    """Where pass 1 of a learning run goes: beside the output (same file system), or a temp dir."""
    import tempfile
    directory = os.path.dirname(os.path.abspath(output)) if output != "-" else tempfile.gettempdir()
    os.makedirs(directory, exist_ok=True)
    fd, path = tempfile.mkstemp(prefix=".corpus-pass1-", suffix=".jsonl", dir=directory)
    os.close(fd)
    return path


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def errors_path(args: argparse.Namespace) -> str | None:
    if args.errors:
        return args.errors
    if args.output == "-":
        return None
    if args.output.endswith(("/", os.sep)) or os.path.isdir(args.output):
        return os.path.join(args.output, "errors.jsonl")
    root, _ = os.path.splitext(args.output)
    return root + ".errors.jsonl"


def _write_errors(args: argparse.Namespace, failures: list[dict]) -> None:
    """errors.jsonl beside the output: one line per failed input (stale file removed)."""
    path = errors_path(args)
    if path is None:
        return
    if not failures:
        if os.path.exists(path):
            os.unlink(path)
        return
    with JsonlWriter(path) as out:
        for failure in failures:
            out.write(failure)


def _report_new(failures: list[Failure], reported: int) -> int:
    for failure in failures[reported:]:
        print(f"corpus: error: {failure.source}: {failure.message}", file=sys.stderr)
    return len(failures)


def _progress(results, args: argparse.Namespace):
    if args.no_progress or args.quiet or not sys.stderr.isatty():
        return results
    from tqdm import tqdm
    return tqdm(results, unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False, delay=PROGRESS_DELAY)


def _summary(written: int, skipped: Counter, failed: list, removed_chars: Counter, output: str) -> None:
    where = "stdout" if output == "-" else output
    reasons = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
    lines = [f"corpus: {written} written to {where}, {sum(skipped.values())} skipped"
             + (f" ({reasons})" if reasons else "") + f", {len(failed)} failed"]
    if removed_chars:
        lines.append("chars removed per cleaner:")
        width = max(len(name) for name in removed_chars)
        lines += [f"  {name:<{width}}  {chars:>9,}" for name, chars in removed_chars.most_common()]
    print("\n".join(lines), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
