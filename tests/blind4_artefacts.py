"""Artefact generators of the fourth blind harness. Each returns (text, probes): the text
put in the dump (a block of one or more lines, or a one-line piece glued into a paragraph)
and the probe strings that must not be left in the body. Shapes chosen to differ from what
a first harness writes: nested var_dump with int/bool/NULL and objects, print_r, JSON
pretty-printed over lines, progress-bar donation boxes, comment threads as copied from a
page (avatars, relative times, Reply/Like counts, indentation and @name replies)."""
import json

from .blind4_comments import COMMENTS, NAMES

_GROUP = {"en": ",", "cy": ",", "ar": ",", "de": ".", "es": ".", "tr": ".", "id": ".", "vi": ".",
          "is": ".", "mk": "."}


def money(lang: str, L: dict, n: int, rng) -> str:
    sym, _fmt, pos = L["cur"]
    g = _GROUP.get(lang, rng.choice(["\u00a0", " ", "\u202f"]))
    num = f"{n:,}".replace(",", g)
    if rng.random() < 0.15:
        num += {",": ".00", ".": ",00"}.get(g, ",00")
    return {"before": f"{sym}{num}", "before_space": f"{sym} {num}", "after": f"{num}{sym}",
            "after_space": f"{num} {sym}"}[pos]


def _items(L: dict, rng) -> list[dict]:
    out = []
    for i, title in enumerate(L["related"]):
        out.append({"id": rng.randint(10000, 99999), "title": title, "published": rng.random() < 0.7,
                    "image": None if rng.random() < 0.4 else f"/media/{2024}/{rng.randint(1, 12):02d}/img_{rng.randint(1000, 9999)}.jpg",
                    "views": rng.randint(10, 90000), "section": rng.choice(["news", "local", "politics"])})
    return out


def _php(v, indent: int) -> list[str]:
    pad = "  " * indent
    if v is None:
        return [pad + "NULL"]
    if isinstance(v, bool):
        return [pad + f"bool({'true' if v else 'false'})"]
    if isinstance(v, int):
        return [pad + f"int({v})"]
    if isinstance(v, str):
        return [pad + f'string({len(v.encode())}) "{v}"']
    head = f"array({len(v)}) {{" if isinstance(v, (list, dict)) else ""
    keys = list(v.items()) if isinstance(v, dict) else list(enumerate(v))
    lines = [pad + head]
    for k, val in keys:
        lines.append(pad + "  " + (f'["{k}"]=>' if isinstance(k, str) else f"[{k}]=>"))
        lines.extend(_php(val, indent + 1))
    lines.append(pad + "}")
    return lines


def var_dump(lang, L, rng):
    items = _items(L, rng)
    lines = _php(items, 0)
    if rng.random() < 0.4:      # an object wrapper
        lines = [f"object(stdClass)#{rng.randint(2, 40)} (1) {{", '  ["related"]=>'] + ["  " + x for x in lines] + ["}"]
    return "\n".join(lines), [x.strip() for x in lines] + [i["title"] for i in items]


def var_dump_inline(lang, L, rng):
    items = _items(L, rng)
    body = " ".join(x.strip() for x in _php(items, 0))
    return body, [body[:60], *[i["title"] for i in items], "[\"published\"]=>"]


def _pr(v, indent: int) -> list[str]:
    pad = " " * indent
    keys = list(v.items()) if isinstance(v, dict) else list(enumerate(v))
    lines = [pad + "(" ]
    for k, val in keys:
        if isinstance(val, (list, dict)):
            lines.append(pad + f"    [{k}] => Array")
            lines.extend(_pr(val, indent + 8))
        else:
            shown = "1" if val is True else "" if val in (None, False) else str(val)
            lines.append(pad + f"    [{k}] => {shown}".rstrip())
    lines.append(pad + ")")
    return lines


def print_r(lang, L, rng):
    items = _items(L, rng)
    lines = ["Array"] + _pr(items, 0)
    if rng.random() < 0.5:
        flat = " ".join(x.strip() for x in lines)
        return flat, [flat[:50], *[i["title"] for i in items], "[published] =>"]
    return "\n".join(lines), [x.strip() for x in lines if len(x.strip()) > 3] + [i["title"] for i in items]


def json_pretty(lang, L, rng):
    items = _items(L, rng)
    for it in items:
        it["author"] = {"name": f"desk-{rng.randint(1, 40)}", "id": rng.randint(1, 500)}
        it["url"] = f"https://news.example/{lang}/{it['id']}"
    text = json.dumps(items, ensure_ascii=rng.random() < 0.2, indent=rng.choice([2, 4]))
    if rng.random() < 0.3:
        text = f"string({len(text.encode())}) \"{text}\""
    probes = [x.strip() for x in text.splitlines() if len(x.strip()) > 3]
    return text, probes + ([i["title"] for i in items] if "\\u" not in text else [])


def donation(lang, L, rng):
    ui = L["ui"]
    goal = rng.choice([5000, 20000, 150000, 2500000])
    got = int(goal * rng.uniform(0.05, 0.95))
    pct = round(100 * got / goal)
    bar = rng.choice([
        "█" * (pct // 10) + "░" * (10 - pct // 10) + f" {pct}%",
        "[" + "=" * (pct // 5) + ">" + " " * (20 - pct // 5) + f"] {pct} %",
        f"{pct}%"])
    shape = rng.randrange(3)
    if shape == 0:
        lines = [ui["donate"], f"{money(lang, L, got, rng)} {ui['raised']} {money(lang, L, goal, rng)}", bar, ui["button"]]
    elif shape == 1:
        lines = [money(lang, L, a, rng) for a in rng.choice([(5, 10, 25, 50), (10, 20, 50, 100), (100, 250, 500)])]
        lines += [ui["button"], ui["donate"]]
    else:
        lines = [ui["donate"], f"{ui['goal']}: {money(lang, L, goal, rng)}", bar, f"{ui['button']} »"]
    return "\n".join(lines), [x for x in lines if x.strip()]


def donation_inline(lang, L, rng):
    t = f"{L['ui']['donate']} {L['ui']['button']} →"
    return t, [L["ui"]["donate"], L["ui"]["button"]]


def comments(lang, L, rng):
    ui, texts = L["ui"], COMMENTS[lang]
    names = rng.sample(NAMES, 4)
    n = len(texts)
    lines, probes = [ui["comments"].format(n=n)], [ui["comments"].format(n=n)]
    if rng.random() < 0.5:
        lines.append(ui["sort"])
        probes.append(ui["sort"])
    shape = rng.randrange(3)
    for i, (name, text) in enumerate(zip(names, texts)):
        nested = i in (1, 3)
        ago = ui["ago"].format(n=rng.randint(2, 9))
        likes = rng.randint(0, 40)
        if shape == 0:          # avatar alt text, name, time, text, actions; replies indented
            ind = "    " if nested else ""
            block = [f"{name} avatar", name, ago, text, f"{ui['reply']}  {ui['like']} ({likes})"]
            lines += [ind + x for x in block] + [""]
        elif shape == 1:        # "Name · time" header; replies start with @name
            body = f"@{names[i - 1]} {text}" if nested else text
            lines += [f"{name} · {ago}", body, f"👍 {likes}   {ui['reply']}", ""]
        else:                   # bullet list with indentation levels
            ind = "      " if nested else "  "
            lines += [f"{ind}• {name}", "", f"{ind}  {text}", f"{ind}  {ago} | {ui['reply']} | {likes} {ui['like']}", ""]
        probes += [text, ago]
        if len(name) > 4:
            probes.append(name)
    return "\n".join(lines).rstrip(), probes


def caption(lang, L, rng):
    cap, ui = L["caption"], L["ui"]
    credit = f"{ui['photo']}: {rng.choice(NAMES)} / {L['agency']}"
    shape = rng.randrange(3)
    if shape == 0:
        lines = [cap + cap, credit]             # alt text glued to the caption
    elif shape == 1:
        lines = [cap, f"{cap} ({credit})"]
    else:
        lines = [f"{ui['photo']}: {cap}", cap]
    return "\n".join(lines), [cap, credit] if shape < 2 else [cap, f"{ui['photo']}: {cap}"]


def caption_inline(lang, L, rng):
    t = f"{L['caption']} {L['ui']['photo']}: {L['agency']}"
    return t, [L["caption"]]


def title_repeat(lang, L, rng):
    t = L["title"]
    return "\n".join([t] * rng.choice([1, 2])), [t]


def dateline(lang, L, rng):
    ui = L["ui"]
    d, m, h = rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 22)
    opts = [f"{ui['by']} {rng.choice(NAMES)}", f"{ui['updated']}: {d:02d}.{m:02d}.2024, {h}:{rng.randint(10, 59)}",
            f"{L['city']}, {d:02d}/{m:02d}/2024 ({L['agency']})", ui["read_time"], f"{L['agency']} - {L['city'].title()}"]
    lines = rng.sample(opts, rng.randint(2, 4))
    return "\n".join(lines), lines


def cta(lang, L, rng):
    ui = L["ui"]
    opts = [ui["subscribe"], ui["follow"], f"{ui['share']}: Facebook · X · WhatsApp · E-mail",
            f"{ui['read_also']}: {rng.choice(L['related'])}", f"{ui['tags']}: " + ", ".join(rng.sample(L["related"][0].split(), 2))]
    lines = rng.sample(opts, rng.randint(1, 3))
    return "\n".join(lines), lines


def cta_inline(lang, L, rng):
    ui = L["ui"]
    t = rng.choice([f"{ui['read_also']}: {rng.choice(L['related'])}", ui["subscribe"], ui["follow"]])
    if rng.random() < 0.4:
        t = t.upper() if t.isascii() else f">> {t}"
    return t, [t]


def legal(lang, L, rng):
    t = L["ui"]["legal"]
    pre = rng.choice(["", "---\n", "* * *\n"])
    return pre + t, [t]


def legal_inline(lang, L, rng):
    return L["ui"]["legal"], [L["ui"]["legal"]]


BLOCK = {"var_dump": var_dump, "print_r": print_r, "json_pretty": json_pretty, "donation": donation,
         "comments": comments, "caption": caption, "title_repeat": title_repeat, "dateline": dateline,
         "cta": cta, "legal": legal}
INLINE = {"var_dump": var_dump_inline, "print_r": print_r, "donation": donation_inline,
          "caption": caption_inline, "cta": cta_inline, "legal": legal_inline}
# where each class may stand: start of dump, between paragraphs, end of dump, glued into a paragraph
PLACES = {"var_dump": ("mid", "end", "glue"), "print_r": ("end", "mid", "glue"), "json_pretty": ("end", "mid", "start"),
          "donation": ("start", "mid", "end", "glue"), "comments": ("end",), "caption": ("start", "mid", "glue"),
          "title_repeat": ("start", "mid"), "dateline": ("start", "end"), "cta": ("mid", "end", "start", "glue"),
          "legal": ("end", "glue")}
