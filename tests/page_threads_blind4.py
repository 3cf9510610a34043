"""A fourth blind harness of comment pages: news and blog pages composed at random in 20 languages (de fr es it pt nl
pl tr sv ru uk el ar fa he hi ja zh ko th; `page_threads_blind4_text_*.py`), in three page eras, followed by the
comment section of one of 26 systems or hand-made templates (`page_threads_blind4_systems_*.py`: nested by markup,
by indentation class, style or spacer cells, flat, forum posts, "@name" replies, generated class names, no class
names), and pages without comments whose furniture looks like them (`page_threads_blind4_negatives.py`: related
cards, an author box, a recent-comments widget, an events box, testimonials, review snippets, a comment form alone;
in the article: an interview, a chat transcript, a live blog, a timeline, a vox pop).

Written without reading the engine's rules or language files. Scored per page with `benchmarks/scoring.py`
(body F1 against the article's text, comments F1 against the comments' texts), missed (a thread, no comment),
spurious (no thread, comments), and for the comments found: author, depth and parent (`page_threads_blind4_score.py`).

    python -m tests.page_threads_blind4 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape as e

from tests.harness_run import thread_command_line
from tests.page_threads_blind4_negatives import NEGATIVES, OPT
from tests.page_threads_blind4_systems_a import SYSTEMS_A
from tests.page_threads_blind4_systems_b import SYSTEMS_B
from tests.page_threads_blind4_systems_c import SYSTEMS_C
from tests.page_threads_blind4_text_a import LANGS_A
from tests.page_threads_blind4_text_b import LANGS_B
from tests.page_threads_blind4_text_c import LANGS_C
from tests.thread_tree import page_order, reply_tree

LANGS = {**LANGS_A, **LANGS_B, **LANGS_C}
SYSTEMS = {**SYSTEMS_A, **SYSTEMS_B, **SYSTEMS_C}
FURNITURE = sorted(k for k in NEGATIVES if k != "form_only")
NEGATIVE_SHARE, EXTRA_SHARE = 0.3, 0.3
RTL = {"ar", "fa", "he"}


@dataclass
class Page:
    html: str
    lang: str
    family: str                 # a system's name, or "neg:" and the furniture of a page without comments
    nesting: str | None
    body: str                   # the expected body: the article's paragraphs and the furniture inside it
    optional: list = field(default_factory=list)    # texts the body may keep or lose (scored without them)
    gold: list = field(default_factory=list)
    furniture: list = field(default_factory=list)


def _texts(rng, lang, n) -> list[list[str]]:
    """``n`` distinct comments, each one or two paragraphs of one or two of the language's readers' sentences."""
    pool = lang["comments"]
    units = [[s] for s in pool] + [[a, b] for a in pool for b in pool if a != b]
    rng.shuffle(units)
    out, used = [], set()
    for u in units:
        if u[0] in used:
            continue
        used.add(u[0])
        out.append([" ".join(u)] if len(u) == 1 or rng.random() < 0.6 else u)
        if len(out) == n:
            break
    return out


def thread(rng, lang, nesting, title) -> list[dict]:
    """A thread in page order: replies right after (the subtree of) the comment they answer when nested."""
    n = rng.randint(3, min(8, len(lang["comments"])))
    parent, pos = reply_tree(rng, n, nesting == "nested", 0.45)
    order = page_order(pos)
    texts, names, w = _texts(rng, lang, n), lang["names"], lang["w"]
    out = []
    for k, old in enumerate(order):
        d, h, m = 3 + k, rng.randrange(6, 23), rng.randrange(60)
        p = None if parent[old] is None else pos[parent[old]]
        author = rng.choice([x for x in names if not out or x != out[-1]["author"]])
        c = dict(i=k, author=author, paras=list(texts[old]), depth=0 if p is None else out[p]["depth"] + 1, parent=p,
                 iso=f"2024-03-{d:02d}T{h:02d}:{m:02d}", date=w["date"].format(d=d, h=f"{h:02d}", m=f"{m:02d}"),
                 ago=w["ago"].format(n=n - k + 1), votes=rng.randrange(0, 40), title=title, reply_to=None)
        if nesting in ("at", "reply") and k and rng.random() < 0.4:     # flat, some answer an earlier one
            c["reply_to"] = rng.randrange(k)
            if nesting == "at":
                c["paras"][0] = f"@{out[c['reply_to']]['author']} {c['paras'][0]}"
        out.append(c)
    return out



def _layout(rng, code, lang, title, body, after, aside, section) -> str:
    w = lang["w"]
    nav = "".join(f'<a href="/{s.lower()}">{s}</a> ' for s in ("Start", "Lokal", "Politik", "Kultur", "Sport", "Kontakt"))
    byline = (f'<div class="byline"><span class="author">{e(w["by"])} {e(lang["names"][-1])}</span> · '
              f'<time datetime="2024-03-02T07:45">{e(w["date"].format(d=2, h="07", m="45"))}</time></div>')
    share = '<div class="share"><a href="#fb">Facebook</a> <a href="#x">X</a> <a href="#mail">E-Mail</a></div>'
    head = (f'<!DOCTYPE html><html lang="{code}"{" dir=rtl" if code in RTL else ""}><head><meta charset="utf-8">'
            f'<title>{e(title)} | Stadtbote</title></head><body>')
    foot = '<div class="site-footer"><p>© 2003-2024 Stadtbote Media</p><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Privacy</a></p></div></body></html>'
    era = rng.randrange(3)
    if era == 0:
        return (f'{head}<table width="800" cellpadding="0" cellspacing="0"><tr><td colspan="2"><img src="/logo.gif" alt="Stadtbote"></td></tr>'
                f'<tr><td width="150" valign="top" class="nav">{nav.replace("</a> ", "</a><br>")}{aside}</td><td valign="top">'
                f'<h1>{e(title)}</h1>{byline}{body}{share}{after}{section}</td></tr><tr><td colspan="2">{foot[:-14]}</td></tr></table></body></html>')
    if era == 1:
        return (f'{head}<div id="page"><div id="masthead"><h2 class="site-title"><a href="/">Stadtbote</a></h2><div id="access">{nav}</div></div>'
                f'<div id="main"><div id="primary"><div id="content"><div class="post type-post hentry"><h1 class="entry-title">{e(title)}</h1>'
                f'<div class="entry-meta">{byline}</div><div class="entry-content">{body}</div>{share}</div>{after}{section}</div></div>'
                f'<div id="secondary" class="widget-area">{aside}<div class="widget"><h3>Archiv</h3><ul><li><a href="/2024/02">02/2024</a></li>'
                f'<li><a href="/2024/01">01/2024</a></li></ul></div></div></div>{foot}')
    return (f'{head}<header class="top"><a class="brand" href="/">Stadtbote</a><nav>{nav}</nav></header><main><article class="story">'
            f'<header><h1>{e(title)}</h1>{byline}</header><div class="story-body">{body}</div>{share}</article>{after}<aside class="rail">{aside}</aside>'
            f'{section}</main>{foot}')


def compose(rng, code: str, system: str | None = None, furniture: list[str] | None = None) -> Page:
    """A page in language ``code``: a thread of ``system`` (None: a page without comments) and ``furniture``."""
    lang = LANGS[code]
    paragraphs = list(lang["article"])
    furniture = list(furniture or [])
    gold, nesting, section, kit = [], None, "", lang
    if system:
        render, nesting = SYSTEMS[system]
        t = thread(rng, lang, nesting, lang["title"])
        section = render(t, lang["w"], rng)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in t]
        said = "\n".join(g["text"] for g in gold)     # the furniture beside a thread says none of its sentences
        kit = dict(lang, comments=[s for s in lang["comments"] if s not in said] + [lang["bio"]] + lang["questions"][::-1])
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
    optional = [t[1:] for t in body_extra if t.startswith(OPT)]
    html = _layout(rng, code, lang, lang["title"], body, after, aside, section)
    family = system or "neg:" + "+".join(furniture)
    return Page(html, code, family, nesting, "\n\n".join(expected), optional, gold, furniture)


def compose_all(n: int, seed: int) -> list[Page]:
    """``n`` pages, languages in turn; a thread on most (systems in turn, furniture on some), furniture alone on the rest."""
    rng = random.Random(seed)
    codes, systems, pages, k, f = sorted(LANGS), sorted(SYSTEMS), [], 0, 0
    negs = sorted(NEGATIVES)
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
            pages.append(compose(rng, code, systems[k % len(systems)], extra))
            k += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind4_score import report, run
    return thread_command_line("page_threads_blind4", __doc__, compose_all, run, report, argv)


if __name__ == "__main__":
    sys.exit(main())
