"""The tools that print a document of the ninth blind harness, and the artefacts glued to or put inside its
paragraphs. A document is a list of items (kind, text): kind "title", "para" (a string, or a (lead, items) list
paragraph), "art" (an artefact block, printed as it is). Tools: lynx -dump, w3m -dump, a JSON-lines export of the
CMS, a forwarded e-mail newsletter, OCR of the printed page, subtitle-like short lines, newsboat's article view, a
WordPress block export, a copy-paste with single line breaks."""
from __future__ import annotations

import json
import random
import textwrap
import unicodedata

TOOLS = ("lynx", "w3m", "jsonl", "email", "ocr", "subtitle", "newsboat", "gutenberg", "clipboard")


def _wrap(text: str, width: int, indent: str = "") -> str:
    return "\n".join(textwrap.wrap(text, width, initial_indent=indent, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False)) or text


def _para_lines(p, bullet: str) -> tuple[str, list[str]]:
    if isinstance(p, tuple):
        lead, items = p
        return lead, [bullet + it for it in items]
    return p, []


def _plain(items, width: int, indent: str, bullet: str, title_fmt, sep: str = "\n\n") -> str:
    out = []
    for kind, p in items:
        if kind == "title":
            out.append(title_fmt(p))
        elif kind == "art":
            out.append(p)
        else:
            lead, rows = _para_lines(p, bullet)
            block = _wrap(lead, width, indent) if width else indent + lead
            out.append("\n".join([block] + [(_wrap(r, width, indent + "  ") if width else indent + r) for r in rows]))
    return sep.join(out)


def layout(rng: random.Random, d: dict, tool: str, items: list) -> str:
    """The dump of a document's items as ``tool`` prints it."""
    title = d["title"]
    host = d["host"]
    if tool == "lynx":
        text = _plain(items, 74, "   ", "  * ", lambda t: t)
        refs = "\n".join(f"   {i}. https://{host}/{p}" for i, p in enumerate(("", "news", "login", "rss"), 1))
        return f"   [1]{host} [2]News [3]Login\n\n{text}\n\nReferences\n\n{refs}\n"
    if tool == "w3m":
        return _plain(items, 80, "", "• ", lambda t: t) + "\n"
    if tool == "jsonl":
        rows = []
        for i, (kind, p) in enumerate(items):
            if isinstance(p, tuple):
                rows.append({"i": i, "type": "p", "text": p[0]})
                rows += [{"i": i, "type": "li", "text": it} for it in p[1]]
            else:
                rows.append({"i": i, "type": {"title": "h1", "para": "p"}.get(kind, "raw"), "text": p})
        return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    if tool == "email":
        text = _plain(items, 72, "", "- ", lambda t: t)
        head = ("---------- Forwarded message ---------\n"
                f"From: {d['site']} <newsletter@{host}>\nDate: Sat, 5 Dec 2026 at 07:{rng.randrange(10, 59)}\n"
                f"Subject: {title}\nTo: <reader@example.org>\n\n")
        return head + text + f"\n\n--\nhttps://{host}/newsletter/unsubscribe?u={rng.randrange(10**6)}\n"
    if tool == "ocr":
        text = _plain(items, 58, "", "— ", lambda t: t)
        blocks = text.split("\n\n")
        cut = rng.randrange(1, max(2, len(blocks)))
        return "\n\n".join(blocks[:cut]) + f"\n\n\f{d['site'].upper()}    {rng.randrange(2, 30)}\n\n" + \
            "\n\n".join(blocks[cut:]) + "\n"
    if tool == "subtitle":
        return _plain(items, 38, "", "- ", lambda t: t) + "\n"
    if tool == "newsboat":
        text = _plain(items, 72, "", " * ", lambda t: t)
        return (f"Feed: {d['site']}\nTitle: {title}\nAuthor: {rng.choice(d['names'])}\nLink: https://{host}/a/"
                f"{rng.randrange(10**6)}\nDate: Sat, 05 Dec 2026 0{rng.randrange(9)}:14:00 +0100\n\n{text}\n\n"
                f"Links:\n[1]: https://{host}/ (link)\n[2]: https://{host}/img/lead.jpg (image)\n")
    if tool == "gutenberg":
        out = []
        for kind, p in items:
            if kind == "title":
                out.append(f'<!-- wp:heading {{"level":1}} -->\n<h1>{p}</h1>\n<!-- /wp:heading -->')
            elif kind == "art":
                out.append(f"<!-- wp:html -->\n{p}\n<!-- /wp:html -->")
            elif isinstance(p, tuple):
                lis = "".join(f"<li>{it}</li>" for it in p[1])
                out.append(f"<!-- wp:paragraph -->\n<p>{p[0]}</p>\n<!-- /wp:paragraph -->\n\n"
                           f"<!-- wp:list -->\n<ul>{lis}</ul>\n<!-- /wp:list -->")
            else:
                out.append(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->")
        return "\n\n".join(out) + "\n"
    return _plain(items, 0, "", "", lambda t: t, sep="\n") + "\n"          # clipboard


def glue_end(rng: random.Random, d: dict, para: str) -> tuple[str, tuple[str, str]]:
    """A call to action or a legal line glued after a paragraph's last sentence."""
    cls = rng.choice(("cta", "legal"))
    line = rng.choice(d["w"][cls])
    d.setdefault("glued", []).append(line)
    return para + rng.choice((" ", "  ", "")) + line, (cls + ":glued", line)


def glue_dateline(rng: random.Random, d: dict, para: str) -> tuple[str, tuple[str, str]]:
    """A dateline glued before the first paragraph: "CITY (agency) – ", "CITY, 5 Dec. /agency/ ..."."""
    shape = rng.randrange(3)
    head = (f"{d['city'].upper()} ({d['agency']}) – " if shape == 0 else f"{d['city']}, {rng.randrange(1, 29)}.12. "
            f"/{d['agency']}/ " if shape == 1 else f"{d['city'].upper()} — {d['agency']} | ")
    return head + para, (f"credit:dateline{shape}", head.strip(" –—|/"))


def link_inside(rng: random.Random, d: dict, para: str) -> tuple[str, list[str], tuple[str, str]]:
    """A markdown link made of a piece of a paragraph: the text, its pieces around the link, the probe (the url)."""
    url = f"(https://{d['host']}/tag/{rng.randrange(10**4, 10**5)})"
    words = para.split(" ")
    if len(words) > 6:
        i = rng.randrange(1, len(words) - 3)
        before, span, after = " ".join(words[:i]), " ".join(words[i:i + 2]), " ".join(words[i + 2:])
    else:                                            # a script without spaces
        i = rng.randrange(2, max(3, len(para) // 2))
        j = i + 4
        while i < len(para) and unicodedata.category(para[i]).startswith("M"):     # no cut before a vowel sign
            i += 1
        j = max(j, i + 2)
        while j < len(para) and unicodedata.category(para[j]).startswith("M"):
            j += 1
        before, span, after = para[:i], para[i:j], para[j:]
    text = f"{before} [{span}]{url} {after}" if len(words) > 6 else f"{before}[{span}]{url}{after}"
    return text, [x for x in (before.strip(), span, after.strip()) if x], ("markdown:inline_link", url)
