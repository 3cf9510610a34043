"""Why the pipeline lost or kept what it did on third-harness pages: the rule that cut each lost gold line
(from the record's ``removed`` entries) and the kind of furniture each kept non-gold line is.

    python -m tests.page_blind3_diag [N] [--seed S] [--examples K]

Lost lines are grouped by ``layout / cleaner:rule`` (``?`` when no removed entry holds the line: the
extraction left it out); extra lines by ``layout / kind`` where kind names the furniture it matches.
"""
from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from tests.harness_run import clean_records as records
from tests.page_blind import norm
from tests.page_blind3 import compose
from tests.page_blind3_compose import scramble


def cut_by(line: str, removed: list[dict]) -> str:
    text = norm(line)
    probe = text[: min(60, len(text))]
    for r in removed:
        got = norm(r.get("text") or "")
        if got and (probe in got or (len(got) > 25 and got in text)):
            return f'{r.get("cleaner")}:{r.get("rule")}'
    return "?"


def furniture(page, line: str) -> str:
    """A name for a kept line that is not gold."""
    art, text = page.article, norm(line)
    locked = next((v for k, v in art.blocks if k == "locked"), [])
    if any(text and text[:40] in norm(x) for x in locked):
        return "paywall-hidden-text"
    if any(text and text[:40] in norm(scramble(x)) for x in locked):
        return "paywall-scrambled-text"
    if any(k == "pull" and norm(v) == text for k, v in art.blocks):
        return "pull-quote"
    if any(k == "fig" and norm(v) in text for k, v in art.blocks) or "Agentur" in text:
        return "caption/credit"
    if text == norm(art.title):
        return "title-repeat"
    prose = getattr(art, "prose", None)
    if prose and (prose.company in text or text == norm(prose.data["dish"])):
        return "company/about/dish"
    return "other"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", type=int, default=2)
    args = ap.parse_args(argv)
    pages = compose(args.n, args.seed)
    recs = records(pages)
    lost, extra = Counter(), Counter()
    examples = defaultdict(list)
    for p in pages:
        rec = recs.get(p.key, {})
        body = rec.get("body") or ""
        flat, gold = norm(body), norm(p.gold)
        for line in p.article.gold_lines():
            if norm(line) not in flat:
                key = f"LOST  {p.template} / {cut_by(line, rec.get('removed') or [])}"
                lost[key] += 1
                examples[key].append(f"{p.key} {p.lang}: {line[:110]}")
        seen = Counter()
        for line in body.splitlines():
            seen[norm(line)] += 1
            if line.strip() and norm(line) in gold and seen[norm(line)] > 1:
                key = f"EXTRA {p.template} / duplicate-line"
                extra[key] += 1
                examples[key].append(f"{p.key} {p.lang}: {line[:110]}")
            elif line.strip() and norm(line) not in gold:
                key = f"EXTRA {p.template} / {furniture(p, line)}"
                extra[key] += 1
                examples[key].append(f"{p.key} {p.lang}: {line[:110]}")
    for counter in (lost, extra):
        for key, n in counter.most_common():
            print(f"{n:4d}  {key}")
            for ex in examples[key][: args.examples]:
                print(f"        {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
