"""``corpus clean``: inputs to a JSONL corpus (file, stdout or gzip shards)."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import Counter

from .. import config as config_mod
from ..chain import Chain, resolve
from ..document import REMOVED_SAMPLE
from ..errors import ConfigError, printable
from ..memory import DEFAULT_MAX_MEMORY, format_size, size_argument
from ..pipeline import Options
from ..readers import DEFAULT_MAX_BYTES, DEFAULT_MAX_DECOMPRESSED
from ..registry import discover
from ..run import DEFAULT_MAX_OUTPUT, DEFAULT_TIMEOUT, Failure, RunConfig, iter_tasks, run_inline
from ..workers import WorkerPool, default_workers
from ..dedup_store import SqliteDedupStore
from ..learn import SiteStatsState
from ..shards import DEFAULT_SHARD_SIZE, ShardedWriter
from ..stages import StageContext, build_stages
from ..stages.runner import CorpusRun
from ..writers import JsonlWriter
from . import EXIT_FAILED, EXIT_OK
from .summary import print_decoding, print_summary, report_degraded, report_new

DEFAULT_OUTPUT = "output/corpus.jsonl"

log = logging.getLogger("corpus")


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or [] for n in v.split(",") if n.strip()]


def _removed_chars(value: str) -> int:
    """``--removed-chars``: a count of characters, or ``all`` (0)."""
    if value.strip().lower() == "all":
        return 0
    try:
        chars = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of characters or 'all': {value!r}") from None
    if chars < 0:
        raise argparse.ArgumentTypeError(f"a number of characters is 0 or more, not {chars}")
    return chars


def _workers(value: str) -> int:
    """``--workers``: 0 (in this process) or a number of worker processes."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{n}: give 1 or more worker processes, or 0 to clean in this process")
    return n


def register(sub) -> None:
    """Add the ``clean`` command."""
    clean = sub.add_parser("clean", help="clean HTML pages and text dumps into JSONL")
    clean.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (walked recursively)")
    clean.add_argument("-o", "--output", default=DEFAULT_OUTPUT,
                       help=f"output JSONL file, '-' for stdout, or DIR/ for gzip shards (default {DEFAULT_OUTPUT})")
    clean.add_argument("--disable", action="append", metavar="NAME[,NAME]", help="disable cleaners")
    clean.add_argument("--only", action="append", metavar="NAME[,NAME]", help="run only these cleaners")
    clean.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (default ./pyproject.toml)")
    clean.add_argument("--no-comments", action="store_true", help="drop comments from the output")
    clean.add_argument("--removed-chars", type=_removed_chars, default=REMOVED_SAMPLE, metavar="N",
                       help=f"characters of each cut shown in a record's `removed` (default {REMOVED_SAMPLE}; "
                            "0 or 'all': the whole cut, so that every cut can be put back)")
    clean.add_argument("--no-progress", action="store_true", help="no progress bar")
    clean.add_argument("-q", "--quiet", action="store_true", help="no summary")
    clean.add_argument("--force", action="store_true",
                       help="replace the output file even by one with fewer records from a run with failures "
                            "(default: such a run writes NAME.new.jsonl beside it)")
    clean.add_argument("-j", "--workers", type=_workers, default=default_workers(), metavar="N",
                       help=f"worker processes, 1 or more (default: all cores, {default_workers()}); "
                            "0 = clean in this process (debugging, profiling; a crash then stops the run)")
    clean.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE, metavar="N",
                       help=f"records per shard with -o DIR/ (default {DEFAULT_SHARD_SIZE})")
    clean.add_argument("--resume", action="store_true", help="with -o DIR/: skip inputs covered by complete shards")
    clean.add_argument("--errors", metavar="FILE", help="where to write errors.jsonl (default: beside the output)")
    clean.add_argument("--boilerplate", action="append", metavar="PATH",
                       help="reviewed *.boilerplate.toml file(s) or a directory of them (corpus profile learn)")
    clean.add_argument("--no-learn", action="store_true",
                       help="do not learn each site's repeated paragraphs from this run (no second pass)")
    clean.add_argument("--dedup", choices=("mark", "drop", "off"), default="mark",
                       help="duplicates (exact and near; a later copy of the same id too): mark them in metadata "
                            "(default), drop them, or off")
    clean.add_argument("--min-chars", type=int, default=0, metavar="N",
                       help="leave out records whose body is shorter than N (CJK characters count two; default 0: "
                            "keep all), as the crawl's CORPUS_MIN_CHARS")
    clean.add_argument("--follow-links", action="store_true",
                       help="follow symbolic links that lead out of a directory given (default: skip and count them)")
    clean.add_argument("--all-responses", action="store_true",
                       help="WARC written by the corpus crawler: every HTML 200 response (hubs, short pages too), "
                            "not only the pages the crawl emitted")
    cluster = clean.add_argument_group("cluster (docs/scaling.md)")
    cluster.add_argument("--engine", choices=("local", "ray"), default="local",
                         help="local: worker processes on this machine (default); ray: a Ray cluster "
                              "(pip install 'corpus[cluster]'; needs -o DIR/)")
    cluster.add_argument("--address", metavar="auto|HOST:PORT",
                         help="with --engine ray: the cluster to join (default: start Ray on this machine with "
                              "--workers CPUs)")
    cluster.add_argument("--batch-size", type=int, default=100, metavar="N",
                         help="with --engine ray: input files per task (a WARC file is a task of its own; default 100)")
    limits = clean.add_argument_group("limits")
    limits.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"time limit per document (default {DEFAULT_TIMEOUT:g}; 0 = none)")
    limits.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"largest input file read (default {DEFAULT_MAX_BYTES})")
    limits.add_argument("--max-decompressed", type=int, default=DEFAULT_MAX_DECOMPRESSED, metavar="N",
                        help=f"largest decompressed .gz input (default {DEFAULT_MAX_DECOMPRESSED})")
    limits.add_argument("--max-output", type=int, default=DEFAULT_MAX_OUTPUT, metavar="N",
                        help=f"largest JSONL line written for one document (default {DEFAULT_MAX_OUTPUT})")
    limits.add_argument("--max-memory", type=size_argument, default=DEFAULT_MAX_MEMORY, metavar="SIZE",
                        help=f"memory (address space) each worker process may add to what it starts with, e.g. 2G "
                             f"or 512M; a document over it is an error and its worker is replaced (default {format_size(DEFAULT_MAX_MEMORY)}; "
                             "0 = none)")

    clean.set_defaults(handler=cmd_clean)


def cmd_clean(args: argparse.Namespace) -> int:
    for path in args.paths:   # a typo is a usage error, found before anything is written
        if not os.path.lexists(path):
            raise ConfigError(f"{path}: no such file or directory")
    conf = config_mod.load(args.config)
    settings = dict(conf["settings"])
    if args.boilerplate:
        from ..learn import load_learned
        settings["boilerplate_profiles"] = load_learned(args.boilerplate)
    options = Options(comments=not args.no_comments, max_bytes=args.max_bytes,
                      max_decompressed=args.max_decompressed, removed_chars=args.removed_chars)
    config = RunConfig(orders=conf["cleaners"], only=tuple(_names(args.only)), disable=tuple(_names(args.disable)),
                       settings=settings, options=options, timeout=args.timeout, max_output=args.max_output,
                       max_memory=args.max_memory)
    enabled = {name for _, name in resolve(discover(), config.orders, config.only, config.disable)}
    Chain.build(orders=config.orders, only=config.only, disable=config.disable, settings=config.settings)  # validate
    sharded = args.output != "-" and (args.output.endswith(("/", os.sep)) or os.path.isdir(args.output))
    if args.resume and not sharded:
        raise ConfigError("--resume needs a directory output (-o DIR/)")
    if args.engine == "ray":
        from .clean_ray import clean_on_ray
        return clean_on_ray(args, config, enabled, sharded)
    if args.address:
        raise ConfigError("--address goes with --engine ray")
    started = time.time()
    skipped: Counter[str] = Counter()
    failures: list[Failure] = []
    removed_chars: Counter[str] = Counter()
    decoding = Counter()   # documents with replaced bytes, bytes replaced
    degraded = 0           # documents written without the cleaners (`cleaners.run.clean`)
    writer = ShardedWriter(args.output, args.shard_size, args.resume) if sharded else JsonlWriter(args.output, force=args.force)
    learn = "site_boilerplate" in enabled and not sharded and not args.no_learn
    run = _corpus_run(args, writer, learn)
    tasks = iter_tasks(args.paths, options, skipped, failures, writer.covered, all_responses=args.all_responses,
                       scan_workers=max(1, args.workers), follow_links=args.follow_links)
    results = run_inline(config, tasks) if args.workers == 0 else WorkerPool(config, args.workers).map(tasks)
    cleaned = reported = 0
    try:
        for result in _progress(results, args, skipped, failures):
            if result.failure is not None:
                failures.append(result.failure)
                writer.failed(result.task.key, result.failure.as_record())
            else:
                run.add(result.line, result.task.key)
                cleaned += 1
                removed_chars.update(result.removed)
                if result.encoding_errors:
                    decoding.update(documents=1, replaced=result.encoding_errors)
                if result.degraded:
                    report_degraded(result)
                    degraded += 1
            reported = report_new(failures, reported)
        report_new(failures, reported)
        if not cleaned and not failures and not skipped:
            raise ConfigError("no input files found")
        run.finish()
    except BaseException:
        run.cleanup()
        writer.abort()
        raise
    finally:
        run.close()
    stage_summary = run.stages.summary()
    removed_chars.update(run.removed_chars())
    written = run.written
    summary = {"started": _iso(started), "finished": _iso(time.time()), "written": written,
               "skipped": dict(skipped), "failed": len(failures), "removed_chars": dict(removed_chars),
               "encoding_errors": {"documents": decoding["documents"], "replaced": decoding["replaced"]},
               "degraded": degraded}
    if "dedup" in stage_summary:
        summary["dedup"] = stage_summary["dedup"]
    if stage_summary["dropped"]:
        summary["dropped"] = stage_summary["dropped"]
    writer.close(summary)
    output = getattr(writer, "written_to", args.output)
    before = [{k: v for k, v in f.items() if k != "key"} for f in getattr(writer, "failed_before", [])]
    all_failures = before + [f.as_record() for f in failures]
    _write_errors(args, all_failures, output)
    if getattr(writer, "kept", None) is not None:
        print(f"corpus: {printable(args.output)} kept: it holds {writer.kept:,} records and this run, with {len(failures)} "
              f"failed inputs, wrote {written:,}; the new output is {printable(output)} (--force replaces)", file=sys.stderr)
    if not args.quiet:
        print_summary(written, skipped, failures, removed_chars, output, degraded=degraded)
        print_decoding(decoding)
        _stage_lines(stage_summary, args)
    return EXIT_FAILED if failures else EXIT_OK


def _corpus_run(args: argparse.Namespace, writer, learn: bool) -> CorpusRun:
    """The stage list of this run (gate, dedup, site boilerplate), its state beside the output."""
    spool_dir = _scratch_dir(args.output)
    context = StageContext(dedup=SqliteDedupStore.temporary(spool_dir) if args.dedup != "off" else None,
                           site_stats=SiteStatsState() if learn else None)
    stages = build_stages(stage_settings(args), context)
    run = CorpusRun(stages, writer, two_pass=learn, spool_dir=spool_dir, context=context)
    for shard in list(getattr(writer, "shards", []) or []):   # --resume: duplicates of records already written
        from ..records import iter_records
        run.take_in(iter_records(os.path.join(writer.directory, shard)))
    return run


def stage_settings(args: argparse.Namespace) -> dict:
    """The corpus-level stages' settings of a run (the same for every engine)."""
    return {"min_chars": args.min_chars, "dedup": args.dedup, "keep_unchanged": args.dedup == "mark",
            "removed_chars": args.removed_chars}


def _scratch_dir(output: str) -> str:
    """Where the spool and the dedup state go: beside the output (same file system), or a temp dir."""
    import tempfile
    if output == "-":
        return tempfile.gettempdir()
    directory = os.path.abspath(output) if output.endswith(("/", os.sep)) or os.path.isdir(output) \
        else os.path.dirname(os.path.abspath(output))
    os.makedirs(directory, exist_ok=True)
    return directory


def _stage_lines(summary: dict, args: argparse.Namespace) -> None:
    d = summary.get("dedup")
    if d:
        print(f"dedup ({args.dedup}): {d['exact']} exact and {d['near']} near duplicates"
              + (f", {d['dropped']} dropped" if args.dedup == "drop" else "")
              + (f"; {d['versions']} later versions of a page" if d.get("versions") else ""), file=sys.stderr)
    dropped = {k: v for k, v in summary.get("dropped", {}).items() if k != "duplicate"}
    if dropped:
        print("left out: " + ", ".join(f"{n} {reason}" for reason, n in dropped.items()), file=sys.stderr)


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def errors_path(args: argparse.Namespace, output: str | None = None) -> str | None:
    """``--errors``, else ``DIR/errors.jsonl`` for shards, ``NAME.errors.jsonl`` for a file."""
    output = output or args.output
    if args.errors:
        return args.errors
    if output == "-":
        return None
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        return os.path.join(output, "errors.jsonl")
    root, _ = os.path.splitext(output)
    return root + ".errors.jsonl"


def _write_errors(args: argparse.Namespace, failures: list[dict], output: str | None = None) -> None:
    """errors.jsonl beside the output: one line per failed input (stale file removed)."""
    path = errors_path(args, output)
    if path is None:
        return
    if not failures:
        if os.path.exists(path):
            os.unlink(path)
        return
    with JsonlWriter(path) as out:
        for failure in failures:
            out.write(failure)


def _progress(results, args: argparse.Namespace, skipped: Counter, failures: list):
    """A bar on a terminal; a progress line every 30 s in the log (``-v``) elsewhere."""
    bar = not (args.no_progress or args.quiet) and sys.stderr.isatty()
    lines = not bar and log.isEnabledFor(logging.INFO)
    if not (bar or lines):
        return results
    from ..progress import Progress
    return Progress(args.paths, skipped, failures, show_bar=bar, log_lines=lines,
                    follow_links=args.follow_links).wrap(results)
