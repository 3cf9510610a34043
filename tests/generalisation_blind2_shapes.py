"""Artefact shapes for tests.generalisation_blind2: each function takes the language data
(`tests.generalisation_blind2_text_*`), a `random.Random` and the document's context and
returns a list of (text, probes) units: `probes` are substrings that must NOT be left in
the body once cleaned. Shapes invented for the harness, not read from any cleaner.
"""
from __future__ import annotations

import json

CURRENCY = {"de": "€", "fr": "€", "es": "€", "pt": "€", "it": "€", "ru": "₽", "pl": "zł",
            "tr": "₺", "hr": "€", "lt": "€", "sw": "KSh"}


def _related_items(L, rng, n):
    titles = [t for t in L["titles"][1:]] + [h + " — " + L["place"] for h in L["heads"]]
    rng.shuffle(titles)
    return [{"id": str(rng.randint(100000, 999999)), "sort": str(rng.randint(1000, 9999)),
             "pic": f"/{rng.randint(2015, 2024)}/0{rng.randint(1, 9)}/img_{rng.randint(10**8, 10**9)}_4x3.jpg",
             "title": t} for t in titles[:n]]


def vardump(L, rng, ctx):
    items = _related_items(L, rng, rng.randint(2, 4))
    ctx["related"] = [i["title"] for i in items]
    shape = rng.randrange(3)
    if shape == 0:      # string(N) "[{...}]" as PHP prints a JSON string
        sep = rng.choice([" ,", ",", ", "])
        payload = "[" + sep.join(json.dumps(i, ensure_ascii=rng.random() < 0.3) for i in items) + "]"
        text = f'string({len(payload.encode())}) "{payload}"'
    elif shape == 1:    # var_dump of a PHP array of arrays
        rows = [f"array({len(items)}) {{"]
        for k, i in enumerate(items):
            rows += [f"  [{k}]=>", "  array(2) {", '    ["id"]=>',
                     f'    string({len(i["id"])}) "{i["id"]}"', '    ["title"]=>',
                     f'    string({len(i["title"].encode())}) "{i["title"]}"', "  }"]
        text = "\n".join(rows + ["}"])
    else:               # object(stdClass) with a json string inside
        payload = json.dumps(items, ensure_ascii=False)
        text = f'object(stdClass)#{rng.randint(1, 40)} (1) {{ ["items"]=> string({len(payload.encode())}) "{payload}" }}'
    return [(text, ["string(", "array(", '"id"', "=>"] + ctx["related"])]


def related(L, rng, ctx):
    items = _related_items(L, rng, rng.randint(2, 3))
    ctx.setdefault("related", []).extend(i["title"] for i in items)
    titles = [i["title"] for i in items]
    shape = rng.randrange(4)
    if shape == 0:
        text = json.dumps({"related": [{"title": t, "url": f"https://example.net/a/{k}"}
                                       for k, t in enumerate(titles)]}, ensure_ascii=False)
    elif shape == 1:
        text = json.dumps([{"title": t, "link": f"/news/{k + 7}.html"} for k, t in enumerate(titles)],
                          ensure_ascii=False, indent=2)
    elif shape == 2:
        head = rng.choice([L["related_head"] + ":", L["related_head"].upper(), "## " + L["related_head"]])
        marks = rng.choice(["- ", "* ", "• ", "→ "])
        lines = [marks + (f"[{t}](https://example.net/{k})" if rng.random() < 0.5 else t)
                 for k, t in enumerate(titles)]
        text = head + "\n" + "\n".join(lines)
    else:
        text = f"{L['related_head']}: {titles[0]}"
        titles = titles[:1]
        ctx["related"] = ctx["related"][:-len(items)] + titles
    return [(text, titles + ['"title"'])]


def donation(L, rng, ctx):
    cur = CURRENCY[ctx["lang"]]
    units = []
    if rng.random() < 0.6:
        amounts = sorted(rng.sample([0, 5, 10, 15, 20, 25, 50, 100, 250, 2350, 4700], rng.randint(3, 5)))
        before = rng.random() < 0.4
        lines = [(f"{cur} {a:,}" if before else f"{a:,} {cur}") for a in amounts]
        units.append(("\n".join(lines), lines))
    if rng.random() < 0.8:
        appeal = rng.choice(L["donate"])
        units.append((appeal, [appeal[:40]]))
    if rng.random() < 0.6:
        btn = rng.choice([L["donate_btn"], L["donate_btn"].upper(), f"» {L['donate_btn']}",
                          f"[{L['donate_btn']}](https://example.net/donate)"])
        units.append((btn, [L["donate_btn"]]))
    rng.shuffle(units)
    return units or [(L["donate"][0], [L["donate"][0][:40]])]


def cta(L, rng, ctx):
    out = []
    for line in rng.sample(L["cta"], rng.randint(1, 3)):
        shaped = rng.choice([line, line + "!", line + " »", "→ " + line, line.upper(),
                             f"[{line}](https://example.net/x)", f"**{line}**", line + ":"])
        out.append((shaped, [line[:30], line.upper()[:30]]))
    return out


def legal(L, rng, ctx):
    out = []
    for para in rng.sample(L["legal"], rng.randint(1, 2)):
        out.append((rng.choice([para, f"**{para}**", "*" + para + "*"]), [para[:40]]))
    if rng.random() < 0.5:
        y = ctx["year"]
        line = rng.choice([f"© {y} {L['agency']}. {L['copyright']}.", f"Copyright © {L['agency']}, {y}",
                           f"{L['copyright']} © {y}", f"(c) {L['agency']} {y} — {L['copyright'].lower()}"])
        out.append((line, [line]))
    return out


def dateline(L, rng, ctx):
    """Date, byline, place/agency and photo-credit lines (head of the article)."""
    d, m, y = ctx["day"], ctx["month"], ctx["year"]
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    long = L["date_long"].format(d=d, m=L["months"][m - 1], y=y)
    date = rng.choice([long, f"{long}, {hh:02d}:{mm:02d}", f"{d:02d}.{m:02d}.{y} {hh:02d}:{mm:02d}",
                       f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{long} | {hh:02d}:{mm:02d}:{rng.randint(10, 59)}"])
    author = ctx["author"]
    by = rng.choice([f"{L['by']} {author}", f"{L['by']} [{author}](#)" if ctx["style"] == "md" else f"{L['by']} {author}",
                     f"{author} | {date}", f"{L['by']} {author}, {L['agency']}"])
    units = []
    if "|" in by:
        units.append((by, [by]))
    else:
        units += [(date, [date]), (by, [by])]
        rng.shuffle(units)
    if rng.random() < 0.6:
        place = rng.choice([f"{L['agency']} - {L['place']}", f"{L['place']} ({L['agency']})",
                            f"{L['source']}: {L['agency']}", f"{L['place']} / {L['agency']}"])
        units.append((place, [place]))
    return units


def credit(L, rng, ctx):
    """A photo credit line on its own inside the article."""
    who = rng.choice(ctx["others"])
    line = rng.choice([f"{who}/{L['agency']}", f"{L['photo']}: {who}/{L['agency']}",
                       f"{L['photo']}: {L['agency']}", f"({L['photo']}: {who})", f"© {who} / {L['agency']}"])
    return [(line, [line])]


def captions(L, rng, ctx):
    cap = rng.choice(L["titles"][1:] + L["heads"])
    if ctx["lang"] in ("de",) and rng.random() < 0.3:
        cap = cap.upper()
    shape = rng.randrange(4)
    if shape == 0:       # self-concatenated caption (alt text glued to the caption)
        return [(cap + cap, [cap + cap])]
    if shape == 1:       # a prompt to open the picture
        p = rng.choice([L["prompt"], L["prompt"] + " »", f"[{L['prompt']}](#)", f"{L['prompt']} (+)"])
        return [(p, [L["prompt"]])]
    if shape == 2:       # caption with its credit on the same line
        who = rng.choice(ctx["others"])
        line = f"{cap} ({L['photo']}: {who}/{L['agency']})" if rng.random() < 0.5 else \
            f"{cap}. {L['photo']}: {L['agency']}"
        return [(line, [line])]
    # markdown image with alt text
    return [(f"![{cap}](https://example.net/img/{rng.randint(1, 999)}.jpg)", ["![", ".jpg"])]
