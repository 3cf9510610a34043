"""dateline and a data table's rows (blocks of kind ``table``): a label and its value ("Zuständig | Stadtwerke
Meppen") is no source line, a dated row of the table below the head no date line; the same lines as paragraphs
still go."""

from cleaners.builtin.dateline import Dateline
from cleaners.document import Block, Document

STORY = ["Die Stadtwerke bauen bis zum Jahresende zwanzig neue Ladesäulen in der Innenstadt und am Bahnhof.",
         "Der Rat hat die Mittel am Montag mit großer Mehrheit freigegeben, die Arbeiten beginnen im März."]
ROWS = ["Ladepunkte bisher | 520", "Zuständig | Stadtwerke Meppen", "3. März 2026 | Baubeginn | 12"]


def _doc(kind: str) -> Document:
    blocks = [Block(t) for t in STORY] + [Block(t, kind=kind) for t in ROWS]
    return Document(source="page.html", kind="html", blocks=tuple(blocks)).with_metadata(language="de").numbered()


def test_a_table_s_rows_stay():
    doc = Dateline().clean(_doc("table"))
    assert [b.text for b in doc.blocks] == STORY + ROWS and doc.removed == ()


def test_the_same_lines_as_paragraphs_still_go():
    doc = Dateline().clean(_doc("p"))
    assert [b.text for b in doc.blocks][:2] == STORY
    assert {r.text for r in doc.removed} >= {"Zuständig | Stadtwerke Meppen", "3. März 2026 | Baubeginn | 12"}
