"""How the page harnesses run the systems they score: ``corpus clean`` over pages written as files, one page
through a pipeline, bare trafilatura with its comments.

A page is anything with a ``key`` (its file name, without ``.html``) and an ``html`` string.
"""
from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import tempfile
import time


def clean_records(pages) -> dict[str, dict]:
    """``{key: record}`` from ``corpus clean`` (``cleaners.cli.main``, in this process, no workers) over the pages
    written as ``KEY.html`` files: the whole run, stages after the chain included."""
    from cleaners import cli
    out: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "pages")
        os.mkdir(src)
        for p in pages:
            with open(os.path.join(src, p.key + ".html"), "w", encoding="utf8") as f:
                f.write(p.html)
        output = os.path.join(tmp, "out.jsonl")
        with contextlib.redirect_stderr(io.StringIO()):
            cli.main(["clean", src, "-o", output, "-q", "--no-progress", "--workers", "0"])
        with open(output, encoding="utf8") as f:
            for line in f:
                record = json.loads(line)
                out[os.path.basename(record["source"]).split(".")[0]] = record
    return out


def clean_bodies(pages) -> dict[str, str]:
    """``{key: body}`` of :func:`clean_records`."""
    return {k: r["body"] or "" for k, r in clean_records(pages).items()}


def clean_bodies_comments(pages) -> dict[str, tuple[str, list[str]]]:
    """``{key: (body, [comment texts])}`` of :func:`clean_records`."""
    return {k: (r.get("body") or "", [c["text"] for c in r.get("comments") or []])
            for k, r in clean_records(pages).items()}


def page_record(pipeline, prefix: str, html: str) -> dict:
    """``pipeline``'s record of one page, named ``PREFIX/<sha1 of the html>.html`` (the chain only: no stage
    after it)."""
    name = f"{prefix}/{hashlib.sha1(html.encode()).hexdigest()[:12]}.html"
    return pipeline.record(pipeline.document(name, html.encode("utf8"), "html"))


def trafilatura_bare(html: str) -> tuple[str, str]:
    """(text, comments) of ``trafilatura.bare_extraction(include_comments=True)`` with its default settings."""
    from trafilatura import bare_extraction
    doc = bare_extraction(html, include_comments=True, with_metadata=False)
    return (doc.text or "", doc.comments or "") if doc else ("", "")


def trafilatura_bodies_comments(pages) -> dict[str, tuple[str, list[str]]]:
    """``{key: (text, [comments])}`` of :func:`trafilatura_bare` (its comments as one item, none when blank)."""
    out = {}
    for p in pages:
        text, comments = trafilatura_bare(p.html)
        out[p.key] = (text, [comments] if comments.strip() else [])
    return out


def thread_command_line(name: str, doc: str, compose_all, run, report, argv: list[str] | None = None,
                        theirs: bool = False) -> int:
    """The command line of a thread harness: compose N pages (``compose_all(n, seed)``), ``run`` them (with
    ``--no-trafilatura`` when ``theirs``: ``run(pages, theirs=...)``), print the time and ``report(rows, show=...)``."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many failing pages per family")
    if theirs:
        ap.add_argument("--no-trafilatura", action="store_true", help="skip bare trafilatura's run")
    args = ap.parse_args(argv)
    t0 = time.time()
    pages = compose_all(args.n, args.seed)
    rows = run(pages, theirs=not args.no_trafilatura) if theirs else run(pages)
    print(f"{name}: {args.n} pages, seed {args.seed}, {time.time() - t0:.1f} s")
    print(report(rows, show=args.show))
    return 0


def furniture_command_line(doc: str, compose_all, run_corpus, run_trafilatura, measure, table, show, kept_junk,
                           labels: tuple[str, ...], argv: list[str] | None = None,
                           text_of=lambda outputs, key: outputs.get(key, "")) -> int:
    """The command line of a furniture harness (page_blind6..9): compose N pages, run corpus and trafilatura, print
    ``table(measure(pages, systems))``; ``--show K`` prints the K worst pages, ``--kept CLASS`` every kept line of
    that furniture class, after the page's key and its ``labels`` attributes. ``text_of(corpus outputs, key)``
    is the page's body in what ``run_corpus`` returned."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print the lost lines and kept furniture of K worst pages")
    ap.add_argument("--kept", default="", help="print the kept lines of this furniture class on every page")
    args = ap.parse_args(argv)
    pages = compose_all(args.n, args.seed)
    systems = {"corpus": run_corpus(pages), "trafilatura": run_trafilatura(pages)}
    table(measure(pages, systems))
    if args.show:
        show(pages, systems["corpus"], args.show)
    if args.kept:
        for p in pages:
            for cls, line in kept_junk(p, text_of(systems["corpus"], p.key)):
                if cls == args.kept:
                    print(f"  {' '.join(str(getattr(p, a)) for a in ('key',) + labels)}: {line[:120]}")
    return 0
