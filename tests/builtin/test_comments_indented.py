"""Boxes of a comment template that hold no mark are read with those that do (rule `marked-siblings`), and sibling
boxes whose left margins set replies under earlier ones, with times, are a thread (rule `indented-units`); a
changelog, a FAQ and product reviews in an article, indented the same way, are not. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<article><h1>Nova ciclovia liga o centro ao porto</h1><p>A câmara aprovou ontem a construção de uma "
           "ciclovia de seis quilómetros entre o centro histórico e a zona portuária da cidade.</p><p>As obras "
           "devem começar em março e terminar antes do verão do próximo ano, segundo o vereador.</p></article>")
PEOPLE = [("Joana Ribeiro", "há 3 horas", "Finalmente, já esperávamos por isto há muitos anos.", 0),
          ("Rui Carvalho", "", "E o estacionamento dos moradores, para onde vai?", 1),
          ("Marta Sousa", "há 5 horas", "Espero que desta vez cumpram os prazos anunciados.", 0),
          ("Tiago Matos", "há 6 horas", "Passo lá todos os dias de bicicleta, vai ser uma grande ajuda.", 1)]


def _comments(section: str, inside: bool = False) -> tuple:
    article = ARTICLE.replace("</article>", section + "</article>") if inside else ARTICLE + section
    html = f"<html lang='pt'><body><main>{article}</main></body></html>"
    doc = Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html))
    return HtmlComments().clean_html(doc).comments


def _boxes(rows) -> str:
    return "<div>" + "".join(
        f"<div id='r{k}' style='margin-left:{30 * depth}px'><a href='mailto:x{k}@mail.example'>{name}</a>"
        f"{f' <span>{when}</span>' if when else ''}<br>{text}</div>"
        for k, (name, when, text, depth) in enumerate(rows)) + "</div>"


def test_boxes_indented_by_their_margins_with_times_are_a_thread_with_replies():
    # (Rui Carvalho's box holds no time: it is read with the boxes of its template that hold one, `marked-siblings`)
    got = _comments(_boxes(PEOPLE))
    assert [(c.author, c.text, c.depth) for c in got] == [(n, t, d) for n, _, t, d in PEOPLE]
    assert [c.parent for c in got] == [None, 0, None, 2]


def test_the_same_boxes_without_margins_or_times_are_no_thread():
    assert not _comments(_boxes([(n, w, t, 0) for n, w, t, _ in PEOPLE]))     # (no reply: no pattern of a thread)
    assert not _comments(_boxes([(n, "", t, d) for n, _, t, d in PEOPLE]))     # (indented, no time)


def test_a_changelog_a_faq_and_reviews_indented_in_the_article_are_its_text():
    changelog = [("Versão 2.4", "12.03.2024", "Corrigido o erro de sincronização dos calendários.", 0),
                 ("Interface", "", "O menu lateral passa a lembrar a última secção aberta.", 1),
                 ("Versão 2.3", "02.02.2024", "Nova exportação dos relatórios em formato aberto.", 0),
                 ("Desempenho", "", "A pesquisa é agora duas vezes mais rápida.", 1)]
    faq = [("Quanto custa a inscrição?", "", "A inscrição é gratuita para os residentes do concelho.", 0),
           ("Resposta", "há 2 dias", "Os restantes pagam uma taxa anual de dez euros.", 1),
           ("Posso levar a bicicleta no comboio?", "", "Sim, nas carruagens assinaladas com o símbolo.", 0),
           ("Resposta", "há 3 dias", "Fora das horas de ponta não há qualquer limite.", 1)]
    reviews = [("Bicicleta urbana X3", "há 2 dias", "Leve, confortável e com uma boa relação qualidade-preço.", 0),
               ("Travões", "", "Os travões de disco respondem bem mesmo à chuva.", 1),
               ("Bicicleta dobrável Z1", "há 4 dias", "Dobra em segundos e cabe no porta-bagagens.", 0),
               ("Bateria", "", "A bateria dura cerca de quarenta quilómetros.", 1)]
    for rows in (changelog, faq, reviews):
        assert not _comments(_boxes(rows), inside=True)


def test_a_box_of_another_template_beside_the_marked_boxes_is_not_read():
    section = _boxes(PEOPLE).replace("</div></div>", "</div><div class='promo'><b>Assine já</b><br>Receba todas as "
                                     "notícias da cidade no seu correio.</div></div>")
    got = _comments(section)
    assert [c.author for c in got] == [n for n, _, _, _ in PEOPLE]
