"""Block artefact makers of the eighth blind harness (tests/generalisation_blind8.py).

Written from the seeds, their gold and the README only, without reading the rules of cleaners/; the seventh
harness's shape module was read only to avoid its shapes. Each maker takes the random source and a language's
data (tests/blind8_langs_*.py) and returns (text, probes): the artefact as printed and the pieces of it that must
leave the body, each as (class, probe). New shapes: var_dump of stdClass objects, print_r of nested objects,
truncated dumps, Xdebug's HTML dumps, JSON with escaped slashes and \\u escapes, Laravel __set_state exports;
related stories as NDJSON, YAML, CSV, GraphQL edges and an ld+json @graph; membership tiers, progress bars and
bank details; numbered comments, '#12 name wrote:' posts, quoted replies, reaction counts, local calendars;
repeated captions, arrow and emoji captions; photographer and publication lines; app, WhatsApp, push prompts;
affiliate, AI and correction notices; markdown debris (stray marks, tables, entities, <br>).
"""
from __future__ import annotations

import json
import random

CUR = {"en": "£{n}", "de": "{n} €", "zh": "¥{n}", "fa": "{n}۰۰۰ تومان", "ur": "Rs {n}00", "hu": "{n}00 Ft",
       "fi": "{n} €", "cs": "{n}0 Kč", "ro": "{n} lei", "sv": "{n}0 kr", "da": "{n}0 kr.", "hr": "{n} €",
       "sr": "{n}00 дин.", "ka": "{n} ₾", "am": "{n}0 ብር", "ha": "₦{n}00", "ne": "रु {n}00"}


def domain(d: dict) -> str:
    return f"www.{d['code']}-news{len(d['site']) % 7}.example.net"


def slug(rng: random.Random, k: int = 7) -> str:
    return "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(k))


def _items(rng: random.Random, d: dict, k: int = 3) -> list[dict]:
    return [{"id": rng.randrange(10000, 99999), "title": t,
             "url": f"https://{domain(d)}/{rng.randrange(2020, 2027)}/{slug(rng)}"}
            for t in rng.sample(d["related"], k=min(k, len(d["related"])))]


def var_dump(rng: random.Random, d: dict) -> tuple[str, list]:
    """stdClass var_dump, nested print_r, a truncated dump, Xdebug HTML, escaped JSON string, __set_state."""
    it = _items(rng, d)
    shape = rng.choice(("object", "print_r", "truncated", "xdebug", "escaped", "set_state"))
    titles = [("var_dump", x["title"]) for x in it]
    if shape == "object":
        rows = [f"array({len(it)}) {{"]
        for i, x in enumerate(it):
            rows += [f"  [{i}]=>", f"  object(stdClass)#{rng.randrange(10, 99)} (3) {{", '    ["id"]=>',
                     f"    int({x['id']})", '    ["title"]=>', f"    string({len(x['title'].encode())}) \"{x['title']}\"",
                     '    ["url"]=>', f"    string({len(x['url'])}) \"{x['url']}\"", "  }"]
        return "\n".join(rows + ["}"]), [("var_dump", "object(stdClass)#")] + titles
    if shape == "print_r":
        rows = ["Array", "("]
        for i, x in enumerate(it):
            rows += [f"    [{i}] => stdClass Object", "        (", f"            [title] => {x['title']}",
                     "            [image] => Array", "                (",
                     f"                    [src] => /media/{slug(rng)}_16x9.webp", "                    [w] => 1200",
                     "                )", "", "        )", ""]
        return "\n".join(rows + [")"]), [("var_dump", "stdClass Object"), ("var_dump", "[src] => /media/")] + titles
    if shape == "truncated":
        body = "".join(f'[{i}]=> array(3) {{ ["headline"]=> string({len(x["title"].encode())}) "{x["title"]}" '
                       f'["views"]=> int({rng.randrange(100, 9000)}) }} ' for i, x in enumerate(it))
        cut = body[: len(body) - rng.randrange(8, 20)]
        return f"array(6) {{ {cut}", [("var_dump", "array(6) {"), ("var_dump", '["headline"]=>')] + titles[:2]
    if shape == "xdebug":
        rows = ["<pre class='xdebug-var-dump' dir='ltr'>", f"<small>/var/www/html/widgets/related.php:{rng.randrange(20, 200)}:</small>",
                f"<b>array</b> <i>(size={len(it)})</i>"]
        for i, x in enumerate(it):
            rows += [f"  {i} <font color='#888a85'>=&gt;</font> ", "    <b>array</b> <i>(size=2)</i>",
                     f"      'title' <font color='#888a85'>=&gt;</font> <small>string</small> <font color='#cc0000'>"
                     f"'{x['title']}'</font> <i>(length={len(x['title'].encode())})</i>"]
        return "\n".join(rows + ["</pre>"]), [("var_dump", "xdebug-var-dump"), ("var_dump", "(size=")] + titles
    if shape == "escaped":
        payload = json.dumps(it).replace("/", "\\/")             # PHP's json_encode: \u escapes, escaped slashes
        text = f'string({len(payload)}) "{payload.replace(chr(34), chr(92) + chr(34))}"'
        esc = json.dumps(it[0]["title"])[1:-1][:24]
        return text, [("var_dump", text[:14]), ("var_dump", "https:\\/\\/"), ("var_dump", esc)]
    rows = ["\\Illuminate\\Support\\Collection::__set_state(array(", "   'items' => ", "  array ("]
    for i, x in enumerate(it):
        rows += [f"    {i} => ", "    (object) array(", f"       'title' => '{x['title']}',", f"       'id' => {x['id']},",
                 "    ),"]
    return "\n".join(rows + ["  ),", "))"]), [("var_dump", "__set_state(array(")] + titles


def related_json(rng: random.Random, d: dict) -> tuple[str, list]:
    """Related stories as NDJSON, a YAML list, CSV rows, GraphQL edges or an ld+json @graph."""
    it = _items(rng, d)
    shape = rng.choice(("ndjson", "yaml", "csv", "graphql", "graph"))
    titles = [("related_json", x["title"]) for x in it]
    if shape == "ndjson":
        text = "\n".join(json.dumps({"id": x["id"], "headline": x["title"], "href": x["url"]}, ensure_ascii=False)
                         for x in it)
        return text, [("related_json", '{"id": ')] + titles
    if shape == "yaml":
        rows = ["related:"] if rng.random() < 0.5 else []
        for x in it:
            rows += [f"  - title: \"{x['title']}\"", f"    url: {x['url']}", f"    published: 2026-1{rng.randrange(3)}-0{rng.randrange(1, 9)}"]
        return "\n".join(rows), [("related_json", "url: https://")] + titles
    if shape == "csv":
        rows = ["id;title;url;section"] + [f"{x['id']};\"{x['title']}\";{x['url']};local" for x in it]
        return "\n".join(rows), [("related_json", "id;title;url")] + titles
    if shape == "graphql":
        obj = {"data": {"relatedArticles": {"edges": [{"node": {"headline": x["title"], "slug": x["url"].rsplit("/", 1)[1]}}
                                                      for x in it]}}}
        text = json.dumps(obj, ensure_ascii=False, indent=rng.choice((None, 1)))
        return text, [("related_json", '"edges"')] + titles
    obj = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": x["title"], "url": x["url"]}
                                                      for x in it]}
    text = f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'
    return text, [("related_json", '"@graph"'), ("related_json", "application/ld+json")] + titles


def donation(rng: random.Random, d: dict) -> tuple[str, list]:
    """Membership tiers, a progress bar with members, bank details, or a one-line member button."""
    cur = CUR[d["code"]]
    shape = rng.choice(("tiers", "bar", "bank", "button"))
    appeal = ("donation", d["appeal"])
    if shape == "tiers":
        amounts = [cur.format(n=n) + f" / {d['month']}" for n in (3, 7, 15)]
        rows = [d["appeal"], *(f"{m} {a}" for m, a in zip(("○", "●", "○"), amounts)), f"{d['member']} →"]
        return "\n".join(rows), [appeal, ("donation", amounts[1])]
    if shape == "bar":
        k = rng.randrange(3, 9)
        bar = "█" * k + "░" * (10 - k) + f" {k * 10} %"
        return f"{d['appeal']}\n{bar}\n{rng.randrange(100, 999)} / 1000 · {d['member']}", [appeal, ("donation", bar)]
    if shape == "bank":
        line = f"IBAN: {d['code'].upper()}{rng.randrange(10, 99)} 3704 0044 0532 0130 {rng.randrange(10, 99)} · PayPal: support@{domain(d)}"
        return f"{d['appeal']}\n{line}", [appeal, ("donation", "IBAN: ")]
    btn = f"❤ {d['member']} – {cur.format(n=5)}/{d['month']}"
    return f"{d['appeal']} {btn}", [appeal, ("donation", btn)]


def comments(rng: random.Random, d: dict) -> tuple[str, list]:
    """Numbered comments, '#12 name wrote:' posts, quoted replies, reaction counts; local time stamps."""
    names, texts, stamps = d["names"], d["comments"], d["stamps"]
    shape = rng.choice(("numbered", "hash", "quoted", "reactions"))
    head = d["comments_head"].format(n=len(texts))
    probes = [("comments", head)] + [("comments", t) for t in texts]
    out = [head, ""]
    if shape == "numbered":
        for i, (n, t, s) in enumerate(zip(names, texts, stamps)):
            out += [f"{i + 1}. {n} – {s}", t, ""]
        probes.append(("comments", f"1. {names[0]} – {stamps[0]}"))
    elif shape == "hash":
        k = rng.randrange(5, 40)
        for i, (n, t, s) in enumerate(zip(names, texts, stamps)):
            out += [f"#{k + i} {d['wrote'].format(name=n)}", t, f"{s} | {d['reply']}", ""]
        probes.append(("comments", f"#{k} {d['wrote'].format(name=names[0])}"))
    elif shape == "quoted":
        out += [f"{names[0]} ({stamps[0]})", texts[0], "", f"{names[1]} ({stamps[1]})",
                f"> {d['wrote'].format(name=names[0])}", f"> {texts[0]}", texts[1], "",
                f"{names[2]} ({stamps[2]})", texts[2]]
        probes.append(("comments", f"> {d['wrote'].format(name=names[0])}"))
    else:
        for n, t, s in zip(names, texts, stamps):
            counts = f"👍 {rng.randrange(1, 60)}  ❤️ {rng.randrange(0, 9)}  😂 {rng.randrange(0, 5)}"
            out += [f"{n} · {s}", t, f"{counts}   {d['reply']}", ""]
        probes.append(("comments", "👍 "))
    return "\n".join(out).strip(), probes


def caption(rng: random.Random, d: dict) -> tuple[str, list]:
    """A caption printed twice (then with its credit), an arrow caption, an emoji caption, an alt attribute."""
    cap, who = d["caption"], rng.choice(d["names"][:2])
    shape = rng.choice(("twice", "arrow", "emoji", "alt"))
    if shape == "twice":
        return f"{cap}\n{cap} ({d['photo']}: {who}/{d['agency_tail'].strip('()/– ')})", [("caption", cap)]
    if shape == "arrow":
        return f"▲ {cap}", [("caption", cap)]
    if shape == "emoji":
        return f"📷 {cap} · {d['photo']}: {d['site']}", [("caption", cap)]
    return f'alt="{cap}" title="{cap}"', [("caption", cap), ("caption", 'alt="')]


def title(rng: random.Random, d: dict) -> tuple[str, list]:
    """The title again with the site's name: 'title – site', 'site » title', 'title :: site'."""
    t = rng.choice(("{t} – {s}", "{s} » {t}", "{t} :: {s}", "{t} - {s} | {c}")).format(t=d["title"], s=d["site"],
                                                                                      c=domain(d))
    return t, [("title", t)]


def credit(rng: random.Random, d: dict) -> tuple[str, list]:
    """A photographer's credit line, a publication line with reading time, or both."""
    who = rng.choice(d["names"][:2])
    shape = rng.choice(("photo", "published", "both"))
    ph = f"{d['photo'].upper()}: {who.upper()}" if rng.random() < 0.4 else f"{d['photo']} © {who} / {d['site']}"
    pub = f"{d['published']}: {d['stamps'][rng.randrange(2)]} · {d['minutes'].format(n=rng.randrange(3, 9))}"
    if shape == "photo":
        return ph, [("credit", ph)]
    if shape == "published":
        return pub, [("credit", pub)]
    return f"{pub}\n{ph}", [("credit", pub), ("credit", ph)]


def cta(rng: random.Random, d: dict) -> tuple[str, list]:
    """A subscription, app, follow, WhatsApp or push prompt, with or without an emoji."""
    key = rng.choice(("subscribe", "app", "follow", "whatsapp", "push"))
    mark = rng.choice(("", "📲 ", "🔔 ", "👉 ", "✉ "))
    return mark + d[key], [("cta", d[key])]


def legal(rng: random.Random, d: dict) -> tuple[str, list]:
    """Copyright, reproduction, affiliate, AI or correction notices, alone, two on a line, or in italics."""
    keys = rng.sample(("copyright", "reproduction", "affiliate", "ai", "correction"), rng.randrange(1, 3))
    text = " | ".join(d[k] for k in keys)
    if rng.random() < 0.3:
        text = f"_{text}_"
    return text, [("legal", d[k]) for k in keys]


def markdown(rng: random.Random, d: dict) -> tuple[str, list]:
    """Markdown debris: a '##' related list, an image, a table fragment, a lone rule or stray marks."""
    shape = rng.choice(("list", "image", "table", "rule", "stray"))
    if shape == "list":
        it = _items(rng, d, 2)
        text = f"## {d['related_head']}\n\n" + "\n".join(f"- [{x['title']}]({x['url']})" for x in it)
        return text, [("markdown", f"## {d['related_head']}")] + [("markdown", x["title"]) for x in it]
    if shape == "image":
        return f"![{d['caption']}](https://{domain(d)}/img/{slug(rng)}.jpg)", [("markdown", d["caption"]),
                                                                              ("markdown", "](https://")]
    if shape == "table":
        return "| | |\n|---|---|\n| 📤 | 🖨 |", [("markdown", "|---|"), ("markdown", "| 📤 |")]
    if shape == "rule":
        r = rng.choice(("---", "***", "___"))
        return r, [("markdown", r)]
    s = rng.choice(("**", "** **", "&nbsp;", "<br><br>"))
    return s, [("markdown", s.split()[0])]


BLOCK_MAKERS = (var_dump, related_json, donation, comments, caption, title, credit, cta, cta, legal, legal, markdown)
TAIL_MAKERS = (comments, legal, related_json, var_dump)
TOP_MAKERS = (title, credit, legal)
