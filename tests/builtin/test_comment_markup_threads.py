"""More comment markup of the seventeenth session: comments set apart by rules alone (`hr-separated`), a bracket
opening the date after a name (`bracketed-date`), names in pictures' alt text (`avatar-name`), "Name, age" head
lines (`comma-age` in `kinds`), reply wrappers inside a thread named as comments (`enclosed-wrapper`). Each rule
with a look-alike that stays body or keeps its reading."""
from __future__ import annotations

from cleaners.builtin.comments.vocabulary import speaking, vocabulary

from .test_comment_markup_shapes import run


# -- hr-separated ------------------------------------------------------------------------------------------------
ARTICLE_DE = ("<div class='story'><h1>Stadtrat beschließt neue Radwege</h1><p>Der Stadtrat hat am Dienstagabend "
              "beschlossen, entlang der Uferstraße einen durchgehenden Radweg anzulegen.</p><p>Die Bauarbeiten "
              "sollen im kommenden Frühjahr beginnen und rund vierzehn Monate dauern.</p></div>")
REMARKS_DE = [("Heike Brandt", "5. Juni 2024 um 14:05 Uhr", "Endlich! Ich fahre jeden Morgen über die Uferstraße."),
              ("Tobias Lenz", "5. Juni 2024 um 15:20 Uhr", "Vierzehn Monate Baustelle halte ich für übertrieben."),
              ("Sabine K.", "6. Juni 2024 um 08:41 Uhr", "Die Ladezone ist eine gute Idee für den Lieferverkehr.")]


def _ruled(heading: str, rows) -> str:
    return f"<div><h3>{heading}</h3>" + "<hr>".join(f"<p><b>{n}</b> — {d}</p><p>{t}</p>" for n, d, t in rows) + "</div>"


def test_comments_set_apart_by_rules_are_a_thread():
    doc, left = run(ARTICLE_DE + _ruled("3 Kommentare", REMARKS_DE), "de")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in REMARKS_DE]
    assert doc.comments[1].date.startswith("2024-06-05T15:20") and "Ladezone" not in left


def test_a_diary_of_dated_sections_between_rules_stays_body():
    """An article's own sections set apart by rules, each opened by its day: no names, no thread."""
    days = [("Montag", "5. Juni 2024", REMARKS_DE[0][2]), ("Dienstag", "6. Juni 2024", REMARKS_DE[1][2]),
            ("Mittwoch", "7. Juni 2024", REMARKS_DE[2][2])]
    doc, left = run(ARTICLE_DE + _ruled("Tagebuch einer Baustelle", days).replace(" — ", ", "), "de")
    assert doc.comments == () and "Ladezone" in left


# -- bracketed-date ----------------------------------------------------------------------------------------------
def test_a_bracket_opening_the_date_after_a_name_is_cut():
    with speaking(["pl", "ja"]):
        voc = vocabulary()
        assert voc.name_in("Katarzyna Nowak (07.06.2024 16:26):") == "Katarzyna Nowak"
        assert voc.name_in("中村美咲（2024年6月5日 11:49）") == "中村美咲"


def test_a_bracket_inside_a_name_stays():
    with speaking(["en"]):
        assert vocabulary().name_in("Ann (Lee) 12 May 2012") == "Ann (Lee)"


# -- avatar-name -------------------------------------------------------------------------------------------------
ARTICLE_RU = ("<div class='story'><h1>В городе откроют новую линию трамвая</h1><p>Городская администрация утвердила "
              "проект новой трамвайной линии, которая соединит центр города с аэропортом.</p><p>Строительство "
              "начнётся осенью и должно завершиться через два с половиной года.</p></div>")
REMARKS_RU = [("Андрей Смирнов", "05.06.2024 14:05", "Давно пора, на автобусе до аэропорта сейчас больше часа."),
              ("Ольга В.", "05.06.2024 15:20", "Два с половиной года — это очень оптимистично."),
              ("Дмитрий Козлов", "06.06.2024 08:41", "Интересно, будет ли остановка возле новой больницы?")]


def _pictured(alts: list[str]) -> str:
    return "<div class='talk'><h3>3 комментария</h3><ul class='msgs'>" + "".join(
        f"<li class='msg'><img class='pic' src='/u{k}.jpg' alt='{a}'><div class='bubble'><p>{t}</p>"
        f"<span class='when'>{d}</span></div></li>"
        for k, (a, (_, d, t)) in enumerate(zip(alts, REMARKS_RU))) + "</ul></div>"


def test_a_comment_shown_by_its_picture_alone_takes_its_name_from_the_alt_text():
    doc, _ = run(ARTICLE_RU + _pictured([n for n, _, _ in REMARKS_RU]), "ru")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in REMARKS_RU]


def test_one_alt_text_on_every_picture_or_a_chrome_word_is_no_name():
    doc, _ = run(ARTICLE_RU + _pictured(["Фото"] * 3), "ru")
    assert [c.author for c in doc.comments] == [None] * 3
    doc, _ = run(ARTICLE_RU + _pictured([f"avatar {n}" for n, _, _ in REMARKS_RU]), "ru")
    assert [c.author for c in doc.comments] == [None] * 3


def test_pictures_named_by_alt_text_make_no_thread_of_a_list_that_is_none():
    """Embedded posts with their pictures (a live page's quoted posts): the names the pictures give are read for a
    thread judged without them, and make none."""
    posts = "".join(f"<div class='post'><img class='pic' src='/p{k}.jpg' alt='{h}'><p>{h}: {t}</p>"
                    f"<span>{d}</span></div>"
                    for k, (h, (_, d, t)) in enumerate(zip(["tram_fan", "olga_v", "dk_news"], REMARKS_RU)))
    doc, left = run(ARTICLE_RU + f"<div class='stream'>{posts}</div>", "ru")
    assert doc.comments == () and REMARKS_RU[2][2] in left


def _aged_lines(rows) -> str:
    return "<div class='msgs'><h3>Комментарии читателей</h3>" + "".join(
        f"<div class='msg'>{n}, {d}<br>{t}</div>" for n, d, t in rows) + "</div>"


def test_a_name_and_an_age_after_a_comma_head_a_comment():
    rows = [(n, f"{k + 2} часов назад", t) for k, (n, _, t) in enumerate(REMARKS_RU)]
    doc, left = run(ARTICLE_RU + _aged_lines(rows), "ru")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in rows]
    assert "часов назад" not in left


def test_a_sentence_of_the_comment_ending_in_an_age_stays_its_text():
    rows = [(n, "2 часа назад", t) for n, _, t in REMARKS_RU]
    rows[1] = (rows[1][0], "3 часа назад", "Мы были там вчера вечером, 5 часов назад.<br>" + rows[1][2])
    doc, _ = run(ARTICLE_RU + _aged_lines(rows), "ru")
    assert doc.comments[1].text.startswith("Мы были там вчера вечером, 5 часов назад.")


# -- enclosed-wrapper ------------------------------------------------------------------------------------------
ARTICLE_ES = ("<div class='story'><h1>El ayuntamiento amplía el horario de las piscinas</h1><p>Las piscinas "
              "municipales "
              "abrirán hasta las diez de la noche durante los meses de julio y agosto.</p><p>La ampliación supondrá "
              "contratar a doce socorristas más y costará unos 180.000 euros.</p></div>")
REMARKS_ES = [("Lucía Fernández", "Por fin una buena noticia con el calor que hace por la tarde."),
              ("Javier Ruiz", "Espero que también limpien los vestuarios más a menudo."),
              ("Marta G.", "¿Habrá bono de temporada para las familias?"),
              ("Andrés Molina", "La piscina del barrio sur lleva años en mal estado."),
              ("Carmen López", "Yo preferiría que abrieran antes por la mañana."),
              ("Pablo Serrano", "Gracias por la información, no había visto el anuncio."),
              ("vecina_sur", "Lo de los patios escolares me parece una idea estupenda.")]


def _drupal(k: int, kids: str = "") -> str:
    name, text = REMARKS_ES[k]
    return (f"<article id='comment-{k}' class='comment js-comment'><div class='comment__text-wrapper'>"
            f"<footer class='comment__meta'><span "
            f"class='comment__author'><a href='/user/{k}'>{name}</a></span> "
            f"<span class='comment__time'>0{k + 1}.06.2024 "
            f"1{k}:05</span></footer><div class='comment__content'><h3><a href='/comment/{k}'>{text[:12]}…</a></h3>"
            f"<div class='field field--name-comment-body'><p>{text}</p></div></div><ul class='links inline'><li><a "
            f"href='/comment/reply/{k}'>Responder</a></li></ul></div></article>"
            + f"<div class='indented'>{kids}</div>" * bool(kids))


def test_reply_wrappers_inside_a_thread_named_as_comments_are_no_thread_of_their_own():
    tree = _drupal(0, _drupal(1, _drupal(2) + _drupal(3)) + _drupal(4, _drupal(5)))
    doc, _ = run(ARTICLE_ES + f"<section class='comments'><h2>6 comentarios</h2>{tree}</section>", "es")
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1), (2, 1), (1, 0), (2, 4)]


def test_thread_wrappers_holding_named_comments_are_still_read_first():
    """A list of plain thread boxes, each opening with a named comment and its replies: no larger named thread
    encloses them, and each box's comments are one thread of the page."""
    box = "<div class='thread'>{}</div>"
    tree = box.format(_drupal(0, _drupal(1))) + box.format(_drupal(2, _drupal(3) + _drupal(4)))
    doc, _ = run(ARTICLE_ES + f"<section><h2>5 comentarios</h2>{tree}</section>", "es")
    assert [(c.author, c.depth) for c in doc.comments] == [
        ("Lucía Fernández", 0), ("Javier Ruiz", 1), ("Marta G.", 0), ("Andrés Molina", 1), ("Carmen López", 1)]
