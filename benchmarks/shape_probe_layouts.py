"""The shape probe's seven dump layouts: each builds (text, article pieces, look-alikes, gold) from one language's
data (benchmarks/shape_probe_langs_*.py). Gold rows are (class, text, (destination, ...)); destinations as in the
text probe: title, date, author, related, comment (author, depth), removed."""
from __future__ import annotations

import json

NB, ZW = "\u00a0", "\u200b"

EN_TITLE = "Bakers in a mountain town keep the night oven burning for their neighbours"
EN_PARAS = [
    "When the last supermarket in the valley closed in March, three bakers agreed to keep one oven lit through the "
    "night so that the early shift at the quarry would still find bread at five.",
    "\"Nobody asked us to, we just did not want the street to go dark,\" said Lena Brandt, who has run the corner "
    "bakery for twenty-two years.",
    "The town council has since offered the bakers a reduced rent, and a farm co-operative now delivers flour at "
    "cost every Monday.",
    "Queues start forming before dawn, and the bakers say they now sell out of rye loaves by seven most days.",
]
EN_LOOK = [
    "A loaf of rye costs 3.20, a seeded roll 0.90 and a tray of apple cake 14.50, prices unchanged since spring.",
    "\"Please give what you can to the soup kitchen, every coin counts,\" the priest told the crowd after mass.",
    "The cookie story is older: in 1998 the bakery sold ten thousand ginger biscuits in a week to pay for the roof.",
    "Valley league table: Oberdorf 21 points, Steinbach 18 points, Lindau 15 points, Mühltal 9 points.",
]


def _entities(s: str) -> str:
    return s.replace("\"", "&quot;", 2)


def layout_web(d: dict, code: str) -> tuple[list, list, str]:
    """Web copy: trailing NBSP/zero-width characters, artefacts between paragraphs, a network-only share row."""
    p = d["paras"]
    body = [d["title"] + NB, d["date_line"] + " " + ZW, d["byline"][0] + NB, p[0], d["caption"] + ZW, d["caption"],
            p[1], "Facebook | X | WhatsApp | Telegram" + NB, p[2], d["cta"][0] + " " + NB, p[3], *d["lookalike"],
            d["related_head"] + ZW, *d["related"], d["legal"][0] + NB]
    gold = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)),
            ("byline", d["byline"][0], ("author", d["byline"][1])), ("caption", d["caption"], ("removed",)),
            ("share", "Facebook | X | WhatsApp | Telegram", ("removed",)), ("cta", d["cta"][0], ("removed",)),
            ("related", d["related_head"], ("removed",)), *[("related", r, ("related",)) for r in d["related"]],
            ("legal", d["legal"][0], ("removed",))]
    return body, gold, "\n\n"


def layout_packed(d: dict, code: str) -> tuple[list, list, str]:
    """One line holding several artefacts (date | byline | read time; share row · call; source + copyright)."""
    p = d["paras"]
    head = f"{d['date_line']} | {d['byline'][0]} | {d['read_line']}"
    share = f"{d['share_row']} · {d['cta'][1]}"
    don = f"{d['donation'][0]} {d['donation'][1]}"
    tail = f"{d['source_line']} {d['legal'][0]}"
    rel = f"{d['related_head']}: " + " | ".join(d["related"])
    body = [d["title"], head, p[0], p[1], share, p[2], don, p[3], *d["lookalike"], rel, tail]
    gold = [("title", d["title"], ("title",)), ("packed", head, ("date",)), ("packed", head, ("author", d["byline"][1])),
            ("packed", share, ("removed",)), ("donation", don, ("removed",)), ("related", rel, ("removed",)),
            ("packed", tail, ("removed",))]
    return body, gold, "\n\n"


def layout_markdown(d: dict, code: str) -> tuple[list, list, str]:
    """Markdown with HTML entities: an image and its caption repeated, a quoted call with a link, a related table."""
    p = d["paras"]
    table = "| | |\n|---|---|\n" + "\n".join(f"| [{r}](https://news.example.org/{code}/{i}) | 2025 |"
                                           for i, r in enumerate(d["related"]))
    body = [f"# {d['title']}", f"_{d['date_line']}_ &middot; **{d['byline'][0]}**", _entities(p[0]) + "&nbsp;",
            f"![{d['caption']}](https://img.example.org/{code}.jpg)", f"*{d['caption']}*", p[1], p[2],
            f"> **{d['cta'][0]}** [&rarr;](https://news.example.org/newsletter)", p[3], *d["lookalike"],
            f"### {d['related_head']}", table, f"[{d['share_row']}](https://share.example.org/?u={code})",
            d["legal"][0].replace("©", "&copy;")]
    gold = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)),
            ("byline", d["byline"][0], ("author", d["byline"][1])), ("entity", "&nbsp;", ("removed",)),
            ("entity", "&quot;", ("removed",)), ("caption", d["caption"], ("removed",)),
            ("markdown", "](https://", ("removed",)), ("markdown", "|---|", ("removed",)),
            ("cta", d["cta"][0], ("removed",)), ("related", d["related_head"], ("removed",)),
            *[("related", r, ("related",)) for r in d["related"]], ("share", d["share_row"], ("removed",)),
            ("legal", d["legal"][0][2:], ("removed",))]
    return body, gold, "\n\n"


def layout_en_chrome(d: dict, code: str) -> tuple[list, list, str]:
    """English site chrome around the language's article (a wire service's foreign-language desk)."""
    p, name = d["paras"], d["byline"][1]
    thread, tg = [], []
    for i, (who, _, text) in enumerate(d["comments"]):
        thread += [f"{who} · {i + 2} hours ago", text, ""]
        tg.append(("comments", text, ("comment", who, 0)))
    body = ["Home › World › Europe", "", d["title"], "", "Published 12 December 2025, 09:40 GMT", f"By {name}",
            "Listen to this article · 4 min", "", p[0], "", p[1], "", "Advertisement", "", p[2], "",
            "Sign up for our free daily newsletter", "", p[3], "", *d["lookalike"], "",
            "Share this article: Facebook Twitter WhatsApp Email", "", "Read more:", *d["related"], "",
            "3 Comments", "", *thread, "© 2025 Example Media Ltd. All rights reserved."]
    gold = [("crumbs", "Home › World › Europe", ("removed",)), ("title", d["title"], ("title",)),
            ("dateline", "Published 12 December 2025", ("date",)), ("byline", f"By {name}", ("author", name)),
            ("dateline", "Listen to this article", ("removed",)), ("ad", "Advertisement", ("removed",)),
            ("cta", "Sign up for our free daily newsletter", ("removed",)),
            ("share", "Share this article", ("removed",)), ("related", "Read more:", ("removed",)),
            *[("related", r, ("related",)) for r in d["related"]], ("comments", "3 Comments", ("removed",)), *tg,
            ("legal", "© 2025 Example Media Ltd", ("removed",))]
    return body, gold, "\n"


def layout_foreign_chrome(d: dict, code: str) -> tuple[list, list, str]:
    """The language's site chrome around an English article (an English edition of a foreign site)."""
    p = EN_PARAS
    body = [d["source_line"], EN_TITLE, d["date_line"], d["byline"][0], d["read_line"], p[0], p[1], d["share_row"],
            p[2], p[3], d["cta"][0], *EN_LOOK, d["donation"][0], d["donation"][1], d["related_head"], *d["related"],
            d["legal"][0]]
    gold = [("source", d["source_line"], ("removed",)), ("title", EN_TITLE, ("title",)),
            ("dateline", d["date_line"], ("date",)), ("byline", d["byline"][0], ("author", d["byline"][1])),
            ("dateline", d["read_line"], ("removed",)), ("share", d["share_row"], ("removed",)),
            ("cta", d["cta"][0], ("removed",)), *[("donation", x, ("removed",)) for x in d["donation"]],
            ("related", d["related_head"], ("removed",)), *[("related", r, ("related",)) for r in d["related"]],
            ("legal", d["legal"][0], ("removed",))]
    return body, gold, "\n\n"


def layout_thread(d: dict, code: str) -> tuple[list, list, str]:
    """A CMS export: source line, title printed twice, a donation box, a thread of name / stamp / text heads."""
    thread, tg = [d["comment_head"], ""], []
    for i, (who, stamp, text) in enumerate(d["comments"]):
        depth = 1 if i == 1 else 0
        thread += [("↳ " if depth else "") + who, stamp, text, ""]
        tg.append(("comments", text, ("comment", who, depth)))
    body = [d["source_line"], "", d["title"], "", d["title"], "", d["date_line"], ""]
    for x in d["paras"] + d["lookalike"]:
        body += [x, ""]
    body += [d["cta"][0], "", d["donation"][0], d["donation"][1], "", *thread]
    gold = [("source", d["source_line"], ("removed",)), ("title", d["title"], ("title",)),
            ("dateline", d["date_line"], ("date",)), ("cta", d["cta"][0], ("removed",)),
            *[("donation", x, ("removed",)) for x in d["donation"]], ("comments", d["comment_head"], ("removed",)),
            *tg]
    return body, gold, "\n"


def layout_dumps(d: dict, code: str) -> tuple[list, list, str]:
    """Dumps between paragraphs: a JSON comment array, print_r of the related stories, var_dump of the metadata."""
    p, name = d["paras"], d["byline"][1]
    com = json.dumps([{"id": i + 1, "author": who, "date": "2025-11-0%d 10:00" % (i + 1), "content": text,
                       "parent": 1 if i == 1 else 0} for i, (who, _, text) in enumerate(d["comments"])],
                     ensure_ascii=False)
    rows = "".join(f"    [{i}] => Array\n        (\n            [title] => {r}\n            [url] => "
                   f"https://news.example.org/{code}/{i}\n        )\n\n" for i, r in enumerate(d["related"]))
    pr = f"Array\n(\n{rows})"
    vd = (f'object(stdClass)#7 (2) {{\n  ["author"]=>\n  string({len(name.encode())}) "{name}"\n'
          f'  ["status"]=>\n  string(7) "publish"\n}}')
    body = [d["title"], d["date_line"], p[0], pr, p[1], p[2], vd, p[3], *d["lookalike"], com,
            d["legal"][0].replace("©", "&copy;")]
    gold = [("title", d["title"], ("title",)), ("dateline", d["date_line"], ("date",)),
            ("dump", "[url] =>", ("removed",)), *[("related", r, ("related",)) for r in d["related"]],
            ("dump", '["status"]=>', ("removed",)), ("dump", '"parent":', ("removed",)),
            *[("comments", t, ("comment", w, 1 if i == 1 else 0)) for i, (w, _, t) in enumerate(d["comments"])],
            ("legal", d["legal"][0][2:], ("removed",))]
    return body, gold, "\n\n"


LAYOUTS = [layout_web, layout_packed, layout_markdown, layout_en_chrome, layout_foreign_chrome, layout_thread,
           layout_dumps]


def build(d: dict, code: str, n: int) -> tuple[str, list[str], list[str], list]:
    """(text, article paragraphs, look-alikes, gold) of layout n for one language."""
    body, gold, sep = LAYOUTS[n](d, code)
    if n == 4:
        return sep.join(body), EN_PARAS, EN_LOOK, gold
    return sep.join(body), d["paras"], d["lookalike"], gold
