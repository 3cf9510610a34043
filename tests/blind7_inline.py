"""Inline artefacts and dump-tool layouts of the seventh blind harness (tests/generalisation_blind7.py).

Inline makers put an artefact into an article paragraph: a dateline glued to its start ('PARIS (AFP) - ...'),
an image's alt text or a lynx link number in its middle, an ad slug or call to action glued to its end. They
return the new paragraph, the pieces of the paragraph that must stay in the body, and the probes. Layouts print
the whole document as a dump tool would: blank-line paragraphs, a browser copy-paste (one newline), lynx -dump
(indented, wrapped, numbered links and a references list), html2text markdown, a Telegram forward, an e-mail
newsletter, an RSS description, a Google Docs export with its comment anchors.
"""
from __future__ import annotations

import random
import textwrap

NO_SPACES = ("ja",)
CHANNELS = ("ValleyNews", "Dalbote Kanal", "Noticias del Valle", "Вести долины")


def _split_point(para: str) -> int:
    """An index near the middle of the paragraph just after a comma, or else after a space; -1 if none."""
    mid = len(para) // 2
    for seps in ((", ", "، ", "、", "; "), (" ",)):
        cands = [i + len(s) for s in seps for i in range(len(para)) if para.startswith(s, i)]
        cands = [c for c in cands if len(para) // 5 < c < len(para) * 4 // 5]
        if cands:
            return min(cands, key=lambda c: abs(c - mid))
    return -1


def dateline(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    """'CITY (Agency) - ' glued to the start of the paragraph; only the dateline is the artefact."""
    city, ag = d["city"], d["agency"]
    head = rng.choice((f"{city} ({ag}) - ", f"{city} ({ag}) — ", f"{city}, {rng.randrange(1, 28)}.3. ({ag}) – ",
                       f"{city} – ", f"【{city}＝{ag}】" if d.get("code") == "ja" else f"{city}: "))
    return head + para, [para], [("dateline", head.strip())]


def caption_inside(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    """An image's alt text printed in the middle of a paragraph, as '(Photo: ...)' or 'Image: ...'."""
    i = _split_point(para)
    if i < 0:
        return para + " ", [para], []
    cap = d["caption"]
    ins = rng.choice((f"({d['photo']}: {cap})", f"{d['image']}: {cap}", f"[{d['image']}: {cap}]"))
    a, b = para[:i].rstrip(), para[i:].lstrip()
    return f"{a} {ins} {b}", [a, b], [("caption", cap)]


def link_inside(rng: random.Random, d: dict, para: str, n: int) -> tuple[str, list, list]:
    """A lynx link number glued to a word in the middle of a paragraph: 'said the [7]minister'."""
    i = _split_point(para)
    if i < 0:
        return para, [para], []
    a, b = para[:i], para[i:]
    return f"{a}[{n}]{b}", [a.rstrip(), b.lstrip()], [("links", f"[{n}]{b[:12]}")]


def glued_end(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    """An ad slug, a call to action or a credit glued to the end of a paragraph, after one space."""
    shape = rng.choice(("advert", "newsletter", "readmore", "photo", "listen"))
    if shape == "advert":
        tail, cls = d["advert"].upper(), "cta"
    elif shape == "newsletter":
        tail, cls = f"[{d['newsletter']}]", "cta"
    elif shape == "readmore":
        tail, cls = f"{d['read_more']}: {rng.choice(d['related'])}", "cta"
    elif shape == "photo":
        tail, cls = f"({d['photo']}: {d['agency']}/{rng.choice(d['names'])})", "credit"
    else:
        tail, cls = f"{d['listen']} · {rng.randrange(2, 9)}:{rng.randrange(60):02d} min", "reading"
    return f"{para} {tail}", [para], [(cls, tail)]


def _wrap(block: str, code: str) -> str:
    if code in NO_SPACES or "\n" in block or len(block) < 78 or block.lstrip().startswith(("{", "[", "<", "a:")):
        return block
    return "\n".join(textwrap.wrap(block, 74, initial_indent="   ", subsequent_indent="   ",
                                   break_long_words=False, break_on_hyphens=False))


def layout(rng: random.Random, d: dict, code: str, tool: str, texts: list) -> tuple[str, list]:
    """The document text of the blocks as the dump tool prints it, plus the tool's own (class, probe, place)."""
    probes: list = []
    if tool == "paste":
        return "\n".join(texts) + "\n", probes
    if tool == "lynx":
        n = len(texts)
        refs = [f"   {i}. https://news.example.org/{rng.choice(('region', 'transport', 'tag/rail'))}/{i}"
                for i in range(1, 6)]
        links = [f"   [{i}]{lab}" for i, lab in ((1, d["read_more"]), (2, d["related"][0]))]
        probes += [("links", links[0].strip(), "middle"), ("links", links[1].strip(), "middle"),
                   ("links", refs[0].strip(), "tail"), ("links", d["refs"], "tail")]
        body = [_wrap(t, code) for t in texts]
        body.insert(rng.randrange(2, n + 1), "\n".join(links))
        return "\n\n".join(body + [d["refs"] + "\n\n" + "\n".join(refs)]) + "\n", probes
    if tool == "markdown":
        crumbs = f"[Home](https://news.example.org/) > [{d['related'][0]}](https://news.example.org/region/)"
        probes += [("links", "[Home](https://news.example.org/)", "head")]
        return "\n\n".join([crumbs] + texts + ["* * *"]) + "\n", probes
    if tool == "telegram":
        ch = rng.choice(CHANNELS)
        head, tail = f"Forwarded from {ch}", f"👉 t.me/{ch.split()[0].lower()} | 🔔 {d['newsletter']}"
        probes += [("tool", head, "head"), ("tool", tail, "tail")]
        return "\n".join([head] + texts + [tail]) + "\n", probes
    if tool == "newsletter":
        head = "View this email in your browser"
        tail = "Unsubscribe | Update your preferences | Forward to a friend"
        probes += [("tool", head, "head"), ("tool", tail, "tail")]
        return "\n\n".join([head] + texts + [tail]) + "\n", probes
    if tool == "rss":
        tail = f"The post {d['title']} appeared first on {rng.choice(('Valley Post', 'El Valle'))}."
        probes += [("tool", tail, "tail")]
        return "\n\n".join(texts + [tail]) + "\n", probes
    if tool == "gdocs":
        note = f"[a]{d['names'][2]}: {d['comments'][1]}"
        probes += [("comments", note, "tail")]
        return "\n\n".join(texts + ["", note]) + "\n", probes
    return "\n\n".join(texts) + "\n", probes


TOOLS = ("plain", "plain", "paste", "lynx", "markdown", "telegram", "newsletter", "rss", "gdocs")
