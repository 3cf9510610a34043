"""A fifth blind harness of comment pages: local-news pages composed at random in 20 languages (en es pt ro cs hu fi
id vi sw tr bg ru ar fa hi th ja zh ko; `page_threads_blind5_text_*.py`) in three page templates, with the comment
section of one of 24 systems other than the usual blog ones (`page_threads_blind5_systems_*.py`: a Discourse embed,
Commento, Isso, Livefyre, the Facebook plugin's markup, custom elements, `<details>` trees, Q&A answers with votes,
product reviews with stars, fediverse replies, a guestbook table, `<dl>`/`<table>`/`<ol>` threads, "in reply to"
links, a BBS's floors, a thread paged by "load more"…), placed after the article or, on some pages, before it; and
pages without comments whose furniture looks like them (`page_threads_blind5_negatives.py`).

Written without reading the engine's rules, language files or the other blind harnesses' content. Scored per page
(`page_threads_blind5_score.py`): body F1, comments F1, missed and spurious pages, found, author, depth and parent.

    python -m tests.page_threads_blind5 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape as e

from tests.harness_run import thread_command_line
from tests.page_threads_blind5_negatives import NEGATIVES, OPT
from tests.page_threads_blind5_systems_a import SYSTEMS_A
from tests.page_threads_blind5_systems_b import SYSTEMS_B
from tests.page_threads_blind5_text_a import LANGS_A
from tests.page_threads_blind5_text_b import LANGS_B
from tests.page_threads_blind5_text_c import LANGS_C
from tests.thread_tree import page_order, reply_tree

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
SYSTEMS = {**SYSTEMS_A, **SYSTEMS_B}
FURNITURE = sorted(k for k in NEGATIVES if k != "form_only")
NEGATIVE_SHARE, EXTRA_SHARE, BEFORE_SHARE = 0.3, 0.35, 0.15
RTL = {"ar", "fa"}


@dataclass
class Page:
    html: str
    lang: str
    family: str                 # a system's name, or "neg:" and the furniture of a page without comments
    nesting: str | None
    body: str
    optional: list = field(default_factory=list)
    gold: list = field(default_factory=list)
    furniture: list = field(default_factory=list)
    before: bool = False        # the thread stands before the article


def _texts(rng, pool, n) -> list[list[str]]:
    """``n`` comments of one or two paragraphs, each paragraph one or two readers' sentences, no sentence twice."""
    left = list(pool)
    rng.shuffle(left)
    out = []
    while left and len(out) < n:
        k = min(len(left), rng.choice((1, 1, 2, 3)) if len(pool) > 5 else 1)
        take, left = left[:k], left[k:]
        if k == 3:
            out.append([" ".join(take[:2]), take[2]])
        else:
            out.append([" ".join(take)] if k == 1 or rng.random() < 0.6 else take)
    return out


def thread(rng, lang, nesting) -> list[dict]:
    """A thread of ``lang``'s readers' sentences in page order; nested and levelled replies come right after their
    parent's subtree."""
    texts = _texts(rng, lang["comments"], rng.randint(3, 6))
    n = len(texts)
    parent, pos = reply_tree(rng, n, nesting in ("nested", "levels"), 0.5)
    order = page_order(pos)
    names, w, out = lang["names"], lang["w"], []
    for k, old in enumerate(order):
        d, h, m = 4 + k, rng.randrange(7, 23), rng.randrange(60)
        p = None if parent[old] is None else pos[parent[old]]
        author = rng.choice([x for x in names if not out or x != out[-1]["author"]])
        c = dict(i=k, author=author, slug=f"m{names.index(author) + 11}", paras=texts[old], parent=p,
                 depth=0 if p is None else out[p]["depth"] + 1, iso=f"2024-03-{d:02d}T{h:02d}:{m:02d}:00Z",
                 date=w["date"].format(d=d, h=f"{h:02d}", m=f"{m:02d}"), ago=w["ago"].format(n=n - k + 1),
                 votes=rng.randrange(0, 60), reply_to=None)
        if nesting == "reply" and k and rng.random() < 0.5:
            c["reply_to"] = c["parent"] = rng.randrange(k)
            c["depth"] = out[c["parent"]]["depth"] + 1
        out.append(c)
    return out



def _layout(rng, code, lang, body, after, aside, section, before) -> str:
    w, title = lang["w"], lang["title"]
    menu = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("news", "city", "region", "sport", "culture", "about"))
    date = e(w["date"].format(d=3, h="06", m="30"))
    byline = f'<p class="dateline"><span class="writer">{e(w["by"])} {e(lang["names"][-1])}</span> | <time datetime="2024-03-03T06:30">{date}</time></p>'
    head = (f'<!DOCTYPE html><html lang="{code}"{" dir=rtl" if code in RTL else ""}><head><meta charset="utf-8">'
            f'<title>{e(title)} — Harbour Gazette</title><meta property="og:title" content="{e(title)}"></head><body>')
    foot = '<footer class="colophon"><p>© 2024 Harbour Gazette Cooperative</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p></footer></body></html>'
    tools = '<ul class="tools"><li><a href="#print">Print</a></li><li><a href="#mail">Mail</a></li><li><a href="#share">Share</a></li></ul>'
    top, bottom = (section, "") if before else ("", section)
    era = rng.randrange(3)
    if era == 0:
        return (f'{head}<header class="masthead"><a class="logo" href="/">Harbour Gazette</a><nav><ul class="menu">{menu}</ul></nav></header>'
                f'<main class="layout">{top}<article class="post"><h1 class="post-title">{e(title)}</h1>{byline}<div class="post-content">{body}</div>'
                f'{tools}</article>{after}{bottom}<aside class="sidebar">{aside}</aside></main>{foot}')
    if era == 1:
        return (f'{head}<div class="container"><div class="row"><div class="col-12"><a class="navbar-brand" href="/">Harbour Gazette</a>'
                f'<ul class="nav">{menu}</ul></div></div><div class="row"><div class="col-md-8">{top}<div class="story">'
                f'<h1>{e(title)}</h1>{byline}<div class="story-text">{body}</div>{tools}</div>{after}{bottom}</div>'
                f'<div class="col-md-4">{aside}</div></div></div>{foot}')
    return (f'{head}<div id="wrap"><div id="header"><h2><a href="/">Harbour Gazette</a></h2><ul id="menu">{menu}</ul></div>'
            f'<div id="content">{top}<h1>{e(title)}</h1>{byline}<div id="text">{body}</div>{tools}{after}{bottom}</div>'
            f'<div id="side">{aside}</div></div>{foot}')


def compose(rng, code: str, system: str | None = None, furniture: list[str] | None = None, before: bool = False) -> Page:
    """A page in language ``code``: a thread of ``system`` (None: a page without comments) and ``furniture``."""
    lang = LANGS[code]
    paragraphs = list(lang["article"])
    furniture = list(furniture or [])
    gold, nesting, section, kit = [], None, "", lang
    if system:
        render, nesting = SYSTEMS[system]
        pool = lang["comments"] if not furniture else rng.sample(lang["comments"], 4)
        t = thread(rng, dict(lang, comments=pool), nesting)
        section = render(t, lang["w"], rng)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in t]
        said = "\n".join(g["text"] for g in gold)       # the furniture beside a thread says none of its sentences
        spare = [s for s in lang["comments"] if s not in said] + lang["headlines"] + [lang["title"]]
        kit = dict(lang, comments=spare[:8])
    inside, after, aside, body_extra = "", "", "", []
    for kind in furniture:
        html, place, texts = NEGATIVES[kind](kit, rng)
        if place == "in":
            inside += html
            body_extra += texts
        elif place == "aside":
            aside += html
        else:
            after += html
    body = f"<p>{e(paragraphs[0])}</p>{inside}" + "".join(f"<p>{e(p)}</p>" for p in paragraphs[1:])
    expected = [paragraphs[0]] + [t for t in body_extra if not t.startswith(OPT)] + paragraphs[1:]
    w = lang["w"]
    optional = [t[1:] for t in body_extra if t.startswith(OPT)] + [f'{w["by"]} {lang["names"][-1]}', w["date"].format(d=3, h="06", m="30")]
    html = _layout(rng, code, lang, body, after, aside, section, before)
    family = system or "neg:" + "+".join(furniture)
    return Page(html, code, family, nesting, "\n\n".join(expected), optional, gold, furniture, before)


def compose_all(n: int, seed: int) -> list[Page]:
    """``n`` pages, languages in turn; a thread on most (systems in turn, furniture on some), furniture alone on the rest."""
    rng = random.Random(seed)
    codes, systems, negs, pages, k, f = sorted(LANGS), sorted(SYSTEMS), sorted(NEGATIVES), [], 0, 0
    for i in range(n):
        code = codes[i % len(codes)]
        if rng.random() < NEGATIVE_SHARE:
            kinds = [negs[f % len(negs)]]
            f += 1
            if rng.random() < 0.3:
                kinds.append(rng.choice([x for x in FURNITURE if x not in kinds]))
            pages.append(compose(rng, code, None, kinds))
        else:
            extra = [rng.choice(FURNITURE)] if rng.random() < EXTRA_SHARE else []
            pages.append(compose(rng, code, systems[k % len(systems)], extra, rng.random() < BEFORE_SHARE))
            k += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind5_score import report, run
    return thread_command_line("page_threads_blind5", __doc__, compose_all, run, report, argv)


if __name__ == "__main__":
    sys.exit(main())
