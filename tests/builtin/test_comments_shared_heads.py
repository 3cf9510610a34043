"""Comment headers in a language without a file (rules ``shared-said`` and ``shared-label``,
`comments/headers.py`): the words every unit's header shares around a differing name are the
template's ("segir:", "Höfundur:"), the name is what differs."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.headers import shared_edges, strip_edges

from ._html import ARTICLE, page, run

TEXTS = ("Þetta er góð frétt, loksins fáum við næturvagna í hverfið.",
         "Hver borgar fyrir þetta allt saman, spyr ég bara?",
         "Ég bý í hverfinu og þetta skiptir okkur miklu máli.")
NAMES = ("Jón Jónsson", "Anna Sigurðardóttir", "Páll")
DATES = ("3. mars 2026 kl. 14:05", "3. mars 2026 kl. 15:10", "4. mars 2026 kl. 09:12")


def _page(units: str, cls: str = "umraedur") -> str:
    body = f'<article>{ARTICLE}</article><div class="{cls}"><h3>Umræður</h3>{units}</div>'
    return page(body).replace("<html>", '<html lang="is">')


def _read(html: str):
    doc, text = run(HtmlComments(), html, language="is")
    return [(c.author, c.text) for c in doc.comments], text


def test_units_opening_with_a_name_and_one_shared_said_word_are_a_thread():
    units = "".join(f'<div class="innlegg"><p class="haus">{n} segir:</p><p>{t}</p><p class="dags">{d}</p></div>'
                    for n, t, d in zip(NAMES, TEXTS, DATES))
    comments, text = _read(_page(units))
    assert comments == list(zip(NAMES, TEXTS))
    assert TEXTS[0] not in text and "segir" not in text


def test_a_shared_label_before_the_names_of_a_named_thread_is_no_part_of_them():
    units = "".join(f'<div class="comment"><p>{t}</p><p class="comment-footer">Höfundur: <a href="/u">{n}</a> | '
                    f'{d}</p></div>' for n, t, d in zip(NAMES, TEXTS, DATES))
    comments, _ = _read(_page(units, "comments"))
    assert comments == list(zip(NAMES, TEXTS))


def test_a_said_word_after_the_names_in_author_elements_is_no_part_of_them():
    units = "".join(f'<div class="comment"><span class="comment-author">{n} segir</span><p>{t}</p></div>'
                    for n, t in zip(NAMES, TEXTS))
    comments, _ = _read(_page(units, "comments"))
    assert comments == list(zip(NAMES, TEXTS))


def test_interview_turns_and_question_labels_share_no_said_word_and_stay_the_article():
    turns = "".join(f"<p><strong>{n}:</strong></p><p>{t}</p>" for n, t in zip(NAMES, TEXTS))
    labels = "".join(f"<div><p>{q}:</p><p>{t}</p></div>" for q, t in zip(("Sp", "Sv", "Sp"), TEXTS))
    for units in (turns, labels):
        comments, text = _read(_page(units, "vidtal"))
        assert comments == [] and all(t in text for t in TEXTS)


def test_two_units_or_headers_of_different_words_are_no_shared_said_pattern():
    two = "".join(f'<div class="innlegg"><p class="haus">{n} segir:</p><p>{t}</p></div>'
                  for n, t in zip(NAMES[:2], TEXTS))
    differ = "".join(f'<div class="innlegg"><p class="haus">{n} {w}:</p><p>{t}</p></div>'
                     for n, w, t in zip(NAMES, ("segir", "spyr", "svarar"), TEXTS))
    for units in (two, differ):
        comments, text = _read(_page(units, "vidtal"))
        assert comments == [] and all(t in text for t in TEXTS[:2])


def test_shared_edges_strip_lower_case_said_words_and_labels():
    assert shared_edges(["Jón segir:", "Anna Sigurðardóttir segir:", "Páll segir:"]) == (0, 1)
    assert shared_edges(["Autor: Marek_K", "Autor: Zbyszek"]) == (1, 0)
    assert strip_edges("Jean a écrit le", 0, 3) == "Jean"
    assert strip_edges("Autor: Karl-Heinz B.", 1, 0) == "Karl-Heinz B."


def test_shared_edges_keep_a_shared_surname_a_first_name_and_alike_headers():
    assert shared_edges(["Ann Smith", "Bob Smith"]) == (0, 0)
    assert shared_edges(["Ann Lee", "Ann Smith"]) == (0, 0)
    assert shared_edges(["Marek segir:", "Marek segir:"]) == (0, 0)
    assert shared_edges(["Jón segir:"]) == (0, 0)


def _flat(heading: str, units: list[str]) -> str:
    body = f'<article>{ARTICLE}</article><div class="box-bottom"><h2>{heading}</h2><ul class="list">{"".join(units)}</ul></div>'
    return page(body).replace("<html>", '<html lang="is">')


FLAT_UNITS = [f'<li class="item"><div class="item-head"><span class="nick">{n}</span> <span class="when">{d}</span></div>'
              f'<div class="item-text">{t}</div><div class="item-foot"><span class="up">+4</span></div></li>'
              for n, t, d in zip(NAMES, TEXTS, DATES)]


def test_a_heading_counting_the_units_after_it_names_a_flat_thread_in_any_language():
    comments, text = _read(_flat("Ummæli (3)", FLAT_UNITS))
    assert comments == list(zip(NAMES, TEXTS)) and TEXTS[1] not in text


def test_a_heading_whose_count_is_not_the_units_or_without_a_count_names_nothing():
    for heading in ("Ummæli (216)", "Ummæli", "Ummæli (2)"):
        comments, text = _read(_flat(heading, FLAT_UNITS))
        assert comments == [] and all(t in text for t in TEXTS)


def test_a_counted_heading_over_a_gallery_of_credited_photos_names_no_thread():
    figures = [f'<li class="item"><img src="/m/{k}.jpg" alt=""><p class="credit">Mynd: {n}, {d}</p>'
               f'<p class="caption">{t}</p></li>' for k, (n, t, d) in enumerate(zip(NAMES, TEXTS, DATES))]
    comments, text = _read(_flat("Myndir (3)", figures))
    assert comments == []
