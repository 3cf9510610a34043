"""A count beside the commenter's name (rule ``counter-slot``, `comments/slots.counters`): a slot whose every text is
a number and the same word ("557 Fans", "1,2k karma") is chrome, neither the author nor the comment's text."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.slots import counters

from ._html import ARTICLE, page, run

NAMES = ("Ilze Bērziņa", "Jānis Ozols", "Māra Liepa")
TEXTS = ("Beidzot kāds domā par gājējiem, šī iela vakaros ir pilnīgi tumša.",
         "Cik maksās šis projekts un kurš par to maksās, to neviens nepasaka.",
         "Es dzīvoju blakus un varu apliecināt, ka satiksme tur ir briesmīga.")


def _read(seconds):
    units = "".join(f'<div class="c"><div class="u"><a href="/u/{k}">{n}</a><br>{s}</div><div>{t}</div></div>'
                    for k, (n, s, t) in enumerate(zip(NAMES, seconds, TEXTS)))
    body = f'<article>{ARTICLE}</article><section><h3>Komentāri</h3>{units}</section>'
    doc, text = run(HtmlComments(), page(body).replace("<html>", '<html lang="lv">'), language="lv")
    return [(c.author, c.text) for c in doc.comments], text


def test_counters_read_a_number_and_the_same_word_in_every_text():
    assert counters(["557 Fans", "12 Fans", "1.2k fans"]) and counters(["(34) punkti", "7 punkti"])
    assert not counters(["557 Fans", "12 Posts"]) and not counters(["557 Fans"]) and not counters(["Fans", "Fans"])


def test_a_fan_count_beside_every_name_is_chrome():
    comments, text = _read(("557 fani", "12 fani", "3 fani"))
    assert comments == list(zip(NAMES, TEXTS))
    assert "557" not in text


def test_short_lines_of_other_words_under_the_names_stay_the_comments():
    comments, _ = _read(("12 gadi", "3 bērni", "5 suņi"))
    assert any("12 gadi" in t for _, t in comments)
