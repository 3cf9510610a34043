"""A signed run that opens a list right under a short heading (rule ``signed-run``, `comments/signed.headed`): in a
language without a file, "<h4>Ummæli</h4><dl><dt>Name · date</dt><dd>text</dd>…" is a thread, the heading standing
before the list rather than before its first entry; a glossary under such a heading is none."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import ARTICLE, page, run

NAMES = ("Ragnheiður Ósk", "Bjarni Freyr", "Þórdís Lind")
TEXTS = ("Þetta er frábært framtak og löngu tímabært í okkar hverfi.",
         "Ég skil ekki af hverju þetta tók svona mörg ár að komast í gegn.",
         "Vonandi verður hugsað um gangandi vegfarendur líka í þessu verki.")
HEADS = ("Ragnheiður Ósk · 12.04.2024 09:15", "Bjarni Freyr · fyrir 3 dögum", "Þórdís Lind · 2024-04-14")


def _read(entries: str):
    body = f'<article>{ARTICLE}</article><div><h4>Ummæli</h4><dl>{entries}</dl></div>'
    doc, text = run(HtmlComments(), page(body).replace("<html>", '<html lang="is">'), language="is")
    return [(c.author, c.text) for c in doc.comments], text


def test_signed_terms_of_a_list_under_a_short_heading_are_a_thread():
    comments, text = _read("".join(f"<dt>{h}</dt><dd>{t}</dd>" for h, t in zip(HEADS, TEXTS)))
    assert comments == list(zip(NAMES, TEXTS))
    assert TEXTS[2] not in text


def test_a_glossary_under_a_short_heading_is_no_thread():
    terms = ("Veggjald", "Hjólastígur", "Umferðarþungi")
    comments, text = _read("".join(f"<dt>{w}</dt><dd>{t}</dd>" for w, t in zip(terms, TEXTS)))
    assert comments == [] and all(t in text for t in TEXTS)
