"""A third blind harness of comment pages: whole HTML pages composed at random in twelve
languages (German three times as often), in three page eras (a 2004 table layout, a 2012 blog,
a 2020 HTML5 news page with related links and a newsletter box), followed by the comment
section of one of 25 systems none of the older harnesses render (`page_threads_blind3_systems_*.py`:
LiveJournal, Movable Type, IntenseDebate, Echo, Tumblr notes, Squarespace, Ghost, a guestbook,
SMF, MyBB, Invision, Discuz!, Vanilla, 2ch, an imageboard, giscus, utterances, Valine, Waline,
a Naver-like box, Coral, Viafoura, OpenWeb, Guardian-like and NYT-like threads), or by no
thread: article bodies of repeated signed units that are not comments, and comment areas with
a form only (`page_threads_blind3_negatives.py`).

Written from knowledge of real pages without reading the comment rules; scored by
`page_threads_blind_score.py` (comments F1, found, authors, depth and parent, missed, spurious,
article kept, look-alike texts kept, comment texts leaked into the body), bare trafilatura
(`bare_extraction(include_comments=True)`) in the same run.

    python -m tests.page_threads_blind3 [N] [--seed S] [--no-trafilatura] [--show SYSTEM]
"""
from __future__ import annotations

import argparse
import random
import sys
from html import escape as e

from tests.page_threads_blind import LANGS as LANGS_1, Page, _article, _thread
from tests.page_threads_blind3_negatives import NEGATIVES3, form_only
from tests.page_threads_blind3_systems_a import SYSTEMS_A
from tests.page_threads_blind3_systems_b import SYSTEMS_B
from tests.page_threads_blind3_systems_c import SYSTEMS_C
from tests.page_threads_blind3_text_a import COMMENTS_A, EXTRA_A, NAMES_A
from tests.page_threads_blind3_text_b import LANGS_B3
from tests.page_threads_blind3_text_c import LANGS_C3

LANGS3 = {**{k: dict(LANGS_1[k], comments=COMMENTS_A[k], names=NAMES_A[k], words={**LANGS_1[k]["words"], **EXTRA_A[k]})
             for k in COMMENTS_A}, **LANGS_B3, **LANGS_C3}
SYSTEMS3 = {**SYSTEMS_A, **SYSTEMS_B, **SYSTEMS_C}
LANG_CYCLE = sorted(LANGS3) + ["de", "de"]
LOOKALIKE_SHARE, FORM_SHARE = 0.18, 0.10


def _related(lang) -> str:
    heads = "".join(f'<li><a href="/news/{i}">{e(" ".join(s.split()[:6]).rstrip(",."))}</a></li>'
                    for i, s in enumerate(lang["article"][::3]))
    return f'<div class="related-links"><h3>{e(lang["words"]["related"])}</h3><ul>{heads}</ul></div>'


def _newsletter(w) -> str:
    return (f'<div class="newsletter-box"><h4>{e(w["newsletter"])}</h4><form action="/subscribe"><input type="email" placeholder="E-mail">'
            f'<button>{e(w["subscribe"])}</button></form></div>')


def _layout(rng, code, lang, title, body, section, meta) -> str:
    w = lang["words"]
    links = "".join(f'<a href="/{s.lower()}">{s}</a>' for s in ("Home", "News", "Region", "Sport", "Contact"))
    rtl = ' dir="rtl"' if code == "ar" else ""
    head = f'<!DOCTYPE html><html lang="{code}"{rtl}><head><meta charset="utf-8"><title>{e(title)}</title></head><body>'
    foot = (f'<div class="footer"><p>© 2008-2024 Example Regional Media</p><p><a href="/imprint">Imprint</a> | <a href="/privacy">Privacy</a> | '
            f'<a href="/terms">Terms</a> | <a href="/rss">RSS</a></p></div></body></html>')
    era = rng.randrange(3)
    if era == 0:
        return (f'{head}<table width="780" border="0" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="2" class="banner">'
                f'<img src="/banner.gif" width="780" height="90" alt="Example"></td></tr><tr><td width="160" valign="top" class="leftnav">'
                f'{links.replace("</a>", "</a><br>")}<br>{_newsletter(w)}</td><td valign="top" class="main"><div class="post"><h2 class="title">'
                f'{e(title)}</h2><div class="byline">{meta}</div><div class="entry">{body}</div>{_related(lang)}</div>{section}</td></tr>'
                f'<tr><td colspan="2">{foot.replace("</body></html>", "")}</td></tr></table></body></html>')
    if era == 1:
        return (f'{head}<div id="wrapper"><div id="header"><h1 class="blog-title"><a href="/">Example Notes</a></h1><div id="menu">{links}</div></div>'
                f'<div id="container"><div id="content"><div class="post hentry"><h2 class="entry-title">{e(title)}</h2><div class="entry-meta">{meta}'
                f'</div><div class="entry-content">{body}</div><div class="entry-utility">Posted in <a href="/cat/news">News</a></div></div>'
                f'{_related(lang)}{section}</div><div id="primary" class="widget-area">{_newsletter(w)}<ul class="xoxo"><li>Archives</li>'
                f'<li><a href="/2012/03">March 2012</a></li></ul></div></div>{foot}')
    return (f'{head}<header class="site-header"><a class="logo" href="/">Example</a><nav>{links}</nav></header><main id="main-content">'
            f'<article class="article"><header class="article-header"><h1>{e(title)}</h1>{meta}</header><div class="article-body">{body}</div>'
            f'</article>{_newsletter(w)}{_related(lang)}<div class="comments-wrapper">{section}</div></main>{foot}')


def compose(rng: random.Random, code: str, system: str | None = None, kind: str = "thread") -> Page:
    """``kind``: ``thread`` (a system's comments, sometimes a look-alike in the article too), ``lookalike``
    (an article of repeated signed units, no thread) or ``form`` (a comment area without comments)."""
    lang = LANGS3[code]
    title, paragraphs = _article(rng, lang)
    pool = rng.sample(lang["comments"], len(lang["comments"]))
    kinds = ([rng.choice(sorted(NEGATIVES3))] if kind == "lookalike" or (kind == "thread" and rng.random() < 0.2) else [])
    inside, keep = "", []
    if kinds:
        inside, keep = NEGATIVES3[kinds[0]](dict(lang, comments=pool[:6]), rng)
        pool = pool[6:]
    if kind == "lookalike":         # the look-alike is the article: a lead, the units, a closing paragraph
        paragraphs = paragraphs[:1] + paragraphs[-1:]
    body = "".join(f"<p>{e(p)}</p>" for p in paragraphs[:1]) + inside + "".join(f"<p>{e(p)}</p>" for p in paragraphs[1:])
    meta = f'<p class="byline">{e(rng.choice(lang["names"]))} · {e(lang["words"]["date"].format(d=4, h=8, m="30"))}</p>'
    gold, nesting, section = [], None, ""
    if kind == "thread":
        render, nesting = SYSTEMS3[system]
        thread = _thread(rng, dict(lang, comments=pool), nesting)
        section = render(thread, lang["words"], title)
        gold = [{"author": c["author"], "text": "\n\n".join(c["paras"]), "depth": c["depth"], "parent": c["parent"]} for c in thread]
    else:
        system = None
        if kind == "form" or rng.random() < 0.3:
            section = form_only(lang, rng)[0]
            kinds.append("form_only")
    html = _layout(rng, code, lang, title, body, section, meta)
    return Page(html, code, system, nesting, kinds, paragraphs, keep, gold)


def compose_all(n: int, seed: int) -> list[Page]:
    """``n`` pages: languages in turn (German thrice), systems in turn on the pages with a thread."""
    rng = random.Random(seed)
    systems, pages, k = sorted(SYSTEMS3), [], 0
    for i in range(n):
        code, r = LANG_CYCLE[i % len(LANG_CYCLE)], rng.random()
        if r < LOOKALIKE_SHARE:
            pages.append(compose(rng, code, kind="lookalike"))
        elif r < LOOKALIKE_SHARE + FORM_SHARE:
            pages.append(compose(rng, code, kind="form"))
        else:
            pages.append(compose(rng, code, systems[k % len(systems)]))
            k += 1
    return pages


def main(argv: list[str] | None = None) -> int:
    from tests.page_threads_blind_score import report, run
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=120)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--show", default=None, help="print the pages of one system (or 'negative') that fail")
    args = ap.parse_args(argv)
    print(report(run(compose_all(args.n, args.seed), trafilatura=not args.no_trafilatura), show=args.show))
    return 0

if __name__ == "__main__":
    sys.exit(main())
