"""What the text-dump probes share. `shape_probe` and `flow_probe` read a record alike (`norm`, `placed`); all three
(`text_probe` too, which scores titles and related headlines its own way) print the same tables: artefacts removed
and placed right per class, per layout and per language, the totals, and the misses of a class asked for with
``--show``."""
from __future__ import annotations

import json
import re

KEPT = ("article", "lookalike")     # the classes that must stay in the body


def norm(s: str) -> str:
    """Spacing (zero-width spaces too) made one space, case folded."""
    return re.sub(r"[\s\u200b]+", " ", s or "").strip().casefold()


def holds(lines: list[str], t: str) -> bool:
    """Some line is ``t`` or mostly ``t`` (a short label inside a long sentence does not count); ``lines`` `norm`-ed."""
    t = norm(t)
    return any(t in x and len(x) <= 1.5 * len(t) + 12 for x in lines)


def placed(rec: dict, t: str, dest: tuple, body: str, lines: list[str], whole: bool = False) -> tuple[bool, bool]:
    """(gone from the body, gone and placed where the gold says) of the artefact ``t`` whose gold place is ``dest``;
    ``body``: the record's body, `norm`-ed; ``lines``: its lines, each `norm`-ed; ``whole``: ``t`` was a whole line
    of the input, gone when no line holds it (`holds`; else: when it is no substring of the body)."""
    m, gone = rec["metadata"], not holds(lines, t) if whole else norm(t) not in body
    if dest[0] == "title":  # a title in a script without spaces can be the start of its first sentence
        gone = norm(t) not in lines
        return gone, gone and norm(m.get("title")) == norm(t)
    if dest[0] == "date":
        return gone, gone and bool(m.get("date"))
    if dest[0] == "author":
        return gone, gone and norm(dest[1]) in norm(str(m.get("author")))
    if dest[0] == "related":
        return gone, gone and norm(t) in norm(json.dumps(m.get("related"), ensure_ascii=False))
    if dest[0] == "comment":
        texts = norm(" ".join(c.get("text", "") for c in rec["comments"]))
        who = any(norm(dest[1]) == norm(c.get("author")) and c.get("depth") == dest[2] for c in rec["comments"])
        return gone, gone and norm(t) in texts and who
    return gone, gone


def count_artefact(rows, lang_row: list, gone: bool, good: bool) -> None:
    """Count one gold artefact: gone from the body, placed right, of all, in each of ``rows`` (a class's, a
    layout's); gone, of all, in its language's row."""
    for row in rows:
        row[0] += gone
        row[1] += good
        row[2] += 1
    lang_row[0] += gone
    lang_row[1] += 1


def count_kept(row: list, lang_row: list, ok: bool, placed: bool = True) -> None:
    """Count one line that must stay: kept (also as placed right when ``placed``), of all, in its class's row and its
    language's."""
    row[0] += ok
    row[1] += ok and placed
    row[2] += 1
    lang_row[2] += ok
    lang_row[3] += 1


def print_classes(cls: dict) -> None:
    """``cls``: class -> [removed, placed right, of]."""
    print("class        removed   placed right   of")
    for c, (g, p, n) in sorted(cls.items()):
        print(f"  {c:11s} {100 * g / n:6.1f} %  {100 * p / n:6.1f} %  {n:4d}")


def print_layouts(rows) -> None:
    """``rows``: (layout name, removed, placed right, of) in the order to print."""
    print("layout                  removed   placed right   of")
    for name, g, p, k in rows:
        print(f"  {name:21s} {100 * g / k:6.1f} %  {100 * p / k:6.1f} %  {k:4d}")


def print_languages(lang: dict, kept_label: str) -> None:
    """``lang``: language -> [artefacts removed, of, kept, of]."""
    print(f"language  artefacts removed  {kept_label}")
    for c, (g, n, k, m) in lang.items():
        print(f"  {c:4s}  {100 * g / n:6.1f} % of {n:3d}   {100 * k / m:6.1f} % of {m:3d}")


def print_totals(cls: dict, dumps: int) -> None:
    """The artefacts removed and placed right over every class but the kept ones, and the kept classes' share."""
    arts = {k: v for k, v in cls.items() if k not in KEPT}
    tot = [sum(v[i] for v in arts.values()) for i in range(3)]
    kept = [sum(cls[k][i] for k in KEPT) for i in (0, 2)]
    print(f"ALL artefacts removed {100 * tot[0] / tot[2]:.1f} %, placed right {100 * tot[1] / tot[2]:.1f} %, "
          f"article+look-alikes kept {100 * kept[0] / kept[1]:.1f} % ({dumps} dumps)")


def print_misses(misses: list[tuple[str, str]], show: str | None) -> None:
    """The misses of class ``show`` ("all": every class)."""
    for c, m in misses:
        if show in (c, "all"):
            print(f"  [{c}] {m}")
