"""Site lines of German news pages left in the body: a reporter's agency credit, a follow-author button, an embed's
placeholder and a gallery's first counter; each against the prose or data line that looks like it."""
import pytest

from cleaners.builtin.agency_credit import AgencyCredit
from cleaners.builtin.dateline import Dateline
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, cuts

DE = SENTENCES["de"]
EN = SENTENCES["en"]


def _around(line: str, text: str = DE) -> str:
    return f"{text}\n\n{text}\n\n{line}\n\n{text}\n\n{text}"


@pytest.mark.parametrize("line,credit", [
    ("Anna Schmidt, dpa", "Anna Schmidt, dpa"),
    ("Anna Schmidt und Tom Braun (dpa/AFP)", "Anna Schmidt und Tom Braun (dpa/AFP"),
    ("mit dpa", "mit dpa"), ("(mit AFP und Reuters)", "mit AFP und Reuters"), ("mit Agenturen", "mit Agenturen"),
])
def test_a_reporters_or_a_short_agency_credit_goes_to_the_credits(line, credit):
    doc = run_cleaner(AgencyCredit, _around(line), language="de")
    assert cuts(doc, "agency_credit") == [("agency-credit", line)]
    assert doc.metadata["credits"] == [credit.strip("()")]


@pytest.mark.parametrize("line", [
    "Berlin, dpa und AFP berichteten am Abend", "Olaf Scholz, SPD", "Angela Merkel (CDU)",
    "Mit dpa in den Urlaub fahren", "mit der dpa gesprochen",
])
def test_a_name_and_a_party_or_a_sentence_with_an_agency_stays(line):
    doc = run_cleaner(AgencyCredit, _around(line), language="de")
    assert cuts(doc, "agency_credit") == []


@pytest.mark.parametrize("line,text,code", [("Anna Schmidt folgen", DE, "de"), ("Follow Ann Lee", EN, "en")])
def test_a_follow_button_beside_the_authors_name_goes(line, text, code):
    doc = run_cleaner(Dateline, f"{line}\n\n{text}\n\n{text}\n\n{text}\n\n{text}", language=code)
    assert cuts(doc, "dateline") == [("post-header", line)]
    assert doc.metadata["author"] == line.replace("folgen", "").replace("Follow", "").strip()


@pytest.mark.parametrize("line", ["Dem Beispiel folgen", "Die Kanzlerin folgen"])
def test_a_control_beside_no_persons_name_stays(line):
    doc = run_cleaner(Dateline, f"{line}\n\n{DE}\n\n{DE}\n\n{DE}\n\n{DE}", language="de")
    assert cuts(doc, "dateline") == []


@pytest.mark.parametrize("line,rule", [
    ("Externer Inhalt", "embed-notice"), ("Externer Inhalt von YouTube", "embed-notice"),
    ("Contenu externe", "embed-notice"), ("1/12", "gallery-counter"), ("4/40", "gallery-counter"),
])
def test_an_embeds_placeholder_and_a_galleys_first_counter_go(line, rule):
    code = "fr" if line.startswith("Contenu") else "de"
    doc = run_cleaner(Navigation, _around(line, SENTENCES[code]), language=code)
    assert cuts(doc, "navigation") == [(rule, line)]


@pytest.mark.parametrize("line", ["Drittanbieter haften nicht für Schäden", "3/12", "Externe Dienste werden geladen"])
def test_a_sentence_on_third_parties_and_a_date_like_fraction_stay(line):
    doc = run_cleaner(Navigation, _around(line), language="de")
    assert cuts(doc, "navigation") == []


@pytest.mark.parametrize("line,code", [("Externen Inhalt anzeigen", "de"), ("Show external content", "en")])
def test_an_embeds_button_goes(line, code):
    doc = run_cleaner(Navigation, _around(line, SENTENCES[code]), language=code)
    assert cuts(doc, "navigation") == [("embed-notice", line)]


@pytest.mark.parametrize("line", ["Die Drittanbieter", "externer Inhalt wird geladen"])
def test_a_heading_or_a_lower_case_line_on_external_content_stays(line):
    doc = run_cleaner(Navigation, _around(line), language="de")
    assert cuts(doc, "navigation") == []


def test_a_reporters_byline_with_an_agency_is_left_to_the_dateline():
    doc = run_cleaner(AgencyCredit, _around("By Ann Lee, Reuters", EN), language="en")
    assert cuts(doc, "agency_credit") == []


def test_a_german_statement_with_a_fronted_infinitive_stays():
    from cleaners.builtin.calls_to_action import CallsToAction
    doc = run_cleaner(CallsToAction, _around("Jetzt anmelden dürfen sich nur Bewohner des Viertels."), language="de")
    assert cuts(doc, "calls_to_action") == []


def test_the_authors_name_over_its_follow_button_goes_with_it():
    doc = run_cleaner(Dateline, f"Anna Schmidt\n\nAnna Schmidt folgen\n\n{DE}\n\n{DE}\n\n{DE}\n\n{DE}", language="de")
    assert sorted(cuts(doc, "dateline")) == [("post-header", "Anna Schmidt"), ("post-header", "Anna Schmidt folgen")]
    assert doc.metadata["author"] == "Anna Schmidt"


@pytest.mark.parametrize("line,cleaner,rule", [
    ("Bildergalerie ansehen", "navigation", "media-link"),
    ("Dieser Artikel wurde automatisch übersetzt.", "legal", "editorial-notice"),
    ("Dieser Artikel ist zuerst im Tagesspiegel erschienen.", "legal", "original-source"),
    ("Lesen Sie jetzt mit Plus", "calls_to_action", "paywall"),
    ("Dieser Inhalt ist nur für Abonnenten verfügbar.", "calls_to_action", "paywall"),
    ("Jetzt Angebot sichern", "calls_to_action", "membership"),
    ("Hier geht es zum Abo", "calls_to_action", "membership"),
    ("Fehler gefunden? Jetzt melden.", "calls_to_action", "tip-line"), ("Artikel 3 von 5", "navigation", "pager"),
    ("Wie hat Ihnen der Artikel gefallen?", "calls_to_action", "comment-prompt"),
])
def test_german_site_lines_of_existing_rules_go(line, cleaner, rule, pipeline):
    doc = pipeline.process(pipeline.document("de.txt", _around(line).encode(), "text"))
    assert (cleaner, rule, line) in [(r.cleaner, r.rule, r.text) for r in doc.removed]


@pytest.mark.parametrize("line", [
    "Zum Abonnement gehört auch die digitale Ausgabe der Zeitung.", "Die Bildergalerie der Stadt zeigt alte Fotos.",
    "Jetzt sichern sich die Kunden das Angebot.", "Der Artikel des Gesetzes wurde aktualisiert, sagte die Ministerin.",
    "Artikel 3 von 5 der Verordnung regelt die Fristen.",
    "Fehler gefunden? Die Prüfer haben in den Akten mehrere Unstimmigkeiten entdeckt.",
])
def test_german_prose_like_those_lines_stays(line, pipeline):
    doc = pipeline.process(pipeline.document("de.txt", _around(line).encode(), "text"))
    assert line in [b.text for b in doc.blocks]


@pytest.mark.parametrize("line,code", [("Mehr zum Thema Wärmepumpe", "de"), ("Mehr aus Wirtschaft", "de"),
                                       ("More on Climate Change", "en")])
def test_a_related_heading_with_its_topic_closing_the_body_goes(line, code):
    from cleaners.builtin.closing_label import ClosingLabel
    text = SENTENCES[code]
    doc = run_cleaner(ClosingLabel, f"{text}\n\n{text}\n\n{line}", language=code)
    assert cuts(doc, "closing_label") == [("closing-topic", line)]


@pytest.mark.parametrize("line,last", [
    ("Mehr zum Thema sagte er nichts.", True), ("Mehr aus Neugier als aus Überzeugung kam er", True),
    ("Mehr zum Thema Wärmepumpe", False),
])
def test_a_sentence_or_a_topic_heading_inside_the_body_stays(line, last):
    from cleaners.builtin.closing_label import ClosingLabel
    text = f"{DE}\n\n{line}" if last else f"{DE}\n\n{line}\n\n{DE}"
    assert cuts(run_cleaner(ClosingLabel, text, language="de"), "closing_label") == []
