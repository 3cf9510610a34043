"""The ``corpus`` command line.

Subcommands are registered through the ``corpus.commands`` entry-point group, the way
cleaners are: each entry point is a ``register(subparsers)`` function that adds its
parser and sets ``handler`` (``args -> exit code``) as a default. The built-in commands
are declared in this package's ``pyproject.toml``; the crawl-based ``ingest`` command is
registered by ``corpus_spiders``, so the engine itself never imports Scrapy.

Exit codes: 0 all inputs cleaned, 1 some inputs failed, 2 usage or configuration error.
"""
from __future__ import annotations

import argparse
import logging
import sys
from importlib.metadata import entry_points
from typing import Callable, Sequence

from ..errors import ConfigError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMMAND_GROUP = "corpus.commands"
# built-in commands first, in this order, in the help; third-party ones after, by name
BUILTIN_ORDER = ("clean", "cleaners", "explain", "stats", "profile")

log = logging.getLogger("corpus")


def _registrations() -> dict[str, Callable]:
    from ..registry import builtin_entry_points
    found: dict[str, Callable] = {}
    for ep in entry_points(group=COMMAND_GROUP):
        try:
            found[ep.name] = ep.load()
        except Exception as exc:  # a broken plugin must not break the tool
            log.error("cannot load command %r from %s: %s", ep.name, ep.value, exc)
    if "clean" not in found:   # running from an uninstalled tree
        for name, register in builtin_entry_points(COMMAND_GROUP).items():
            found.setdefault(name, register)
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corpus", description="Turn news pages and text dumps into a clean JSONL corpus.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    sub = parser.add_subparsers(dest="command", required=True)
    found = _registrations()
    order = [n for n in BUILTIN_ORDER if n in found] + sorted(n for n in found if n not in BUILTIN_ORDER)
    for name in order:
        found[name](sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    try:
        return args.handler(args)
    except ConfigError as exc:
        print(f"corpus: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("corpus: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `corpus explain ... | head`
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
