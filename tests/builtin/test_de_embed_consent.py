"""German consent placeholders of embedded content, ad and paywall lines, list headings and links, in the text stage;
German prose with the same words stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.legal import Legal
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, texts

BODY = SENTENCES["de"]


@pytest.mark.parametrize("cleaner,line", [
    (Legal, "Hier steht ein externer Inhalt von Instagram, der den Artikel ergänzt. Mit einem Klick anzeigen lassen "
            "und wieder ausblenden."),
    (Legal, "Ich bin einverstanden, dass mir externe Inhalte angezeigt werden. Dabei können Daten an Drittplattformen "
            "übermittelt werden."),
    (Navigation, "Gesponserter Inhalt"),
    (Navigation, "Der Artikel wird unter der Werbung fortgesetzt"),
    (Navigation, "Zur Übersicht"),
    (CallsToAction, "Auch lesenswert"),
    (CallsToAction, "Jetzt Kommentar verfassen"),
    (CallsToAction, "Sie lesen einen Plus-Artikel"),
])
def test_a_german_site_line_goes(cleaner, line):
    doc = run_cleaner(cleaner, f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}", language="de")
    assert line not in texts(doc) and texts(doc).count(BODY) == 3


@pytest.mark.parametrize("cleaner,line", [
    (Legal, "Ein externer Inhalt war es nicht: Das Video hatte die Stadt selbst gedreht, der Clip ergänzt den Bericht."),
    (Legal, "Die neue Funktion lässt sich mit einem Klick anzeigen lassen und wieder ausblenden, erklärte der Hersteller."),
    (CallsToAction, "Auch lesenswert fanden die Juroren den zweiten Roman der Autorin."),
    (CallsToAction, "Kommentar schreiben wollte in der Sitzung niemand, der Antrag wurde ohne Aussprache angenommen."),
    (Navigation, "Zur Übersicht über die Baustellen hat die Stadt eine Karte veröffentlicht."),
])
def test_german_prose_with_those_words_stays(cleaner, line):
    doc = run_cleaner(cleaner, f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}", language="de")
    assert line in texts(doc) and doc.removed == ()
