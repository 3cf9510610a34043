"""Replies of a flat list told by a class word of their own (rule ``reply-class``, `comments/levels.reply_classes`):
"comment reply" after "comment" answers the unit before it; a parent's "has-replies" makes no reply."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import ARTICLE, page, run

NAMES = ("Kaisa Tamm", "Priit Kuusk", "Anu Rebane", "Mart Sepp")
TEXTS = ("Linn peaks lõpuks ka jalgratturitele mõtlema, mitte ainult autodele.",
         "Nõus, aga talvel on need teed niikuinii lume all ja keegi ei sõida.",
         "Mina sõidan ka talvel, kui teed on hooldatud, pole probleemi.",
         "Kes selle kõik kinni maksab, seda artikkel kahjuks ei ütle.")


def _read(classes):
    units = "".join(f'<div class="{c}"><a class="author" href="/u/{k}">{n}</a> <time datetime="2024-03-0{k + 1}T10:00">'
                    f'{k + 1}.03.2024 10:00</time><div class="txt">{t}</div></div>'
                    for k, (c, n, t) in enumerate(zip(classes, NAMES, TEXTS)))
    body = f'<article>{ARTICLE}</article><section class="comments"><h3>Kommentaarid (4)</h3>{units}</section>'
    doc, _ = run(HtmlComments(), page(body).replace("<html>", '<html lang="et">'), language="et")
    return [(c.author, c.depth, c.parent) for c in doc.comments]


def test_a_unit_whose_class_names_it_a_reply_answers_the_unit_before_it():
    got = _read(("comment", "comment reply", "comment reply", "comment"))
    assert [(a, d) for a, d, _ in got] == [(NAMES[0], 0), (NAMES[1], 1), (NAMES[2], 1), (NAMES[3], 0)]
    assert got[1][2] == got[2][2] is not None and got[0][2] is None and got[3][2] is None


def test_a_parents_has_replies_class_makes_no_reply():
    got = _read(("comment has-replies", "comment", "comment has-replies", "comment"))
    assert [d for _, d, _ in got] == [0, 0, 0, 0]
