"""Wire datelines naming the agency first, then the place ("Reuters, Berlin:", "ANSA, Roma -", "Синьхуа, Пекин:"):
cut from the head of the story's first paragraph of a dump (`_wire`, rule ``wire-dateline``), the sentence after
them kept; an agency named in a sentence, or an unknown name before a party in brackets, stays."""
import pytest

from cleaners.builtin._wire import wire_prefix
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts

TITLE = "Ferry Service Resumes After The Storm"
LEADS = {
    "en": "The ferry to the islands ran again on Monday after a week of storms.",
    "de": "Die Fähre zu den Inseln fuhr am Montag nach einer Woche voller Stürme wieder.",
    "es": "El ferry a las islas volvió a navegar el lunes tras una semana de temporales.",
    "it": "Il traghetto per le isole è tornato a navigare lunedì dopo una settimana di tempeste.",
    "ru": "Паром на острова в понедельник снова вышел в рейс после недели штормов.",
    "ar": "عادت العبّارة إلى الجزر يوم الاثنين بعد أسبوع من العواصف.",
    "el": "Το πλοίο για τα νησιά έπιασε ξανά δουλειά τη Δευτέρα μετά από μια εβδομάδα καταιγίδων.",
}


@pytest.mark.parametrize("code,dateline", [
    ("en", "Reuters, Berlin:"), ("es", "AFP, París:"), ("it", "ANSA, Roma -"), ("ru", "Синьхуа, Пекин:"),
    ("de", "dpa, Hamburg –"), ("en", "AP, New York, March 3:"), ("ar", "رويترز، القاهرة:"),
    ("el", "ΑΠΕ-ΜΠΕ, Θεσσαλονίκη -"), ("ru", "ТАСС, Новосибирск —"),
])
def test_an_agency_then_its_place_opening_the_first_paragraph_is_cut(code, dateline):
    lead = LEADS[code]
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{dateline} {lead}", language=code)
    assert texts(doc)[-1] == lead and cuts(doc, "dateline") == [("wire-dateline", dateline)]


@pytest.mark.parametrize("text", [
    "Reuters, the news agency, reported on Monday that the talks failed.",   # no place after the comma
    "Reuters, AP: Both agencies reported the same figures on Monday.",      # two agencies, no place
    "Reuters, Berlin and Paris reported the same figures on Monday.",       # no colon or dash after the place
    "Merkel, Berlin: Die Kanzlerin sprach am Montag.",                       # no agency first
    "AFP, París: el presidente habló el lunes.",                            # lower case after: no lead's start
    "Merkel (CDU) – Die Kanzlerin sprach am Montag in Berlin.",             # an unknown name in brackets
    "Berlin (XYZ) – Die Stadt feiert am Montag ihr Jubiläum.",              # read as above: not cut (module docstring)
])
def test_look_alikes_stay(text):
    assert wire_prefix(text) is None


def test_deep_in_the_story_an_agency_and_place_stay():
    lead = LEADS["en"]
    paragraphs = [lead] * 5 + ["Reuters, Berlin: The talks resumed in the afternoon."]
    doc = run_cleaner(Dateline, "\n\n".join([TITLE] + paragraphs))
    assert texts(doc)[-1] == paragraphs[-1]
