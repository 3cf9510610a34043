"""The worst pages of a blind page run, for reading: lost gold lines and extra body lines."""
from __future__ import annotations

from benchmarks.scoring import score_page


def show(pages, ours: dict[str, str], theirs: dict[str, str], k: int) -> None:
    from tests.page_blind import lost_lines, norm
    scored = sorted(pages, key=lambda p: score_page(p.gold, ours.get(p.key, "")).tp)
    for p in scored[:k]:
        ours_f = score_page(p.gold, ours.get(p.key, ""))
        theirs_f = score_page(p.gold, theirs.get(p.key, ""))
        print(f"\n== {p.key} {p.lang} {p.template}: corpus tp {ours_f.tp:.2f} fp {ours_f.fp:.2f} | trafilatura tp {theirs_f.tp:.2f} fp {theirs_f.fp:.2f}")
        for line in lost_lines(p, ours.get(p.key, "")):
            print(f"  LOST  {line[:140]}")
        gold = norm(p.gold)
        for line in (ours.get(p.key) or "").splitlines():
            if line.strip() and norm(line) not in gold:
                print(f"  EXTRA {line[:140]}")
