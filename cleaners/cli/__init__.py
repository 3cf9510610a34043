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

from ..errors import ConfigError, printable

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMMAND_GROUP = "corpus.commands"
# built-in commands first, in this order, in the help; third-party ones after, by name
BUILTIN_ORDER = ("clean", "cleaners", "explain", "stats", "report", "profile")

log = logging.getLogger("corpus")
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan", "justext", "readability")


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


def version() -> str:
    """The installed package's version (or the source tree's, when not installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed
    try:
        return installed("corpus")
    except PackageNotFoundError:
        import tomllib
        from pathlib import Path
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def _mark_parsers(parser: argparse.ArgumentParser) -> None:
    """Give every (sub)command's namespace its own parser, so that an error in its
    arguments prints that command's usage, not the top-level one."""
    parser.set_defaults(_parser=parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _mark_parsers(child)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="corpus", description="Turn news pages and text dumps into a clean JSONL corpus.")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    sub = parser.add_subparsers(dest="command", required=True)
    found = _registrations()
    order = [n for n in BUILTIN_ORDER if n in found] + sorted(n for n in found if n not in BUILTIN_ORDER)
    for name in order:
        found[name](sub)
    _mark_parsers(parser)
    return parser


def parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse like ``parse_args``, but report unknown arguments with the usage of the
    command they were given to (``corpus clean seeds/ --bogus`` shows ``clean``'s)."""
    args, extra = parser.parse_known_args(argv)
    if extra:
        args._parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parse(parser, argv)
    logging.basicConfig(level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not args.verbose:     # the libraries' notes on one page ("discarding data", htmldate's "not valid HTML" at
        for name in QUIET_LIBRARIES:       # level ERROR) are for -v: the run's summary and errors.jsonl say what failed
            logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        return args.handler(args)
    except ConfigError as exc:
        print(f"corpus: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("corpus: interrupted; no output written", file=sys.stderr)
        return 130
    except BrokenPipeError:   # `corpus explain ... | head`
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
