"""A second blind harness: text dumps in 11 languages with the seeds' artefact classes.

Written from the seeds and their gold only (not from the cleaners or the other harnesses):
article paragraphs in de, fr, es, pt, it, ru, pl, tr (languages with a word file) and hr,
lt, sw (without one, when written), composed with PHP var_dumps, related-story JSON,
donation widgets, comment sections, repeated titles and captions, date/byline/credit
lines, calls to action, legal notices and markdown or HTML debris, in plain, markdown and
HTML-ish dumps, in random orders and positions. Look-alikes (article sentences shaped like
an artefact) must be kept.

    python -m tests.generalisation_blind2 N --seed S [--lang de] [--show CLASS]

Prints per class: artefacts removed %, article kept %, look-alikes kept %, comments found
%, title/date/author read into metadata %.
"""
from __future__ import annotations

import argparse
import random
import re
from collections import defaultdict

from cleaners.pipeline import Pipeline
from tests import generalisation_blind2_shapes as S
from tests.generalisation_blind2_text_a import DE, ES, FR, PT
from tests.generalisation_blind2_text_b import IT, PL, RU, TR
from tests.generalisation_blind2_text_c import HR, LT, SW

LANGS = {"de": DE, "fr": FR, "es": ES, "pt": PT, "it": IT, "ru": RU, "pl": PL, "tr": TR,
         "hr": HR, "lt": LT, "sw": SW}
TAIL = ["vardump", "related", "donation", "cta", "legal", "comments"]
_WS = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def comments(L, rng, ctx):
    """A comment section: a head, then 2-4 comments in one of four shapes."""
    n = rng.randint(2, 4)
    people = rng.sample(L["commenters"], n)
    texts = rng.sample(L["comments"], n)
    ctx["comments"] = list(zip(people, texts))
    shape = rng.randrange(4)
    head = rng.choice([f"{L['comments_head']} ({n})", f"{n} {L['comments_head']}", L["comments_head"],
                       f"## {L['comments_head']}", L["write"]])
    y = ctx["year"]
    blocks = [head]
    for k, (who, text) in enumerate(zip(people, texts)):
        stamp = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{y} {rng.randint(0, 23):02d}:{rng.randint(10, 59)}"
        if shape == 0:      # bullets, nesting by indentation (as a threaded widget prints)
            ind = "  " * (1 + (k % 2))
            blocks.append(f"{ind}• {who}\n\n{ind}  {text}")
        elif shape == 1:    # 'Name wrote on <date>:' then the text, then a reply button
            blocks.append(f"{who} {L['wrote']} {stamp}:\n{text}\n{L['reply']}")
        elif shape == 2:    # 'Name | date' header line
            blocks.append(f"{who} | {stamp}\n\n{text}")
        else:               # markdown: bold name, date, text
            blocks.append(f"**{who}** · {stamp}\n\n{text}\n\n[{L['reply']}](#)")
    probes = [t[:30] for t in texts] + [L["reply"] + "\n"]
    return [("\n\n".join(blocks), probes)]


def _article(L, rng, ctx, style):
    """(text, kind) units of the article: paragraphs, subheadings, look-alikes."""
    paras = rng.sample(L["paras"], rng.randint(3, 6))
    units = [(p, "article") for p in paras]
    if rng.random() < 0.5:
        h = rng.choice(L["heads"])
        h_text = {"md": f"## {h}", "html": f"<h2>{h}</h2>"}.get(style, h)
        units.insert(rng.randint(1, len(units) - 1), (h_text, "article:" + h))
    for look in rng.sample(L["look"], rng.randint(1, 2)):
        pos = rng.randint(1, len(units))
        units.insert(pos, (look, "look"))
        if look in L["look"][2:3]:      # a heading 'Comments on the bill': an article paragraph follows
            units.insert(pos + 1, (rng.choice(L["paras"]), "article"))
    if style == "html":
        units = [(f"<p>{t}</p>" if k == "article" else t, k) for t, k in units]
    elif style == "md" and rng.random() < 0.5:
        t, k = units[0]
        if k == "article":
            units[0] = (t.replace(" ", " **", 1).replace(" ", "** ", 2).replace("** ", " ", 1), k)
    return units


def document(rng: random.Random, lang: str):
    L = LANGS[lang]
    style = rng.choice(["plain", "plain", "md", "html"])
    ctx = {"lang": lang, "style": style, "day": rng.randint(1, 28), "month": rng.randint(1, 12),
           "year": rng.randint(2016, 2025), "author": rng.choice(L["authors"])}
    ctx["others"] = [a for a in L["authors"] if a != ctx["author"]]
    title = L["titles"][0]
    units = []                      # (text, kind, probes)
    if rng.random() < 0.2:          # a section box header above the title
        box = f"{L['related_head']} | {L['place']}"
        units.append((box, "titles", [box]))
    units.append(({"md": f"# {title}", "html": f"<h1>{title}</h1>"}.get(style, title), "title", []))
    if rng.random() < 0.5:
        units.append((title, "titles", []))
    for text, probes in S.dateline(L, rng, ctx):
        units.append((text, "dateline", probes))
    art = _article(L, rng, ctx, style)
    mid = []
    if rng.random() < 0.6:
        mid.append(("captions", S.captions(L, rng, ctx)))
    if rng.random() < 0.4:
        mid.append(("dateline", S.credit(L, rng, ctx)))
    if rng.random() < 0.3:
        mid.append(("titles", [(title, [])]))
    if rng.random() < 0.3:
        mid.append(("cta", S.cta(L, rng, ctx)))
    if rng.random() < 0.25:
        mid.append(("vardump", S.vardump(L, rng, ctx)))
    for cls, arts in mid:
        pos = rng.randint(1, len(art))
        art[pos:pos] = [(t, cls, p) for t, p in arts]
    units += [(t, k, []) if len(u) == 2 else u for u in art for t, k, *_ in [u]]
    units = [(u[0], u[1], u[2] if len(u) > 2 else []) for u in units]
    tail = [c for c in TAIL if rng.random() < 0.55 and not (c == "vardump" and "related" in ctx)]
    rng.shuffle(tail)
    if "comments" in tail:          # a comment section closes the page
        tail.remove("comments")
        tail.append("comments")
    head_extra = []
    if "donation" in tail and rng.random() < 0.3:
        tail.remove("donation")
        head_extra = S.donation(L, rng, ctx)
    for cls in tail:
        fn = comments if cls == "comments" else getattr(S, cls)
        for text, probes in fn(L, rng, ctx):
            units.append((text, cls, probes))
    if style == "md" and rng.random() < 0.7:
        units.insert(len(units) - rng.randint(0, 2), ("---", "markdown", ["---"]))
    units = [(t, "donation", p) for t, p in head_extra] + units
    text = "\n\n".join(t for t, _, _ in units) + "\n"
    return text, units, ctx, title


def _article_probe(text: str, kind: str) -> str:
    if kind.startswith("article:"):
        return kind.split(":", 1)[1]
    return re.sub(r"</?\w+>|\*\*", "", text)


def _left(probe: str, body: str, paras: list[str]) -> bool:
    """``probe`` is left in the body: anywhere for a long probe; a short one (a button, a label) only in a
    paragraph not much longer than itself (a look-alike quoting "Jetzt spenden" in a sentence is no leftover)."""
    probe = _norm(probe)
    if len(probe) >= 40:
        return probe in body
    return any(probe in p and len(p) <= 2 * len(probe) + 12 for p in paras)


def score(rec: dict, units, ctx, title, tally, fails):
    body = _norm(rec["body"])
    paras = [_norm(p) for p in rec["body"].split("\n")]
    meta = rec["metadata"]
    for text, kind, probes in units:
        if kind in ("title",):
            continue
        if kind.startswith("article") or kind == "look":
            key = "look" if kind == "look" else "article"
            ok = _norm(_article_probe(text, kind)) in body
            tally[key][0] += ok
            tally[key][1] += 1
            if not ok:
                fails[key].append(text[:160])
            continue
        probes = probes or [text]
        if kind == "titles":
            probes = probes if probes else []
            ok = _norm(title) not in paras and all(not _left(p, body, paras) for p in probes)
        else:
            ok = all(not _left(p, body, paras) for p in probes if len(p.strip()) > 1)
        tally[kind][0] += ok
        tally[kind][1] += 1
        if not ok:
            fails[kind].append(text[:160].replace("\n", " / "))
        if kind in ("markdown",):
            continue
    md_ok = not re.search(r"\]\(|\*\*|^#+ |<(p|h[12]|/p)>", rec["body"], re.M)
    tally["markup-in-body"][0] += md_ok
    tally["markup-in-body"][1] += 1
    if not md_ok:
        fails["markup-in-body"].append(re.search(r".{0,60}(\]\(|\*\*|^#+ |<(p|h[12]|/p)>).{0,40}", rec["body"], re.M | re.S).group(0))
    for who, text in ctx.get("comments", []):
        hit = [c for c in rec["comments"] if _norm(text[:30]) in _norm(c["text"])]
        tally["comments-found"][0] += bool(hit)
        tally["comments-found"][1] += 1
        tally["comment-authors"][0] += bool(hit) and (hit[0].get("author") or "") == who
        tally["comment-authors"][1] += 1
        if not hit:
            fails["comments-found"].append(f"{who}: {text[:60]}")
    got = {_norm(r.get("title") or "") for r in meta.get("related") or []}
    for t in ctx.get("related", []):
        tally["related-meta"][0] += _norm(t) in got
        tally["related-meta"][1] += 1
    for key, want, have in (("meta-title", title, meta.get("title")),
                            ("meta-date", f"{ctx['year']}-{ctx['month']:02d}-{ctx['day']:02d}", meta.get("date")),
                            ("meta-author", ctx["author"], meta.get("author"))):
        ok = bool(have) and _norm(want) in _norm(str(have)) and (key != "meta-title" or _norm(have) == _norm(want))
        tally[key][0] += ok
        tally[key][1] += 1
        if not ok:
            fails[key].append(f"want {want!r} got {have!r}")


def run(n: int, seed: int, langs=None, pipeline=None):
    rng = random.Random(seed)
    pipe = pipeline or Pipeline()
    tally, fails = defaultdict(lambda: [0, 0]), defaultdict(list)
    codes = langs or list(LANGS)
    per_lang = defaultdict(lambda: [0, 0])
    for i in range(n):
        lang = codes[i % len(codes)]
        text, units, ctx, title = document(rng, lang)
        rec = pipe.record(pipe.document(f"blind2/{i}.txt", text.encode(), "text"))
        before = {k: v[0] for k, v in tally.items()}
        score(rec, units, ctx, title, tally, fails)
        for k, v in tally.items():
            if k in TAIL + ["captions", "dateline", "titles", "markdown"]:
                per_lang[lang][0] += v[0] - before.get(k, 0)
        per_lang[lang][1] += sum(1 for u in units if u[1] in TAIL + ["captions", "dateline", "titles", "markdown"])
    return tally, fails, per_lang


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--lang", action="append")
    ap.add_argument("--show", action="append", default=[])
    a = ap.parse_args(argv)
    tally, fails, per_lang = run(a.n, a.seed, a.lang)
    arts = [k for k in ["vardump", "related", "donation", "comments", "captions", "titles",
                        "dateline", "cta", "legal", "markdown"] if k in tally]
    tot = [sum(tally[k][0] for k in arts), sum(tally[k][1] for k in arts)]
    print(f"artefacts removed: {100 * tot[0] / max(tot[1], 1):.1f} % of {tot[1]}")
    for k in arts + ["markup-in-body", "article", "look", "comments-found", "comment-authors",
                     "related-meta", "meta-title", "meta-date", "meta-author"]:
        ok, all_ = tally[k]
        print(f"  {k:16s} {100 * ok / max(all_, 1):5.1f} %  ({ok}/{all_})")
    print("per language (artefacts removed):", ", ".join(
        f"{c} {100 * v[0] / max(v[1], 1):.0f}" for c, v in per_lang.items()))
    for k in a.show:
        for f in fails[k][:25]:
            print(f"  [{k}] {f}")


if __name__ == "__main__":
    main()
