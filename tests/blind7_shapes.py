"""Block artefact makers of the seventh blind harness (tests/generalisation_blind7.py).

Written from the seeds, their gold and the README only, before reading the rules of cleaners/, and after the
older blind harnesses' shape modules only to avoid their shapes. Each maker takes the random source and a
language's data (tests/blind7_langs_*.py) and returns (text, probes): the artefact as a dump tool prints it and
the pieces of it that must leave the body, each as (class, probe). New shapes: var_export / serialize() /
Python repr dumps, raw JSON-LD, RSS <item> XML and script assignments for related stories, donation thermometers
and bracketed amount buttons, comment threads as social-media cards, Disqus exports, Facebook plugins and chat
exports, 'Image:' alt lines, ALL-CAPS and 'title | site' repeats, 'Listen to this article' players, bracketed
calls to action, ad slugs, cookie banners, AI key-point boxes and poll results.
"""
from __future__ import annotations

import json
import random

SITES = ("Valley Post", "Dalbote", "El Valle", "Gazzetta della Valle", "Dolina24", "ValleyNews")


def _slug(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8))


def _items(rng: random.Random, d: dict, k: int = 3) -> list[dict]:
    out = []
    for h in rng.sample(d["related"], k=min(k, len(d["related"]))):
        out.append({"id": rng.randrange(100000, 999999), "title": h,
                    "url": f"https://news.example.org/{rng.randrange(2019, 2026)}/{_slug(rng)}.html"})
    return out


def _money(rng: random.Random, d: dict, n: int) -> str:
    return d["cur"].format(n=f"{n:,}".replace(",", rng.choice((",", ".", " ", "\u00a0"))))


def var_dump(rng: random.Random, d: dict) -> tuple[str, list]:
    """A related-stories array as var_export(), serialize(), a Python repr or var_dump with HTML-escaped quotes."""
    items = _items(rng, d)
    shape = rng.choice(("var_export", "serialize", "repr", "escaped"))
    if shape == "var_export":
        rows = ["array ("]
        for i, it in enumerate(items):
            rows += [f"  {i} => ", "  array (", f"    'id' => '{it['id']}',", f"    'title' => '{it['title']}',",
                     f"    'url' => '{it['url']}',", "  ),"]
        text, head = "\n".join(rows + [")"]), "array (\n  0 => \n  array ("
    elif shape == "serialize":
        parts = "".join(f'i:{i};a:2:{{s:2:"id";i:{it["id"]};s:5:"title";s:{len(it["title"].encode())}:"{it["title"]}";}}'
                        for i, it in enumerate(items))
        text = f"a:{len(items)}:{{{parts}}}"
        head = text[:24]
    elif shape == "repr":
        text = repr([{"id": it["id"], "title": it["title"], "pic": f"/img/{_slug(rng)}_4x3.jpg"} for it in items])
        head = text[:20]
    else:
        payload = json.dumps(items, ensure_ascii=False).replace('"', "&quot;")
        text = f'string({len(payload.encode())}) "{payload}"'
        head = text[:30]
    return text, [("var_dump", head)] + [("var_dump", it["title"]) for it in items[:2]]


def related_json(rng: random.Random, d: dict) -> tuple[str, list]:
    """Related stories as raw JSON-LD, as RSS <item> XML, or as a script's assignment."""
    items = _items(rng, d)
    shape = rng.choice(("jsonld", "rss", "script"))
    if shape == "jsonld":
        obj = {"@context": "https://schema.org", "@type": "ItemList",
               "itemListElement": [{"@type": "ListItem", "position": i + 1, "name": it["title"], "url": it["url"]}
                                   for i, it in enumerate(items)]}
        text = json.dumps(obj, ensure_ascii=False, indent=rng.choice((None, 2)))
        head = '"@context": "https://schema.org"'
    elif shape == "rss":
        text = "\n".join(f"<item><title>{it['title']}</title><link>{it['url']}</link>"
                         f"<guid isPermaLink=\"false\">{it['id']}</guid></item>" for it in items)
        head = "<item><title>"
    else:
        payload = json.dumps(items, ensure_ascii=False)
        text = f"window.__RELATED__ = {payload};"
        head = payload[:20]                     # not the name: a markdown pass may eat its underscores and leave the rest
    return text, [("related_json", head)] + [("related_json", it["title"]) for it in items]


def donation(rng: random.Random, d: dict) -> tuple[str, list]:
    """A donation thermometer, a goal line, or amounts as bracketed buttons; the appeal before it."""
    goal = rng.choice((20000, 50000, 75000))
    got = goal * rng.randrange(20, 95) // 100
    shape = rng.choice(("bar", "line", "buttons"))
    raised = d["raised"].format(a=_money(rng, d, got), b=_money(rng, d, goal))
    if shape == "bar":
        full = round(10 * got / goal)
        lines = [d["appeal"], f"{'█' * full}{'░' * (10 - full)} {100 * got // goal} %", raised, f"[ {d['donate']} ]"]
        probes = [("donation", raised), ("donation", d["appeal"]), ("donation", "█░")]
    elif shape == "line":
        lines = [f"{d['appeal']} {raised} · {d['donate']} →"]
        probes = [("donation", raised), ("donation", d["appeal"])]
    else:
        row = "  ".join(f"[ {_money(rng, d, n)} ]" for n in (5, 10, 25, 50))
        lines = [d["appeal"], row, f"[ {d['donate']} ]"]
        probes = [("donation", row), ("donation", d["appeal"])]
    return "\n".join(lines), probes


def _handle(name: str, rng: random.Random) -> str:
    base = "".join(c for c in name.lower() if c.isascii() and c.isalnum())
    return "@" + (base or "user") + str(rng.randrange(10, 99))


def comments(rng: random.Random, d: dict) -> tuple[str, list]:
    """A comment thread as social cards, a Disqus export, a Facebook plugin or a chat export."""
    names, texts = d["names"], d["comments"]
    shape = rng.choice(("social", "disqus", "facebook", "chat"))
    out: list[str] = []
    probes = [("comments", t) for t in texts]
    if shape == "social":
        for i, (n, t) in enumerate(zip(names, texts)):
            out += [f"{n} ({_handle(n, rng)}) · {d['ago'].format(n=i + 2)}", t,
                    f"{d['reply']} · {d['likes'].format(n=rng.randrange(2, 90))}"]
            if i == 0:
                more = d["more"].format(n=rng.randrange(3, 20))
                out.append("    " + more)
                probes.append(("comments", more))
    elif shape == "disqus":
        for i, (n, t) in enumerate(zip(names, texts)):
            out += ["Avatar", n, f"• {d['years'].format(n=rng.randrange(2, 6))}", t, f"{rng.randrange(0, 9)} •",
                    f"{d['reply']} •", "Share ›"]
        probes += [("comments", f"{names[0]}\n• "), ("comments", "Share ›")]
    elif shape == "facebook":
        for i, (n, t) in enumerate(zip(names, texts)):
            pad = "    " if i else ""
            out += [f"{pad}{n}", f"{pad}{t}", f"{pad}Like · {d['reply']} · {d['ago'].format(n=i + 1)}"]
        probes.append(("comments", f"Like · {d['reply']}"))
    else:
        for i, (n, t) in enumerate(zip(names, texts)):
            out.append(f"[{rng.randrange(1, 28):02d}/03/2025, {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}] {n}: {t}")
        probes.append(("comments", f"] {names[0]}:"))
    return "\n".join(out), probes


def caption(rng: random.Random, d: dict) -> tuple[str, list]:
    """An image's alt text or caption on a line of its own: 'Image: ...', '[Image: ...]', or caption + credit."""
    cap = d["caption"]
    shape = rng.choice(("label", "bracket", "credit", "file"))
    credit = f"{d['photo']}: {rng.choice(d['names'])} / {d['agency']}"
    if shape == "label":
        return f"{d['image']}: {cap}", [("caption", cap)]
    if shape == "bracket":
        return f"[{d['image']}: {cap}]", [("caption", cap)]
    if shape == "credit":
        return f"{cap}\n{credit}", [("caption", cap), ("credit", credit)]
    return f"[{_slug(rng)}_{rng.randrange(600, 1400)}x{rng.randrange(400, 900)}.jpg]\n{cap}", [("caption", cap)]


def title(rng: random.Random, d: dict) -> tuple[str, list]:
    """The title printed again: in capitals (a lynx or e-mail header) or with the site's name after a bar."""
    if rng.random() < 0.5 and d is not None:
        t = d["title"].upper()
        return t, [("title", t)]
    t = f"{d['title']} | {rng.choice(SITES)}"
    return t, [("title", t)]


def reading(rng: random.Random, d: dict) -> tuple[str, list]:
    """An audio player's line: 'Listen to this article · 5:32 min' or a play button."""
    t = f"{rng.randrange(2, 9)}:{rng.randrange(60):02d}"
    text = rng.choice((f"{d['listen']} · {t} min", f"▶ {d['listen']} ({t})", f"🎧 {d['listen']}\n{t}"))
    return text, [("reading", text)]


def updated(rng: random.Random, d: dict) -> tuple[str, list]:
    """A byline and update line, or the update line alone."""
    up = d["updated"].format(n=rng.randrange(2, 9))
    if rng.random() < 0.5:
        return up, [("dateline", up)]
    by = f"{d['by']} {d['names'][1]} | {d['agency']} | {up}"
    return by, [("credit", by)]


def cta(rng: random.Random, d: dict) -> tuple[str, list]:
    """A call to action: a bracketed button, an ad slug, a 'continue reading' line, a newsletter box."""
    shape = rng.choice(("bracket", "advert", "continue", "newsletter", "readmore"))
    if shape == "bracket":
        text = f"[{d['newsletter']}]"
    elif shape == "advert":
        text = rng.choice((d["advert"], d["advert"].upper(), f"- {d['advert']} -"))
    elif shape == "continue":
        text = d["cont"]
    elif shape == "newsletter":
        text = f"📩 {d['newsletter']}\nE-mail: ____________ [OK]"
        return text, [("cta", d["newsletter"]), ("cta", "____________ [OK]")]
    else:
        text = f"{d['read_more']}: {rng.choice(d['related'])}"
    return text, [("cta", text)]


def legal(rng: random.Random, d: dict) -> tuple[str, list]:
    """A copyright footer or a cookie banner with its buttons."""
    text = d["legal"] if rng.random() < 0.5 else d["cookie"]
    return text, [("legal", text)]


def summary(rng: random.Random, d: dict) -> tuple[str, list]:
    """An AI key-points box: a label and bullets, or a label and one run-on line."""
    a, b = d["summary"]
    if rng.random() < 0.5:
        bullet = rng.choice(("•", "-", "✓"))
        text = f"{d['keypts']}:\n{bullet} {a}\n{bullet} {b}"
    else:
        text = f"✨ {d['keypts']} (AI): {a} {b}"
    return text, [("summary", a), ("summary", b)]


def poll(rng: random.Random, d: dict) -> tuple[str, list]:
    """A poll widget's results: on one line, or one answer a line with a count."""
    y = rng.randrange(30, 80)
    votes = d["votes"].format(n=rng.randrange(200, 5000))
    if rng.random() < 0.5:
        text = f"{d['vote']}: {d['poll']} {d['yes']} {y}% {d['no']} {100 - y}% ({votes})"
    else:
        text = f"{d['poll']}\n( ) {d['yes']} — {y}%\n( ) {d['no']} — {100 - y}%\n{votes} · {d['vote']}"
    return text, [("poll", d["poll"]), ("poll", f"{y}%")]


BLOCK_MAKERS = (var_dump, related_json, donation, comments, caption, title, reading, updated, cta, legal,
                summary, poll)
TAIL_MAKERS = (var_dump, related_json, comments, legal)
