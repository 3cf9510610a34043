"""Tenth blind harness, block artefacts: each maker ``(rng, d) -> (text, [(class:shape, probe)])`` prints one
artefact of a seed class in a shape of its own (PHP var_dump of related stories, bare related JSON, related lists
under headings, donation widgets, comment sections, captions, repeated titles, datelines, credits, calls to action,
legal lines, markdown debris, section kickers), in the document's language ``d``."""
from __future__ import annotations

import json

SITES = ("riverside-daily.example", "kabar-kota.example", "ndege.example", "portal-nord.example", "hirek.example")


def _ids(rng) -> tuple[int, int]:
    return rng.randrange(100000, 9999999), rng.randrange(1000, 99999)


def _titles(rng, d, k=(2, 5)) -> list[str]:
    """Related headlines no other artefact of the document prints: its share of the document's pool."""
    pool = d.setdefault("pool", rng.sample(d["related"], len(d["related"])))
    take = min(d.get("share", len(d["related"])), rng.randrange(k[0], k[1] + 1))
    out, pool[:] = pool[:take], pool[take:]
    return out


def _php_len(s: str) -> int:
    return len(s.encode())


def vardump_string(rng, d):
    """``string(N) "[{...}]"`` with the related stories in keys of another CMS."""
    ts = _titles(rng, d)
    keys = rng.choice([("nid", "headline", "slug", "thumb"), ("post_id", "post_title", "permalink", "image"),
                       ("uid", "name", "href", "cover")])
    items = []
    for t in ts:
        a, b = _ids(rng)
        items.append({keys[0]: str(a), keys[1]: t, keys[2]: f"/{d['code']}/{b}.html",
                      keys[3]: f"/media/{b}_{a}_crop_16x9.webp"})
    s = json.dumps(items, ensure_ascii=rng.random() < 0.3, separators=rng.choice([(",", ":"), (", ", ": ")]))
    pre = rng.choice(["", "  ", "\t"])
    return f'{pre}string({_php_len(s)}) "{s}"', [("vardump:string", "string(")] + [("vardump:title", t) for t in ts]


def vardump_array(rng, d):
    """``array(n) { [0]=> array(2) { ["title"]=> string(..) "..." } }`` as var_dump prints nested arrays."""
    ts = _titles(rng, d)
    lines = [f"array({len(ts)}) {{"]
    for i, t in enumerate(ts):
        a, _ = _ids(rng)
        lines += [f"  [{i}]=>", "  array(2) {", '    ["id"]=>', f'    int({a})', '    ["title"]=>',
                  f'    string({_php_len(t)}) "{t}"', "  }"]
    lines.append("}")
    return "\n".join(lines), [("vardump:array", "array("), ("vardump:array", "=>")] + [("vardump:title", t) for t in ts]


def related_json(rng, d):
    """A bare JSON object or array of related stories, on one line or pretty-printed."""
    ts = _titles(rng, d)
    items = [{"title": t, "url": f"https://{rng.choice(SITES)}/a/{_ids(rng)[1]}", "ts": 1700000000 + _ids(rng)[0]}
             for t in ts]
    obj = rng.choice([items, {"related": items}, {"status": "ok", "data": {"items": items}}])
    s = json.dumps(obj, ensure_ascii=False, indent=rng.choice([None, 2]))
    return s, [("related_json:json", '"url"')] + [("related_json:title", t) for t in ts]


def related_list(rng, d):
    """A heading of the language, then related headlines as bullets, numbers, arrows or with dates."""
    ts = _titles(rng, d)
    head = rng.choice(d["w"]["related_head"])
    style = rng.randrange(4)
    rows = []
    for i, t in enumerate(ts):
        rows.append(["• " + t, f"{i + 1}. {t}", "» " + t, f"{t} – {rng.randrange(1, 28):02d}.{rng.randrange(1, 12):02d}.2024"][style])
    head = rng.choice([head, head.upper() if d["code"] not in ("ar", "fa", "he", "th", "ko", "bn") else head, head + ":"])
    return "\n".join([head] + rows), [("related:head", head.rstrip(":"))] + [("related:title", t) for t in ts]


def related_unheaded(rng, d):
    """Related headlines with no heading: short title lines with a view count or time ago."""
    ts = _titles(rng, d, (3, 4))
    rows = [f"{t}\n{rng.randrange(2, 90)} {rng.choice(['min', 'h', '👁'])}" if rng.random() < 0.5 else t for t in ts]
    return "\n".join(rows), [("related:bare", t) for t in ts]


def donation(rng, d):
    """Amount buttons, a prompt and a button, in several orders and currencies."""
    cur = rng.choice(["€", "$", "£", "₺", "₴", "Ft"])
    amounts = [f"{a} {cur}" if rng.random() < 0.5 else f"{cur}{a}" for a in rng.sample(["5", "10", "25", "50", "1,200", "3.500"], 4)]
    prompt = rng.choice(d["w"]["donate"])
    parts = [prompt, "\n".join(amounts), d["w"]["donate_btn"]]
    if rng.random() < 0.5:
        parts = [parts[1], parts[0], parts[2]]
    return rng.choice(["\n", "\n\n"]).join(parts), [("donation:prompt", prompt), ("donation:button", d["w"]["donate_btn"]),
                                                     ("donation:amount", amounts[0])]


def comments(rng, d):
    """A comment section: a count heading, then authors, times, texts, reply and like lines, maybe indented."""
    cs = rng.sample(d["comments"], len(d["comments"]))
    w = d["w"]
    head = w["comments_head"].format(n=len(cs) + rng.randrange(0, 40))
    out = [head]
    probes = [("comments:head", head)]
    for i, (a, t) in enumerate(cs):
        ind = "  " * (i % 2) if rng.random() < 0.5 else ""
        when = f"{rng.randrange(1, 23)}:{rng.randrange(0, 59):02d}"
        out += [f"{ind}{a} · {when}" if rng.random() < 0.5 else f"{ind}{a}", f"{ind}{t}",
                f"{ind}{w['reply']} | {w['likes']} ({rng.randrange(0, 60)})"]
        probes += [("comments:author", a), ("comments:text", t)]
    probes.append(("comments:reply", f"{w['reply']} | {w['likes']}"))
    return rng.choice(["\n", "\n\n"]).join(out), probes


def caption(rng, d):
    """A photo caption: printed twice glued, or with a credit, or as an image alt with a file name."""
    c = d["caption"]
    who = rng.choice(["Reuters", "AFP", "Ahmad N.", "Lina Park", "EPA/Staff"])
    credit = f"{d['w']['photo']}: {who}"
    k = rng.randrange(3)
    if k == 0:
        return c + c, [("caption:doubled", c + c)]
    if k == 1:
        return rng.choice([f"{c} ({credit})", f"{c}\n{credit}", f"{c} | {credit}"]), [("caption:text", c), ("credit:photo", credit)]
    f = f"IMG_{rng.randrange(1000, 9999)}.jpg"
    return f"{f}\n{c}", [("caption:file", f), ("caption:text", c)]


def title_again(rng, d):
    """The title printed again between paragraphs (a map caption, a share box)."""
    return d["title"], [("title:repeat", d["title"])]


def dateline(rng, d):
    """A date and time line in the language's day names, an updated line, or an agency-place line."""
    w = d["w"]
    day = rng.choice(w["days"])
    date = rng.choice([f"{rng.randrange(1, 28)}/{rng.randrange(1, 12)}/2024", f"2024-{rng.randrange(1, 12):02d}-{rng.randrange(1, 28):02d}",
                       f"{rng.randrange(1, 28):02d}.{rng.randrange(1, 12):02d}.2024"])
    t = f"{rng.randrange(0, 23):02d}:{rng.randrange(0, 59):02d}"
    k = rng.randrange(3)
    if k == 0:
        line = f"{day}, {date} {t}" + (f":{rng.randrange(10, 59)}" if rng.random() < 0.5 else "")
        return line, [("dateline:date", line)]
    if k == 1:
        line = f"{w['updated']}: {date} {t}" + rng.choice(["", " GMT+7", f" | {w['writer']}: Redaksi"])
        return line, [("dateline:updated", line)]
    return w["agency"], [("dateline:agency", w["agency"])]


def credit(rng, d):
    """A source or writer credit line."""
    w = d["w"]
    line = rng.choice([f"{w['source']}: {rng.choice(['Reuters', 'AP', w['agency'].split(' ')[0]])}",
                       f"{w['writer']}: {rng.choice(['Thu Hà', 'K. Otieno', 'Nurul A.', 'L. Varga'])}",
                       f"{w['photo']}: {rng.choice(['Getty Images', 'Shutterstock', 'arşiv'])}"])
    return line, [("credit:line", line)]


def cta(rng, d):
    """One or two calls to action, plain or with an arrow or emoji."""
    cs = rng.sample(d["w"]["cta"], rng.randrange(1, 3))
    deco = rng.choice(["", "👉 ", "➡ ", "► ", "📲 "])
    return "\n".join(deco + c + rng.choice(["", ".", "!", " »"]) for c in cs), [("cta:line", c) for c in cs]


def legal(rng, d):
    """A copyright or disclaimer line, or both with a rule above."""
    ls = rng.sample(d["w"]["legal"], rng.randrange(1, 3))
    return rng.choice(["", "---\n", "* * *\n"]) + "\n".join(ls), [("legal:line", x) for x in ls]


def markdown(rng, d):
    """Markdown link debris: tag and section lines of ``[x](#)`` links, an image, a horizontal rule."""
    k = rng.randrange(3)
    if k == 0:
        s = f"{d['w']['source']}: [{d['kicker']}](#) · [{d['w']['writer']}](https://{rng.choice(SITES)}/t/{_ids(rng)[1]})"
        return s, [("markdown:links", "](#)"), ("markdown:links", "](https://")]
    if k == 1:
        s = f"![{d['w']['photo']} {rng.randrange(1, 9)}](https://{rng.choice(SITES)}/img/{_ids(rng)[0]}.jpg)"
        return s, [("markdown:image", "![")]
    s = f"[{d['w']['cta'][0]}](https://{rng.choice(SITES)}/join)\n\n___"
    return s, [("markdown:cta_link", d["w"]["cta"][0]), ("markdown:rule", "___")]


def kicker(rng, d):
    """A section name above the title."""
    return d["kicker"], [("kicker:line", d["kicker"])]


RELATED_MAKERS = [vardump_string, vardump_array, related_json, related_list, related_unheaded]
BLOCK_MAKERS = [donation, comments, caption, title_again, dateline, credit, cta, legal, markdown]
HEAD_MAKERS = [dateline, donation, credit, caption]
TAIL_MAKERS = [vardump_string, vardump_array, related_json, related_list, comments, cta, legal, donation]
