"""`corpus clean`'s log output as a user sees it: the libraries' notes on one page stay out of a run's stderr."""
from __future__ import annotations

import subprocess


def test_library_notes_on_a_page_show_with_verbose_only(tmp_path, corpus_bin):
    """trafilatura's and htmldate's per-page notes ("discarding data", "not valid HTML") would flood a large run's
    stderr over its summary: they show with ``-v`` only; the page still gets its record either way."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty-body.html").write_text("<html><body></body></html>")
    (tmp_path / "in" / "svg.html").write_text("<svg xmlns='http://www.w3.org/2000/svg'><text>hi</text></svg>")
    runs = {}
    for flags in ([], ["-v"]):
        proc = subprocess.run([corpus_bin, *flags, "clean", "in/", "-o", "out.jsonl"], cwd=tmp_path,
                              capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
        assert "2 written" in proc.stderr
        runs[bool(flags)] = proc.stderr
    assert "WARNING trafilatura" not in runs[False]
    assert "WARNING trafilatura" in runs[True]
    assert "htmldate" not in runs[False]           # its per-page note is logged at level ERROR
    assert "ERROR htmldate" in runs[True]
