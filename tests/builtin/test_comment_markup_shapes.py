"""Comment markup the earlier fixtures did not write (seventeenth session): a thread of classless boxes told
apart by schema.org microdata alone (`microdata-comment`), classless comment boxes whose date is a bare box
of their own (`bare-field`), comments longer than a short article (`repeated-main`), and "posted by" phrases
before a commenter's name (`posted-by-name`); `test_comment_markup_threads.py` has the rest. Each rule with a
look-alike that stays body."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.document import Document


def run(body: str, lang: str) -> tuple[Document, str]:
    html = f"<html lang='{lang}'><body>{body}</body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


ARTICLE_PT = ("<article><h1>Prefeitura inaugura novo mercado municipal</h1>"
              "<p>A prefeitura inaugurou neste domingo o novo mercado municipal, instalado num antigo armazém do "
              "centro histórico, com sessenta bancas de produtores locais.</p>"
              "<p>A reforma do prédio durou dois anos e custou cerca de nove milhões de reais, segundo o secretário "
              "de Desenvolvimento.</p></article>")
REMARKS_PT = [("Beatriz Costa", "05.06.2024 09:16", "Fui no domingo e gostei muito das bancas de queijo."),
              ("Ricardo Lima", "06.06.2024 21:42", "Alguém sabe se as oficinas de culinária são gratuitas?"),
              ("Marcos T.", "07.06.2024 11:05", "Nove milhões numa reforma e esqueceram o estacionamento.")]


# -- microdata-comment ---------------------------------------------------------------------------------------
def _microdata(prop: str) -> str:
    return "<div><h3>3 comentários</h3>" + "".join(
        f"<div itemprop='{prop}' itemscope><span itemprop='author'>{n}</span> <span>{d}</span>"
        f"<div itemprop='text'><p>{t}</p></div></div>" for n, d, t in REMARKS_PT) + "</div>"


def test_classless_boxes_that_microdata_names_comments_are_a_thread():
    doc, left = run(ARTICLE_PT + _microdata("comment"), "pt")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in REMARKS_PT]
    assert REMARKS_PT[0][2] not in left and "nove milhões de reais" in left


def test_an_itemtype_comment_names_the_box_too():
    body = _microdata("x").replace("itemprop='x' itemscope", "itemscope itemtype='https://schema.org/Comment'")
    doc, _ = run(ARTICLE_PT + body, "pt")
    assert [c.author for c in doc.comments] == [n for n, _, _ in REMARKS_PT]


def test_classless_boxes_of_other_microdata_stay_body():
    """A list of quoted people marked up as list items, dated by day: no comment mark, no thread."""
    body = _microdata("itemListElement").replace("<h3>3 comentários</h3>", "<h3>O que dizem os feirantes</h3>")
    for _, d, _ in REMARKS_PT:
        body = body.replace(d, d[:10])
    doc, left = run(ARTICLE_PT + body, "pt")
    assert doc.comments == () and REMARKS_PT[1][2] in left


# -- bare-field ------------------------------------------------------------------------------------------------
ARTICLE_PL = ("<div class='text'><h1>Miasto remontuje most nad rzeką</h1>"
              "<p>Od przyszłego poniedziałku most nad rzeką zostanie zamknięty dla ruchu samochodowego na co najmniej "
              "sześć miesięcy, a drogowcy wymienią nawierzchnię i balustrady.</p>"
              "<p>Objazd poprowadzi przez obwodnicę, co wydłuży przejazd do centrum o około dziesięć minut.</p></div>")
REMARKS_PL = [("Magda R.", "05.06.2024 06:19", "Pół roku to bardzo długo, codziennie jeżdżę tym mostem do pracy."),
              ("Katarzyna Nowak", "6 czerwca 2024 o 16:26", "Dziesięć minut objazdu to chyba tylko w teorii."),
              ("kierowca_22", "07.06.2024 14:06", "Czy tymczasowa kładka będzie oświetlona wieczorem?")]


def _classless(heading: str, rows=REMARKS_PL) -> str:
    return f"<div><h3>{heading}</h3>" + "".join(
        f"<div><h5>{n}</h5><div>{d}</div><p>{t}</p></div>" for n, d, t in rows) + "</div>"


def test_classless_comment_boxes_with_a_bare_date_box_are_a_thread():
    doc, left = run(ARTICLE_PL + _classless("3 komentarzy"), "pl")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in REMARKS_PL]
    assert doc.comments[0].date.startswith("2024-06-05") and REMARKS_PL[2][2] not in left


def test_a_bare_box_holding_an_element_is_still_a_nested_unit():
    """The field is text alone: a box holding a link or a span may be a reply's, and is read as before."""
    doc, _ = run(ARTICLE_PL + _classless("3 komentarzy").replace("<div>05.06.2024 06:19</div>",
                                                                 "<div><span>05.06.2024 06:19</span></div>"), "pl")
    assert all(c.depth == 0 for c in doc.comments)


def test_classless_boxes_of_names_dates_and_paragraphs_without_a_comment_heading_stay_body():
    """Residents' voices dated by day under a heading of their own: no comment mark, no thread."""
    rows = [(n, "5 czerwca 2024", t) for n, _, t in REMARKS_PL]
    doc, left = run(ARTICLE_PL + _classless("Głosy mieszkańców", rows), "pl")
    assert doc.comments == () and REMARKS_PL[0][2] in left


# -- repeated-main ---------------------------------------------------------------------------------------------
SHORT_FR = ("<div class='chapo'><h1>La médiathèque rouvre</h1><p>La médiathèque municipale a rouvert ses portes samedi "
            "après dix-huit mois de travaux, avec une salle de jeux vidéo et un jardin de lecture.</p></div>")
LONG_FR = [("Claire Dubois", "J'y suis allée samedi avec mes enfants et ils ne voulaient plus repartir de la salle de "
            "jeux, ce qui ne m'était jamais arrivé dans l'ancienne médiathèque du centre-ville.",
            "Le personnel était accueillant et disponible, et le jardin de lecture est magnifique, même si j'espère "
            "qu'il sera bien entretenu pendant l'été quand il fera très chaud."),
           ("Julien Petit", "Quatre millions pour une bibliothèque alors que les écoles du quartier manquent de tout, "
            "je trouve ça difficile à comprendre, surtout après les annonces de l'an dernier sur les cantines.",
            "Cela dit, l'ouverture le dimanche est une excellente nouvelle pour ceux qui travaillent toute la "
            "semaine et qui n'avaient jamais le temps de venir emprunter un livre.")]


CROWD = ["Claire Dubois", "Julien Petit", "Amina Haddad", "Marc Lefèvre", "Sophie Martin"]


def _essays(tag: str = "li") -> str:
    return "<div id='discussion'><h3>Réactions</h3><ul>" + "".join(
        f"<{tag} id='c{k}'><div><strong>{n}</strong> · 6 juin 2024</div><p>{a}</p><p>{b}</p>"
        f"<a href='#r'>Répondre</a></{tag}>"
        for k, (n, a, b) in enumerate(LONG_FR)) + "</ul></div>"


def test_comments_longer_than_a_short_article_are_still_comments():
    doc, left = run(SHORT_FR + _essays(), "fr")
    assert [c.author for c in doc.comments] == ["Claire Dubois", "Julien Petit"]
    assert "dix-huit mois" in left and "Quatre millions" not in left


def test_an_article_of_repeated_chapters_after_a_short_standfirst_stays_body():
    """Sibling boxes of prose with a name and a date each, after a standfirst: the article's own chapters."""
    chapters = "".join(f"<div class='entry'><h3>{n}</h3><p class='d'>6 juin 2024</p><p>{a}</p><p>{b}</p></div>"
                       for n, a, b in LONG_FR)
    doc, left = run(SHORT_FR + f"<div class='voices'>{chapters}</div>", "fr")
    assert doc.comments == () and "Quatre millions" in left


def test_comments_longer_than_a_short_article_with_their_text_in_a_box_of_its_own_are_still_comments():
    """The longest prose holder is a comment's text box inside its comment box: the repeated box is found above it."""
    units = "".join(f"<li id='c{k}'><div><strong>{n}</strong> · 6 juin 2024</div><div class='texte'><p>{a}</p>"
                    f"<p>{b}</p></div><a href='#r'>Répondre</a></li>"
                    for k, (n, (_, a, b)) in enumerate(zip(CROWD, LONG_FR * 3)))
    doc, left = run(SHORT_FR + f"<div id='discussion'><h3>Réactions</h3><ul>{units}</ul></div>", "fr")
    assert [c.author for c in doc.comments] == CROWD
    assert "dix-huit mois" in left and "Quatre millions" not in left


def test_an_article_of_repeated_chapters_with_text_boxes_after_a_short_standfirst_stays_body():
    chapters = "".join(f"<div class='entry'><h3>{n}</h3><p class='d'>6 juin 2024</p><div class='corps'><p>{a}</p>"
                       f"<p>{b}</p></div></div>" for n, a, b in LONG_FR)
    doc, left = run(SHORT_FR + f"<div class='voices'>{chapters}</div>", "fr")
    assert doc.comments == () and "Quatre millions" in left


# -- crowd -------------------------------------------------------------------------------------------------------


def _crowd(names: list[str]) -> str:
    long = LONG_FR[0][2] + " " + LONG_FR[1][1]      # (longer than the page left, shorter than 4 standfirsts)
    units = "".join(f"<div class='rq'><div class='hd'><b>{n}</b> · {k + 1} juin 2024</div><div class='tx'><p>"
                    f"{long if k == 1 else LONG_FR[k % 2][1]}</p></div><a href='#r'>Répondre</a></div>"
                    for k, n in enumerate(names))
    return SHORT_FR + f"<div class='zone'><h3>Réactions</h3>{units}</div>"


def test_a_crowds_thread_after_the_article_is_comments_though_one_comment_outweighs_the_page():
    doc, left = run(_crowd(CROWD), "fr")
    assert [c.author for c in doc.comments] == CROWD
    assert "dix-huit mois" in left and "Quatre millions" not in left


def test_a_few_names_over_boxes_outweighing_the_page_stay_the_article():
    names = ["Claire Dubois", "Julien Petit", "Claire Dubois", "Julien Petit", "Claire Dubois"]
    doc, left = run(_crowd(names), "fr")
    assert doc.comments == () and "Quatre millions" in left


# -- posted-by-name --------------------------------------------------------------------------------------------
def test_a_posted_by_phrase_before_a_name_is_cut_capitalised_or_not():
    with speaking(["fr", "de", "ja"]):
        voc = vocabulary()
        assert voc.strip_name("Publié par Claire Dubois") == "Claire Dubois"
        assert voc.strip_name("Verfasst von Uwe Petersen") == "Uwe Petersen"
        assert voc.strip_name("投稿者：中村美咲") == "中村美咲"


def test_a_capitalised_by_word_alone_stays_part_of_the_name():
    with speaking(["fr", "de"]):
        voc = vocabulary()
        assert voc.strip_name("Von Trapp") == "Von Trapp" and voc.strip_name("Par Lagrange") == "Par Lagrange"


def test_a_posted_phrase_before_a_time_is_no_name_label():
    """"Originally posted 01:58 PM by ann" (a quoted comment's byline): the phrase ends in no by-word, and stays."""
    with speaking(["en"]):
        assert vocabulary().strip_name("Originally posted 01:58 PM by ann").startswith("Originally")


def test_classless_replies_nested_in_a_dated_comment_still_make_a_thread():
    """Rule `kept-nest`: nesting counts between comments; a reply box inside a comment box is still a reply."""
    rows = [(n, "5 czerwca 2024", t) for n, _, t in REMARKS_PL]
    reply = f"<div><h5>{rows[1][0]}</h5><div>{rows[1][1]} 10:12</div><p>{rows[1][2]}</p></div>"
    first = f"<div><h5>{rows[0][0]}</h5><div>{rows[0][1]} 09:40</div><p>{rows[0][2]}</p>{reply}</div>"
    last = f"<div><h5>{rows[2][0]}</h5><div>{rows[2][1]} 11:05</div><p>{rows[2][2]}</p></div>"
    doc, _ = run(ARTICLE_PL + f"<div>{first}{last}</div>", "pl")
    assert [(c.author, c.depth) for c in doc.comments] == [(rows[0][0], 0), (rows[1][0], 1), (rows[2][0], 0)]


# -- margin-class ----------------------------------------------------------------------------------------------
def _margins(classes: list[str]) -> str:
    return "<div class='mt-8'><h2 class='text-xl'>3 komentarzy</h2>" + "".join(
        f"<div class='flex py-3 {c}'><div class='flex-1'><div class='text-sm'><span class='font-bold'>{n}</span> "
        f"<span class='text-gray-500'>{d}</span></div><div class='mt-1'><p>{t}</p></div>"
        f"<button class='text-xs'>Odpowiedz</button></div></div>"
        for c, (n, d, t) in zip(classes, REMARKS_PL)) + "</div>"


def test_utility_margin_classes_indent_replies():
    doc, _ = run(ARTICLE_PL + _margins(["ml-0", "ml-8", "md:ml-16"]), "pl")
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1)]


def test_other_utility_classes_do_not_indent():
    """Bottom and top margins (``mb-4``, ``mt-2``) say nothing of a reply."""
    doc, _ = run(ARTICLE_PL + _margins(["mb-0", "mb-8", "mt-16"]), "pl")
    assert [c.depth for c in doc.comments] == [0, 0, 0]


# -- comma-age ---------------------------------------------------------------------------------------------------
def test_a_relative_age_after_a_comma_is_cut_from_the_name():
    with speaking(["es", "ja", "ar"]):
        voc = vocabulary()
        assert voc.name_in("— Marta G., hace 5 horas") == "Marta G."
        assert voc.name_in("たけし, 8時間前") == "たけし"
        assert voc.name_in("— محمد ع., منذ 5 ساعات") == "محمد ع."


def test_a_name_with_a_comma_and_no_age_stays_whole():
    with speaking(["es"]):
        assert vocabulary().name_in("García, Lucía") == "García, Lucía"
