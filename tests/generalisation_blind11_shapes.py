"""Eleventh blind harness, block artefacts: each maker ``(rng, d) -> (text, [(class:shape, probe)])`` prints one
artefact of a seed class in a shape the tenth harness did not use (print_r and var_export dumps, JSON lines of
related stories, related headlines as dashes, arrows, a pipe row, a "read also" line or bare lines, one-line donation
widgets, comment threads with handles and times ago, captions under file names or numbered, photo credits with an
agency, the title with a site suffix, ISO datelines, legal notices in brackets or boxes, markdown image links), in
the document's language ``d``."""
from __future__ import annotations

import json

SITES = ("mekong-post.example", "svratka.example", "kura-news.example", "bayan.example", "someș.example")
SITE_NAMES = ("Mekong Post", "Svratka Dnes", "Kura News", "Bayan Online", "Gazeta Nord")


def _titles(rng, d, k=(2, 4)) -> list[str]:
    """Related headlines no other artefact of the document prints: its share of the document's pool."""
    pool = d.setdefault("pool", rng.sample(d["related"], len(d["related"])))
    take = min(d.get("share", len(d["related"])), rng.randrange(k[0], k[1] + 1))
    out, pool[:] = pool[:take], pool[take:]
    return out


def _url(rng, d) -> str:
    return f"https://{rng.choice(SITES)}/{d['code']}/{rng.randrange(10000, 999999)}"


def print_r(rng, d):
    """PHP ``print_r`` of related stories: ``Array ( [0] => Array ( [title] => ... ) )``, indented or on one line."""
    ts = _titles(rng, d)
    rows = []
    for i, t in enumerate(ts):
        rows.append(f"    [{i}] => Array\n        (\n            [id] => {rng.randrange(1000, 99999)}\n"
                    f"            [title] => {t}\n            [link] => {_url(rng, d)}\n        )\n")
    text = "Array\n(\n" + "\n".join(rows) + ")"
    if rng.random() < 0.4:
        text = " ".join(text.split())
    return text, [("vardump:print_r", "] => ")] + [("vardump:title", t) for t in ts]


def var_export(rng, d):
    """PHP ``var_export`` of related stories: ``array ( 0 => array ( 'headline' => '...', ), )``."""
    ts = _titles(rng, d)
    key = rng.choice(["headline", "post_title", "naslov"])
    rows = [f"  {i} => \n  array (\n    '{key}' => '{t}',\n    'path' => '/{d['code']}/{rng.randrange(100, 9999)}',\n  ),"
            for i, t in enumerate(ts)]
    return "array (\n" + "\n".join(rows) + "\n)", [("vardump:var_export", "' => '")] + [("vardump:title", t) for t in ts]


def json_lines(rng, d):
    """Related stories as JSON lines, one object a line."""
    ts = _titles(rng, d)
    rows = [json.dumps({"type": "related", "headline": t, "href": _url(rng, d)}, ensure_ascii=rng.random() < 0.3)
            for t in ts]
    return "\n".join(rows), [("related_json:lines", '"href"')] + [("related_json:title", t) for t in ts]


def related_marked(rng, d):
    """A heading of the language, then headlines as dashes, arrows, squares or with a time."""
    ts = _titles(rng, d)
    head = rng.choice(d["w"]["related_head"])
    style = rng.randrange(4)
    rows = [["- " + t, "→ " + t, "■ " + t, f"{t} ({rng.randrange(1, 23):02d}:{rng.randrange(0, 59):02d})"][style] for t in ts]
    head = rng.choice([head, head + ":", f"== {head} ==", f"【{head}】"])
    return "\n".join([head] + rows), [("related:head", head.strip(":= 【】"))] + [("related:title", t) for t in ts]


def related_pipe(rng, d):
    """Related headlines in one row, separated by pipes or bullets."""
    ts = _titles(rng, d, (3, 4))
    return rng.choice([" | ", " • ", " / "]).join(ts), [("related:row", t) for t in ts]


def read_also(rng, d):
    """One "read also" line naming a related headline, maybe with an arrow or in brackets."""
    t = _titles(rng, d, (1, 1))
    if not t:
        return "", []
    lab = d["w"]["read_also"]
    line = rng.choice([f"{lab}: {t[0]}", f"» {lab} » {t[0]}", f"[{lab}: {t[0]}]", f"{lab.upper()}: {t[0]}"])
    return line, [("related:readalso", t[0])]


def related_bare(rng, d):
    """Related headlines as bare lines, some with a time ago or a view count."""
    ts = _titles(rng, d, (2, 3))
    rows = [f"{t}\n{rng.randrange(2, 59)} {d['w']['ago']}" if rng.random() < 0.4 else t for t in ts]
    return "\n".join(rows), [("related:bare", t) for t in ts]


def donation_line(rng, d):
    """A donation widget on one line or two: a prompt, amounts with the language's currency, a bracketed button."""
    cur = d["w"]["cur"]
    amounts = " · ".join(f"{a} {cur}" for a in rng.sample(["50", "100", "200", "500", "1 000"], 3))
    prompt = rng.choice(d["w"]["donate"])
    btn = f"[{d['w']['donate_btn']}]"
    text = rng.choice([f"{prompt} {amounts} {btn}", f"{prompt}\n{amounts}   {btn}", f"{amounts}\n{prompt} → {btn}"])
    return text, [("donation:prompt", prompt), ("donation:button", btn), ("donation:amount", amounts)]


def comments(rng, d):
    """A comment thread: a count heading, handles with times ago, texts, a reply and like line."""
    cs = rng.sample(d["comments"], len(d["comments"]))
    w = d["w"]
    head = w["comments_head"].format(n=len(cs) + rng.randrange(0, 30))
    out = [head]
    probes = [("comments:head", head)]
    for a, t in cs:
        out += [f"@{a.replace(' ', '_')} · {rng.randrange(2, 59)} {w['ago']}", t, f"👍 {rng.randrange(0, 40)}   {w['reply']}"]
        probes += [("comments:text", t)]
    probes.append(("comments:reply", w["reply"]))
    return "\n".join(out), probes


def caption(rng, d):
    """A photo caption under a file name, numbered as a gallery slide, marked with a triangle, or with an agency."""
    c = d["caption"]
    ph = d["w"]["photo"]
    who = rng.choice(["Reuters", "AFP/Getty", "EPA-EFE", "Xinhua", "M. Novak"])
    k = rng.randrange(4)
    if k == 0:
        f = rng.choice([f"DSC{rng.randrange(1000, 9999)}.JPG", f"photo_2024-0{rng.randrange(1, 9)}-12_10-4{rng.randrange(10)}.jpg",
                        f"{d['code']}-{rng.randrange(100, 999)}-web.webp"])
        return f"{f}\n{c}", [("caption:file", f), ("caption:text", c)]
    if k == 1:
        n = rng.randrange(2, 12)
        line = f"{ph} {rng.randrange(1, n)}/{n}: {c}"
        return line, [("caption:numbered", line)]
    if k == 2:
        return f"▲ {c}", [("caption:marked", c)]
    credit = f"{ph}: {who}"
    return rng.choice([f"{c} — {credit}", f"{c}. {credit}", f"{c} [{credit}]"]), [("caption:text", c), ("credit:photo", credit)]


def title_site(rng, d):
    """The title again with the site's name or the section after it (a browser tab, a share card)."""
    t = d["title"]
    line = rng.choice([f"{t} | {rng.choice(SITE_NAMES)}", f"{t} - {d['kicker']}", f"{t} « {rng.choice(SITE_NAMES)}"])
    return line, [("title:suffixed", line)]


def dateline(rng, d):
    """A dateline: an ISO timestamp, a day with a numeric date, or an updated line with the writer."""
    w = d["w"]
    y, m, dd = 2024, rng.randrange(1, 12), rng.randrange(1, 28)
    hm = f"{rng.randrange(0, 23):02d}:{rng.randrange(0, 59):02d}"
    k = rng.randrange(3)
    if k == 0:
        line = f"{y}-{m:02d}-{dd:02d}T{hm}:00+0{rng.randrange(3, 8)}:00"
        return line, [("dateline:iso", line)]
    if k == 1:
        line = f"{rng.choice(w['days'])} {dd}.{m}.{y} · {hm}"
        return line, [("dateline:day", line)]
    line = f"{w['updated']} {dd:02d}/{m:02d}/{y} {hm} — {w['writer']}: {rng.choice(['T. Nguyen', 'A. Kaur', 'J. Petersen'])}"
    return line, [("dateline:updated", line)]


def credit(rng, d):
    """A credit line: writer and editor together, a photo with an agency, or the source in brackets."""
    w = d["w"]
    k = rng.randrange(3)
    if k == 0:
        line = f"{w['writer']}: {rng.choice(['S. Bunmi', 'K. Arakelyan', 'D. Popescu'])} / {w['editor']}: {rng.choice(['N. Lee', 'P. Holm'])}"
        return line, [("credit:text", line)]
    if k == 1:
        line = f"{w['photo']}: {rng.choice(['Reuters', 'AFP', 'Anadolu'])} / {w['agency'].split(' ')[0]}"
        return line, [("credit:photo", line)]
    line = f"({w['source']}: {w['agency']})"
    return line, [("credit:source", line)]


def cta(rng, d):
    """A call to action with a link, in brackets, or after a hand."""
    c = rng.choice(d["w"]["cta"])
    line = rng.choice([f"{c}: {_url(rng, d)}", f"[ {c} ]", f"👇 {c} 👇", f"{c} →"])
    return line, [("cta:line", c)]


def legal(rng, d):
    """A legal notice: one line, in brackets, boxed between rules, or both notices on one line."""
    ls = d["w"]["legal"]
    k = rng.randrange(4)
    if k == 0:
        return ls[0], [("legal:line", ls[0])]
    if k == 1:
        x = rng.choice(ls)
        return f"({x})", [("legal:bracketed", x)]
    if k == 2:
        x = rng.choice(ls)
        return f"{'=' * 20}\n{x}\n{'=' * 20}", [("legal:boxed", x)]
    return f"{ls[0]} {ls[1]}", [("legal:pair", ls[0]), ("legal:pair", ls[1])]


def markdown(rng, d):
    """Markdown debris: an image inside a link, an emphasis-only label line, an empty link row."""
    k = rng.randrange(3)
    if k == 0:
        return f"[![{d['w']['photo']}](https://{rng.choice(SITES)}/i/{rng.randrange(1000, 9999)}.png)]({_url(rng, d)})", \
            [("markdown:image_link", "![")]
    if k == 1:
        return f"**{d['w']['read_also']}**", [("markdown:label", d["w"]["read_also"])]
    return f"[]({_url(rng, d)}) [ ]({_url(rng, d)})", [("markdown:empty_links", "](https://")]


RELATED_MAKERS = [print_r, var_export, json_lines, related_marked, related_pipe, read_also, related_bare]
BLOCK_MAKERS = [donation_line, comments, caption, title_site, dateline, credit, cta, legal, markdown]
HEAD_MAKERS = [dateline, credit, caption, title_site]
TAIL_MAKERS = [print_r, var_export, json_lines, related_marked, comments, cta, legal, donation_line, credit]
