"""A heading that quotes the post's title beside the number of the comments under it ("3 svör við „…“",
"「…」への3件のフィードバック") heads a thread in any language (rule `quoted-count-heading`, `headers.quoted_count`);
a quotation beside another number, or beside more than a few words, heads nothing. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.headers import quoted_count
from cleaners.document import Document

TITLE = "Ný sundlaug opnuð í Hveragerði"
ARTICLE = (f"<article><h1>{TITLE}</h1><p>Bæjarstjórn Hveragerðis opnaði í gær nýja útisundlaug við íþróttahúsið, "
           "eftir tveggja ára framkvæmdir sem kostuðu um milljarð króna.</p><p>Laugin er tuttugu og fimm metrar og "
           "við hana eru tveir heitir pottar og vaðlaug fyrir yngstu börnin.</p></article>")
POSTS = [("Katrín Sif", "12.03.2024 14:22", "Frábært, börnin mín hafa beðið eftir þessu allan veturinn."),
         ("Jón Geir", "12.03.2024 16:05", "Verðið á árskortinu mætti samt vera lægra fyrir fjölskyldur."),
         ("Ragna Dís", "13.03.2024 09:40", "Heitu pottarnir eru yndislegir, við fórum strax á opnunardaginn.")]


def _comments(heading: str, posts=POSTS) -> list:
    entries = "".join(f"<dt>{n}</dt><dd><p>{t}</p><small>{d}</small></dd>" for n, d, t in posts)
    html = f"<html lang='is'><body><main>{ARTICLE}<h2>{heading}</h2><dl>{entries}</dl></main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def test_a_heading_quoting_the_title_and_counting_the_entries_heads_a_thread():
    got = _comments(f"3 svör við „{TITLE}“")
    assert [(c.author, c.text) for c in got] == [(n, t) for n, _, t in POSTS]
    assert quoted_count(f"「{TITLE}」への3件のフィードバック", 3)
    assert quoted_count(f"Majibu 3 kwa “{TITLE}”", 3)


def test_a_quotation_beside_another_number_or_many_words_heads_nothing():
    assert not quoted_count(f"2 svör við „{TITLE}“", 3)                           # counts other things
    assert not quoted_count(f"Lestu líka 3 aðrar greinar um sundlaugar og „{TITLE}“", 3)     # a sentence
    assert not quoted_count("3 svör", 3)                                          # no quotation: `counted`'s
    assert not _comments(f"Lestu líka 3 aðrar greinar um sundlaugar og „{TITLE}“")
