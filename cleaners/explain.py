"""`corpus explain`: a record's body with every cut shown where it was made.

Cuts made on the page before extraction come first; then each body paragraph,
preceded by the blocks removed just before it and followed by the pieces cut from
inside it; cuts after the last paragraph close the listing. Each cut names its
cleaner and rule. Colour (red for cuts, dim for labels) on a terminal.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

RED, DIM, BOLD, GREEN, RESET = "\x1b[31m", "\x1b[2m", "\x1b[1m", "\x1b[32m", "\x1b[0m"


@dataclass(frozen=True)
class Style:
    colour: bool

    def paint(self, code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if self.colour else text


def _cut_line(cut: dict[str, Any], style: Style, marker: str) -> str:
    text = " ".join(cut["text"].split())
    more = f" (+{cut['chars'] - len(cut['text'])} chars)" if cut["chars"] > len(cut["text"]) else ""
    label = style.paint(DIM, f"[{cut['cleaner']}/{cut['rule']}]")
    return f"{marker} {label} {style.paint(RED, text + more)}"


def render(record: dict[str, Any], out: IO[str], colour: bool = False) -> None:
    style = Style(colour)
    meta = record.get("metadata") or {}
    paragraphs = [p for p in (record.get("body") or "").split("\n\n") if p.strip()]
    cuts = record.get("removed") or []
    before: dict[int, list] = {}
    inside: dict[int, list] = {}
    page = []
    # removals are listed in chain order; show them in document order (stable sort)
    for cut in sorted(cuts, key=lambda c: (c.get("at") is not None, c.get("at") or 0, c.get("inline", False))):
        at = cut.get("at")
        if at is None:
            page.append(cut)
        elif cut.get("inline") and at < len(paragraphs):
            inside.setdefault(at, []).append(cut)
        else:
            before.setdefault(min(at, len(paragraphs)), []).append(cut)
    out.write(style.paint(BOLD, f"{record['id'][:12]}  {record.get('source')}") + "\n")
    for key in ("title", "date", "author", "site", "language"):
        if meta.get(key):
            out.write(style.paint(DIM, f"{key}: ") + str(meta[key]) + "\n")
    total = sum(c["chars"] for c in cuts)
    out.write(style.paint(DIM, f"{len(paragraphs)} paragraphs kept, {len(cuts)} cuts ({total:,} chars), "
                               f"{len(record.get('comments') or [])} comments") + "\n\n")
    if page:
        out.write(style.paint(DIM, "cut from the page before extraction:") + "\n")
        for cut in page:
            out.write(_cut_line(cut, style, "-") + "\n")
        out.write("\n")
    for i, paragraph in enumerate(paragraphs):
        for cut in before.get(i, []):
            out.write(_cut_line(cut, style, "-") + "\n")
        out.write(paragraph + "\n")
        for cut in inside.get(i, []):
            out.write(_cut_line(cut, style, "  \u2702") + "\n")
        out.write("\n")
    for cut in before.get(len(paragraphs), []):
        out.write(_cut_line(cut, style, "-") + "\n")
