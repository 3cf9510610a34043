"""Rule `poster-column` (`comments/poster_column.py`): forum posts as table rows, the poster's cell
(name, avatar, counters, rank) beside the post's cell. Pages written here."""
from __future__ import annotations

from ._html_comments import ARTICLE, cleaned, rules

POSTS = [("Marco B.", "12", "Utente attivo", "3 marzo 2024 10:12", "Finalmente un autobus notturno anche per il nostro quartiere, era ora."),
         ("lucia_r", "40", "Moderatrice", "3 marzo 2024 11:40", "Qualcuno sa se la linea passa anche dalla stazione vecchia?"),
         ("Gianni", "3", "Nuovo utente", "4 marzo 2024 08:05", "Speriamo che le corse siano puntuali, di notte si aspetta al freddo.")]


def _post(k: int, name: str, count: str, rank: str, date: str, text: str) -> str:
    return (f"<div id='msg_{k}'><table class='msgtable'><tr><td class='side'><div class='nm'><a href='#'>{name}</a></div>"
            f"<div><img src='/img/avatar_{k}.png'></div><div><em>{count}</em> 帖子</div><p>{rank}</p></td>"
            f"<td class='body'><div class='hd'><em>{k + 2}#</em> <em>{date}</em></div><div class='txt'>{text}</div>"
            f"<div class='ft'><a href='#'>Rispondi</a> <a href='#'>Segnala</a></div></td></tr></table></div>")


def test_the_poster_cell_gives_the_author_and_its_profile_is_no_text():
    doc, left = cleaned(ARTICLE + "<div class='board'>" + "".join(_post(k, *p) for k, p in enumerate(POSTS)) + "</div>")
    assert [(c.author, c.text) for c in doc.comments] == [(p[0], p[4]) for p in POSTS]
    assert "poster-profile" in rules(doc) and "Moderatrice" not in left


def test_a_table_of_labels_beside_descriptions_is_no_thread():
    rows = "".join(f"<div class='spec-row'><table><tr><td>{a}</td><td>{b}</td></tr></table></div>" for a, b in (
        ("Materiale", "Alluminio verniciato a polvere, disponibile in tre colori diversi."),
        ("Peso", "Circa dodici chili con la batteria montata e il cestino anteriore."),
        ("Garanzia", "Due anni sul telaio, un anno sulla batteria e sul motore elettrico.")))
    doc, left = cleaned(ARTICLE + "<h3>Scheda tecnica</h3>" + rows)
    assert doc.comments == () and "tre colori" in left
