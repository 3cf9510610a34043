#!/usr/bin/env python3
"""Hostile input shapes (issue 16) through the real pipeline, at doubling sizes.

Every shape is a function of a target size in bytes that returns one input document
(plain text or an HTML page). Each document is cleaned by ``Pipeline.process`` (the
code path of ``corpus clean``, the crawl and ingest) in a forked child process, so a
pattern that backtracks for minutes costs the benchmark its time cap, not its life.
For each size the best of ``--repeat`` runs is printed with the growth ratio
``time(2n) / time(n)``: about 2 for linear work, 4 for quadratic.

    python benchmarks/adversarial.py [--max-bytes 1048576] [--min-bytes 16384]
                                     [--repeat 3] [--cap 30] [--only NAME,...]

Target (issue 16): linear growth, and no input up to 1 MB over 2 s.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.capped import run_capped  # noqa: E402

PARAGRAPH = ("The council met on Tuesday to discuss the budget for the coming year, and members "
             "agreed to publish the figures before the next session.")


def _fill(unit: str, size: int, head: str = PARAGRAPH + "\n\n", tail: str = "") -> str:
    count = max(1, (size - len(head) - len(tail)) // len(unit))
    return head + unit * count + tail


def _prices(size: int) -> str:
    """A list of prices in one line, as in an article about fees (the donation amount-run shape)."""
    parts, total, k = [], 0, 1
    while total < size - 60:
        parts.append(f"${5 * k}")
        total += len(parts[-1]) + 2
        k += 1
    return PARAGRAPH + "\n\n" + ", ".join(parts) + " or any other amount you choose"


def _price_html(size: int) -> str:
    line = _prices(size).split("\n\n", 1)[1]
    paragraphs = "".join(f"<p>{PARAGRAPH} ({i})</p>" for i in range(6))
    return (f"<html><head><title>Fees</title></head><body><article><h1>What the fees are</h1>"
            f"{paragraphs}<p>{line}</p>{paragraphs}</article></body></html>")


def _repeated_lines(size: int) -> str:
    """An article, then one line over and over (a list, a spam block) in two halves around an odd line."""
    line, odd = "Line of text here.<br>", "<br>An odd line between the halves.<br>"
    article = "".join(f"<p>{PARAGRAPH} ({i})</p>" for i in range(6))
    half = line * max(1, (size - len(article) - 200) // (2 * len(line)))
    return f"<html><body><article>{article}</article><div>{half}{odd}{half}</div></body></html>"


def _nested_comments(size: int) -> str:
    """``div.comment`` nested inside each other (each holding an author and a reply)."""
    one = '<div class="comment"><span class="author">Reader</span><p>I agree with this.</p>'
    depth = max(1, (size - 1200) // (len(one) + 6))
    article = "".join(f"<p>{PARAGRAPH} ({i})</p>" for i in range(6))
    return (f"<html><body><article><h1>A story</h1>{article}</article>"
            f'<section id="comments">{one * depth}{"</div>" * depth}</section></body></html>')


def _flat_comments(size: int) -> str:
    one = ('<li class="comment"><div class="comment-author">Reader {i}</div>'
           '<time datetime="2020-01-01">1 January 2020</time><p>A reply number {i} to the story.</p></li>')
    count = max(1, (size - 1200) // (len(one) + 4))
    article = "".join(f"<p>{PARAGRAPH} ({i})</p>" for i in range(6))
    items = "".join(one.format(i=i) for i in range(count))
    return (f"<html><body><article><h1>A story</h1>{article}</article>"
            f'<ol class="comment-list">{items}</ol></body></html>')


@dataclass(frozen=True)
class Shape:
    name: str
    kind: str                       # "text" | "html"
    make: Callable[[int], str]
    note: str


def _numbered_lines(size: int) -> str:
    """Lines numbered 1, 2, 3... ("1. item"): rising numbers touching one another, the shape of a donation ladder."""
    head, lines, total, k = PARAGRAPH + "\n\n", [], 0, 1
    while total < size - 2 * len(head):
        lines.append(f"{k}. item")
        total += len(lines[-1]) + 1
        k += 1
    return head + "\n".join(lines) + "\n\n" + PARAGRAPH + "\n"


_HEAD_LINE = f"{PARAGRAPH}\n\n{PARAGRAPH}"      # (a line whose sentence a glued notice may follow)
_AFTER_RUN = f"x\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n"      # (a text of four lines or more: one the wrap reader reads)
SHAPES: dict[str, Shape] = {s.name: s for s in [
    Shape("price-list", "text", _prices, "'$5, $10, ... or any other amount you choose' in one line"),
    Shape("dollar-one-bang", "text", lambda n: _fill("$1,", n, tail="!"), "'$1,' repeated, then '!'"),
    Shape("reached-at", "text", lambda n: _fill("a", n, head=PARAGRAPH + "\n\ncan be reached at "),
          "'can be reached at ' + 'a' x n"),
    Shape("open-brackets", "text", lambda n: _fill("[", n), "'[' x n"),
    Shape("link-opens", "text", lambda n: _fill("[a](", n), "'[a](' x n"),
    Shape("star-a", "text", lambda n: _fill("*a ", n), "'*a ' x n"),
    Shape("underscore-a", "text", lambda n: _fill("_a ", n), "'_a ' x n"),
    Shape("double-star-a", "text", lambda n: _fill("**a ", n), "'**a ' x n"),
    Shape("image-opens", "text", lambda n: _fill("![a](", n), "'![a](' x n"),
    Shape("autolink-opens", "text", lambda n: _fill("<http:", n), "'<http:' x n"),
    Shape("email-local", "text", lambda n: _fill("a.", n, tail="@"), "'a.' x n then '@'"),
    Shape("by-names", "text", lambda n: _fill("Aand ", n, head=PARAGRAPH + "\n\nBy "), "'By ' + 'Aand ' x n"),
    Shape("dump-braces", "text", lambda n: _fill("array(1) {\n", n), "unclosed 'array(1) {' lines"),
    Shape("dump-string", "text", lambda n: _fill('string(9) "', n), "'string(9) \"' x n"),
    Shape("json-open", "text", lambda n: _fill('[{"title": ', n), "'[{\"title\": ' x n"),
    Shape("json-lines-open", "text", lambda n: _fill("[\n", n), "lines of '[' (a pretty-printed JSON value never closed)"),
    Shape("pretty-json-open", "text", lambda n: _fill('{\n  "title": "Floods cut off villages",\n', n),
          "pretty-printed JSON objects opened and never closed"),
    Shape("dump-records", "text",
          lambda n: _fill('  ["title"]=>\n  string(24) "Floods cut off villages!"\n', n, head=PARAGRAPH + "\n\narray(1) {\n"),
          "an unclosed var_dump of n title records"),
    Shape("serialize-pairs", "text", lambda n: _fill('s:5:"title";s:8:"Floods!!";', n, head=PARAGRAPH + "\n\na:1:{"),
          "a serialize line of n title pairs"),
    Shape("thread-said-dots", "text", lambda n: _fill("Ann Lee said...\nA reply to the story.\n\n", n),
          "'Name said...' comment heads"),
    Shape("bullet-lines", "text", lambda n: _fill("• Reader Name\n    reply text here.\n", n),
          "n bullets, each with a wrapped line"),
    Shape("thread-bullets", "text", lambda n: _fill("• Reader Name\n    Reply text here.\n", n),
          "a comment thread of n bulleted comments"),
    Shape("thread-wrote", "text", lambda n: _fill("Ann Lee wrote on 9 May 2020:\n\nA reply to the story.\n\n", n),
          "a comment thread of n 'Name wrote on date:' comments"),
    Shape("wrapped-lines", "text", lambda n: _fill("the talks would resume next week after a pause in the\n", n),
          "one paragraph soft-wrapped over n lines"),
    Shape("headline-lines", "text", lambda n: _fill("Floods Cut Off Mountain Villages Again\n", n),
          "title-case headlines, one a line (a related list as long as the file)"),
    Shape("breadcrumb-line", "text", lambda n: _fill("Home > ", n), "'Home > ' x n in one line"),
    Shape("share-links", "text", lambda n: _fill("[Facebook](https://f.example/s) ", n, head=PARAGRAPH + "\n\nShare: "),
          "'Share: ' + '[Facebook](url) ' x n"),
    Shape("image-alts", "text", lambda n: _fill("![A caption of some words](/i.jpg) ", n), "'![alt](src) ' x n"),
    Shape("date-words", "text", lambda n: _fill("Mon Dec 9 2016 ", n), "dates in one line"),
    Shape("short-lines", "text", lambda n: _fill("A\n", n), "one-letter lines"),
    Shape("spaces", "text", lambda n: _fill("a  ", n), "'a  ' x n"),
    Shape("space-run", "text", lambda n: _fill(" ", n, tail=_AFTER_RUN), "a line of n spaces, then 'x'"),
    Shape("tab-run", "text", lambda n: _fill("\t", n, tail=_AFTER_RUN), "a line of n tabs, then 'x'"),
    Shape("capital-word", "text", lambda n: _fill("A", n), "a line that is one word of n capitals"),
    Shape("digit-run", "text", lambda n: _fill("1", n), "a line that is one number of n digits"),
    Shape("numbered-lines", "text", _numbered_lines, "lines '1. item', '2. item'... (a rising ladder of numbers)"),
    Shape("copyright-dots", "text",
          lambda n: _fill(". ", n, head=f"{PARAGRAPH}\n\n\u00a9 2012 ", tail=". All rights reserved."),
          "a copyright sign, then '. ' x n, then a rights sentence"),
    Shape("copyright-notices", "text", lambda n: _fill(" Harbour. \u00a9 2012 X.", n, head=_HEAD_LINE),
          "a paragraph, then ' Harbour. \u00a9 2012 X.' x n in its line"),
    Shape("rights-sentences", "text", lambda n: _fill(" All rights reserved.", n, head=_HEAD_LINE),
          "a paragraph, then ' All rights reserved.' x n in its line"),
    Shape("underscore-credit", "text", lambda n: _fill("_", n, head=f"{PARAGRAPH}\n\nCredit: ", tail=" /AFP"),
          "'Credit: ' + '_' x n + ' /AFP' (a run of emphasis marks before a word)"),
    Shape("price-html", "html", _price_html, "the price line inside an HTML page"),
    Shape("nested-comments", "html", _nested_comments, "div.comment nested n deep"),
    Shape("flat-comments", "html", _flat_comments, "a flat comment list of n comments"),
    Shape("repeated-lines", "html", _repeated_lines, "one line n times, in two halves around an odd line"),
]}
TEXT_SHAPES = [name for name, shape in SHAPES.items() if shape.kind == "text"]


def clean_once(shape: Shape, size: int) -> float:
    """Seconds to clean one document of ``shape`` at ``size`` through the pipeline."""
    from cleaners.pipeline import Pipeline
    pipeline = _pipeline(Pipeline)
    data = shape.make(size).encode("utf-8")
    suffix = "html" if shape.kind == "html" else "txt"
    gc.collect()   # start every run from the same heap: a collection owed by the last run is not this one's
    start = time.perf_counter()
    doc = pipeline.document(f"adversarial/{shape.name}.{suffix}", data, shape.kind)
    pipeline.process(doc)
    return time.perf_counter() - start


_PIPELINE = None


def _pipeline(factory):
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = factory()
    return _PIPELINE


def warm_up() -> None:
    """Build the pipeline and clean a small page of each kind in this process, so that the
    forked children measure cleaning, not imports and lazy loading."""
    clean_once(Shape("warm-text", "text", lambda n: PARAGRAPH * 3, ""), 0)
    clean_once(Shape("warm-html", "html", lambda n: f"<html><body><p>{PARAGRAPH}</p></body></html>", ""), 0)
    gc.freeze()    # what the imports built is never garbage: keep it out of the children's collections


def _best(name: str, size: int, repeat: int) -> float:
    return min(clean_once(SHAPES[name], size) for _ in range(repeat))


def measure(name: str, size: int, repeat: int = 3, cap: float = 30.0) -> float | None:
    """Best of ``repeat`` cleaning times in a forked child; None when over ``cap`` seconds."""
    return run_capped(_best, (name, size, repeat), cap)


def sizes(min_bytes: int, max_bytes: int) -> list[int]:
    out, n = [], min_bytes
    while n <= max_bytes:
        out.append(n)
        n *= 2
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-bytes", type=int, default=16 * 1024)
    parser.add_argument("--max-bytes", type=int, default=1024 * 1024)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cap", type=float, default=30.0, help="seconds allowed per measurement")
    parser.add_argument("--only", default="", help="comma-separated shape names")
    args = parser.parse_args(argv)
    names = [n for n in args.only.split(",") if n] or list(SHAPES)
    unknown = [n for n in names if n not in SHAPES]
    if unknown:
        parser.error(f"unknown shapes: {', '.join(unknown)}; known: {', '.join(SHAPES)}")
    warm_up()
    worst_ratio, worst_time = 0.0, 0.0
    print(f"{'shape':18s} {'kind':4s} {'bytes':>9s} {'seconds':>9s} {'ratio':>6s}")
    for name in names:
        shape, previous = SHAPES[name], None
        for size in sizes(args.min_bytes, args.max_bytes):
            t = measure(name, size, args.repeat, args.cap)
            if t is None:
                print(f"{name:18s} {shape.kind:4s} {size:9d} {'>' + str(args.cap):>9s}  (stopped)", flush=True)
                worst_time = float("inf")
                break
            ratio = t / previous if previous else None
            worst_time = max(worst_time, t)
            if ratio is not None and previous >= 0.02:   # below 20 ms the ratio is noise
                worst_ratio = max(worst_ratio, ratio)
            print(f"{name:18s} {shape.kind:4s} {size:9d} {t:9.3f} {'' if ratio is None else f'{ratio:6.2f}':>6s}",
                  flush=True)
            previous = t
    print(f"worst growth ratio {worst_ratio:.2f} (linear ~2, target < 3); slowest {worst_time:.2f} s (target <= 2 s)")
    return 0 if worst_ratio < 3 and worst_time <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
