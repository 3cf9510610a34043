"""What the seventh and eighth blind text harnesses (tests/generalisation_blind7.py, _blind8.py) share: how they compare
texts and name an artefact's place, their tallies ``(done, total)`` per class, place, tool and language summed into
shares, and the table they print."""
from __future__ import annotations

import argparse
import re
import time

NOT_ARTEFACTS = ("article", "comments found")     # tallies that are no artefact class


def norm(s: str) -> str:
    """A text as the harnesses compare it: spaces collapsed, case folded."""
    return re.sub(r"\s+", " ", s).strip().casefold()


def place(slot: int, n: int) -> str:
    """Where an artefact put before paragraph ``slot`` of ``n`` stands."""
    return "head" if slot <= 0 else "tail" if slot >= n else "middle"


def place_blocks(rng, d: dict, n: int, makers, count: tuple[int, int], top_makers, top_share: float, tail_makers,
                 comments, twice_share: float) -> tuple[list[list[str]], list[str], list]:
    """A document's block artefacts placed at random among its ``n`` paragraphs: (slots, the blocks before paragraph
    ``i`` in ``slots[i]``; top, the blocks above the title; probes as (class, probe, place)). ``count`` artefacts are
    drawn from ``makers``; one of ``top_makers`` goes above the title at the share ``top_share``, one of
    ``tail_makers`` after the last paragraph at 0.6; the ``comments`` maker never before the third paragraph, and never
    printed twice, which any other is at ``twice_share``."""
    slots: list[list[str]] = [[] for _ in range(n + 1)]
    top: list[str] = []
    probes: list = []
    for maker in rng.sample(makers, rng.randrange(*count)):
        text, pr = maker(rng, d)
        if maker in top_makers and rng.random() < top_share:
            top.append(text)
            probes += [(c, p, "head") for c, p in pr]
            continue
        first = 2 if maker is comments else 0
        slot = n if maker in tail_makers and rng.random() < 0.6 else rng.randrange(first, n + 1)
        slots[slot].append(text)
        if rng.random() < twice_share and maker is not comments:
            slots[rng.randrange(first, n + 1)].append(text)
        probes += [(c, p, place(slot, n)) for c, p in pr]
    return slots, top, probes


def summary(res: dict) -> dict:
    """Shares of a run's tallies: article kept, artefacts removed, each class, place, tool and language."""
    c = res["classes"]
    art = c.get("article", (0, 1))
    arts = [v for k, v in c.items() if k not in NOT_ARTEFACTS]
    out = {"article": art[0] / max(art[1], 1),
           "removed": sum(v[0] for v in arts) / max(sum(v[1] for v in arts), 1)}
    for group in ("classes", "places", "tools"):
        for k, v in res[group].items():
            if k != "article":
                out[k] = v[0] / max(v[1], 1)
    for code, v in res["languages"].items():
        out["lang_" + code] = v["removed"][0] / max(v["removed"][1], 1)
        out["kept_" + code] = v["article"][0] / max(v["article"][1], 1)
    return out


def _pct(v) -> str:
    return f"{100 * v[0] / max(v[1], 1):5.1f} % of {v[1]:4d}"


def main(name: str, doc: str, run, no_file: frozenset[str], argv: list[str] | None = None) -> int:
    """The command line of a harness ``name`` whose ``run(n, seed, examples=...)`` gives the tallies."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many failure examples per class")
    a = ap.parse_args(argv)
    t0 = time.time()
    ex: dict = {}
    res = run(a.n, a.seed, examples=ex if a.show else None)
    s = summary(res)
    print(f"{name}: {a.n} documents, seed {a.seed}, {time.time() - t0:.1f} s")
    print(f"  article paragraphs kept: {100 * s['article']:.1f} %   artefacts removed: {100 * s['removed']:.1f} %")
    for group in ("classes", "places", "tools"):
        print(f" per {group[:-1] if group != 'classes' else 'class'}:")
        for k, v in sorted(res[group].items()):
            if k != "article":
                print(f"  {k:20s} {_pct(v)}")
    for code, v in sorted(res["languages"].items()):
        flag = " (no file)" if code in no_file else ""
        print(f"  lang {code}{flag}: removed {_pct(v['removed'])}, article kept {_pct(v['article'])}")
    for cls, cnt in sorted(ex.items()):
        print(f" {'cut' if cls == 'article' else 'kept'} {cls}: {sum(cnt.values())}")
        for line, k in cnt.most_common(a.show):
            print(f"    {k:3d}x {line}")
    return 0
