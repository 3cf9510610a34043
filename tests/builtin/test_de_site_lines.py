"""German site lines the German word list did not know: genre bylines, paywall and login notices, a channel call,
an audio control, a recommendation heading, consent placeholders of embedded content, ad labels, list headings and
links; and German prose with the same words."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.dateline import Dateline
from cleaners.builtin.legal import Legal
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, texts

BODY = SENTENCES["de"]


@pytest.mark.parametrize("cleaner,line", [
    (Dateline, "Eine Analyse von Jonas Brückner"),
    (Dateline, "Von unserer Korrespondentin Lea Hartwig"),
    (CallsToAction, "Um diesen Artikel weiterzulesen, melden Sie sich bitte an."),
    (CallsToAction, "Diesen Artikel weiterlesen mit Kurier Plus"),
    (CallsToAction, "Sie müssen angemeldet sein, um zu kommentieren."),
    (CallsToAction, "Empfehlungen der Redaktion"),
    (CallsToAction, "Laden Sie jetzt unsere neue App herunter"),
    (Navigation, "Hören Sie diesen Artikel"),
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
    (Dateline, "Eine Analyse von Greenpeace kommt zu einem anderen Ergebnis."),
    (Dateline, "Von unserem Korrespondenten in Paris hieß es, die Lage sei ruhig."),
    (CallsToAction, "Um diesen Artikel zu schreiben, hat die Autorin drei Monate recherchiert."),
    (CallsToAction, "Sie müssen angemeldet sein, sagt die Ärztin, sonst gibt es keinen Termin."),
    (CallsToAction, "Empfehlungen der Redaktion an die Leserinnen gab es früher jede Woche in einer eigenen Spalte."),
    (Navigation, "Hören Sie diesen Artikel lieber, als ihn zu lesen, fragte die Studie 2.000 Menschen."),
    (Legal, "Ein externer Inhalt war es nicht: Das Video hatte die Stadt selbst gedreht, der Clip ergänzt den "
            "Bericht."),
    (Legal, "Die neue Funktion lässt sich mit einem Klick anzeigen lassen und wieder ausblenden, erklärte der "
            "Hersteller."),
    (CallsToAction, "Auch lesenswert fanden die Juroren den zweiten Roman der Autorin."),
    (CallsToAction, "Kommentar schreiben wollte in der Sitzung niemand, der Antrag wurde ohne Aussprache angenommen."),
    (Navigation, "Zur Übersicht über die Baustellen hat die Stadt eine Karte veröffentlicht."),
])
def test_german_prose_with_those_words_stays(cleaner, line):
    doc = run_cleaner(cleaner, f"{BODY}\n\n{line}\n\n{BODY}\n\n{BODY}", language="de")
    assert line in texts(doc) and doc.removed == ()
