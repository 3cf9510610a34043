"""A probe of comment shapes the thread probe (`benchmarks/thread_probe.py`) does not hold, in fourteen languages
(`benchmarks/comment_shape_probe_langs.py`; is, sq, cy, mt without a word file): posters named by a label and a
number ("Guest 4821", "Gast 17", "ゲスト123"), comment <div>s never closed (each nested in the one before by the
parser), "Name — date / text" <li> lists with no heading after the article, numbered guestbook entries, forum replies
with post counters and join dates in the poster column, avatars' alt text as the only name, <dt> authors under a
"2 replies to “Title”" heading; and look-alikes that must stay body: a timeline of dated events, a list of quotes
with names, an interview's turns, a team page, a changelog, a FAQ, a numbered list of people. Gold per page: the
comments (author, text, depth) and the body; scored as the thread probe scores (`tests/page_threads_blind6_score.py`).

    python -m benchmarks.comment_shape_probe [N] [--seed S] [--show K] [--no-trafilatura]
"""
from __future__ import annotations

import random
from html import escape as e

from benchmarks.comment_shape_probe_langs import LANGS
from benchmarks.thread_probe import Page, _page, _when


def _texts(L, n):
    """``n`` distinct comment texts: the readers' sentences, then pairs of them."""
    says = L["says"]
    pairs = [f"{a} {b}" for i, a in enumerate(says) for j, b in enumerate(says) if i != j]
    return (says + pairs)[:n]


def _thread(L, rng, n, names):
    texts = _texts(L, n)
    rng.shuffle(texts)
    return [dict(author=names[i % len(names)], text=t, depth=0, parent=None, when=_when(rng, L))
            for i, t in enumerate(texts)]


def _article(L):
    ps = "".join(f"<p>{e(p)}</p>" for p in L["paras"])
    return f"<article><h1>{e(L['title'])}</h1>{ps}</article>"


def _gold(th):
    return [dict(author=c["author"], text=c["text"], depth=c["depth"], parent=c["parent"]) for c in th]


def _guests(L, rng, k):
    return [L["X"]["guest"].format(n=n) for n in rng.sample(range(2, 9999), k)]


def _pos(code, L, family, section, th, head=None, nesting="flat", optional=()):
    art = head if head is not None else _article(L)
    return Page(_page(L, code, art, section), code, family, nesting, "\n\n".join(L["paras"] if head is None else
                [L["paras"][0]]), optional=list(optional), gold=_gold(th))


def guest_numbers(code, L, rng):
    th = _thread(L, rng, rng.randint(3, 6), _guests(L, rng, 3))
    rows = "".join(f"<li class=\"cm\"><div class=\"who\"><strong>{e(c['author'])}</strong> <span>{e(c['when'])}</span>"
                   f"</div><div class=\"txt\"><p>{e(c['text'])}</p></div></li>" for c in th)
    sec = f"<section id=\"cm\"><h3>{e(L['X']['count'].format(n=len(th)))}</h3><ol>{rows}</ol></section>"
    return _pos(code, L, "guest_numbers", sec, th)


def unclosed(code, L, rng):
    n = rng.choice([3, 5, 8, 12, 20, 30])
    names = L["names"][:5] if rng.random() < 0.6 else _guests(L, rng, 4)
    th = _thread(L, rng, n, names)
    rows = "".join(f"<div class=\"post\"><div class=\"hd\"><b>{e(c['author'])}</b> {e(c['when'])}</div>"
                   f"<div class=\"bd\">{e(c['text'])}</div>" for c in th)   # each post's own <div> never closed
    sec = f"<div class=\"posts\"><h3>{e(L['W']['heading'])}</h3>{rows}"
    return _pos(code, L, "unclosed_divs", sec, th)


def dash_li(code, L, rng):
    th = _thread(L, rng, rng.randint(2, 6), L["names"][:5])
    rows = "".join(f"<li>{e(c['author'])} — {e(c['when'] or '12.03.2024')}<br>{e(c['text'])}</li>" for c in th)
    return _pos(code, L, "dash_li", f"<ul>{rows}</ul>", th)


def guestbook_numbered(code, L, rng):
    names = _guests(L, rng, 2) + L["names"][:3]
    th = _thread(L, rng, rng.randint(3, 7), names)
    rows = "".join(f"<table class=\"e\"><tr><td>#{len(th) - i}</td><td><b>{e(c['author'])}</b></td>"
                   f"<td>{e(c['when'] or '2024-01-05')}</td></tr><tr><td colspan=\"3\">{e(c['text'])}</td></tr></table>"
                   for i, c in enumerate(th))
    head = f"<h1>{e(L['W']['guestbook'])}</h1><p>{e(L['paras'][0])}</p>"
    return _pos(code, L, "guestbook_numbered", rows, th, head=head)


def forum_replies(code, L, rng):
    X = L["X"]
    op = L["names"][5]
    th = _thread(L, rng, rng.randint(2, 6), L["names"][:4] + _guests(L, rng, 1))
    def post(name, text, k):
        return (f"<div class=\"p\"><div class=\"l\"><a href=\"/u/{k}\">{e(name)}</a><br>"
                f"{X['posts']}: {rng.randint(1, 4000)}"
                f"<br>{X['joined']}: {rng.randint(1, 12):02d}.{rng.randint(2005, 2023)}</div><div class=\"r\">"
                f"<div class=\"m\">#{k} · {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024</div>"
                f"{text}</div></div>")
    first = post(op, "".join(f"<p>{e(p)}</p>" for p in L["paras"]), 1)
    rest = "".join(post(c["author"], e(c["text"]), k + 2) for k, c in enumerate(th))
    html = _page(L, code, f"<h1>{e(L['title'])}</h1><div class=\"topic\">{first}{rest}</div>", "")
    return Page(html, code, "forum_replies", "flat", "\n\n".join(L["paras"]), optional=[op], gold=_gold(th))


def avatar_only(code, L, rng):
    th = _thread(L, rng, rng.randint(2, 5), L["names"][:5])
    rows = "".join(f"<li><img src=\"/a/{i}.jpg\" alt=\"{e(c['author'])}\" width=\"40\" height=\"40\">"
                   f"<time>{e(c['when'] or '2024-02-02')}</time><p>{e(c['text'])}</p></li>" for i, c in enumerate(th))
    sec = f"<div><h3>{e(L['X']['count'].format(n=len(th)))}</h3><ul>{rows}</ul></div>"
    return _pos(code, L, "avatar_only", sec, th)


def dt_replies(code, L, rng):
    th = _thread(L, rng, rng.randint(1, 5), L["names"][:5])
    X = L["X"]
    head = X["one"].format(t=L["title"]) if len(th) == 1 else X["many"].format(n=len(th), t=L["title"])
    rows = "".join(f"<dt>{e(c['author'])}</dt><dd><p>{e(c['text'])}</p><small>{e(c['when'])}</small></dd>" for c in th)
    return _pos(code, L, "dt_replies", f"<h2>{e(head)}</h2><dl>{rows}</dl>", th)


def _neg(code, L, family, inner, body, optional=()):
    art = f"<article><h1>{e(L['title'])}</h1><p>{e(L['paras'][0])}</p>{inner}</article>"
    return Page(_page(L, code, art, ""), code, "", None, "\n\n".join([L["paras"][0], *body]),
                optional=list(optional), furniture=[family])


def timeline(code, L, rng):
    dates = [f"{d:02d}.{m:02d}.2024" for d, m in zip(rng.sample(range(1, 28), 3), (3, 6, 9))]
    rows = "".join(f"<li><b>{d}</b> — {e(p)}</li>" for d, p in zip(dates, L["paras"][1:]))
    inner = f"<ul class=\"timeline\">{rows}</ul>"
    return _neg(code, L, "timeline", inner, [f"{d} — {p}" for d, p in zip(dates, L["paras"][1:])])


def quotes(code, L, rng):
    pairs = list(zip(L["says"][:4], L["names"][:4]))
    inner = "<ul>" + "".join(f"<li>„{e(t)}“ — {e(n)}</li>" for t, n in pairs) + "</ul>"
    return _neg(code, L, "quotes", inner, [f"„{t}“ — {n}" for t, n in pairs])


def interview(code, L, rng):
    a, b = L["names"][5], L["names"][0]
    turns = [x for q, p in zip(L["questions"], L["paras"][1:]) for x in ((a, q), (b, p))]
    inner = "".join(f"<p><b>{e(n)}:</b> {e(t)}</p>" for n, t in turns)
    return _neg(code, L, "interview", inner, [f"{n}: {t}" for n, t in turns])


def team(code, L, rng):
    people = list(zip(L["names"][:4], L["says"][4:8]))
    inner = "".join(f"<div class=\"member\"><img src=\"/t/{i}.jpg\" alt=\"{e(n)}\"><h4>{e(n)}</h4><p>{e(b)}</p></div>"
                    for i, (n, b) in enumerate(people))
    return _neg(code, L, "team", inner, [x for n, b in people for x in (n, b)])


def changelog(code, L, rng):
    v = L["X"]["version"]
    rel = [(f"{v} 2.{k}.0 — 2024-0{k + 1}-1{k}", p) for k, p in enumerate(L["paras"][1:])]
    inner = "".join(f"<h3>{e(h)}</h3><ul><li>{e(p)}</li></ul>" for h, p in rel)
    return _neg(code, L, "changelog", inner, [x for h, p in rel for x in (h, p)])


def faq(code, L, rng):
    qa = list(zip(L["questions"], L["paras"][1:]))
    inner = "<dl>" + "".join(f"<dt>{e(q)}</dt><dd>{e(a)}</dd>" for q, a in qa) + "</dl>"
    return _neg(code, L, "faq", inner, [x for q, a in qa for x in (q, a)])


def people(code, L, rng):
    rows = list(zip(L["names"][:5], L["says"][:5]))
    ages = [rng.randint(24, 80) for _ in rows]
    inner = "<ol>" + "".join(f"<li><b>{e(n)}</b>, {a}<br>{e(t)}</li>" for (n, t), a in zip(rows, ages)) + "</ol>"
    return Page(_page(L, code, f"<article><h1>{e(L['title'])}</h1><p>{e(L['paras'][0])}</p>{inner}</article>", ""),
                code, "", None, "\n\n".join([L["paras"][0], *(f"{n}, {a}\n\n{t}" for (n, t), a in zip(rows, ages))]),
                furniture=["people"])


POSITIVES = {"guest_numbers": guest_numbers, "unclosed_divs": unclosed, "dash_li": dash_li,
             "guestbook_numbered": guestbook_numbered, "forum_replies": forum_replies, "avatar_only": avatar_only,
             "dt_replies": dt_replies}
NEGATIVES = {"timeline": timeline, "quotes": quotes, "interview": interview, "team": team, "changelog": changelog,
             "faq": faq, "people": people}


def compose_all(n: int, seed: int) -> list[Page]:
    """``n`` pages, languages in turn, kinds in turn (positives, then look-alikes)."""
    rng = random.Random(seed)
    kinds = [POSITIVES[k] for k in sorted(POSITIVES)] + [NEGATIVES[k] for k in sorted(NEGATIVES)]
    codes = sorted(LANGS)
    return [kinds[(i // len(codes) + i) % len(kinds)](codes[i % len(codes)], LANGS[codes[i % len(codes)]], rng)
            for i in range(n)]


def main(argv=None) -> int:
    from tests.page_threads_blind6_score import command_line
    return command_line("comment-shape probe", __doc__, compose_all, argv)


if __name__ == "__main__":
    raise SystemExit(main())
