"""dateline ``post-header``: the row a blogging platform prints over or under a post (name, reading time, date,
controls, counts, parted by "·", "|", "•" or an en dash) is cut, its author and date to metadata; against
sentences and headlines with a dot or a bar, lists of names and dates inside prose."""
import pytest

from cleaners.builtin._post_header import header_row
from cleaners.builtin.dateline import Dateline
from cleaners.pipeline import Pipeline

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts
from ._dateline import BODY, TITLE

# three article paragraphs, so that a line after the first still stands among the first blocks, not at the end
MORE = ["The river rose by two metres overnight and swept away the only bridge into the valley, residents said.",
        "Helicopters flew in water and food for the three hundred people who stayed in their homes.",
        "Engineers expect to open a temporary crossing before the end of the month, the regional office said."]


@pytest.mark.parametrize("line, author, date", [
    ("Karen O'Neill·6 min read·2026-01-04", "Karen O'Neill", "2026-01-04"),
    ("Karen O'Neill · 6 min read · Jan 4, 2026", "Karen O'Neill", "2026-01-04"),
    ("6 min read · Jan 4, 2026", None, "2026-01-04"),
    ("Ann Lee | 5 min read | March 3, 2024", "Ann Lee", "2024-03-03"),
    ("Ann Lee • 2026-01-04 • 1.2K claps", "Ann Lee", "2026-01-04"),
    ("Ann Lee · Follow", "Ann Lee", None),
    ("Ann Lee · Jan 4 · 12 comments", "Ann Lee", None),
    ("Ann Lee and Tom Brown · Jan 4, 2026 · Share", "Ann Lee and Tom Brown", "2026-01-04"),
    ("Ann Lee · Jan 4, 2026 · 5 min read · 1.2K views", "Ann Lee", "2026-01-04"),
    ("Ann Lee · Follow · 6 min read · 2 days ago", "Ann Lee", None),
    ("Ann Lee•Jan 4•Listen", "Ann Lee", None),
    ("12 · 3 · Share", None, None),
    ("Listen · Share", None, None),
    ("Listen", None, None),
    ("Follow", None, None),
    ("Member-only story", None, None),
])
@pytest.mark.parametrize("before", [0, 1])
def test_header_row_in_the_head_is_cut(line, author, date, before):
    blocks = [BODY] + MORE
    blocks.insert(before, line)
    doc = run_cleaner(Dateline, "\n\n".join([TITLE] + blocks))
    assert texts(doc) == [TITLE, BODY] + MORE
    assert cuts(doc, "dateline") == [("post-header", line)]
    assert doc.metadata.get("author") == author and doc.metadata.get("date") == date


@pytest.mark.parametrize("code, line, author, date", [
    ("de", "Julia Schäfer · 6 Min. Lesezeit · 21. Nov. 2026", "Julia Schäfer", "2026-11-21"),
    ("de", "Anhören · Teilen", None, None),
    ("fr", "Marie Dubois · 5 min de lecture · 4 janv. 2026", "Marie Dubois", "2026-01-04"),
    ("fr", "Réservé aux membres", None, None),
    ("es", "Carlos Ruiz · 5 min de lectura · 4 ene 2026", "Carlos Ruiz", "2026-01-04"),
    ("es", "Escuchar · Compartir", None, None),
    ("it", "Marco Rossi · 5 min di lettura · 4 gen 2026", "Marco Rossi", "2026-01-04"),
    ("it", "Ascolta · Condividi", None, None),
    ("pt", "João Silva · 5 min de leitura · 4 de jan. de 2026", "João Silva", "2026-01-04"),
    ("pt", "Ouvir · Compartilhar", None, None),
    ("nl", "Jan de Vries · 5 min leestijd · 4 jan 2026", "Jan de Vries", "2026-01-04"),
    ("nl", "Luisteren · Delen", None, None),
    ("pl", "Anna Kowalska · 5 min czytania · 4 sty 2026", "Anna Kowalska", "2026-01-04"),
    ("pl", "Posłuchaj · Udostępnij", None, None),
    ("ru", "Иван Петров · 5 мин чтения · 4 янв. 2026", "Иван Петров", "2026-01-04"),
    ("ru", "Слушать · Поделиться", None, None),
])
def test_header_row_in_each_language(code, line, author, date):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert texts(doc) == [TITLE, SENTENCES[code]]
    assert cuts(doc, "dateline") == [("post-header", line)]
    assert doc.metadata.get("author") == author and doc.metadata.get("date") == date


def test_row_of_a_reading_time_and_a_date_is_cut_anywhere_and_gives_no_date():
    line = "Opinion · 5 min read · Jan 4, 2026"
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, BODY] + MORE + [line] + MORE))     # the sixth block of nine
    assert line not in texts(doc) and cuts(doc, "dateline") == [("post-header", line)]
    assert doc.metadata.get("date") is None      # out of the head: no date of the page


def test_row_at_the_body_end_is_cut():
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, BODY] + MORE + ["Listen · Share"]))
    assert texts(doc) == [TITLE, BODY] + MORE


def test_text_dump_through_the_pipeline_records_the_rule():
    p = Pipeline()
    text = "\n\n".join([TITLE, "Karen O'Neill · 6 min read · Jan 4, 2026", BODY] + MORE)
    rec = p.record(p.document("g.txt", text.encode(), "text"))
    assert "6 min read" not in rec["body"] and BODY in rec["body"]
    assert any(r["rule"] == "post-header" for r in rec["removed"])


@pytest.mark.parametrize("line", [
    "The score was 3 · 2 after extra time, the coach said.",
    "Ann Lee | Tom Brown | Maria Lopez",               # names alone: a list of names, no header
    "Budget 2026 | What changes for renters",          # a headline with a bar
    "The meeting on March 3, 2024 | was postponed until the spring, officials said.",
    "Listen to the full interview with the minister on our podcast page.",
    "Election Night Live – October 30, 2012 Hour 1",    # a date with more after it: a title's
    "Follow the river",
    "Ann Lee — Tom Brown — Share the load",
])
@pytest.mark.parametrize("before", [0, 1])
def test_sentences_headlines_and_names_stay(line, before):
    blocks = [BODY] + MORE
    blocks.insert(before, line)
    doc = run_cleaner(Dateline, "\n\n".join([TITLE] + blocks))
    assert line in texts(doc)


def test_row_of_controls_or_a_name_and_a_date_stays_in_the_middle():
    middle = ["Listen · Share", "Follow", "Ann Lee · Jan 4, 2026 · 12 comments"]
    text = "\n\n".join([TITLE, BODY] + MORE + MORE[:1] + middle + MORE + MORE)     # the seventh to ninth blocks
    kept = texts(run_cleaner(Dateline, text))
    assert all(line in kept for line in middle)


@pytest.mark.parametrize("line", ["March 3, 2024 | 120 | 45", "Q3 | 2025 | 1.2K", "Ann Lee · 1.2K · 12"])
def test_a_date_or_a_name_beside_bare_numbers_is_no_header(line):
    assert header_row(line, ("en",), placed=True) is None      # a table's row: numbers only beside a control or a time
    assert header_row("Ann Lee · 1.2K · Share", ("en",), placed=True) == ("Ann Lee", None)
