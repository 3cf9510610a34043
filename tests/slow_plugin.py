"""Cleaners that misbehave on purpose, to test the watchdog and worker recovery.

Registered for a test by `install_plugin` (a throw-away dist-info on sys.path)."""
from __future__ import annotations

import os
import signal
import time
import textwrap

from cleaners import Cleaner


def _stuck_for() -> float:
    """Seconds a stuck page sleeps: 60, or ``CORPUS_TEST_STUCK`` (a test that proves a page was cut
    off by finishing before the sleep would end gives itself room on a loaded machine)."""
    return float(os.environ.get("CORPUS_TEST_STUCK", "60"))


class Misbehave(Cleaner):
    """Sleeps, hangs, crashes, allocates or slows down when the text asks for it."""

    name = "misbehave"
    order = 999

    def clean(self, doc):
        body = doc.body
        if "SLEEP-IN-PYTHON" in body:
            time.sleep(_stuck_for())
        if "HANG-WITH-SIGNALS-BLOCKED" in body:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(_stuck_for())
        if "CRASH-THE-WORKER" in body:
            os._exit(3)
        if "ALLOCATE-PAST-THE-LIMIT" in body:     # 8 GiB of address space: bytes() callocs, no page is touched (bytearray() would write all 8 GiB)
            buffer = bytes(8 << 30)
            del buffer
        if "SLOW-DOWN" in body:
            time.sleep(float(os.environ.get("CORPUS_TEST_DELAY", "0.2")))
        return doc


def install_plugin(directory, monkeypatch) -> None:
    """Make `Misbehave` visible through the ``corpus.cleaners`` entry-point group."""
    dist = directory / "corpus_test_misbehave-1.0.dist-info"
    dist.mkdir(exist_ok=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: corpus-test-misbehave\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(textwrap.dedent("""\
        [corpus.cleaners]
        misbehave = tests.slow_plugin:Misbehave
        """))
    monkeypatch.syspath_prepend(str(directory))
