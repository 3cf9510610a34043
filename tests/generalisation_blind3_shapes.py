"""Artefact shapes of the third blind harness (tests.generalisation_blind3).

Written from the seeds and their gold only, in shapes of its own: every function takes a
`random.Random`, the language's words (generalisation_blind3_words_*) and what the document
already holds, and returns the artefact's text (one or more lines).
"""
from __future__ import annotations

import json
import random

AGENCIES = ["NORDPRESS", "Meridian News", "APN", "Balkan Wire", "AgenciaSur", "Reuters", "ANA-MPA"]
PEOPLE = ["Jonas Berg", "Ana Ruiz", "K. Lindqvist", "Mira Novak", "Tomas Hale", "Leyla Aras"]
HANDLES = ["Karl_M", "citizen42", "Olga P.", "marina.k", "Deniz", "J. Ortega", "nordlicht", "Hannes77", "anon1984",
           "Ρένα", "Сергей К.", "أبو سامي", "राहुल", "สมชาย"]
CURRENCIES = [("$", "pre"), ("€", "post"), ("£", "pre"), ("₽", "post"), ("₹", "pre"), ("kr", "post"), ("TL", "post")]
SITE = ["Coastline Herald", "Dnevnik Sever", "Le Courrier du Port", "El Faro Digital", "The Valley Post"]


def _amount(rng: random.Random, value: int, cur: tuple[str, str]) -> str:
    num = f"{value:,}" if rng.random() < 0.5 else f"{value:,}".replace(",", rng.choice([".", " ", "\u202f"]))
    return f"{cur[0]}{rng.choice(['', ' '])}{num}" if cur[1] == "pre" else f"{num}{rng.choice(['', ' '])}{cur[0]}"


def donation(rng: random.Random, w: dict) -> str:
    cur = rng.choice(CURRENCIES)
    shape = rng.randrange(4)
    if shape == 0:   # a ladder of amounts, one a line, as in the seed but other currencies and steps
        steps = sorted(rng.sample([5, 10, 20, 25, 50, 100, 250, 500, 1000, 2500], rng.randint(3, 5)))
        return "\n".join(_amount(rng, s, cur) for s in steps)
    if shape == 1:   # progress of a fund-raiser, then the prompt
        goal = rng.choice([5000, 12000, 40000])
        got = rng.randrange(goal // 10, goal)
        return f"{_amount(rng, got, cur)} / {_amount(rng, goal, cur)}\n{100 * got // goal}%\n{rng.choice(w['donate'])}"
    if shape == 2:   # prompt then amounts on one line, buttons
        amounts = " | ".join(_amount(rng, s, cur) for s in (10, 25, 50))
        return f"{rng.choice(w['donate'])}\n{amounts}\nPayPal · IBAN: DE{rng.randrange(10**19, 10**20)}"
    return f"**{rng.choice(w['donate'])}**\n[{rng.choice(w['donate'])}](https://example.org/donate)"


def _related_items(rng: random.Random, titles: list[str]) -> list[dict]:
    items = []
    for n, title in enumerate(titles):
        nid = rng.randrange(100000, 9999999)
        keys = rng.choice([("nid", "headline", "thumb", "created"), ("id", "name", "image", "ts"),
                           ("post_id", "post_title", "featured_img", "date")])
        items.append({keys[0]: str(nid), keys[1]: title, keys[2]: f"/media/{2019 + n}/{nid}_w640.jpg",
                      keys[3]: f"20{rng.randrange(15, 24)}-0{rng.randrange(1, 9)}-1{rng.randrange(0, 9)}"})
    return items


def vardump(rng: random.Random, titles: list[str]) -> str:
    items = _related_items(rng, titles)
    raw = json.dumps(items, ensure_ascii=rng.random() < 0.4)
    shape = rng.randrange(5)
    if shape == 0:   # string(N) "..." with the escaped slashes PHP's json_encode prints
        raw = raw.replace("/", "\\/")
        return f'string({len(raw.encode())}) "{raw}"'
    if shape == 1:   # a dump cut by the page (no closing quote)
        cut = raw[: max(60, int(len(raw) * rng.uniform(0.45, 0.8)))]
        return f'string({len(raw.encode()) + 400}) "{cut}'
    if shape == 2:   # var_dump of an array, one key a line
        out = [f"array({len(items)}) {{"]
        for n, item in enumerate(items):
            out += [f"  [{n}]=>", f"  array({len(item)}) {{"]
            for k, v in item.items():
                out += [f'    ["{k}"]=>', f'    string({len(v.encode())}) "{v}"']
            out.append("  }")
        return "\n".join(out + ["}"])
    if shape == 3:   # wrapped in <pre>, elements spaced as in the seed
        return "<pre>string({}) \"{}\"</pre>".format(len(raw.encode()), raw.replace("},{", "} ,{"))
    body = ",".join(json.dumps(i, ensure_ascii=False) for i in items)   # an object dump, several lines
    return 'object(stdClass)#12 (1) {\n  ["items"]=>\n  string(%d) "[%s]"\n}' % (len(body) + 2, body)


def related(rng: random.Random, w: dict, titles: list[str]) -> str:
    shape = rng.randrange(4)
    if shape == 0:   # bare JSON, other keys
        return json.dumps([{"headline": t, "link": f"https://example.org/n/{rng.randrange(10**5)}"} for t in titles],
                          ensure_ascii=False)
    if shape == 1:   # pretty-printed object
        return json.dumps({"status": "ok", "related": [{"title": t, "views": rng.randrange(900)} for t in titles]},
                          ensure_ascii=False, indent=2)
    if shape == 2:   # a header, then the titles as a list of links
        return "\n".join([w["related"] + ":"] + [f"- [{t}](https://example.org/{n})" for n, t in enumerate(titles)])
    return "\n".join([w["related"].upper()] + [f"» {t}" for t in titles])


def titles(rng: random.Random, title: str, site: str) -> str:
    return rng.choice([title, title, f"{title} | {site}", title.upper(), f"{title} - {site}"])


def captions(rng: random.Random, w: dict) -> str:
    cap = w["caption"]
    shape = rng.randrange(4)
    if shape == 0:
        return cap + cap                                  # caption printed twice, glued
    if shape == 1:
        return f"{cap}\n{cap}"
    if shape == 2:
        return f"{cap} ({w['photo']}: {rng.choice(PEOPLE)}/{rng.choice(AGENCIES)})\n{w['enlarge']}"
    return f"![{cap}](/img/{rng.randrange(999)}.jpg)\n*{cap}*"


def dateline(rng: random.Random, w: dict, date: tuple[int, int, int], site: str) -> str:
    y, m, d = date
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    wday = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(d + m) % 7]
    hms = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    shape = rng.randrange(8)
    if shape == 0:
        return f"{wday} {months[m - 1][:3]} {d}, {y} {hms}:{rng.randrange(60):02d}"
    if shape == 1:
        return f"{d:02d}.{m:02d}.{y} | {hms}"
    if shape == 2:
        return f"{rng.choice(AGENCIES)} – {rng.choice(['Skopje', 'Reykjavík', 'Bilbao', 'Thessaloniki', 'Tromsø'])}"
    if shape == 3:
        return f"{w['by']} [{rng.choice(AGENCIES)}](#)"
    if shape == 4:
        return f"{site}, {months[m - 1]} {d}, {y}"
    if shape == 5:
        return f"{rng.choice(PEOPLE)}/{rng.choice(AGENCIES).upper()}"
    if shape == 6:
        return f"{w['source']}: {rng.choice(AGENCIES)}\n{y}-{m:02d}-{d:02d}T{hms}:00+02:00"
    return f"{w['by'].upper()} {rng.choice(PEOPLE).upper()} · {d}/{m}/{y}"


def cta(rng: random.Random, w: dict) -> str:
    text = rng.choice(w["cta"])
    shape = rng.randrange(5)
    if shape == 0:
        return text
    if shape == 1:
        return f"👉 {text} 👈"
    if shape == 2:
        return f"[{text}](https://t.me/example)"
    if shape == 3:
        return f"{text.upper()} →"
    return f">>> {text}\n{rng.choice(w['cta'])}"


def legal(rng: random.Random, w: dict, site: str) -> str:
    shape = rng.randrange(4)
    if shape == 0:
        return rng.choice(w["legal"])
    if shape == 1:
        return f"© {rng.randrange(2015, 2024)}–2024 {site}. {w['legal'][1]}"
    if shape == 2:
        return f"**{w['source']}:** {rng.choice(AGENCIES)}\n{w['legal'][2]}\n{w['legal'][0]}"
    return f"{w['legal'][0]} {w['legal'][1]}\nE-mail: [press@example.org](mailto:press@example.org)"


def comment_section(rng: random.Random, w: dict) -> tuple[str, list[str]]:
    """The section's text and the comment texts it holds."""
    texts = rng.sample(w["comments"], rng.randint(2, 5))
    shape = rng.randrange(3)
    head = [rng.choice(w["chead"][:2]), w["chead"][2]][rng.randrange(2)]
    out = [head, ""]
    for n, text in enumerate(texts):
        who = rng.choice(HANDLES)
        if shape == 0:      # bullets, replies indented, as in the seed but other bullets
            depth = 0 if n == 0 else rng.randrange(2)
            pad = "  " * (depth + 1)
            out += [f"{pad}{rng.choice('•◦*-')} {who}", "", f"{pad}  {text}", ""]
        elif shape == 1:    # author · age, text, reply link
            out += [f"{who} · {w['ago'].format(n=rng.randrange(1, 9))}", text, w["reply"], ""]
        else:               # author line with date, text
            out += [f"{who}", f"{rng.randrange(1, 28):02d}.0{rng.randrange(1, 9)}.2024 {rng.randrange(10, 23)}:{rng.randrange(10, 59)}",
                    text, ""]
    return "\n".join(out).rstrip(), texts
