"""The ``corpus`` command line.

Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from typing import Sequence

from . import config as config_mod
from .chain import Chain
from .errors import CleanerError, ConfigError, InputError
from .pipeline import Options, Pipeline
from .readers import InputFile, Skipped, iter_inputs
from .registry import discover
from .writers import JsonlWriter

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
DEFAULT_OUTPUT = "output/corpus.jsonl"
PROGRESS_MIN_FILES = 20

log = logging.getLogger("corpus")


def _names(values: list[str] | None) -> list[str]:
    return [n.strip() for v in values or [] for n in v.split(",") if n.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corpus", description="Turn news pages and text dumps into a clean JSONL corpus.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True)

    clean = sub.add_parser("clean", help="clean HTML pages and text dumps into JSONL")
    clean.add_argument("paths", nargs="+", metavar="PATH", help="files or directories (walked recursively)")
    clean.add_argument("-o", "--output", default=DEFAULT_OUTPUT, help=f"output JSONL file, '-' for stdout (default {DEFAULT_OUTPUT})")
    clean.add_argument("--disable", action="append", metavar="NAME[,NAME]", help="disable cleaners")
    clean.add_argument("--only", action="append", metavar="NAME[,NAME]", help="run only these cleaners")
    clean.add_argument("--config", metavar="FILE", help="pyproject.toml with [tool.corpus] (default ./pyproject.toml)")
    clean.add_argument("--no-comments", action="store_true", help="drop comments from the output")
    clean.add_argument("--no-progress", action="store_true", help="no progress bar")
    clean.add_argument("-q", "--quiet", action="store_true", help="no summary")

    sub.add_parser("cleaners", help="list the registered cleaners in chain order")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        if args.command == "cleaners":
            return cmd_cleaners()
        return cmd_clean(args)
    except ConfigError as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("corpus: interrupted; no output written", file=sys.stderr)
        return 130


def cmd_cleaners() -> int:
    available = discover()
    chain = Chain.build(available=available, **_orders_from_config(None))
    enabled = set(chain.names)
    rows = sorted(available.values(), key=lambda c: c.order)
    for cls in rows:
        state = "" if cls.name in enabled else "  (disabled)"
        print(f"{cls.order:>5}  {cls.name:<16} {cls.scope:<5} {cls.summary()}{state}")
    return EXIT_OK


def _orders_from_config(path: str | None) -> dict:
    conf = config_mod.load(path)
    return {"orders": conf["cleaners"], "settings": conf["settings"]}


def cmd_clean(args: argparse.Namespace) -> int:
    chain = Chain.build(only=_names(args.only), disable=_names(args.disable), **_orders_from_config(args.config))
    pipeline = Pipeline(chain, Options(comments=not args.no_comments))
    items, skipped, failed = [], Counter(), []
    for entry in iter_inputs(args.paths):
        if isinstance(entry, InputFile):
            items.append(entry)
        elif isinstance(entry, Skipped):
            skipped[entry.reason] += 1
            log.info("skipped %s: %s", entry.source, entry.reason)
        else:
            failed.append(entry)
            _report(entry)
    if not items and not failed and not skipped:
        raise ConfigError("no input files found")
    removed_chars: Counter[str] = Counter()
    with JsonlWriter(args.output) as writer:
        for item in _progress(items, args):
            try:
                record = pipeline.clean_file(item)
            except (InputError, CleanerError) as exc:
                error = exc if isinstance(exc, InputError) else InputError(item.source, str(exc).split(": ", 1)[-1], "clean")
                failed.append(error)
                _report(error)
                continue
            except Exception as exc:  # a bug on one document must not stop the run
                error = InputError(item.source, f"{type(exc).__name__}: {exc}", "clean")
                failed.append(error)
                _report(error)
                continue
            for cut in record["removed"]:
                removed_chars[cut["cleaner"]] += cut["chars"]
            writer.write(record)
    if not args.quiet:
        _summary(writer.count, skipped, failed, removed_chars, args.output)
    return EXIT_FAILED if failed else EXIT_OK


def _report(error: InputError) -> None:
    print(f"corpus: error: {error.source}: {error.reason}", file=sys.stderr)


def _progress(items: list, args: argparse.Namespace):
    if args.no_progress or args.quiet or len(items) < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return items
    from tqdm import tqdm
    return tqdm(items, unit="doc", file=sys.stderr, dynamic_ncols=True, leave=False)


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
