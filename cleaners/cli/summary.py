"""What ``corpus clean`` tells the user on stderr: each failure as it comes, each document
written without the cleaners, and the summary of the run."""
from __future__ import annotations

import sys
from collections import Counter

from ..errors import printable
from ..run import Failure, Result


def report_new(failures: list[Failure], reported: int) -> int:
    """Print the failures not printed yet; how many are printed now."""
    for failure in failures[reported:]:
        print(f"corpus: error: {printable(failure.source)}: {printable(failure.message)}", file=sys.stderr)
    return len(failures)


def report_degraded(result: Result) -> None:
    """Print that ``result``'s document was written without the cleaners, and why."""
    warn_degraded(result.task.source, result.degraded or "")


def warn_degraded(source: str, reason: str) -> None:
    """Print that the document of ``source`` was written without the cleaners, and why."""
    print(f"corpus: warning: {printable(source)}: {reason}: written from the bare extraction, "
          "not cleaned (metadata.degraded)", file=sys.stderr)


def print_decoding(decoding: Counter) -> None:
    """The invalid byte sequences the run replaced, if any (``metadata.encoding_errors``)."""
    if decoding:
        print(f"decoding: {decoding['replaced']:,} invalid byte sequences replaced (U+FFFD) in "
              f"{decoding['documents']:,} documents (metadata.encoding_errors)", file=sys.stderr)


def print_summary(written: int, skipped: Counter, failed: list, removed_chars: Counter, output: str,
                  degraded: int = 0) -> None:
    """The run's summary: written, skipped and failed inputs, the characters each cleaner removed."""
    where = "stdout" if output == "-" else printable(output)
    reasons = ", ".join(f"{n} {reason}" for reason, n in skipped.most_common())
    kinds = Counter(getattr(f, "error", "error") for f in failed)
    kinds_text = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])))
    lines = [f"corpus: {written} written to {where}, {sum(skipped.values())} skipped"
             + (f" ({reasons})" if reasons else "") + f", {len(failed)} failed" + (f" ({kinds_text})" if failed else "")
             + (f"; {degraded} of the written not cleaned (metadata.degraded)" if degraded else "")]
    if removed_chars:
        lines.append("chars removed per cleaner:")
        width = max(len(name) for name in removed_chars)
        lines += [f"  {name:<{width}}  {chars:>9,}" for name, chars in removed_chars.most_common()]
    print("\n".join(lines), file=sys.stderr)

