"""Rule `row-entries` (`comments/row_entries.py`): one table of entries, each a header row (a name, a stamp)
and the message in the row under it, replies pushed right by empty spacer cells. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE, cleaned

ENTRIES = [(0, "Marta Kowal", "3 marca 2024, 13:46", "Remont mostu potrwa za długo, objazd przez las jest fatalny."),
           (1, "Jurek", "4 marca 2024, 08:02", "Objazd jest dłuższy tylko o pięć minut, nie przesadzajmy."),
           (2, "Marta Kowal", "4 marca 2024, 09:15", "Pięć minut rano, ale wieczorem stoi się pół godziny."),
           (0, "Ola B.", "5 marca 2024, 20:48", "Czy ktoś wie, czy autobus szkolny też pojedzie objazdem?")]


def _table(entries, spacer="<td width=30>&nbsp;</td>") -> str:
    rows = "".join(f"<tr>{spacer * d}<td colspan='{4 - d}' bgcolor='#eeeeee'><b>{n}</b> <font size='1'>({s})</font></td></tr>"
                   f"<tr>{spacer * d}<td colspan='{4 - d}'>{t}<br><a href='/odp?id={k}'>Odpowiedz</a></td></tr>"
                   for k, (d, n, s, t) in enumerate(entries))
    return f"<table width='100%' cellpadding='3'><tr><th colspan='4'>Komentarze</th></tr>{rows}</table>"


def test_rows_of_a_header_and_a_message_are_comments_nested_by_spacer_cells():
    doc, left = run(HtmlComments(), page(ARTICLE + _table(ENTRIES)), language="pl")
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Marta Kowal", ENTRIES[0][3], 0, None), ("Jurek", ENTRIES[1][3], 1, 0),
        ("Marta Kowal", ENTRIES[2][3], 2, 1), ("Ola B.", ENTRIES[3][3], 0, None)]
    assert "objazd przez las" not in left and "Jurek" not in left and "night bus" in left


def test_a_flat_table_of_entries_is_comments_too():
    doc, _ = run(HtmlComments(), page(ARTICLE + _table([(0, *e[1:]) for e in ENTRIES])), language="pl")
    assert [c.depth for c in doc.comments] == [0, 0, 0, 0]


def test_a_timetable_of_dated_rows_without_writers_stays():
    rows = "".join(f"<tr><td><b>Odjazd</b> ({d})</td></tr><tr><td>{t}</td></tr>"
                   for d, t in (("3 marca 2024, 10:00", "Przystanek przy szkole, wejście od strony parku."),
                                ("4 marca 2024, 10:00", "Przystanek przy moście, peron drugi w stronę centrum.")))
    doc, left = cleaned(ARTICLE + f"<table>{rows}</table>")
    assert doc.comments == () and "peron drugi" in left


def test_a_layout_table_holding_tables_is_no_table_of_entries():
    inner = _table(ENTRIES[:1])
    doc, left = cleaned(f"<table><tr><td>{ARTICLE}</td></tr><tr><td>{inner}</td></tr><tr><td>x</td></tr><tr><td>y</td></tr></table>")
    assert "night bus" in left and all(c.author != "Jurek" for c in doc.comments)
