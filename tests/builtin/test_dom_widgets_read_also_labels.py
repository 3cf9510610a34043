"""A read-also paragraph whose label stands in an emphasis element of its own ("<em>Lesen Sie auch: </em><a>...")
and one that lists several headline links (cleaners/builtin/dom_widgets.py, rule headed-related)."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate
from tests.builtin._html import ARTICLE, page, run


def _cut(line: str, language: str) -> tuple[list[str], str]:
    doc, text = run(DomBoilerplate(), page(f"<main><article>{ARTICLE}{line}{ARTICLE}</article></main>"),
                    language=language)
    return [r.rule for r in doc.removed], text


def test_a_label_in_an_emphasis_element_before_one_or_more_headline_links_goes():
    for line, language in (("<p><em>Lesen Sie auch: </em><a href='/n/1'>Der Stadtrat stimmt über die Nachtbusse "
                            "ab</a></p>", "de"),
                           ("<p><i>Leggi anche:</i> <a href='/n/2'>Il Comune rinnova il servizio notturno</a>, "
                            "<a href='/n/3'>Nuove corse per i quartieri del nord</a></p>", "it"),
                           ("<p>Lire aussi : <a href='/n/4'>Le conseil vote les bus de nuit</a> | "
                            "<a href='/n/5'>Les travailleurs de nuit attendent une réponse</a></p>", "fr")):
        rules, text = _cut(line, language)
        assert rules == ["headed-related"], line
        assert "Nachtbusse" not in text and "notturno" not in text and "bus de nuit" not in text


def test_a_label_before_a_link_and_more_words_stays():
    for line, language in (("<p><em>Lesen Sie auch:</em> <a href='/n/1'>Der Stadtrat stimmt über die Nachtbusse "
                            "ab</a> und die Antwort der Verkehrsbetriebe darauf.</p>", "de"),
                           ("<p><em>Mehr zum Thema</em> finden Sie <a href='/d'>im Dossier der Redaktion zum "
                            "Nahverkehr</a>, <a href='/e'>mit allen Beschlüssen des Rates</a></p>", "de"),
                           ("<p><em>Lesen Sie auch: <a href='/n/1'>Der Stadtrat stimmt über die Nachtbusse "
                            "ab</a></em> und mehr.</p>", "de")):
        rules, text = _cut(line, language)
        assert rules == [], line
