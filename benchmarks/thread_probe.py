"""A probe of comment threads of kinds the blind thread harnesses do not print (`benchmarks/thread_probe_kinds.py`),
in ten languages (`benchmarks/thread_probe_langs.py`; is, sq, cy, mt without a word file), with page shapes of their
own: an article without <p> whose comments are <p>, a forum topic whose first post is the article, a guestbook page,
and two look-alikes that must stay body (an article quoting readers' letters, a Q&A interview). Each page has body
gold and comment gold (author, text, depth, parent); scored as the sixth blind harness scores
(`tests/page_threads_blind6_score.py`), bare trafilatura in the same run.

    python -m benchmarks.thread_probe [N] [--seed S] [--show K] [--no-trafilatura]
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from html import escape as e

from benchmarks.thread_probe_kinds import SYSTEMS, dot_line
from benchmarks.thread_probe_langs import LANGS


@dataclass
class Page:
    html: str
    lang: str
    family: str
    nesting: str | None
    body: str
    optional: list = field(default_factory=list)
    gold: list = field(default_factory=list)
    furniture: list = field(default_factory=list)
    inside: bool = False


def _slug(name):
    return "".join(ch for ch in name.lower() if ch.isalnum())[:10] or "u"


def _when(rng, L):
    k = rng.random()
    if k < 0.35:
        return L["W"]["ago"].format(n=rng.randint(2, 11))
    if k < 0.6:
        return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(7, 22)}:{rng.randint(10, 59)}"
    if k < 0.8:
        return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return ""


def thread(L, rng, nested, n=None):
    n = n or rng.randint(2, 6)
    says = rng.sample(L["says"], min(n, len(L["says"])))
    out = []
    for i, text in enumerate(says):
        parent = None
        if nested and i and rng.random() < 0.4:
            parent = rng.randrange(i)
            if out[parent]["depth"] >= 2:
                parent = None
        author = L["names"][rng.randrange(5)]
        out.append(dict(author=author, slug=_slug(author), text=text, parent=parent,
                        depth=0 if parent is None else out[parent]["depth"] + 1, when=_when(rng, L)))
    # page order: a reply follows its parent's subtree (pre-order), as a nested tree prints it
    order: list = []
    def walk(p):
        for i, c in enumerate(out):
            if c["parent"] == p:
                order.append(i)
                walk(i)
    walk(None)
    remap = {old: new for new, old in enumerate(order)}
    return [dict(out[o], parent=None if out[o]["parent"] is None else remap[out[o]["parent"]]) for o in order]


def _page(L, code, article, section):
    nav = "".join(f"<li><a href=\"/s{i}\">{e(w)}</a></li>" for i, w in enumerate(L["title"].split()[:5]))
    return (f"<!DOCTYPE html><html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{e(L['title'])}</title></head>"
            f"<body><header><a href=\"/\">Logo</a><nav><ul>{nav}</ul></nav></header><main>{article}{section}</main>"
            f"<footer><p>© 2024</p></footer></body></html>")


def _article(L, paras=None):
    ps = "".join(f"<p>{e(p)}</p>" for p in (paras or L["paras"]))
    return f"<article><h1>{e(L['title'])}</h1><div class=\"byline\">{L['names'][5]}</div>{ps}</article>"


def _gold(th):
    return [dict(author=c["author"], text=c["text"], depth=c["depth"], parent=c["parent"]) for c in th]


def system_page(code, L, rng, name):
    render, nesting = SYSTEMS[name]
    th = thread(L, rng, nesting != "flat")
    return Page(_page(L, code, _article(L), render(L, th, rng)), code, name, nesting, "\n\n".join(L["paras"]),
                optional=[L["names"][5]], gold=_gold(th))


def no_p_page(code, L, rng):
    th = thread(L, rng, False, n=rng.choice([1, 1, 2, 3]))
    text = "<br><br>".join(e(p) for p in L["paras"])
    art = f"<div class=\"story\"><h1>{e(L['title'])}</h1><div class=\"text\">{text}</div></div>"
    return Page(_page(L, code, art, dot_line(L, th, rng)), code, "no_p_article", "flat", "\n\n".join(L["paras"]),
                gold=_gold(th))


def forum_page(code, L, rng):
    th = thread(L, rng, False)
    op = L["names"][5]
    def post(name, text, k):
        return (f"<tr><td class=\"poster\" valign=\"top\">{e(name)}<br><small>{rng.randint(5, 900)} posts</small></td>"
                f"<td class=\"msg\"><div class=\"ph\">#{k}</div>{text}</td></tr>")
    rows = post(op, "<br><br>".join(e(p) for p in L["paras"]), 1)
    rows += "".join(post(c["author"], e(c["text"]), k + 2) for k, c in enumerate(th))
    html = _page(L, code, f"<h1>{e(L['title'])}</h1><table class=\"topic\">{rows}</table>", "")
    return Page(html, code, "forum_first", "flat", "\n\n".join(L["paras"]), optional=[op], gold=_gold(th))


def guestbook_page(code, L, rng):
    th = thread(L, rng, False, n=rng.randint(3, 6))
    art = f"<h1>{L['W']['guestbook']}</h1><p>{e(L['paras'][0])}</p>"
    html = _page(L, code, art, SYSTEMS["guestbook"][0](L, th, rng))
    return Page(html, code, "guestbook_page", "flat", L["paras"][0], gold=_gold(th))


def letters_page(code, L, rng):
    names = L["names"][:3]
    letters = "".join(f"<blockquote><p>{e(t)}</p><footer>— {e(n)}</footer></blockquote>"
                      for t, n in zip(L["says"][:3], names))
    art = (f"<article><h1>{e(L['title'])}</h1><p>{e(L['paras'][0])}</p><p>{e(L['W']['letters'])}</p>{letters}"
           f"<p>{e(L['paras'][1])}</p></article>")
    body = [L["paras"][0], L["W"]["letters"], *L["says"][:3], L["paras"][1]]
    return Page(_page(L, code, art, ""), code, "", None, "\n\n".join(body), optional=["— " + n for n in names] + names,
                furniture=["letters"])


def interview_page(code, L, rng):
    qa = [x for q, a in zip(L["questions"], L["paras"][1:]) for x in (q, a)]
    inner = "".join(f"<p><strong>{e(q)}</strong></p><p>{e(a)}</p>" for q, a in zip(L["questions"], L["paras"][1:]))
    art = f"<article><h1>{e(L['title'])}</h1><p>{e(L['paras'][0])}</p>{inner}</article>"
    return Page(_page(L, code, art, ""), code, "", None, "\n\n".join([L["paras"][0], *qa]), furniture=["interview"])


SHAPES = {"no_p_article": no_p_page, "forum_first": forum_page, "guestbook_page": guestbook_page}
NEGATIVES = {"letters": letters_page, "interview": interview_page}


def compose_all(n: int, seed: int) -> list[Page]:
    """``n`` pages, languages in turn, kinds in turn (systems, page shapes, then look-alikes)."""
    rng = random.Random(seed)
    kinds = [("s", k) for k in sorted(SYSTEMS)] + [("p", k) for k in sorted(SHAPES)] + [("n", k) for k in sorted(NEGATIVES)]
    codes = sorted(LANGS)
    out = []
    for i in range(n):
        code, (t, k) = codes[i % len(codes)], kinds[(i // len(codes) + i) % len(kinds)]
        L = LANGS[code]
        out.append(system_page(code, L, rng, k) if t == "s" else SHAPES[k](code, L, rng) if t == "p"
                   else NEGATIVES[k](code, L, rng))
    return out


def main(argv=None) -> int:
    from tests.page_threads_blind6_score import command_line
    return command_line("thread probe", __doc__, compose_all, argv)


if __name__ == "__main__":
    raise SystemExit(main())
