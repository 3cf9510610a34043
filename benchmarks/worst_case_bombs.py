"""More families for `benchmarks/worst_case.py`: shapes that were time bombs once (each grew quadratically).

Built like `benchmarks/worst_case_families.py` (a function of the scale ``k`` returning a kind and bytes), but
the shape stands after the story's ``<main>``, where a site puts its comments and asides.
"""
from __future__ import annotations

from typing import Callable

from benchmarks.worst_case_families import FAMILIES as BASE, PARA, Family, page


def after_main(body: Callable[[int], str]) -> Callable[[int], tuple[str, bytes]]:
    return lambda k: ("html", page("").replace(b"</main>", b"</main>" + body(k).encode("utf-8")))


def nested(opening: str, closing: str, depth: int) -> Callable[[int], str]:
    return lambda k: opening * (depth * k) + f"<p>{PARA}</p>" + closing * (depth * k)


def repeated(one: str, count: int, opening: str = "", closing: str = "") -> Callable[[int], str]:
    return lambda k: opening + "".join(one.format(i=i) for i in range(count * k)) + closing


def legacy_lt_signs(k: int) -> tuple[str, bytes]:
    """A page in windows-1252 (declared UTF-8: the charset is sniffed), cut inside its text, which holds many
    "<" and no ">" after them (the sniffing's tag pattern once tried every "<" to the end: quadratic)."""
    cut = page("<p>CUT").split(b"CUT")[0]
    return "html", cut + ("if a < b then é " * (10_000 * k)).encode("cp1252")


DL_ITEM = "<dt>Reader {i} said on 3 May 2012</dt><dd><p>Thanks for the report, number {i}.</p></dd>"
CELL = ("<tr><td class='comment'><span class='author'>Reader {i}</span><p>Thanks for the report, number {i}.</p>"
        "</td></tr>")

FAMILIES = {**BASE, **{f.name: f for f in [
    Family("nested-named-spans", after_main(nested("<span class='comment-author'>", "</span>", 250)),
           "<span class='comment-author'> nested 250k deep"),
    Family("comment-cells", after_main(repeated(CELL, 500, "<table class='comments'>", "</table>")),
           "500k table rows, each one comment (a lone comment each)"),
    Family("comment-dl", after_main(repeated(DL_ITEM, 500, "<dl class='comments'>", "</dl>")),
           "500k comments as <dt> name and date, <dd> text"),
    Family("legacy-lt-signs", legacy_lt_signs, "a page cut in its text: 10k \"<\", no \">\", sniffed as windows-1252"),
]}}
