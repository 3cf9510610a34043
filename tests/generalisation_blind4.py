"""Fourth blind generalisation harness: text dumps in 15 languages (7 with a file in
cleaners/lang, listed in WITH_FILE, the others without) carrying artefacts of the seeds'
classes in shapes of their own (see tests/blind4_artefacts.py), at the start, between
paragraphs, at the end, or glued into a paragraph; markdown debris decorates paragraphs.

Measured per artefact class, per place and per language: the share of artefact text
(probe characters) no longer in the body (removed, or moved to metadata / comments), and
the share of the article's own sentences still in the body.

    python -m tests.generalisation_blind4 [N] [--seed S] [--lang xx] [--show CLASS]
"""
import argparse
import random
import re
import sys
import unicodedata
from collections import defaultdict

from .blind4_artefacts import BLOCK, INLINE, PLACES
from .blind4_text_a import LANGS_A
from .blind4_text_b import LANGS_B

LANGS = {**LANGS_A, **LANGS_B}
WITH_FILE = ("en", "de", "fr", "es", "ru", "pl", "tr", "vi", "id", "ar")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u202f": " "})
_MARKUP = re.compile(r"\]\(https?://[^)\s]*\)|[*_\[\]]|^> ", re.M)
_SENT = re.compile(r"(?<=[.!?])\s+")


def norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", s).translate(_QUOTES).split())


def _markdown(paras: list[str], L: dict, rng) -> tuple[list[str], list[str]]:
    """Decorate paragraphs with markdown / HTML debris; the probes are the markup itself."""
    out, probes = list(paras), []
    i = rng.randrange(len(out))
    words = out[i].split(" ")
    a = rng.randrange(max(1, len(words) - 3))
    kind = rng.randrange(4)
    if kind == 0:
        words[a], words[a + 2] = "**" + words[a], words[a + 2] + "**"
        probes.append("**")
    elif kind == 1:
        url = f"https://news.example/t/{rng.randint(100, 999)}"
        words[a], words[a + 1] = "[" + words[a], words[a + 1] + f"]({url})"
        probes.append(f"]({url})")
    elif kind == 2:
        words[-1] = words[-1] + rng.choice(["<br />", "&nbsp;", "<br>"])
        probes.append(words[-1][-4:])
    else:
        words[0] = "> " + words[0]
        probes.append("> " + " ".join(words[:3])[2:])
    out[i] = " ".join(words)
    if rng.random() < 0.5:
        img = f"![{L['caption']}](https://cdn.news.example/{rng.randint(1000, 9999)}.jpg)"
        out.insert(rng.randrange(len(out) + 1), img)
        probes += [img, "!["]
    return out, probes


def compose(rng, lang: str | None = None) -> dict:
    lang = lang or rng.choice(sorted(LANGS))
    L = LANGS[lang]
    paras = list(L["paras"][: rng.choice([3, 4, 4])])
    article = [s for p in paras for s in _SENT.split(p)]
    blocks: list[str] = list(paras)
    arts = []          # (class, place, probes)
    classes = rng.sample(sorted(BLOCK), rng.randint(2, 4))
    head: list[str] = [L["title"]]
    tail: list[str] = []
    mids = []
    for cls in classes:
        place = rng.choice(PLACES[cls])
        if place == "glue":        # glued into one of the article's own paragraphs
            text, probes = INLINE[cls](lang, L, rng)
            j = len(blocks) - 1 if cls in ("legal", "var_dump", "print_r") else rng.randrange(len(blocks))
            if cls == "caption":
                blocks[j] = f"{text} {blocks[j]}"
            else:
                parts = _SENT.split(blocks[j])
                at_end = cls in ("legal", "var_dump", "print_r") or len(parts) < 2 or rng.random() < 0.6
                k = len(parts) if at_end else rng.randrange(1, len(parts))
                blocks[j] = " ".join(parts[:k] + [text] + parts[k:])
        else:
            text, probes = BLOCK[cls](lang, L, rng)
            if place == "start":
                head.insert(0 if rng.random() < 0.3 and cls != "title_repeat" else len(head), text)
            elif place == "end":
                tail.append(text)
            else:
                mids.append((rng.randrange(1, len(paras)), text))
        arts.append((cls, place, probes))
    for at, text in sorted(mids, reverse=True):
        blocks.insert(at, text)
    if rng.random() < 0.35:
        blocks, probes = _markdown(blocks, L, rng)
        arts.append(("markdown", "inline", probes))
    tail.sort(key=lambda t: t.startswith(("---", "* * *", "©")))      # legal last
    text = "\n\n".join(head + blocks + tail) + "\n"
    art_text = norm(" ".join(L["paras"]))
    arts = [(c, p, [x for x in pr if x.strip() and norm(x) not in art_text]) for c, p, pr in arts]
    return {"lang": lang, "text": text, "article": article, "artefacts": arts}


def measure(doc: dict, record: dict) -> dict:
    body = norm(record["body"])
    bare = norm(_MARKUP.sub("", record["body"]))
    kept = [(len(s), norm(_MARKUP.sub("", s)) in bare) for s in doc["article"]]
    res = []
    for cls, place, probes in doc["artefacts"]:
        tot = sum(len(p) for p in probes)
        gone = sum(len(p) for p in probes if norm(p) not in body)
        left = [p for p in probes if norm(p) in body]
        res.append((cls, place, tot, gone, left))
    return {"kept": (sum(n for n, k in kept if k), sum(n for n, _ in kept)),
            "lost": [s for s in doc["article"] if norm(_MARKUP.sub("", s)) not in bare], "arts": res}


def run(n: int, seed: int, lang: str | None = None, pipeline=None) -> dict:
    from cleaners import Pipeline
    pipe = pipeline or Pipeline()
    rng = random.Random(seed)
    by_cls, by_place, by_lang = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0, 0, 0])
    fails: dict[str, list] = defaultdict(list)
    lost = []
    for i in range(n):
        doc = compose(rng, lang)
        rec = pipe.record(pipe.document(f"blind4_{i}.txt", doc["text"].encode(), "text"))
        m = measure(doc, rec)
        kl = by_lang[doc["lang"]]
        kl[0] += m["kept"][0]
        kl[1] += m["kept"][1]
        if m["lost"]:
            lost.append((i, doc["lang"], m["lost"]))
        for cls, place, tot, gone, left in m["arts"]:
            for acc in (by_cls[cls], by_place[place]):
                acc[0] += gone
                acc[1] += tot
            kl[2] += gone
            kl[3] += tot
            if left:
                fails[cls].append((i, doc["lang"], place, left, doc["text"], rec["body"]))
    return {"cls": dict(by_cls), "place": dict(by_place), "lang": dict(by_lang), "fails": fails, "lost": lost}


def totals(res: dict) -> tuple[float, float]:
    g = sum(v[0] for v in res["cls"].values()) / max(1, sum(v[1] for v in res["cls"].values()))
    k = sum(v[0] for v in res["lang"].values()) / max(1, sum(v[1] for v in res["lang"].values()))
    return g, k


def report(res: dict, show: str | None = None, out=sys.stdout) -> None:
    pct = lambda a, b: f"{100 * a / b:6.1f}%" if b else "     -"   # noqa: E731
    print("artefact removed, per class:", file=out)
    for c, (g, t) in sorted(res["cls"].items()):
        print(f"  {c:14s} {pct(g, t)}  ({t} chars, {len(res['fails'].get(c, []))} docs with leftovers)", file=out)
    print("per place:", file=out)
    for c, (g, t) in sorted(res["place"].items()):
        print(f"  {c:14s} {pct(g, t)}", file=out)
    print("per language: artefact removed / article kept  (* = has a cleaners/lang file)", file=out)
    for c, (k, kt, g, t) in sorted(res["lang"].items()):
        print(f"  {c}{'*' if c in WITH_FILE else ' '} {pct(g, t)} / {pct(k, kt)}", file=out)
    g, k = totals(res)
    print(f"ALL artefact removed {100 * g:.1f}%  article kept {100 * k:.1f}%", file=out)
    for i, lang, sents in res["lost"][:8]:
        print(f"  LOST doc {i} [{lang}]: {sents[:2]}", file=out)
    if show:
        for i, lang, place, left, text, body in res["fails"].get(show, [])[:6]:
            print(f"--- doc {i} [{lang}] {place}: left {left[:4]}\n{text}\n=== body:\n{body}\n", file=out)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=200)
    ap.add_argument("--seed", type=int, default=4)
    ap.add_argument("--lang")
    ap.add_argument("--show")
    a = ap.parse_args(argv)
    report(run(a.n, a.seed, a.lang), a.show)


if __name__ == "__main__":
    main()
