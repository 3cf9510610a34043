"""An e-mail's or a feed item's header block at the top of a text dump (cleaners/builtin/_header_block.py, read by
title, ``header-block``): the fields go, the subject or title line names the title; a fact box and fields further
down stay."""
from cleaners.builtin.title import Title

from ..conftest import run_cleaner
from . import cuts, texts

LEAD = "Der Gemeinderat hat am Dienstag nach langer Debatte den Neubau der Brücke über den Kanal beschlossen."
MORE = "Die Kosten schätzt die Verwaltung auf rund zwölf Millionen Euro, die Hälfte trägt das Land."


def test_a_mail_header_goes_and_names_the_title():
    header = ("-------- Weitergeleitete Nachricht --------\nVon: Kanalbote <post@kanalbote.example>\n"
              "Gesendet: Dienstag, 3. November 2026 08:12\nAn: leser@example.org\nBetreff: Neue Brücke für den Kanal beschlossen")
    doc = run_cleaner(Title, f"{header}\n\n{LEAD}\n\n{MORE}", language="de")
    assert texts(doc) == [LEAD, MORE]
    assert doc.metadata["title"] == "Neue Brücke für den Kanal beschlossen"
    assert [rule for rule, _ in cuts(doc, "title")] == ["header-block"] * 5


def test_a_feed_items_header_goes_and_its_title_printed_again_goes_too():
    header = ("Feed: Kanalbote\nTitle: Neue Brücke für den Kanal beschlossen\nAuthor: Jana Ertl\n"
              "Link: https://kanalbote.example/a/1234\nDate: Tue, 03 Nov 2026 08:12:00 +0100")
    doc = run_cleaner(Title, f"{header}\n\nNeue Brücke für den Kanal beschlossen\n\n{LEAD}\n\n{MORE}", language="de")
    assert texts(doc) == [LEAD, MORE] and doc.metadata["title"] == "Neue Brücke für den Kanal beschlossen"


def test_a_fact_box_or_fields_further_down_stay():
    box = "Ort: Rathaus, großer Saal\nZeit: Dienstag, 19 Uhr\nEintritt: frei für alle Bürger"
    doc = run_cleaner(Title, f"Neue Brücke für den Kanal\n\n{box}\n\n{LEAD}\n\n{MORE}", language="de")
    assert "Ort: Rathaus, großer Saal" in texts(doc)
    mail = "Von: Kanalbote <post@kanalbote.example>\nAn: leser@example.org\nBetreff: Neue Brücke beschlossen"
    doc = run_cleaner(Title, f"Neue Brücke für den Kanal\n\n{LEAD}\n\n{mail}\n\n{MORE}", language="de")
    assert "An: leser@example.org" in texts(doc)


def test_fields_with_a_repeated_key_stay():
    rows = "Von: Kanalbote <post@kanalbote.example>\nVon: Stadtbote <post@stadtbote.example>\nVon: Landbote <a@b.example>"
    doc = run_cleaner(Title, f"{rows}\n\n{LEAD}\n\n{MORE}", language="de")
    assert "Von: Stadtbote <post@stadtbote.example>" in texts(doc)
