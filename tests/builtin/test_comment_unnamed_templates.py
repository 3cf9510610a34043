"""Comment threads in markup whose class names mean nothing (CSS-in-JS sites, templates named in other languages):
a long thread whose longest comment outweighs the article (`repeated-main-typical`, `repeated-main-headed`), comment
boxes whose classes vary with the poster or parity (`repeated-main-kin`, `unit-top-slot`), numeric dates with a clock
(`numeric-stamp`) and a link of one text on every comment (`label-author`). Each rule with a look-alike that stays."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.clock import NUMERIC_STAMP
from cleaners.builtin.comments.main_text import main_container
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.vocabulary import speaking
from cleaners.document import Document


def run(body: str, lang: str) -> tuple[Document, str]:
    html = f"<html lang='{lang}'><body>{body}</body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


ARTICLE_ES = ("<div class='qzk'><h1>El ayuntamiento abre la piscina cubierta</h1><p>La piscina cubierta del barrio "
              "norte abrió el lunes tras dos años de obras, con un vaso de veinticinco metros y un gimnasio.</p>"
              "<p>El alcalde dijo que el precio de la entrada será el mismo que el de las piscinas de "
              "verano.</p></div>")
NAMES = ["Lucía Gómez", "Javier Ruiz", "Marta Sanz", "Pablo Ortega", "Elena Vidal", "Sergio Mora"]
SHORT = ["Por fin, llevábamos años esperando.", "¿Alguien sabe el horario de los domingos?",
         "El aparcamiento sigue siendo un problema.", "Mis hijos ya se han apuntado a natación.",
         "Muy bonita, pero el agua estaba fría.", "Ojalá abran también por la noche."]
LONG = " ".join(["Fui el primer día con mi madre, que tiene ochenta años, y tengo que decir que el acceso para "
                 "personas mayores está muy bien pensado, con rampas, barandillas y vestuarios amplios."] * 8)


def _thread(boxes: list[str], heading: str = "") -> str:
    return f"<div class='wvx'>{heading}<ol class='plm'>{''.join(boxes)}</ol></div>"


def _box(k: int, text: str, cls: str = "xa", apart: bool = False) -> str:
    """A comment box; ``apart``: the name and the date in boxes of their own."""
    head = f"<span class='nn'>{NAMES[k]}</span>" + ("</div><div class='dd'>" if apart else " ") + f"12/03/2024 1{k}:05"
    return (f"<li class='{cls}'><div class='hh'>{head}</div><div class='tt'><p>{text}</p></div>"
            f"<a href='#r{k}'>Responder</a></li>")


def test_a_long_threads_longest_comment_does_not_make_it_the_article():
    """Six comment boxes, one outweighing the article four times: the article holds half a typical comment."""
    boxes = [_box(k, LONG if k == 2 else SHORT[k]) for k in range(6)]
    doc, left = run(ARTICLE_ES + _thread(boxes), "es")
    assert [c.author for c in doc.comments] == NAMES
    assert "piscina cubierta del barrio" in left and "ochenta años" not in left


def test_chapters_after_a_line_shorter_than_a_paragraph_stay_the_article():
    """A vox pop: five signed boxes of one template, most short, one long, after a standfirst of one line: the
    boxes are the article's."""
    chapters = "".join(f"<div class='xc'><b>{NAMES[k]}</b><p class='d'>12/03/2024 1{k}:00</p>"
                       f"<p>{LONG if k == 1 else SHORT[k]}</p></div>" for k in range(5))
    doc, left = run("<div class='qzk'><p>Cinco vecinos cuentan su primer día.</p></div>"
                    f"<div class='wvx'>{chapters}</div>", "es")
    assert doc.comments == () and "ochenta años" in left


MID = ("Fui el primer día con mi madre, que tiene ochenta años, y tengo que decir que el acceso para personas mayores "
       "está muy bien pensado, con rampas, barandillas y vestuarios amplios, aunque faltan bancos y sombra en la "
       "entrada y el horario de mañana es corto para quien trabaja.")
PHOTO = ("<figure><img src='/p.jpg' alt=''><figcaption>La nueva piscina cubierta del barrio norte, el lunes por la "
         "mañana.</figcaption></figure>")


def test_a_few_boxes_under_a_comment_heading_are_a_thread_though_one_outweighs_the_article():
    """Three boxes, the longest comment over the article's paragraphs, under a heading counting them."""
    boxes = [_box(k, MID if k == 1 else SHORT[k], "xa") for k in range(3)]
    doc, left = run(ARTICLE_ES + PHOTO + _thread(boxes, "<p>{ 3 comentarios }</p>"), "es")
    assert [c.author for c in doc.comments] == NAMES[:3]
    assert "piscina cubierta del barrio" in left and "ochenta años" not in left


def test_one_comment_under_its_heading_though_it_outweighs_the_article():
    """Rule `headed-lone-main`: one comment, longer than the article's plain paragraphs, as the one item of a list
    right under a heading naming comments: a comment, and the article stays (it was read as the page's main text)."""
    doc, left = run(ARTICLE_ES + PHOTO + _thread([_box(1, MID)], "<h4>Un comentario</h4>")
                    + "<div class='rr'><h3>Deja una respuesta</h3><form><textarea></textarea></form></div>", "es")
    assert [c.author for c in doc.comments] == [NAMES[1]] and "ochenta años" in doc.comments[0].text
    assert "piscina cubierta del barrio" in left and "ochenta años" not in left


def test_one_signed_box_under_a_heading_naming_no_comments_stays_the_article():
    """The same box under a heading that names no comments (a reader's letter the page prints): the page's own."""
    doc, left = run(ARTICLE_ES + PHOTO + _thread([_box(1, MID).replace("<a href='#r1'>Responder</a>", "")],
                                                  "<h4>La carta de la semana</h4>"), "es")
    assert doc.comments == () and "ochenta años" in left


def test_a_few_signed_boxes_under_no_comment_heading_stay_the_article():
    """Three readers' questions, each signed with a name and a time, one answer longer than the page's first
    paragraphs, under a heading that names no comments: the page's own content (fewer than a thread's five)."""
    boxes = [_box(k, MID if k == 1 else SHORT[k], "xa").replace(f"<a href='#r{k}'>Responder</a>", "") for k in range(3)]
    doc, left = run(ARTICLE_ES + PHOTO + _thread(boxes, "<p>Sus preguntas</p>"), "es")
    assert doc.comments == () and "ochenta años" in left


def test_comment_boxes_whose_classes_vary_by_poster_are_one_template():
    """The boxes share one class and differ in others (the poster's, the parity's): their names are read from one
    slot, and the longest comment is no article."""
    kinds = ["xa yb", "xa yc", "xa yb zq", "xa yc", "xa yb", "xa yc zq"]
    boxes = [_box(k, LONG if k == 2 else SHORT[k], kinds[k], apart=True) for k in range(6)]
    doc, left = run(ARTICLE_ES + _thread(boxes), "es")
    assert [c.author for c in doc.comments] == NAMES
    assert "piscina cubierta del barrio" in left and "ochenta años" not in left


def test_a_few_columns_sharing_a_layout_class_are_no_repeated_boxes():
    """The article's column shares a layout class with three other columns (fewer than a thread's five boxes): it
    stays the main text though the standfirst before them holds a quarter of its prose."""
    lead = " ".join(SHORT * 2)
    html = (f"<div class='lead'><p>{lead}</p></div><div class='pg'><div class='col ka'><p>{SHORT[0]}</p></div>"
            f"<div class='col kb'><p>{LONG}</p></div>"
            "<div class='col kc'><p>Lea también la guía del metro.</p></div><div class='col kd'><p>Horarios de verano "
            "en la web del consorcio.</p></div></div>")
    tree = Tree(LexborHTMLParser(f"<html><body>{html}</body></html>").body)
    with speaking(["es"]):
        assert "ochenta años" in tree.flat(main_container(tree))


def test_a_header_line_of_titles_in_boxes_of_varying_classes_stays_the_comments_words():
    kinds = ["xa yb", "xa yc", "xa yb zq", "xa yc"]
    titles = ["¡Gran noticia!", "¿Y el horario?", "Sin aparcamiento", "Natación para niños"]
    boxes = [f"<li class='{kinds[k]}'><div class='hh'><b>{titles[k]}</b></div><div class='dd'>12/03/2024 1{k}:05</div>"
             f"<p>{SHORT[k]}</p>"
             f"<a href='#r{k}'>Responder</a></li>" for k in range(4)]
    doc, _ = run(ARTICLE_ES + _thread(boxes, "<h3>Comentarios</h3>"), "es")
    assert [c.author for c in doc.comments] == [None] * 4
    assert [c.text.split("\n")[0] for c in doc.comments] == titles


# -- numeric-stamp ----------------------------------------------------------------------------------------------
ARTICLE_DE = ("<div class='qzk'><h1>Neue Buslinie zum Klinikum</h1><p>Ab Montag fährt die Linie 14 alle zehn Minuten "
              "vom Hauptbahnhof zum Klinikum, auch am Wochenende.</p><p>Die Stadtwerke rechnen mit viertausend "
              "Fahrgästen am Tag.</p></div>")
DE = [("Uwe Berger", "Endlich, das hat lange gedauert."), ("Sabine Koch", "Fährt der Bus auch nachts?"),
      ("Tobias Lenz", "Alle zehn Minuten ist ein guter Takt.")]


def _stamped(stamps: list[str]) -> str:
    return "<div class='wvx'><ul class='plm'>" + "".join(
        f"<li class='xa'><img class='av' alt='' src='/u/{k}.png'><div class='hh'><span>{n}</span></div>"
        f"<div class='dd'>{stamps[k]}</div><p>{t}</p></li>" for k, (n, t) in enumerate(DE)) + "</ul></div>"


def test_numeric_dates_with_a_clock_time_comments_in_any_order_of_the_date():
    doc, left = run(ARTICLE_DE + _stamped(["07.15.12 um 11:59", "15/07/12 23:59", "16.07.12 | 8:02 am"]), "de")
    assert [c.author for c in doc.comments] == [n for n, _ in DE]
    assert "Endlich" not in left


def test_a_sentence_naming_a_numeric_date_and_a_time_is_no_stamp():
    assert NUMERIC_STAMP.fullmatch("07.15.12 at 11:59") and NUMERIC_STAMP.fullmatch("2012-07-15, kl. 11.59 pm")
    assert not NUMERIC_STAMP.fullmatch("Wir treffen uns am 15.07.12 um 11:59 am Rathaus.")
    assert not NUMERIC_STAMP.fullmatch("Seit 2012 um 11:59")


def test_numeric_dates_without_a_clock_are_no_time_marks():
    """A day alone (a list of events with their dates and names) gives no unit a time: no thread."""
    doc, left = run(ARTICLE_DE + _stamped(["07.15.12", "15/07/12", "16.07.12"]), "de")
    assert doc.comments == () and "Endlich" in left


# -- label-author -----------------------------------------------------------------------------------------------
def _profiled(names: list[str], link: str = "Profil") -> str:
    return "<div class='wvx'><h3>Kommentare</h3><ol class='plm'>" + "".join(
        f"<li class='xa'><div class='pp'><a href='https://example.org/profile/{k}'><img alt='' src='/p/{k}.jpg'></a>"
        f"<br><a href='https://example.org/profile/{k}'>{link}</a></div><div class='dd'>15.07.2012 11:{k}9</div>"
        f"<div class='nn'>{n}</div><div class='tt'><p>{t}</p></div></li>"
        for k, (n, (_, t)) in enumerate(zip(names, DE))) + "</ol></div>"


def test_a_profile_link_of_one_text_on_every_comment_is_a_label_where_a_slot_holds_the_names():
    doc, _ = run(ARTICLE_DE + _profiled([n for n, _ in DE]), "de")
    assert [c.author for c in doc.comments] == [n for n, _ in DE]
    assert all("Profil" not in c.text for c in doc.comments)


def test_one_name_on_every_comment_stays_the_author_where_no_slot_holds_other_names():
    """Every comment of a thread signed "Anonym" (the same author element, no other names): the name stays."""
    html = "<div class='wvx'><h3>Kommentare</h3><ol class='comments'>" + "".join(
        f"<li class='comment'><cite>Anonym</cite><div class='dd'>15.07.2012 11:{k}9</div>"
        f"<div class='tt'><p>{t}</p></div><div class='ft'>Quelle: Leserbrief</div></li>"
        for k, (_, t) in enumerate(DE)) + "</ol></div>"
    doc, _ = run(ARTICLE_DE + html, "de")
    assert [c.author for c in doc.comments] == ["Anonym"] * 3


# -- name-heading-run -------------------------------------------------------------------------------------------
ARTICLE_IT = ("<article><h1>Il comune chiude il centro alle auto</h1><p>Da lunedì il centro storico sarà chiuso alle "
              "auto dalle otto alle venti, tranne che per i residenti e i mezzi di soccorso.</p><p>I commercianti "
              "temono un calo delle vendite, il sindaco promette più autobus.</p></article>")
IT = [("Giulia Conti", "Finalmente si respira un po' in piazza."), ("Marco Ferri", "E chi lavora fuori come fa?"),
      ("Anna Greco", "Servono parcheggi di scambio, non divieti.")]


def test_names_set_as_headings_over_their_texts_are_a_thread_under_a_comment_heading():
    pairs = "".join(f"<h5>{n}</h5><p>{t}</p>" for n, t in IT)
    doc, left = run(ARTICLE_IT + f"<div class='zx'><h3>Commenti</h3>{pairs}</div>", "it")
    assert [(c.author, c.text) for c in doc.comments] == IT
    assert "otto alle venti" in left and "Finalmente" not in left


def test_an_articles_subheadings_over_paragraphs_are_no_thread():
    """Subheadings that name no person, under a heading of the article's, stay its text."""
    parts = [("Gli orari", "Il divieto vale dalle otto alle venti."), ("I permessi", "I residenti hanno un pass."),
             ("Le multe", "Chi entra senza pass paga ottanta euro.")]
    pairs = "".join(f"<h5>{h}</h5><p>{t}</p>" for h, t in parts)
    doc, left = run(ARTICLE_IT + f"<div class='zx'><h3>Commenti</h3>{pairs}</div>", "it")
    assert doc.comments == () and "ottanta euro" in left and "I permessi" in left


# -- cited-units ------------------------------------------------------------------------------------------------
ARTICLE_PL = ("<article><h1>Nowy most na Wiśle otwarty</h1><p>W sobotę otwarto nowy most na Wiśle, który połączy dwie "
              "dzielnice miasta i skróci dojazd do centrum o kwadrans.</p><p>Budowa trwała trzy lata i kosztowała "
              "ponad dwieście milionów złotych.</p></article>")
PL = [("Agnieszka Nowak", "Wreszcie! Czekaliśmy na to od lat."), ("Piotr Zieliński", "A co ze ścieżką rowerową?"),
      ("Kasia W.", "Szkoda, że tak drogo wyszło.")]


def test_units_each_opened_by_a_cite_after_the_article_are_a_thread():
    """No time, no control, no heading: the names' tag tells the comments."""
    units = "".join(f"<li class='qa'><div class='qb'><cite><span>{n}</span></cite></div><div class='qc'><p>{t}</p>"
                    f"</div></li>" for n, t in PL)
    doc, left = run(ARTICLE_PL + f"<div class='qd'><ul class='qe'>{units}</ul></div>", "pl")
    assert [(c.author, c.text) for c in doc.comments] == PL
    assert "dwie dzielnice" in left and "Wreszcie" not in left


def test_quotes_attributed_by_a_cite_after_their_text_stay():
    """Testimonials: the quote first, its <cite> after it, in a blockquote."""
    quotes = "".join(f"<div class='qa'><blockquote><p>{t}</p><cite>{n}</cite></blockquote></div>" for n, t in PL)
    doc, left = run(ARTICLE_PL + f"<div class='qd'>{quotes}</div>", "pl")
    assert doc.comments == () and "Wreszcie" in left and "Agnieszka Nowak" in left


def test_names_heading_an_articles_sections_after_its_paragraphs_stay_the_article():
    """A piece on three people, each section under the person's name, after the article's own paragraphs (a count
    of the page's comments stands before it)."""
    sections = "".join(f"<h3>{n}</h3><p>{t} {t}</p>" for n, t in IT)
    article = ("<article><h1>Tre voci dal centro</h1><p>Abbiamo chiesto a tre residenti del centro storico che cosa "
               "pensano della chiusura alle auto decisa dal comune.</p><p>Ecco le loro risposte.</p>"
               f"{sections}</article>")
    doc, left = run(f"<div class='zy'><p>12 commenti</p>{article}</div>", "it")
    assert doc.comments == () and "Finalmente" in left
