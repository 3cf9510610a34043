"""Rule `numbered-posts` (`comments/numbered_posts.py`): a board's thread of posts headed by their
number, a name and a date, replies quoting the number they answer (">>N"). Pages written here."""
from __future__ import annotations

from ._html_comments import cleaned, table

TITLE = "Новая развязка на северном шоссе"
LEAD = ("<h1>Новая развязка на северном шоссе</h1><p>Городская администрация утвердила проект новой развязки на "
        "северном шоссе; работы начнутся весной и продлятся почти два года.</p><p>На время стройки движение "
        "грузовиков переведут на объездную дорогу вдоль промзоны.</p>")


def _dl(posts: list[tuple[int, str, str, int | None, str]]) -> str:
    rows = "".join(f"<dt>{n} : <b>{name}</b> : {date} ID:k{n}q</dt><dd>"
                   + (f"<a href='#p{q}'>&gt;&gt;{q}</a><br>" if q else "") + f"{text}<br><br></dd>"
                   for n, name, date, q, text in posts)
    return f"<div class='board-read'><font size='+1'>{TITLE}</font><dl>{rows}</dl></div>"


RU = [(1, "Аноним", "2024/03/05(Вт) 09:00:00", None, TITLE),
      (2, "Ирина П.", "2024/03/05(Вт) 09:14:31", None, "Два года пробок на въезде в город, это надолго."),
      (3, "дальнобойщик", "2024/03/05(Вт) 09:20:02", 2, "Объездная вдоль промзоны и так забита по утрам."),
      (4, "Олег", "2024/03/05(Вт) 10:02:45", 3, "Значит надо ездить ночью, как раньше."),
      (5, "Ирина П.", "2024/03/05(Вт) 11:40:10", None, "Когда будут общественные слушания по проекту?")]


def test_numbered_posts_in_a_definition_list_are_comments_with_parents_from_quotes():
    doc, left = cleaned(LEAD + _dl(RU))
    assert table(doc) == [("Ирина П.", 0, None, doc.comments[0].date), ("дальнобойщик", 1, 0, doc.comments[1].date),
                          ("Олег", 2, 1, doc.comments[2].date), ("Ирина П.", 0, None, doc.comments[3].date)]
    assert doc.comments[1].text == "Объездная вдоль промзоны и так забита по утрам."
    assert "дальнобойщик" not in left and "утвердила проект" in left


def _boxes(posts: list[tuple[int, str, str, int | None, str]]) -> str:
    return "".join(f"<div class='msg-box' id='m{n}'><div class='msg-info'><span class='who'>{name}</span> <span>{date}</span> "
                   f"<a href='#m{n}'>No.</a><a href='#q{n}'>{n}</a></div><blockquote>"
                   + (f"<a href='#m{q}'>&gt;&gt;{q}</a><br>" if q else "") + f"{text}</blockquote></div>"
                   for n, name, date, q, text in posts)


ES = [(88121, "Anónimo", "05/03/2024 (mar) 10:12:40", None, "¿Alguien sabe si el mercado abre el domingo durante las obras?"),
      (88125, "Anónimo", "05/03/2024 (mar) 10:15:02", 88121, "Abre, pero solo por la puerta de la calle Mayor."),
      (88130, "Anónimo", "05/03/2024 (mar) 10:31:55", 88125, "Gracias, no lo ponía en ningún cartel."),
      (88142, "Anónimo", "05/03/2024 (mar) 11:02:19", None, "Las obras deberían haberse hecho en verano, con menos gente.")]
ES_LEAD = ("<h1>El mercado central cierra su ala norte</h1><p>El ayuntamiento cerrará el ala norte del mercado "
           "central durante tres meses para cambiar la cubierta y el suelo de los puestos.</p>")


def test_posts_numbered_no_quote_their_parents_even_all_anonymous():
    doc, left = cleaned(ES_LEAD + _boxes(ES))
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Anónimo", 0, None), ("Anónimo", 1, 0), ("Anónimo", 2, 1), ("Anónimo", 0, None)]
    assert doc.comments[1].text == "Abre, pero solo por la puerta de la calle Mayor."
    assert ">>" not in " ".join(c.text for c in doc.comments) and "ala norte" in left


def test_a_timetable_numbered_no_with_one_label_and_no_quotes_is_no_thread():
    rows = "".join(f"<div class='train-row'><div class='train-info'><span>Zug</span> <span>{t}</span> "
                   f"<a href='#z{n}'>No.</a><a href='#z{n}'>{n}</a></div><p>Fährt über Hannover und Celle, {w}.</p></div>"
                   for n, t, w in ((4711, "10:45", "Wagen 5 bis 9"), (4713, "11:45", "Bordbistro in Wagen 7"),
                                   (4715, "12:45", "ohne Halt in Uelzen")))
    doc, left = cleaned("<h1>Fahrplan ab Montag</h1><p>Die Bahn ändert ab Montag den Fahrplan der Linie nach Hamburg.</p>" + rows)
    assert doc.comments == () and "Bordbistro" in left


def test_a_numbered_list_of_steps_is_no_thread():
    steps = "".join(f"<li>{n}: {s}</li>" for n, s in enumerate(
        ("Den Ofen auf 180 Grad vorheizen, um 10:30 sollte er heiß sein.", "Mehl, Zucker und Butter verkneten.",
         "Den Teig 20 Minuten ruhen lassen.", "Bei 180 Grad 25 Minuten backen."), 1))
    doc, left = cleaned("<h1>Apfelkuchen</h1><p>Ein einfacher Kuchen für den Sonntag.</p><ol>" + steps + "</ol>")
    assert doc.comments == () and "verkneten" in left


def test_a_quote_inline_with_the_reply_is_logged_not_lost():
    page = ES_LEAD + _boxes(ES).replace("&gt;&gt;88125</a><br>", "&gt;&gt;88125</a> ")
    doc, left = cleaned(page)
    assert [(c.depth, c.parent) for c in doc.comments] == [(0, None), (1, 0), (2, 1), (0, None)]
    assert doc.comments[2].text == "Gracias, no lo ponía en ningún cartel."
    logged = " ".join(r.text for r in doc.removed if r.rule == "comment-chrome")
    assert ">>88125" in logged and ">>88121" in logged      # (the quote inline, and the one on a line of its own)
