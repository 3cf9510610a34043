"""A thread headed by its count alone (rule ``bare-count-heading``, `comments/headers.bare_count`): a heading, or a
short block with an icon, whose whole text is the number of the units after it heads a thread in any language; a
number that counts something else names nothing."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.headers import bare_count

from ._html import ARTICLE, page, run

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

NAMES = ("Dritan Marku", "Vjosa Lleshi", "Agron Cela")
TEXTS = ("Rruga për në fshat është ende e pashtruar pas tre vitesh premtimesh.",
         "Edhe autobusi i mëngjesit vonohet çdo ditë, askush nuk ankohet më.",
         "Shpresoj që ky artikull të lexohet edhe nga zyrtarët e bashkisë.")
WHENS = ("", "2 orë më parë", "5 orë më parë")


def _units(whens=WHENS):
    return "".join(f'<li><b>{n}</b> <span class="d">{w}</span><p>{t}</p></li>' for n, t, w in zip(NAMES, TEXTS, whens))


def _read(head: str, units: str):
    body = f'<article>{ARTICLE}</article><div class="x-box">{head}<ul class="l">{units}</ul></div>'
    doc, text = run(HtmlComments(), page(body).replace("<html>", '<html lang="sq">'), language="sq")
    return [(c.author, c.text) for c in doc.comments], text


def test_bare_count_reads_a_number_alone_equal_to_the_units():
    assert bare_count("3", 3) and bare_count(" (12) ", 12)
    assert not bare_count("3", 4) and not bare_count("2024", 2024) and not bare_count("1", 1)
    assert not bare_count("3 vjet", 3)


def test_a_heading_of_the_units_count_alone_heads_a_thread_in_a_language_without_a_file():
    icon = '<div class="hd"><i class="ico"></i> 3</div>'
    for head, whens in (("<h3>3</h3>", WHENS), (icon, ("12.03.2024 14:22", "12.03.2024 15:07", "13.03.2024 09:41"))):
        comments, text = _read(head, _units(whens))
        assert comments == list(zip(NAMES, TEXTS)), head
        assert TEXTS[1] not in text


def test_a_number_that_is_not_the_units_count_heads_nothing():
    for head in ("<h3>7</h3>", "<h3>2019</h3>"):
        comments, text = _read(head, _units())
        assert comments == [] and all(t in text for t in TEXTS), head
