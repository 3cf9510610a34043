"""Block artefacts of the ninth blind harness (tests/generalisation_blind9.py), written from the seeds' classes:
each maker takes the random source and a language's data and gives (text, [(class, probe), ...]). Probes are
the words a clean body must not hold; the shapes are picked at random so that no class has one printed form."""
from __future__ import annotations

import json
import random

SITES = ("Kestrel Ledger", "Northwind Post", "Valley Courier", "Harbour Wire", "Delta Observer", "Ridge Times")


def _stories(rng: random.Random, d: dict, k: int) -> list[tuple[int, str, str]]:
    """``k`` stories whose headlines no other widget of the document prints (while the language has some left)."""
    pool = d.setdefault("unused", list(d["related"]))
    if len(pool) < k:
        pool[:] = list(d["related"])
    hs = rng.sample(pool, k)
    pool[:] = [h for h in pool if h not in hs]
    out = []
    for h in hs:
        n = rng.randrange(100000, 999999)
        out.append((n, h, f"https://{d['host']}/{rng.choice(('news', 'story', 'a', 'p'))}/{n}"))
    return out


def var_dump(rng: random.Random, d: dict):
    st = _stories(rng, d, rng.randrange(2, 4))
    shape = rng.randrange(5)
    if shape == 0:                                   # print_r
        rows = ["Array", "("]
        for i, (n, h, u) in enumerate(st):
            rows += [f"    [{i}] => Array", "        (", f"            [id] => {n}", f"            [headline] => {h}",
                     f"            [url] => {u}", "        )", ""]
        text = "\n".join(rows + [")"])
    elif shape == 1:                                 # var_dump, multi-line
        rows = [f"array({len(st)}) {{"]
        for i, (n, h, u) in enumerate(st):
            rows += [f"  [{i}]=>", "  array(3) {", '    ["nid"]=>', f"    int({n})", '    ["title"]=>',
                     f'    string({len(h.encode())}) "{h}"', '    ["path"]=>', f'    string({len(u.encode())}) "{u}"',
                     "  }"]
        text = "\n".join(rows + ["}"])
    elif shape == 2:                                 # object dump on one line
        inner = " ".join(f'[{i}]=> object(stdClass)#{i + 9} (2) {{ ["title"]=> string({len(h.encode())}) "{h}" '
                         f'["id"]=> int({n}) }}' for i, (n, h, _) in enumerate(st))
        text = f'object(stdClass)#4 (1) {{ ["teasers"]=> array({len(st)}) {{ {inner} }} }}'
    elif shape == 3:                                 # serialize()
        inner = "".join(f'i:{i};a:2:{{s:5:"title";s:{len(h.encode())}:"{h}";s:3:"url";s:{len(u)}:"{u}";}}'
                        for i, (n, h, u) in enumerate(st))
        text = f"a:{len(st)}:{{{inner}}}"
    else:                                            # var_export
        rows = ["array ("]
        for i, (n, h, u) in enumerate(st):
            rows += [f"  {i} => ", "  array (", f"    'id' => '{n}',", f"    'title' => '{h}',", "  ),"]
        text = "\n".join(rows + [")"])
    kind = ("print_r", "var_dump", "object", "serialize", "var_export")[shape]
    return text, [("var_dump:" + kind, h) for _, h, _ in st]


def related_json(rng: random.Random, d: dict):
    st = _stories(rng, d, rng.randrange(2, 4))
    shape = rng.randrange(4)
    recs = [{"id": str(n), "title": h, "url": u, "img": f"/img/{n}_4x3.jpg"} for n, h, u in st]
    if shape == 0:
        text = json.dumps(recs, ensure_ascii=False)
        probes = [h for _, h, _ in st]
    elif shape == 1:                                 # json_encode's escapes
        text = json.dumps({"status": "ok", "items": recs}).replace("/", "\\/")
        probes = [json.dumps(h)[1:-1] for _, h, _ in st]
    elif shape == 2:                                 # pretty-printed under a key
        text = json.dumps({"widget": "more-stories", "related": recs, "total": len(recs)}, ensure_ascii=False,
                          indent=2)
        probes = [h for _, h, _ in st]
    else:                                            # one object a line, as a log of the teaser feed
        text = "\n".join(json.dumps({"pos": i, "headline": h, "href": u}, ensure_ascii=False)
                         for i, (n, h, u) in enumerate(st))
        probes = [h for _, h, _ in st]
    kind = ("array", "escaped", "pretty", "lines")[shape]
    return text, [("related_json:" + kind, p) for p in probes]


def donation(rng: random.Random, d: dict):
    ask = rng.choice(d["w"]["donate"])
    cur = d["currency"]
    amounts = [rng.randrange(5, 60) * 5 for _ in range(3)]
    shape = rng.randrange(4)
    if shape == 0:                                   # the seed's column of amounts
        lines = ["0 " + cur] + [f"{a * 47:,} {cur}" for a in amounts]
        text = "\n".join(lines + ["", ask])
        probes = [lines[1], ask]
    elif shape == 1:                                 # a progress bar
        got = rng.randrange(20, 90)
        bar = f"[{'█' * (got // 10)}{'░' * (10 - got // 10)}] {got} % · {amounts[0] * 97:,} / {amounts[1] * 300:,} {cur}"
        text = f"{ask}\n{bar}"
        probes = [bar, ask]
    elif shape == 2:                                 # radio buttons
        row = "   ".join(f"( ) {a} {cur}" for a in amounts) + "   (•) ___ " + cur
        text = f"{ask}\n\n{row}\n[ ♥ {amounts[0]} {cur} ]"
        probes = [row, ask]
    else:                                            # one line with a heart
        text = f"♥ {ask} → https://{d['host']}/support?amount={amounts[0]}"
        probes = [ask]
    kind = ("amounts", "bar", "radio", "heart")[shape]
    return text, [("donation:" + kind, p) for p in probes]


def _stamp(rng: random.Random) -> str:
    return f"{rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}.2026 {rng.randrange(24):02d}:{rng.randrange(60):02d}"


def comments(rng: random.Random, d: dict):
    head = rng.choice(d["w"]["comments_head"])
    reply = rng.choice(d["w"]["reply"])
    cs = rng.sample(d["comments"], rng.randrange(3, len(d["comments"]) + 1))
    shape = rng.randrange(6)
    probes = [head]
    if shape == 0:                                   # the seed's bullets, replies indented
        rows = [head, ""]
        for i, (who, txt) in enumerate(cs):
            ind = "  " * (1 + (i % 2))
            rows += [f"{ind}• {who}", "", f"{ind}  {txt}", ""]
    elif shape == 1:                                 # name · age, text, controls
        rows = [head, ""]
        for who, txt in cs:
            ctl = f"{reply} · {rng.randrange(1, 40)} ▲"
            rows += [f"{who} · {d['ago'].format(n=rng.randrange(2, 23))}", txt, ctl, ""]
            probes.append(ctl)
    elif shape == 2:                                 # numbered, a stamp
        rows = [f"{head} ({len(cs)})", ""]
        for i, (who, txt) in enumerate(cs):
            rows += [f"#{i + 1} {who} — {_stamp(rng)}", txt, ""]
    elif shape == 3:                                 # a table of one row each
        rows = [head, "-" * 40]
        rows += [f"{who} | {_stamp(rng)} | {txt}" for who, txt in cs]
    elif shape == 5:                                 # replies under their parent, an arrow and the parent's name
        rows = [head, ""]
        for i, (who, txt) in enumerate(cs):
            if i % 2:
                rows += [f"    ↪ {who} → {cs[i - 1][0]} · {_stamp(rng)}", f"    {txt}", ""]
            else:
                rows += [f"{who} · {_stamp(rng)}", txt, ""]
    else:                                            # records of the comment export
        rows = [head]
        rows += [json.dumps({"author": who, "date": f"2026-12-0{i + 1}T1{i}:0{i}:00Z", "body": txt,
                             "parent": 0 if i == 0 else rng.randrange(i)}, ensure_ascii=False)
                 for i, (who, txt) in enumerate(cs)]
    probes += [txt for _, txt in cs]
    kind = ("bullets", "age_controls", "numbered", "table", "json", "arrows")[shape]
    return "\n".join(rows).rstrip(), [("comments:" + kind, p) for p in probes]


def caption(rng: random.Random, d: dict):
    cap = rng.choice(d["captions"])
    who = rng.choice(d["names"])
    shape = rng.randrange(5)
    text = (cap + cap if shape == 0 else
            f"{cap} {d['w']['photo']}: {who}/{d['agency']}" if shape == 1 else
            f"{rng.randrange(2, 9)}/{rng.randrange(9, 15)} · {cap}" if shape == 2 else
            f"{cap}\n{who} / {d['agency']}" if shape == 3 else
            f"▶ {cap} ({rng.randrange(1, 4)}:{rng.randrange(10, 59)})")
    return text, [("caption:" + ("doubled", "credited", "counter", "credit_below", "video")[shape], cap)]


def credit(rng: random.Random, d: dict):
    who = rng.choice(d["names"])
    shape = rng.randrange(5)
    text = (f"{d['agency']} - {d['country']}" if shape == 0 else
            f"{who}/{d['agency']}" if shape == 1 else
            f"{d['w']['by']} {who} | {d['agency']} | {_stamp(rng)}" if shape == 2 else
            f"{rng.choice(('Mon', 'Tue', 'Wed', 'Thu', 'Fri'))} Dec {rng.randrange(1, 29)}, 2026 "
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}" if shape == 3 else
            f"{_stamp(rng)} · {d['w']['photo']}: {who}")
    return text, [("credit:" + ("agency_country", "name_agency", "byline", "date_en", "stamp_photo")[shape], text)]


def _unused(rng: random.Random, d: dict, key: str) -> str:
    """A wording of ``key`` that no glued line of the document used."""
    return rng.choice([w for w in d["w"][key] if w not in d.get("glued", ())])


def cta(rng: random.Random, d: dict):
    line = _unused(rng, d, "cta")
    shape = rng.randrange(4)
    text = (line if shape == 0 else f"👉 {line} https://{d['host']}/{rng.choice(('app', 'nl', 'wa', 'push'))}"
            if shape == 1 else f"{line} ›" if shape == 2 else f"*** {line} ***")
    return text, [("cta:" + ("plain", "emoji_link", "chevron", "stars")[shape], line)]


def legal(rng: random.Random, d: dict):
    line = _unused(rng, d, "legal")
    shape = rng.randrange(3)
    text = line if shape == 0 else f"[{line}]" if shape == 1 else f"— {line}"
    return text, [("legal:" + ("plain", "bracketed", "dash")[shape], line)]


def markdown(rng: random.Random, d: dict):
    shape = rng.randrange(4)
    if shape == 0:
        topic = rng.choice(d["topics"])
        text = f"{d['w']['theme']}: [{topic}](#)"
        return text, [("markdown:tag_link", f"{d['w']['theme']}: {topic}")]
    if shape == 1:
        url = f"https://{d['host']}/media/{rng.randrange(10**5, 10**6)}.jpg"
        return f"![{rng.choice(d['captions'])[:12]}]({url})", [("markdown:image", url)]
    if shape == 2:
        head = rng.choice(d["w"]["related_head"])
        return f"## {head}\n\n---", [("markdown:heading_rule", head)]
    text = f"{d['w']['by']} [{d['agency']}](#)  \n**{rng.choice(d['topics'])}** · [{rng.choice(d['topics'])}](#)"
    return text, [("markdown:byline_link", f"{d['w']['by']} {d['agency']}")]


def related_list(rng: random.Random, d: dict):
    """A related-story heading over linked headlines (class related_json: stories printed around the text)."""
    head = rng.choice(d["w"]["related_head"])
    st = _stories(rng, d, 3)
    mark = rng.choice(("* ", "» ", "- ", ""))
    rows = [head] + [f"{mark}{h} ({u})" if mark == "* " else f"{mark}{h}" for _, h, u in st]
    kind = "related_json:list" + {"* ": "_links", "» ": "_guillemets", "- ": "_dashes", "": "_bare"}[mark]
    return "\n".join(rows), [(kind, head)] + [(kind, h) for _, h, _ in st]


def title_repeat(rng: random.Random, d: dict):
    t = d["title"]
    shape = rng.randrange(4)
    text = (t if shape == 0 else t.upper() if shape == 1 and t.upper() != t else f"{t} – {rng.choice(SITES)}"
            if shape == 2 else f"{t} | {d['host']}")
    return text, [("title:" + ("copy", "upper", "site", "host")[shape], t)]


BLOCK_MAKERS = (var_dump, related_json, donation, comments, caption, credit, cta, legal, markdown, related_list,
                title_repeat)
TAIL_MAKERS = (var_dump, related_json, comments, legal, related_list, donation)
HEAD_MAKERS = (credit, markdown, title_repeat, caption)
