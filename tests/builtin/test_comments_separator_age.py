"""A header of a name, a separator and an age (rule ``separator-age``, `comments/kinds._separated_age`): "Besa · 3 orë
më parë" is the comment's meta line, its author the name, in the page's words or, in a language without a file, by
the age's shape; a name beside a place or a title beside an age is none."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.kinds import _separated_age
from cleaners.builtin.comments.vocabulary import vocabulary

from ._html import ARTICLE, page, run

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

NAMES = ("Drita Gjoka", "Ermal Toska", "Sokol Duka")
TEXTS = ("Kjo urë duhej ndërtuar prej kohësh, por më mirë vonë se kurrë.",
         "Sa do të zgjasë punimi këtë herë, askush nuk e thotë qartë.",
         "Faleminderit për shkrimin, më në fund dimë diçka për afatet.")
HEADS = ("Drita Gjoka · 3 orë më parë", "Ermal Toska · 12.05.2024 18:40", "Sokol Duka · 2024-05-13")


def _read(heads):
    units = "".join(f'<div class="item"><span>{h}</span><p>{t}</p></div>' for h, t in zip(heads, TEXTS))
    body = f'<article>{ARTICLE}</article><div class="comments"><h3>Komente</h3>{units}</div>'
    doc, text = run(HtmlComments(), page(body).replace("<html>", '<html lang="sq">'), language="sq")
    return [(c.author, c.text) for c in doc.comments], text


def test_a_name_and_an_age_after_a_separator_is_the_meta_line_of_any_language():
    voc = vocabulary()
    assert _separated_age("Drita Gjoka · 3 orë më parë", voc)
    assert _separated_age("Ann Lee | 5 hours ago", voc)
    assert _separated_age("Jón · fyrir 3 dögum", voc)


def test_a_name_beside_a_place_or_a_long_title_beside_an_age_is_no_meta_line():
    voc = vocabulary()
    assert not _separated_age("Drita Gjoka · Tiranë", voc)
    assert not _separated_age("Bashkia nis punimet për urën e re mbi lumin · 3 orë më parë", voc)
    assert not _separated_age("Drita Gjoka · 3 Orë Më Parë", voc)


def test_every_comment_headed_by_a_name_and_an_age_keeps_its_author():
    comments, text = _read(HEADS)
    assert comments == list(zip(NAMES, TEXTS))
    assert "orë më parë" not in text and TEXTS[0] not in text


def test_a_name_alone_where_the_other_units_print_name_and_date_is_the_author():
    comments, text = _read(("Drita Gjoka · 3 orë më parë", "Ermal Toska", "Sokol Duka · 2024-05-13"))
    assert comments == list(zip(NAMES, TEXTS))
    assert "Ermal Toska" not in text


def test_a_short_name_like_line_of_the_text_is_no_author():
    units = "".join(f'<div class="item"><span>{h}</span><p>{t}</p></div>' for h, t in zip(HEADS[::2], TEXTS[::2]))
    units += f'<div class="item"><p>Sokol Duka</p><p>{TEXTS[1]}</p></div>'
    body = f'<article>{ARTICLE}</article><div class="comments"><h3>Komente</h3>{units}</div>'
    doc, _ = run(HtmlComments(), page(body).replace("<html>", '<html lang="sq">'), language="sq")
    last = [c for c in doc.comments if TEXTS[1] in c.text]
    assert last and last[0].author is None and "Sokol Duka" in last[0].text
