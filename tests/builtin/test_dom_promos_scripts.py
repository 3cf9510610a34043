"""Bracketed labels between teaser links in capitals of any cased script (`dom_promos._BRACKET_LABEL`, lines.CAPITAL)."""
from cleaners.builtin.dom_promos import DomPromos

from ._html import ARTICLE, page, rules, run


def _links(first: str, second: str, label: str, other: str) -> str:
    return (f"<p><a href='/a'>{first}</a> [{label}] | <a href='/b'>{second}</a> ({other})</p>")


def test_teaser_links_with_cyrillic_or_greek_labels_in_capitals_are_removed():
    for links in (_links("Паводок закрыл северную дорогу", "Совет ответил критикам ночных автобусов", "ВИДЕО", "ФОТО"),
                  _links("Πλημμύρα έκλεισε τον βόρειο δρόμο", "Το συμβούλιο απαντά στους επικριτές", "ΒΙΝΤΕΟ",
                         "ΦΩΤΟ")):
        doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{links}{ARTICLE}</article>"))
        assert rules(doc) == ["link-paragraph"] and "северную" not in text and "βόρειο" not in text


def test_links_with_words_in_lower_case_between_them_are_kept():
    for links in (_links("Паводок закрыл северную дорогу", "Совет ответил критикам", "видео", "и ещё"),
                  _links("Πλημμύρα έκλεισε τον δρόμο", "Το συμβούλιο απαντά", "βίντεο", "και άλλα")):
        doc, text = run(DomPromos(), page(f"<article>{ARTICLE}{links}{ARTICLE}</article>"))
        assert rules(doc) == [] and ("северную" in text or "δρόμο" in text)
