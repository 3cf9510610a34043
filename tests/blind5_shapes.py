"""Artefact shapes of the fifth blind harness (tests/generalisation_blind5.py): comment
threads pasted into dumps, calls to action, artefacts glued to a paragraph, bylines,
reading times, captions and related-story dumps. Each maker returns the text it adds
and the probes the scorer checks: (class, probe, meta) where meta names where the
probe must be found in the record ('comments', 'related', 'author' or None)."""
from __future__ import annotations

import json
import random


def _thread(rng: random.Random, d: dict) -> list[tuple[str, str, int]]:
    """(author, text, depth) of 3-4 comments, replies included."""
    n = rng.randint(3, 4)
    pool = [d["names"][1], d["names"][3], d["names"][4]]    # names[0] signs the byline, names[2] the photo
    rng.shuffle(pool)
    texts = rng.sample(d["comments"], n)
    depth = [0] + [rng.choice((0, 1, 1)) for _ in range(n - 1)]
    return [(pool[i % len(pool)], texts[i], depth[i]) for i in range(n)]


def comments(rng: random.Random, d: dict) -> tuple[str, list]:
    th = _thread(rng, d)
    shape = rng.choice(("wordpress", "numbered", "login", "quoted", "indented", "arrows", "json"))
    probes: list = [("comments", t, "comments") for _, t, _ in th]
    probes += [("comment_author", a, None) for a in dict.fromkeys(a for a, _, _ in th)]
    count = d["count"].format(n=len(th))
    chrome: list[str] = []
    if shape == "wordpress":
        parts = [count]
        for i, (a, t, dp) in enumerate(th):
            pad = "    " * dp
            parts.append(f"{pad}{d['says'].format(name=a)}\n{pad}{d['stamp'].format(d=3 + i, h=1 + i)}")
            parts.append(pad + t)
            parts.append(pad + d["reply"])
        chrome = [count]
    elif shape == "numbered":
        parts = [count]
        for i, (a, t, _) in enumerate(th):
            sep = rng.choice((" · ", " – ", " | "))
            parts.append(f"{i + 1}. {a}{sep}{d['ago'].format(n=2 + i)}\n{t}")
        chrome = [count]
    elif shape == "login":
        parts = [count]
        for i, (a, t, _) in enumerate(th):
            parts.append(f"{a}\n{d['ago'].format(n=1 + i)}\n{t}\n{d['login']}")
        chrome = [count, d["login"]]
    elif shape == "quoted":
        parts = [count]
        prev = None
        for i, (a, t, dp) in enumerate(th):
            block = f"{a}\n{d['stamp'].format(d=5 + i, h=2 + i)}\n"
            if dp and prev:
                block += f"> {d['wrote'].format(name=prev[0])}\n> {prev[1]}\n"
            parts.append(block + t)
            prev = (a, t)
        chrome = [count]
    elif shape in ("indented", "arrows"):
        parts = [f"{count}:"]
        for a, t, dp in th:
            mark = ("\t" * (dp + 1)) if shape == "indented" else ("↳ " if dp else "• ")
            parts.append(f"{mark}{a}\n{mark if shape == 'indented' else '  '}{t}")
        chrome = [f"{count}:"]
    else:
        rows = [{"author": a, "date": f"2025-03-0{1 + i}T1{i}:00:00Z", "content": t, "parent": None if not dp else 0}
                for i, (a, t, dp) in enumerate(th)]
        parts = [f"string({len(json.dumps(rows))}) \"" + json.dumps(rows, ensure_ascii=False) + "\""]
    probes += [("comment_chrome", c, None) for c in chrome]
    joiner = "\n\n" if rng.random() < 0.7 else "\n"
    return joiner.join(parts), probes


def cta(rng: random.Random, d: dict) -> tuple[str, list]:
    text = rng.choice(d["cta"])
    shape = rng.random()
    if shape < 0.2:
        text = text + " https://news.example.org/" + rng.choice(("newsletter", "app", "signup"))
    elif shape < 0.35:
        text = "» " + text
    elif shape < 0.45:
        text = text.upper() if rng.random() < 0.5 else "**" + text + "**"
    return text, [("cta", text.strip("*» ").split(" https://")[0], None)]


def glued(rng: random.Random, d: dict, para: str) -> tuple[str, list]:
    """The paragraph with an appeal or a call to action glued to its end."""
    tail = rng.choice(d["appeal"] + d["cta"][:2])
    sep = rng.choice(("", " ", "  ", " — "))
    return para + sep + tail, [("glued", tail, None)]


def byline(rng: random.Random, d: dict) -> tuple[str, list]:
    name = d["names"][0]
    line = d["byline"].format(name=name)
    stamp = d["stamp"].format(d=rng.randint(10, 28), h=rng.randint(1, 11))
    text = rng.choice((f"{line}\n{stamp}", f"{line} | {stamp}", f"{stamp}\n\n{line}"))
    return text, [("byline", line, "author"), ("dateline", stamp, None)]


def reading(rng: random.Random, d: dict) -> tuple[str, list]:
    line = d["reading"].format(n=rng.randint(2, 9))
    if rng.random() < 0.4:
        line = rng.choice(("⏱ ", "🕒 ", "")) + line
    return line, [("reading", line.lstrip("⏱🕒 "), None)]


def caption(rng: random.Random, d: dict) -> tuple[str, list]:
    cap = d["caption"]
    credit = d["credit"].format(name=d["names"][2])
    text = rng.choice((cap + cap + "\n" + credit, cap + " " + credit, f"{cap}\n{credit}\n{cap}"))
    return text, [("caption", cap, None), ("credit", credit, None)]


def related(rng: random.Random, d: dict, title: str) -> tuple[str, list]:
    titles = [t for t in d["title"] if t != title]
    urls = [f"https://news.example.org/{2025 + i}/story-{71 + i}.html" for i in range(len(titles))]
    shape = rng.choice(("json", "var_dump", "list"))
    if shape == "json":
        text = json.dumps([{"title": t, "url": u} for t, u in zip(titles, urls)], ensure_ascii=False)
        text = d["related"] + "\n" + text
    elif shape == "var_dump":
        rows = "".join(f'  [{i}]=>\n  array(2) {{\n    ["title"]=>\n    string({len(t.encode())}) "{t}"\n'
                       f'    ["url"]=>\n    string({len(u)}) "{u}"\n  }}\n'
                       for i, (t, u) in enumerate(zip(titles, urls)))
        text = f"array({len(titles)}) {{\n{rows}}}"
    else:
        text = d["related"] + ":\n" + "\n".join(f"- [{t}]({u})" for t, u in zip(titles, urls))
    return text, [("related", t, "related") for t in titles]
