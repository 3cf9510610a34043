"""Comment sections of the fourth blind comment-page harness (`tests/page_threads_blind4.py`), part C: hand-made
and generated templates (a box of clock-stamped notes under the language's heading, a social plugin with generated
class names, an old guestbook nesting replies by spacer cells, signed bare paragraphs, a Q-and-A board of readers).
Renderers as in `page_threads_blind4_systems_a.py`."""
from __future__ import annotations

from html import escape as e

from tests.page_threads_blind4_systems_a import paras, tree


def clock_heading(t, w, rng):
    out = "".join(f'<div class="box"><div class="box-top"><span>{e(c["author"])}</span> <span>{c["iso"][11:16]}</span></div>{paras(c)}</div>' for c in t)
    return f'<div class="section"><h3>{e(w["comments"])}</h3>{out}</div>'


def _cls(rng, n=6):
    return "x" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def social_plugin(t, w, rng):
    a, b, c_, d, r = (_cls(rng) for _ in range(5))

    def unit(c, inner):
        return (f'<div class="{a}" role="article" aria-label="{e(c["author"])}"><img class="{b}" src="/fb/{c["i"]}.jpg" height="32" width="32">'
                f'<div class="{c_}"><a class="{d}" href="/people/{c["i"]}">{e(c["author"])}</a><div dir="auto">{"<br>".join(e(p) for p in c["paras"])}</div></div>'
                f'<div class="{_cls(rng, 4)}"><a href="#">{e(w["like"])}</a> · <a href="#">{e(w["reply"])}</a> · <abbr title="{e(c["date"])}">{e(c["ago"])}</abbr>'
                f'</div>' + (f'<div class="{r}">{inner}</div>' if inner else "") + '</div>')
    return f'<div class="{_cls(rng)}"><div class="{_cls(rng)}">{e(w["count"].format(n=len(t)))}</div>{tree(t, unit, lambda s: s)}</div>'


def spacer_table(t, w, rng):
    rows = "".join(f'<tr>{"<td width=30>&nbsp;</td>" * c["depth"]}<td colspan="{6 - c["depth"]}" bgcolor="#eeeeee"><b>{e(c["author"])}</b> '
                   f'<font size="1">({e(c["date"])})</font></td></tr><tr>{"<td width=30>&nbsp;</td>" * c["depth"]}<td colspan="{6 - c["depth"]}">'
                   f'{"<br>".join(e(p) for p in c["paras"])}<br><a href="/reply?to={c["i"]}"><font size="1">{e(w["reply"])}</font></a></td></tr>' for c in t)
    return f'<table width="100%" cellspacing="0" cellpadding="3" border="0"><tr><th colspan="6" align="left">{e(w["comments"])}</th></tr>{rows}</table>'


def signed_paragraphs(t, w, rng):
    out = "".join(f'{paras(c)}<p class="sig">— {e(c["author"])}, {e(c["date"])}</p>' for c in t)
    return f'<div class="readers"><h3>{e(w["comments"])}</h3>{out}</div>'


def reader_board(t, w, rng):
    def unit(c, inner):
        head = f'<div class="rb-head"><span class="rb-user">{e(c["author"])}</span><span class="rb-time">{e(c["ago"])}</span></div>'
        return (f'<li class="rb-{"answer" if c["depth"] else "question"}">{head}<div class="rb-text">{paras(c)}</div>'
                f'<div class="rb-foot"><span class="rb-votes">{c["votes"]}</span> <a href="#">{e(w["reply"])}</a> <a href="#">{e(w["report"])}</a></div>'
                + (f'<ul class="rb-answers">{inner}</ul>' if inner else "") + '</li>')
    return f'<div class="rb"><h2>{e(w["count"].format(n=len(t)))}</h2><ul class="rb-list">{tree(t, unit, lambda s: s)}</ul></div>'


SYSTEMS_C = {
    "clock_heading": (clock_heading, "flat"), "social_plugin": (social_plugin, "nested"), "spacer_table": (spacer_table, "nested"),
    "signed_paragraphs": (signed_paragraphs, "flat"), "reader_board": (reader_board, "nested"),
}
