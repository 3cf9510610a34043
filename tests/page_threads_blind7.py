"""A seventh blind comment-page harness: blog and news pages composed at random in 10 languages (es pt nl cs tr ru ar
hi th vi; Latin, Cyrillic, Arabic, Devanagari and Thai scripts; `page_threads_blind7_text_*.py`) in three page
templates, with the comment section of one of 21 systems or markups not written by the earlier blind harnesses
(`page_threads_blind7_systems_*.py`: Waline, Valine, Isso, Remark42, Commento, Hyvor Talk, Giscus, a Discourse embed,
"@name" replies, "in reply to NAME" lines, phpBB, a forum table with a header row, XenForo, SMF, Drupal 10, Ghost,
Substack, indented responses, Q&A answers, a guestbook, a <dl> thread) after the article or inside its element; and pages without
comments whose furniture looks like a thread (`page_threads_blind7_negatives.py`: an author box, related posts with
authors and dates, a FAQ as a definition list, a timeline, live-blog entries, an events table with a header row,
residents' quotes, a team list). Product-review lists are left out on purpose: whether they are comments is a matter
of the corpus's policy, not of extraction, and neither answer would be a fair blind judgement.

Comment dates come in several forms per page (the language's written date, a numeric one, ISO with a "T", a relative
age), so a rule reading one form of date cannot carry a whole system. Written without reading the engine's rules,
language files or the earlier harnesses' texts. Scored as the sixth harness scores (`page_threads_blind6_score.py`).

    python -m tests.page_threads_blind7 [N] [--seed S] [--show K]
"""
from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from html import escape as e

from tests.page_threads_blind7_negatives import NEGATIVES, OPT
from tests.page_threads_blind7_systems_a import SYSTEMS_A
from tests.page_threads_blind7_systems_b import SYSTEMS_B
from tests.page_threads_blind7_text_a import LANGS_A
from tests.page_threads_blind7_text_b import LANGS_B
from tests.thread_tree import page_order, reply_tree

LANGS = {**LANGS_A, **LANGS_B}
SYSTEMS = {**SYSTEMS_A, **SYSTEMS_B}
NEGATIVE_SHARE, EXTRA_SHARE, INSIDE_SHARE = 0.3, 0.3, 0.2
RTL = {"ar"}


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


def _stamp(rng, w, k) -> str:
    """A comment's shown date in one of four forms."""
    d, h, m = 5 + k, rng.randrange(6, 23), rng.randrange(60)
    form = rng.randrange(4)
    if form == 0:
        return w["date"].format(d=d, h=f"{h:02d}", m=f"{m:02d}")
    if form == 1:
        return f"{d:02d}.06.2024 {h:02d}:{m:02d}"
    if form == 2:
        return f"2024-06-{d:02d}T{h:02d}:{m:02d}"
    return w["ago"].format(n=rng.randrange(2, 20))


def thread(rng, lang, nesting, max_depth=3) -> list[dict]:
    """2 to 7 comments drawn from ``lang``'s readers' texts, in page order (a reply right after its parent's subtree)."""
    pool = list(lang["comments"])
    rng.shuffle(pool)
    n = rng.randint(2, min(7, len(pool) - 2))
    texts = [[s] for s in pool[:n]]
    if rng.random() < 0.5:
        texts[rng.randrange(n)].append(pool[n])
    parent, pos = reply_tree(rng, n, nesting in ("nested", "levels", "reply"), 0.55, max_depth=max_depth)
    order = page_order(pos)
    names, out = lang["names"][:-1], []
    for k, old in enumerate(order):
        p = None if parent[old] is None else pos[parent[old]]
        author = rng.choice([x for x in names if not out or x != out[-1]["author"]])
        out.append(dict(i=k, author=author, slug=f"m{names.index(author) + 7}", paras=texts[old], parent=p,
                        depth=0 if p is None else out[p]["depth"] + 1, iso=f"2024-06-{5 + k:02d}T10:{k:02d}:00+02:00",
                        date=_stamp(rng, lang["w"], k), votes=rng.randrange(0, 40)))
    return out



def _layout(rng, code, lang, body, after, section, inside) -> str:
    w, title, author = lang["w"], lang["title"], lang["names"][-1]
    links = "".join(f'<a class="nav-link" href="/c/{s}">{s}</a>' for s in ("home", "city", "region", "money", "life", "opinion"))
    date = e(w["date"].format(d=2, h="08", m="30"))
    head = (f'<!doctype html><html lang="{code}"{" dir=rtl" if code in RTL else ""}><head><meta charset="utf-8">'
            f'<title>{e(title)} - Harbour Post</title></head><body>')
    foot = '<div class="footer"><span>Harbour Post 2024</span> <a href="/terms">Terms</a> <a href="/contact">Contact</a></div></body></html>'
    meta = f'<p class="post-meta"><span class="author-name">{e(author)}</span> · <time datetime="2024-06-02T08:30">{date}</time></p>'
    ins, out = (section, "") if inside else ("", section)
    kind = rng.randrange(3)
    if kind == 0:      # a blog theme
        return (f'{head}<div class="site"><header class="site-header"><p class="site-title"><a href="/">Harbour Post</a></p>'
                f'<nav class="main-navigation">{links}</nav></header><div class="content-area"><main class="site-main">'
                f'<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">{e(title)}</h1>{meta}</header>'
                f'<div class="entry-content">{body}</div>{ins}</article>{after}{out}</main></div>{foot}</div>')
    if kind == 1:      # a news template with a sidebar
        side = "".join(f'<li><a href="/n/{i}">{e(q)}</a></li>' for i, q in enumerate(lang["questions"]))
        return (f'{head}<div class="wrapper"><div class="topbar">{links}</div><div class="columns"><div class="col-main">'
                f'<div class="article"><h1>{e(title)}</h1>{meta}<div class="article__body">{body}</div>{ins}</div>{after}{out}</div>'
                f'<div class="col-side"><div class="widget"><h4>Top</h4><ul>{side}</ul></div></div></div></div>{foot}')
    return (f'{head}<header><a href="/">Harbour Post</a> {links}</header><main id="content"><h1>{e(title)}</h1>{meta}'
            f'<section class="post-content">{body}{ins}</section>{after}{out}</main>{foot}')


def compose(rng, code: str, system: str | None = None, furniture: list[str] | None = None, inside: bool = False) -> Page:
    """A page in language ``code``: a thread of ``system`` (None: a page without comments) and ``furniture``."""
    lang = LANGS[code]
    paragraphs = list(lang["article"])
    furniture = list(furniture or [])
    gold, nesting, section, spare = [], None, "", list(lang["comments"])
    if system:
        render, nesting = SYSTEMS[system]
        t = thread(rng, lang, nesting, max_depth=1 if system in ("giscus", "qa_answers") else 3)
        section = render(t, lang["w"], rng)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in t]
        said = "\n".join(g["text"] for g in gold)
        spare = [s for s in lang["comments"] if s not in said]
    kit = dict(lang, spare=(spare * 3)[:4])
    inside_html, after, body_extra = "", "", []
    for kind in furniture:
        html, place, texts = NEGATIVES[kind](kit, rng)
        if place == "in":
            inside_html += html
            body_extra += texts
        else:
            after += html
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs[:3]) + inside_html + f"<p>{e(paragraphs[3])}</p>"
    expected = paragraphs[:3] + [t for t in body_extra if not t.startswith(OPT)] + paragraphs[3:]
    w = lang["w"]
    optional = [t[1:] for t in body_extra if t.startswith(OPT)] + [lang["names"][-1], w["date"].format(d=2, h="08", m="30")]
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
                kinds.append(rng.choice([x for x in negs if x not in kinds]))
            pages.append(compose(rng, code, None, kinds))
        else:
            extra = [rng.choice(negs)] if rng.random() < EXTRA_SHARE else []
            pages.append(compose(rng, code, systems[k % len(systems)], extra, rng.random() < INSIDE_SHARE))
            k += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind6_score import command_line
    return command_line("page_threads_blind7", __doc__, compose_all, argv)


if __name__ == "__main__":
    sys.exit(main())
