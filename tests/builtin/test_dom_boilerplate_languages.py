"""dom_boilerplate: boxes named by class words of other languages (cleaners/lang class_*), matched as
written and folded to ASCII; the family's shape still decides.
"""
import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, run


# class and id words of other languages (cleaners/lang class_*): the family's shape still decides
SHOP = "<a href='https://shop.example/angebot'>Jetzt Angebote entdecken</a>"
NETWORKS = "<a href='https://facebook.example/s'>Facebook</a> <a href='https://x.example/s'>X</a> <a href='mailto:'>E-Mail</a>"
HEADLINES = "".join(f"<li><a href='/n/{i}'>Consiglio comunale approva il bilancio numero {i}</a></li>" for i in range(3))
TAG_LINKS = "<a href='/t/verkehr'>Verkehr</a>, <a href='/t/rat'>Stadtrat</a>, <a href='/t/bus'>Nachtbus</a>"


@pytest.mark.parametrize("box, rule, gone", [
    (f"<div class='werbung'>{SHOP}</div>", "ad", "Angebote"),
    (f"<div id='anzeige-oben'><span>{SHOP}</span></div>", "ad", "Angebote"),
    (f"<aside class='encart_publicite'>{SHOP}</aside>", "ad", "Angebote"),                 # folded: publicité
    (f"<div class='banner-pubblicita'>{SHOP}</div>", "ad", "Angebote"),                     # folded: pubblicità
    (f"<div class='artikel-teilen'>{NETWORKS}</div>", "share-bar", "Facebook"),
    (f"<div class='barre-partage'>{NETWORKS}</div>", "share-bar", "Facebook"),
    (f"<ul class='udostepnij'><li>{NETWORKS}</li></ul>", "share-bar", "Facebook"),        # folded: udostępnij
    (f"<div class='articoli-correlati'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='lesetipps'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='artikelempfehlungen'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='meistgelesene-artikel'><ol>{HEADLINES}</ol></div>", "related-box", "bilancio"),
    (f"<div id='werbeplatz-2'>{SHOP}</div>", "ad", "Angebote"),
    (f"<section class='powiazane'><ul>{HEADLINES}</ul></section>", "related-box", "bilancio"),  # folded: powiązane
    (f"<div class='articles_lies'><ul>{HEADLINES}</ul></div>", "related-box", "bilancio"),
    (f"<div class='schlagwoerter'>{TAG_LINKS}</div>", "tag-list", "Nachtbus"),               # folded: schlagwörter
    (f"<div class='etiquetas'>{TAG_LINKS}</div>", "tag-list", "Nachtbus"),
    ("<div class='over-de-auteur'>Jan de Vries schrijft over verkeer. Volg hem.</div>", "author-box", "Vries"),
    ("<div class='exclusivo-assinantes'>Este conteúdo é exclusivo para assinantes. Assine já.</div>", "paywall",
     "exclusivo"),
    ("<div class='nieuwsbrief'><p>Elke ochtend het nieuws.</p><form><input type='email'></form></div>", "newsletter",
     "ochtend"),
    ("<a class='artikel-drucken' href='/print'>Drucken</a>", "print-link", "Drucken"),
    ("<div class='brotkrumen'><a href='/'>Startseite</a> › <a href='/lokales'>Lokales</a></div>", "breadcrumb",
     "Lokales"),
    ("<div class='fil-d-ariane'><a href='/'>Accueil</a> &gt; <a href='/region'>Région</a></div>", "breadcrumb", "Région"),
    ("<ol class='pankuzu'><li><a href='/'>トップ</a></li><li><a href='/news'>ニュース</a></li></ol>", "breadcrumb", "ニュース"),
])
def test_a_box_named_in_another_language_is_cut_and_logged(box, rule, gone):
    doc, text = run(DomBoilerplate(), page(f"<article>{ARTICLE}{box}</article>"))     # no language declared
    assert gone not in text and "night bus" in text
    assert [(r.cleaner, r.rule) for r in doc.removed] == [("dom_boilerplate", rule)]
    assert gone in doc.removed[0].text and doc.removed[0].chars == len(doc.removed[0].text)


def test_the_tags_and_related_links_of_a_localised_box_go_to_metadata():
    html = page(f"<article>{ARTICLE}<div class='schlagworte'>{TAG_LINKS}</div></article>"
                f"<div class='verwandte-artikel'><ul>{HEADLINES}</ul></div>")
    doc, _ = run(DomBoilerplate(), html)
    assert doc.metadata["tags"] == ["Verkehr", "Stadtrat", "Nachtbus"]
    assert len(doc.metadata["related"]) == 3


GERMAN_LONG = "<p>" + "Der Stadtrat hat am Dienstag beschlossen, den Nachtbus bis in die nördlichen Viertel zu verlängern. " * 5 + "</p>"


@pytest.mark.parametrize("body", [
    f"<div class='artikel-teilen-wrapper'><article>{GERMAN_LONG}{ARTICLE}</article></div>",   # holds the main text
    f"<article>{ARTICLE}<div class='werbung'>{GERMAN_LONG}</div></article>",        # too long for an ad
    f"<article>{ARTICLE}<p class='teilen'>{GERMAN_LONG}</p></article>",             # running text
    f"<article>{ARTICLE}<div class='themen'>Verkehr, Stadtrat und Nachtbus</div></article>",   # tags without links
    f"<article>{ARTICLE}<div class='verwandte-artikel'>{GERMAN_LONG}</div></article>",  # prose, not links
    f"<article>{ARTICLE}<div class='zum-thema'>{GERMAN_LONG}</div></article>",        # prose, not links
    f"<article>{ARTICLE}<div class='beurteilen'>Drei Fragen an den Rat</div></article>",  # "teilen" inside a word
    f"<article>{ARTICLE}<div class='werbungsfrei'>Dieser Artikel ist frei von Werbung.</div></article>",
    f"<article>{ARTICLE}<span class='pub-date'>12.03.2024</span></article>",          # no "pub" word for ads
    f"<article>{ARTICLE}<div class='brotkrumen'><h2>Der Weg ins Rathaus</h2></div></article>",   # holds a headline
    f"<article><p>Der Rat stimmte am Dienstag ab, nachdem <a class='anzeige' href='/a'>eine Anzeige</a> in der "
    f"Zeitung erschienen war, die den Nachtbus forderte.</p>{ARTICLE}</article>",     # a link inside a sentence
])
def test_a_class_word_of_another_language_alone_removes_no_text(body):
    doc, text = run(DomBoilerplate(), page(body))
    assert doc.removed == () and "night bus" in text


@pytest.mark.parametrize("word, forms", [
    ("publicité", {"publicité", "publicite"}),
    ("schlagwörter", {"schlagwörter", "schlagworter", "schlagwoerter"}),
    ("powiązane", {"powiązane", "powiazane"}),
    ("słowa-kluczowe", {"słowa-kluczowe", "slowa-kluczowe"}),
    ("teilen", {"teilen"}),
])
def test_class_words_are_matched_as_written_and_folded_to_ascii(word, forms):
    from cleaners.builtin.dom_boilerplate import folded_forms
    assert folded_forms(word) == forms
