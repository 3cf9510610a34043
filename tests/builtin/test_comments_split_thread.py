"""Rule `split-thread` (`comments/split_thread.py`): one thread shown in two page blocks (the first comments, then
"load more" and the next ones in a sibling container of the same markup) is read as one thread in page order.
Pages written here."""
from __future__ import annotations

from tests.builtin._html_comments import ARTICLE, cleaned

COMMENTS = [("Lucía Romero", "hace 3 horas", "El nuevo horario del autobús nocturno me viene genial para volver."),
            ("Andrés P.", "hace 2 horas", "Ojalá pongan una parada cerca del hospital, entramos a las seis."),
            ("Marta Gil", "hace 2 horas", "Dos millones al año me parece mucho dinero para tan pocas líneas."),
            ("Jorge", "hace 1 hora", "Por fin alguien ha escuchado a los vecinos de los barrios del norte.")]


def _box(c) -> str:
    return (f"<div class='c-item'><div class='c-head'><span class='c-name'>{c[0]}</span> · <span class='c-time'>{c[1]}"
            f"</span></div><div class='c-text'><p>{c[2]}</p></div><a class='c-reply' href='#'>Responder</a></div>")


def _blocks(first, second, between="<button class='more'>Ver más comentarios</button>") -> str:
    return (f"<h3>Comentarios</h3><div class='c-list'>{''.join(map(_box, first))}</div>{between}"
            f"<div class='c-list'>{''.join(map(_box, second))}</div>")


def test_a_thread_continued_in_a_second_block_is_one_thread():
    doc, left = cleaned(ARTICLE + _blocks(COMMENTS[:2], COMMENTS[2:]))
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for a, _, t in COMMENTS]
    assert "Ver más" not in left and "night bus" in left


def test_a_second_block_of_one_comment_continues_the_thread():
    doc, _ = cleaned(ARTICLE + _blocks(COMMENTS[:3], COMMENTS[3:]))
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for a, _, t in COMMENTS]


def test_story_teasers_paged_in_two_blocks_stay():
    def card(title, text):
        return f"<div class='card'><h4><a href='/s'>{title}</a></h4><p>{text}</p></div>"
    first = card("Bridge works start in May", "The old bridge closes for six weeks while the deck is replaced.") + \
        card("New library hours", "The central library opens on Sundays from the first of June onwards.")
    second = card("Market moves to the square", "Stalls will stand on the square while the hall is repaired.")
    page = (f"<article>{ARTICLE}</article><h3>More stories</h3><div class='cards'>{first}</div>"
            f"<a href='/more'>More</a><div class='cards'>{second}</div>")
    doc, left = cleaned(page)
    assert doc.comments == () and "Stalls will stand" in left and "opens on Sundays" in left


def test_a_data_table_of_classed_cells_with_a_header_row_stays():
    rows = "".join(f"<tr><td class='cell'>{n}</td><td class='cell'>{d}</td><td class='cell'>{r}</td></tr>"
                   for n, d, r in (("Lucía Romero", "3 de mayo de 2024", "Primera, 42 minutos"),
                                   ("Andrés P.", "3 de mayo de 2024", "Segundo, 44 minutos"),
                                   ("Marta Gil", "3 de mayo de 2024", "Tercera, 45 minutos")))
    doc, left = cleaned(f"<article>{ARTICLE}<h3>Resultados</h3><table><tr><th>Nombre</th><th>Fecha</th><th>Puesto</th>"
                        f"</tr>{rows}</table></article>")
    assert doc.comments == () and "Segundo, 44 minutos" in left
