"""A sixth blind harness of comment pages: local-news pages composed at random in 12 languages (en de fr it pl sv
el uk he ja zh ko; `page_threads_blind6_text_*.py`) in three page templates, with the comment section of one of 16
systems not in the earlier blind harnesses (`page_threads_blind6_systems_*.py`: Disqus rendered inline, Talkyard,
Gitalk, Twikoo, Artalk, Vuukle, schema.org microdata, an ARIA tree, hashed CSS-module classes, styled-components'
opaque classes with an inline indent, Vue's scoped BEM levels, utility-class soup, "show N more replies",
replies quoting their parent, badges and votes, readers' letters) after the article or inside its element; and pages
without comments whose furniture looks like a thread (`page_threads_blind6_negatives.py`).

Written without reading the engine's rules, language files or the other blind harnesses' content. Scored per page
(`page_threads_blind6_score.py`): body F1, comments F1, missed and spurious pages, found, author, depth and parent,
and bare trafilatura's comments (`bare_extraction(include_comments=True)`) on the same pages.

    python -m tests.page_threads_blind6 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape as e

from tests.page_threads_blind6_negatives import NEGATIVES, OPT
from tests.page_threads_blind6_systems_a import SYSTEMS_A
from tests.page_threads_blind6_systems_b import SYSTEMS_B
from tests.page_threads_blind6_text_a import LANGS_A
from tests.page_threads_blind6_text_b import LANGS_B
from tests.page_threads_blind6_text_c import LANGS_C
from tests.thread_tree import page_order, reply_tree

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
SYSTEMS = {**SYSTEMS_A, **SYSTEMS_B}
NEGATIVE_SHARE, EXTRA_SHARE, INSIDE_SHARE = 0.3, 0.3, 0.25
RTL = {"he"}
AFTER_KINDS = sorted(k for k in NEGATIVES if k in ("testimonials", "reactions_bar"))
EXTRA = sorted(k for k in NEGATIVES if k not in ("comments_zero", "comments_closed"))   # beside a thread


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
    inside: bool = False        # the thread stands inside the article's element


def thread(rng, lang, nesting) -> list[dict]:
    """3 to 7 comments of ``lang``'s readers' sentences in page order (a reply right after its parent's subtree)."""
    pool = list(lang["comments"])
    rng.shuffle(pool)
    n = rng.randint(3, min(7, len(pool)))
    texts = []
    for s in pool[:n]:
        texts.append([s])
    for j in rng.sample(range(n), k=min(2, n)):        # some comments get a second paragraph from the spare ones
        if len(pool) > n + len([t for t in texts if len(t) > 1]):
            texts[j].append(pool[n + len([t for t in texts if len(t) > 1])])
    parent, pos = reply_tree(rng, n, nesting in ("nested", "levels"), 0.5)
    order = page_order(pos)
    names, w, out = lang["names"], lang["w"], []
    for k, old in enumerate(order):
        d, h, m = 4 + k, rng.randrange(7, 23), rng.randrange(60)
        p = None if parent[old] is None else pos[parent[old]]
        author = rng.choice([x for x in names[:-1] if not out or x != out[-1]["author"]])
        c = dict(i=k, author=author, slug=f"u{names.index(author) + 21}", paras=texts[old], parent=p,
                 depth=0 if p is None else out[p]["depth"] + 1, iso=f"2024-03-{d:02d}T{h:02d}:{m:02d}:00Z",
                 date=w["date"].format(d=d, h=f"{h:02d}", m=f"{m:02d}"), ago=w["ago"].format(n=n - k + 1),
                 votes=rng.randrange(0, 90), reply_to=None)
        if nesting in ("reply", "quote") and k and rng.random() < 0.5:
            c["reply_to"] = rng.randrange(k)
            if nesting == "reply":       # (a quote of an earlier post leaves the thread flat, as a forum shows it)
                c["parent"] = c["reply_to"]
                c["depth"] = out[c["parent"]]["depth"] + 1
        out.append(c)
    return out



def _layout(rng, code, lang, body, after, section, inside) -> str:
    w, title = lang["w"], lang["title"]
    menu = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("local", "politics", "business", "sport", "culture", "weather"))
    date = e(w["date"].format(d=3, h="07", m="45"))
    byline = f'<div class="byline"><span class="by">{e(w["by"])} {e(lang["names"][-1])}</span> <time datetime="2024-03-03T07:45">{date}</time></div>'
    head = (f'<!DOCTYPE html><html lang="{code}"{" dir=rtl" if code in RTL else ""}><head><meta charset="utf-8">'
            f'<title>{e(title)} | Riverside Courier</title><meta property="og:title" content="{e(title)}"></head><body>')
    foot = '<footer class="site-footer"><p>© 2024 Riverside Courier Ltd</p><p><a href="/imprint">Imprint</a> · <a href="/privacy">Privacy</a></p></footer></body></html>'
    share = '<div class="share"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#mail">E-mail</a></div>'
    tags = '<ul class="tags"><li><a href="/t/council">council</a></li><li><a href="/t/city">city</a></li></ul>'
    ins, out = (section, "") if inside else ("", section)
    reads = "".join(f'<li><a href="/s/{i}">{e(q)}</a></li>' for i, q in enumerate(lang["questions"]))
    aside = f'<aside class="rail"><h3>Most read</h3><ol>{reads}</ol></aside>'
    era = rng.randrange(3)
    if era == 0:
        return (f'{head}<header class="top"><a class="brand" href="/">Riverside Courier</a><nav><ul>{menu}</ul></nav></header>'
                f'<main><article class="story"><h1>{e(title)}</h1>{byline}<div class="story-body">{body}</div>{share}{tags}{ins}</article>'
                f'{after}{out}{aside}</main>{foot}')
    if era == 1:
        return (f'{head}<div class="page"><div class="nav-bar"><a href="/">Riverside Courier</a><ul class="navlinks">{menu}</ul></div>'
                f'<div class="grid"><div class="main-col"><article><header><h1 class="headline">{e(title)}</h1>{byline}</header>'
                f'<section class="article-text">{body}</section><footer>{tags}</footer>{ins}</article>{share}{after}{out}</div>'
                f'<div class="side-col">{aside}</div></div></div>{foot}')
    return (f'{head}<div id="page"><div id="top"><h2><a href="/">Riverside Courier</a></h2><ul id="nav">{menu}</ul></div>'
            f'<div id="main"><div class="entry" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">{e(title)}</h1>{byline}'
            f'<div class="entry-content" itemprop="articleBody">{body}</div>{tags}{ins}</div>{share}{after}{out}</div>{aside}</div>{foot}')


def compose(rng, code: str, system: str | None = None, furniture: list[str] | None = None, inside: bool = False) -> Page:
    """A page in language ``code``: a thread of ``system`` (None: a page without comments) and ``furniture``."""
    lang = LANGS[code]
    paragraphs = list(lang["article"])
    furniture = list(furniture or [])
    gold, nesting, section, spare = [], None, "", list(lang["comments"])
    if system:
        render, nesting = SYSTEMS[system]
        t = thread(rng, lang, nesting)
        section = render(t, lang["w"], rng)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in t]
        said = "\n".join(g["text"] for g in gold)
        spare = [s for s in lang["comments"] if s not in said] + lang["article"][:1]
    kit = dict(lang, spare=(spare * 2)[:4])
    inside_html, after, body_extra = "", "", []
    for kind in furniture:
        html, place, texts = NEGATIVES[kind](kit, rng)
        if place == "in":
            inside_html += html
            body_extra += texts
        else:
            after += html
    body = f"<p>{e(paragraphs[0])}</p><p>{e(paragraphs[1])}</p>{inside_html}" + "".join(f"<p>{e(p)}</p>" for p in paragraphs[2:])
    expected = paragraphs[:2] + [t for t in body_extra if not t.startswith(OPT)] + paragraphs[2:]
    w = lang["w"]
    optional = [t[1:] for t in body_extra if t.startswith(OPT)] + [f'{w["by"]} {lang["names"][-1]}', w["date"].format(d=3, h="07", m="45")]
    html = _layout(rng, code, lang, body, after, section, inside)
    family = system or "neg:" + "+".join(furniture)
    return Page(html, code, family, nesting, "\n\n".join(dict.fromkeys(expected)), optional, gold, furniture, inside)


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
                kinds.append(rng.choice([x for x in negs if x not in kinds and (x in AFTER_KINDS) != (kinds[0] in AFTER_KINDS)]))
            pages.append(compose(rng, code, None, kinds))
        else:
            extra = [rng.choice(EXTRA)] if rng.random() < EXTRA_SHARE else []
            pages.append(compose(rng, code, systems[k % len(systems)], extra, rng.random() < INSIDE_SHARE))
            k += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind6_score import command_line
    return command_line("page_threads_blind6", __doc__, compose_all, argv)


if __name__ == "__main__":
    sys.exit(main())
