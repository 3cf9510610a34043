"""``corpus report``: the corpus as pictures, one self-contained HTML file."""
from __future__ import annotations

import argparse
import os
import sys

from ..errors import ConfigError, printable
from . import EXIT_FAILED, EXIT_OK


def register(sub) -> None:
    """Add the ``report`` command."""
    report = sub.add_parser("report", help="a self-contained HTML report of a corpus: charts, removed lines",
                            description="Documents per site and language, body lengths, dates, characters removed "
                                        "per cleaner and rule, comments, duplicate clusters, errors (from the "
                                        "errors.jsonl beside the corpus) and each site's most frequent removed lines.")
    report.add_argument("corpus", metavar="CORPUS", help="a .jsonl / .jsonl.gz file or a directory of shards")
    report.add_argument("-o", "--output", default="report.html", metavar="FILE", help="default report.html")
    report.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    from ..report import write_report
    if not os.path.exists(args.corpus):
        raise ConfigError(f"{args.corpus}: no such file or directory")
    try:
        data = write_report(args.corpus, args.output)
    except (OSError, ValueError) as exc:
        print(f"corpus: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_FAILED
    print(f"corpus: report of {data.documents:,} documents -> {printable(args.output)}", file=sys.stderr)
    return EXIT_OK
