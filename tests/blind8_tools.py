"""Inline artefacts and dump tools of the eighth blind harness (tests/generalisation_blind8.py).

Written without reading the rules of cleaners/. Inline artefacts: a dateline glued before a paragraph, an agency
tag or a call to action glued after it, markdown debris inside it (bold marks, a link, an HTML entity, a <br>).
Tools: plain blank-line text, a Readability reader-view copy, a PDF-to-text export (wrapped lines, hyphenation,
running headers and page numbers, page breaks inside paragraphs), a WhatsApp share, an Obsidian/Notion clipping
(YAML front matter, block ids, wiki links), wget + html2text of an AMP page, a Pocket export, a screen reader's
transcript, a CMS preview.
"""
from __future__ import annotations

import random
import textwrap

from tests.blind8_shapes import domain, slug

ENTITIES = {'"': "&quot;", "„": "&bdquo;", "“": "&ldquo;", "”": "&rdquo;", "»": "&raquo;", "«": "&laquo;",
            "–": "&ndash;", "’": "&rsquo;"}
TOOLS = ("plain", "reader", "pdf", "whatsapp", "notion", "amp", "pocket", "screenreader", "cms")


def _span(rng: random.Random, para: str, code: str) -> tuple[int, int]:
    """A word (or four Han characters) near the middle of the paragraph: (start, end)."""
    if code == "zh":
        i = len(para) // 2
        return i, i + 4
    spaces = [i for i, c in enumerate(para) if c == " "]
    k = rng.randrange(len(spaces) // 3, 2 * len(spaces) // 3)
    s, e = spaces[k] + 1, spaces[k + 1] if k + 1 < len(spaces) else len(para)
    while e > s and not para[e - 1].isalnum():
        e -= 1
    return s, e


def dateline(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    return f"{d['dateline']} {para}", [para], [("credit", d["dateline"])]


def glued_end(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    if rng.random() < 0.5:
        return f"{para} {d['agency_tail']}", [para], [("credit", d["agency_tail"])]
    key = rng.choice(("whatsapp", "follow", "subscribe"))
    return f"{para} {d[key]}", [para], [("cta", d[key])]


def debris_inside(rng: random.Random, d: dict, para: str) -> tuple[str, list, list]:
    """Markdown debris in a paragraph; the paragraph must come out whole without it."""
    code = d["code"]
    shape = rng.choice(("bold", "link", "entity", "br"))
    if shape == "entity":
        for ch, ent in ENTITIES.items():
            if ch in para:
                return para.replace(ch, ent, 1), [para], [("markdown", ent)]
        shape = "bold"
    if shape == "br":
        cut = max(para.find(". "), para.find("。"), para.find("، "), para.find("। "))
        if cut > 0 and cut + 2 < len(para) - 1:
            a, b = para[: cut + 1], para[cut + 1:].lstrip()
            return f"{a}{rng.choice(('<br>', '<br />', '<br/>'))}{b}", [a, b], [("markdown", "<br")]
        shape = "bold"
    s, e = _span(rng, para, code)
    word = para[s:e]
    if shape == "bold":
        return f"{para[:s]}**{word}**{para[e:]}", [para], [("markdown", "**" + word)]
    url = f"https://{domain(d)}/tag/{slug(rng, 5)}"
    return f"{para[:s]}[{word}]({url}){para[e:]}", [para], [("markdown", f"]({url})")]


def _pdf(rng: random.Random, d: dict, items: list, locked: set) -> tuple[str, list, dict]:
    """Wrapped lines, pages of 18-30 lines with a running header and a page number; hyphenated breaks. A page
    breaks inside a paragraph unless it is locked (it carries an inline artefact: its pieces are its own)."""
    width = rng.randrange(62, 80)
    wrap = d["code"] != "zh"                                 # CJK lines are kept whole: see the module docstring
    lines: list[tuple[int | None, str]] = []                 # (paragraph index or None, line)
    for kind, k, text in items:
        for block in text.split("\n"):
            ws = textwrap.wrap(block, width, break_long_words=False, break_on_hyphens=False) if wrap else [block]
            lines += [(k if kind == "para" else None, w) for w in (ws or [""])]
        lines.append((None, ""))
    page = rng.randrange(18, 31)
    header = f"{d['site']} · {d['stamps'][0]}"
    pages: list[list] = [[]]
    for i, ln in enumerate(lines):
        if len(pages[-1]) >= page and not (ln[0] is not None and ln[0] in locked and lines[i - 1][0] == ln[0]):
            pages.append([])
        pages[-1].append(ln)
    splits: dict = {}
    for a, b in zip(pages, pages[1:]):
        if a[-1][0] is not None and a[-1][0] == b[0][0]:      # a paragraph broken by the page
            k = a[-1][0]
            before = " ".join(w for j, w in a if j == k)
            after = " ".join(w for j, w in b if j == k)
            splits[k] = [p for p in (before, after) if p]
    hyph = rng.random() < 0.5
    fmt = rng.choice(("– {n} –", "{n}", "{n} / {t}"))
    out: list[str] = []
    for n, pg in enumerate(pages, 1):
        ls = [w for _, w in pg]
        for i in range(len(ls) - 1):
            nxt = ls[i + 1].split(" ", 1)
            if hyph and pg[i][0] is not None and pg[i][0] == pg[i + 1][0] and len(nxt[0]) >= 9 and nxt[0].isalpha() \
                    and rng.random() < 0.5:
                cut = len(nxt[0]) // 2
                ls[i] += " " + nxt[0][:cut] + "-"
                ls[i + 1] = nxt[0][cut:] + (" " + nxt[1] if len(nxt) > 1 else "")
        out += [header, ""] + ls + ["", fmt.format(n=n, t=len(pages)), "\f"]
    numbers = [("tool", fmt.format(n=1, t=len(pages)))] if fmt != "{n}" else []   # a bare number: no probe
    return "\n".join(out), [("tool", header)] + numbers, splits


def layout(rng: random.Random, d: dict, tool: str, items: list, locked: set) -> tuple[str, list, dict]:
    """The document as the tool prints it: (text, the tool's (class, probe, place) probes, split paragraphs).
    items are (kind, paragraph index or None, text) with kind 'title', 'para' or 'art'."""
    dom, title = domain(d), d["title"]
    texts = [t for _, _, t in items]
    minutes = d["minutes"].format(n=rng.randrange(3, 9))
    if tool == "pdf":
        text, pr, splits = _pdf(rng, d, items, locked)
        return text, [(c, p, "head" if p == pr[0][1] else "middle") for c, p in pr], splits
    ti = next(i for i, (kind, _, _) in enumerate(items) if kind == "title")
    if tool == "reader":
        texts[ti + 1:ti + 1] = [rng.choice(d["names"][:2]), minutes]
        return "\n\n".join([dom] + texts) + "\n", [("tool", dom, "head"), ("tool", minutes, "head")], {}
    if tool == "whatsapp":
        url = f"https://{dom}/a/{slug(rng)}?utm_source=whatsapp"
        texts[ti:ti + 1] = [f"*{title}*", url]
        tail = f"_{d['site']}_ · {d['whatsapp']}"
        return "\n\n".join(texts + [tail]) + "\n", [("tool", url, "head"), ("cta", d["whatsapp"], "tail")], {}
    if tool == "notion":
        fm = ["---", f'title: "{title}"', f"source: \"https://{dom}/{slug(rng)}\"", "author:", f"  - \"[[{d['site']}]]\"",
              "created: 2026-12-05", "tags:", "  - clippings", "---"]
        k = rng.choice([i for i, (kind, _, _) in enumerate(items) if kind == "para"])
        bid = "^" + slug(rng, 6)
        texts[ti] = f"# {title}"
        texts[k] += " " + bid
        wiki = f"[[{d['related'][0]}]]"
        pr = [("tool", "tags:", "head"), ("tool", f"source: \"https://{dom}", "head"), ("tool", bid, "glued"),
              ("tool", wiki, "tail")]
        return "\n".join(fm) + "\n\n" + "\n\n".join(texts + [wiki]) + "\n", pr, {}
    if tool == "amp":
        head = ["[Skip to content](#main-content)", f"* [☰](#menu)\n* [{d['site']}](https://{dom}/amp/)",
                f"![](https://{dom}/amp/i/{slug(rng)}.jpg)"]
        texts[ti] = f"# {title}"
        tail = f"[⬆](#top) · [{d['site']}](https://{dom}/) · AMP"
        pr = [("tool", "[Skip to content]", "head"), ("tool", f"](https://{dom}/amp/)", "head"),
              ("tool", f"](https://{dom}/amp/i/", "head"), ("tool", "(#top)", "tail")]
        return "\n\n".join(head + texts + [tail]) + "\n", pr, {}
    if tool == "pocket":
        src = f"{dom} · {minutes}"
        texts.insert(ti + 1, src)
        tail = [f"View Original · https://{dom}/{slug(rng)}", f"Tags: {d['code']}, news", "Saved 5 Dec 2026"]
        return "\n\n".join(texts + tail) + "\n", [
            ("tool", src, "head"), ("tool", "View Original", "tail"), ("tool", f"Tags: {d['code']}, news", "tail")], {}
    if tool == "screenreader":
        out = ["banner landmark"]
        for kind, _, t in items:
            if kind == "title":
                out += [f"heading level 1, {t}", "main landmark"]
                continue
            if kind == "art":
                t = rng.choice(("link, ", "graphic, ", "heading level 2, ", "list, 3 items, ")) + t
            out.append(t)
        out += ["end of main landmark", "contentinfo landmark"]
        return "\n\n".join(out) + "\n", [("tool", "banner landmark", "head"), ("tool", "heading level 1", "head"),
                                         ("tool", "end of main landmark", "tail"), ("tool", "contentinfo landmark", "tail")], {}
    if tool == "cms":
        head = [f"PREVIEW · Draft · Last saved {d['stamps'][1]} by {d['names'][0]}",
                f"Slug: {slug(rng, 10)} | Section: {d['related_head']}"]
        tail = [f"Word count: {rng.randrange(300, 900)} · SEO score: {rng.randrange(40, 99)}/100", "[Edit] [Schedule] [Publish]"]
        return "\n".join(head) + "\n\n" + "\n\n".join(texts + tail) + "\n", [
            ("tool", "PREVIEW · Draft", "head"), ("tool", "Slug: ", "head"), ("tool", "Word count:", "tail"),
            ("tool", "[Publish]", "tail")], {}
    return "\n\n".join(texts) + "\n", [], {}
