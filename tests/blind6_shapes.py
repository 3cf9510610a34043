"""Artefact makers of the sixth blind harness (tests/generalisation_blind6.py).

Written from the seeds, their gold and the README only, before reading the rules of cleaners/.
Each maker takes the random source and a language's data (tests/blind6_langs_*.py) and returns
(text, probes): the artefact as it is printed into the dump, and the pieces of it that must leave
the body, each as (class, probe). The shapes differ from the older harnesses on purpose: widgets
cut off mid-way, dumps inside markdown fences, comment sections with the name and the time on one
line, disclaimers in bold markdown, reading times fused with the date, share rows as pipes.
"""
from __future__ import annotations

import json
import random

CURRENCY = ("{n} €", "€{n}", "${n}", "{n} $", "£{n}", "{n} zł", "R$ {n}", "₹{n}", "{n} ₺", "Rp {n}.000", "{n} ₽",
            "₪{n}", "{n} ฿", "₩{n},000", "{n} TSh", "{n} ₫")


def _slug(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))


def _items(rng: random.Random, d: dict, k: int) -> list[dict]:
    heads = rng.sample(d["related"], k=min(k, len(d["related"])))
    out = []
    for h in heads:
        item = {"id": str(rng.randrange(100000, 999999)), "title": h}
        if rng.random() < 0.6:
            item["img"] = f"/media/{rng.randrange(2019, 2026)}/{rng.randrange(1, 13):02d}/{_slug(rng)}.jpg"
        if rng.random() < 0.5:
            item["url"] = f"/news/{_slug(rng)}-{item['id']}.html"
        out.append(item)
    return out


def var_dump(rng: random.Random, d: dict) -> tuple[str, list]:
    """A PHP dump of a list of related stories: string(N) "[json]", maybe cut off, maybe in a fence."""
    items = _items(rng, d, rng.choice((2, 3, 4)))
    escaped = rng.random() < 0.3                      # titles as \uXXXX escapes: only the dump's head is a probe
    payload = json.dumps(items, ensure_ascii=escaped, separators=(",", ":") if rng.random() < 0.5 else None)
    shape = rng.choice(("string", "string_cut", "fenced", "array", "object"))
    probes = [("var_dump", payload[:40])]
    if shape == "string":
        text = f'string({len(payload.encode())}) "{payload}"'
    elif shape == "string_cut":
        cut = payload[: max(60, len(payload) * 2 // 3)]
        text = f'string({len(payload.encode())}) "{cut}'
        probes = [("var_dump", cut[:40])]
    elif shape == "fenced":
        text = f'```\nstring({len(payload.encode())}) "{payload}"\n```'
    elif shape == "array":
        rows = " ".join(f'[{i}]=> array(2) {{ ["id"]=> string(6) "{it["id"]}" ["title"]=> string({len(it["title"].encode())}) '
                        f'"{it["title"]}" }}' for i, it in enumerate(items))
        text = f"array({len(items)}) {{ {rows} }}"
        probes = [("var_dump", f'array({len(items)}) {{ [0]=>')]
    else:
        text = (f'object(stdClass)#{rng.randrange(2, 60)} (2) {{ ["related"]=> string({len(payload.encode())}) '
                f'"{payload}" ["count"]=> int({len(items)}) }}')
        probes = [("var_dump", text[:30])]
    if not escaped:
        probes += [("var_dump", it["title"]) for it in items[:2]]
    return text, probes


def related_json(rng: random.Random, d: dict) -> tuple[str, list]:
    """Related stories as bare JSON (an object with a list, or JSON lines), after a heading or not."""
    items = _items(rng, d, 3)
    if rng.random() < 0.5:
        body = json.dumps({"status": "ok", "items": items}, ensure_ascii=False)
    else:
        body = "\n".join(json.dumps(it, ensure_ascii=False) for it in items)
    head = d["related_head"] + "\n" if rng.random() < 0.5 else ""
    probes = [("related_json", it["title"]) for it in items]
    if head:
        probes.append(("related_json", d["related_head"]))
    return head + body, probes


def donation(rng: random.Random, d: dict) -> tuple[str, list]:
    """A donation widget: amounts on lines or in one row, the appeal before or after, maybe cut off."""
    cur = rng.choice(CURRENCY)
    amounts = [cur.format(n=n) for n in sorted(rng.sample((3, 5, 10, 15, 20, 25, 50, 100, 150, 250), 4))]
    appeal = rng.choice(d["appeal"])
    layout = rng.choice(("lines", "row", "cut", "after"))
    if layout == "lines":
        text = "\n".join(amounts + [d["other_amount"], appeal])
    elif layout == "row":
        text = appeal + "\n" + " | ".join(amounts + [d["donate_button"]])
    elif layout == "cut":
        text = "\n".join(amounts[:2])
        return text, [("donation", a) for a in amounts[:2]]
    else:
        text = appeal + "\n" + "\n".join(amounts) + "\n" + d["donate_button"]
    return text, [("donation", appeal)] + [("donation", a) for a in amounts[1:3]]


def comments(rng: random.Random, d: dict) -> tuple[str, list]:
    """A comment section: a count heading, then entries as name + time on one line and text below,
    or 'name · time' then text then a reply word, some nested by a leading bullet or indent."""
    k = rng.choice((2, 3, 4))
    names = rng.sample(d["names"], k=min(k, len(d["names"])))
    texts = rng.sample(d["comments"], k=len(names))
    layout = rng.choice(("inline", "dot", "bullet"))
    lines = [d["comments_head"].format(n=len(names) + rng.randrange(0, 9))]
    for i, (name, txt) in enumerate(zip(names, texts)):
        ago = d["ago"].format(n=rng.randrange(2, 23))
        if layout == "inline":
            lines += [f"{name} {ago}", txt, d["reply"]]
        elif layout == "dot":
            lines += [f"{name} · {ago}", txt]
        else:
            pad = "    " * (i % 2)
            lines += [f"{pad}• {name}", f"{pad}  {txt}", f"{pad}  {ago} · {d['reply']}"]
    probes = [("comments", t) for t in texts] + [("comments", lines[0])]
    return "\n\n".join(lines) if layout != "bullet" else "\n".join(lines), probes


def caption(rng: random.Random, d: dict) -> tuple[str, list]:
    """A photo caption and its credit: on two lines, glued without a stop, or printed twice."""
    cap = d["caption"]
    cred = d["credit"].format(name=rng.choice(d["names"]))
    shape = rng.choice(("two", "glued", "twice"))
    if shape == "two":
        text = f"{cap}\n{cred}"
    elif shape == "glued":
        text = f"{cap}{cred}"
    else:
        text = f"{cap}\n\n{cap} {cred}"
    return text, [("caption", cap), ("credit", cred)]


def dateline(rng: random.Random, d: dict) -> tuple[str, list]:
    """A date/source line of its own: 'source - place', or a date with a fused reading time."""
    shape = rng.choice(("source", "date_reading", "updated"))
    if shape == "source":
        text = d["source_line"]
        return text, [("dateline", text)]
    if shape == "date_reading":
        read = d["reading"].format(n=rng.randrange(2, 12))
        text = f"{d['date']} · {read}"
        return text, [("dateline", d["date"]), ("reading", read)]
    text = d["updated"]
    return text, [("dateline", text)]


def reading(rng: random.Random, d: dict) -> tuple[str, list]:
    text = d["reading"].format(n=rng.randrange(2, 15))
    if rng.random() < 0.3:
        text = f"⏱ {text}"
    return text, [("reading", text)]


def cta(rng: random.Random, d: dict) -> tuple[str, list]:
    text = rng.choice(d["cta"])
    return text, [("cta", text)]


def share(rng: random.Random, d: dict) -> tuple[str, list]:
    """A share row: label plus networks as pipes, markdown links or bare words; or a subscribe line."""
    nets = rng.sample(("Facebook", "X", "WhatsApp", "Telegram", "LinkedIn", "Email", "VK", "LINE", "KakaoTalk"), 3)
    shape = rng.choice(("pipes", "links", "subscribe"))
    if shape == "pipes":
        text = f"{d['share']}: " + " | ".join(nets)
    elif shape == "links":
        text = f"{d['share']} " + " ".join(f"[{n}](#)" for n in nets)
        return text, [("share", d["share"])]
    else:
        text = rng.choice(d["subscribe"])
    return text, [("share", text)]


def legal(rng: random.Random, d: dict) -> tuple[str, list]:
    text = d["legal"]
    if rng.random() < 0.5:
        text = f"**{d['legal_label']}** {text}"
    return text, [("legal", d["legal"])]


MARKDOWN = ("![]({img})", "[]()", "* * *", "|  |  |\n|---|---|", "<!-- ad-slot-{n} -->", "[^{n}]", "{{{{ widget:{n} }}}}")


def markdown(rng: random.Random, d: dict) -> tuple[str, list]:
    shape = rng.choice(MARKDOWN)
    text = shape.format(img=f"/uploads/{_slug(rng)}.webp", n=rng.randrange(1, 99))
    probe = text.splitlines()[-1] if "|" in text else text
    if rng.random() < 0.4:                            # a read-also link in markdown, in the language
        head = rng.choice(d["related"])
        text = f"**{d['read_also']}** [{head}](/news/{_slug(rng)})"
        return text, [("markdown", head)]
    return text, [("markdown", probe)]


def glued(rng: random.Random, d: dict, para: str) -> tuple[str, list]:
    """An artefact glued to a paragraph's end with no newline and no stop of its own."""
    kind = rng.choice(("appeal", "share", "reading", "credit", "cta"))
    if kind == "appeal":
        art = rng.choice(d["appeal"])
    elif kind == "share":
        art = f"{d['share']}: Facebook | WhatsApp"
    elif kind == "reading":
        art = d["reading"].format(n=rng.randrange(2, 9))
    elif kind == "credit":
        art = d["credit"].format(name=rng.choice(d["names"]))
    else:
        art = rng.choice(d["cta"])
    sep = rng.choice(("", " ", "  "))
    return para + sep + art, [("glued", art)]
