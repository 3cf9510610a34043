"""Wire datelines opening a story (cleaners/builtin/_wire.py, the dateline cleaner's wire-dateline rule)."""
from dataclasses import replace

import pytest

from cleaners.builtin._wire import wire_prefix
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner, text_doc
from . import cuts, texts

TITLE = "Ferry Service Resumes After The Storm"
LEAD = "The ferry to the islands ran again on Monday after a week of storms."


@pytest.mark.parametrize("code,dateline", [
    ("en", "LONDON (Reuters) -"), ("en", "LONDON, March 3 (AP) —"), ("en", "(AFP) —"),
    ("en", "MANILA, Philippines -"),
    ("de", "Berlin (dpa) -"), ("de", "Hamburg (epd)."), ("fr", "PARIS (AFP) -"), ("es", "MADRID, 3 mar (EFE).-"),
    ("es", "Sevilla (Europa Press) -"), ("it", "(ANSA) - ROMA, 3 MAR -"), ("pt", "LISBOA, 3 mar (Lusa) -"),
    ("nl", "DEN HAAG (ANP) -"), ("ru", "МОСКВА, 3 марта. /ТАСС/."), ("ru", "МОСКВА, 3 мар — РИА Новости."),
    ("pl", "WARSZAWA, 3 marca (PAP) -"), ("tr", "İZMİR (AA) -"), ("tr", "ŞANLIURFA, 3 Mart (DHA) -"),
    ("tr", "Ankara (İHA) -"), ("sv", "STOCKHOLM (TT) –"), ("sv", "GÖTEBORG, 3 mars (TT) -"),
    ("uk", "ЛЬВІВ (УНІАН) –"), ("cs", "PRAHA (ČTK) –"),
    ("el", "ΘΕΣΣΑΛΟΝΙΚΗ (ΑΠΕ-ΜΠΕ) -"), ("el", "ΑΘΗΝΑ, 3 Μαρτίου (ΑΠΕ-ΜΠΕ) -"),
    ("ro", "CLUJ-NAPOCA (Agerpres) -"), ("ro", "IAȘI, 3 martie (Agerpres) -"),
    ("hu", "GYŐR (MTI) -"), ("hu", "DEBRECEN, 2026. március 3. (MTI) -"),
    ("da", "AARHUS (Ritzau) -"),
    ("vi", "ĐÀ NẴNG (TTXVN) -"), ("vi", "HÀ NỘI, 3 tháng 3 (TTXVN) -"),
    ("he", "חיפה (רויטרס) -"), ("he", "תל אביב, 3 במרץ (רויטרס) -"),
    ("ca", "GIRONA (ACN) -"), ("ca", "TARRAGONA, 3 de març (ACN) -"),
    ("bg", "ПЛОВДИВ (БТА) -"), ("bg", "ВАРНА, 3 март (БТА) -"),
    ("sk", "BANSKÁ BYSTRICA (TASR) -"), ("sk", "KOŠICE, 3. marca (TASR) -"), ("sk", "STARÁ ĽUBOVŇA (TASR) -"),
    ("id", "SURABAYA (Antara) -"), ("id", "MEDAN, 3 Maret (Antara) -"),
    ("nb", "TROMSØ (NTB) -"), ("nb", "BERGEN, 3. mars (NTB) -"),
    ("fi", "OULU (STT) -"), ("fi", "TAMPERE, 3. maaliskuuta (STT) -"),
    ("cs", "ČESKÉ BUDĚJOVICE, 3. března (ČTK) -"), ("uk", "ІВАНО-ФРАНКІВСЬК, 3 березня (Укрінформ) -"),
    ("hr", "ĐAKOVO (HINA) -"), ("sr", "ĆUPRIJA (Tanjug) -"), ("sr", "ЈАГОДИНА (Танјуг) -"), ("sr", "ЉИГ (FoNet) -"),
    ("bs", "TUZLA (FENA) -"),
    ("pl", "ŁÓDŹ (PAP) -"), ("ro", "(Agerpres) - BUCUREȘTI, 3 MAR -"),      # capitals of Latin Extended-A and B (lines.CAPITAL)
    ("ar", "الرياض (واس) -"), ("ka", "თბილისი (AFP) -"), ("ka", "ქუთაისი, 3 მარტი (AFP) -"),   # letters without case
    ("hy", "ԵՐԵՎԱՆ (AFP) -"), ("hy", "Գյումրի (AFP) -"),                                    # Armenian capitals
    ("cs", "Brno 4. března (ČTK) -"), ("hu", "Pécs, 2026. március 4., szerda (MTI) –"),   # a date without its comma
    ("hr", "ZADAR, 4. ožujka (Hina) -"), ("ro", "Timișoara, 4 mar /Agerpres/ -"), ("sv", "LULEÅ (TT)"),
    ("sr", "НИШ, 4. марта (Танјуг) -"),
])
def test_a_wire_dateline_is_cut_from_the_lead_or_dropped_alone(code, dateline):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{dateline} {LEAD}", language=code)
    assert texts(doc)[-1] == LEAD and cuts(doc, "dateline") == [("wire-dateline", dateline)]
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{dateline}\n\n{LEAD}", language=code)
    assert texts(doc)[-1] == LEAD and dateline not in texts(doc)


@pytest.mark.parametrize("text", [
    "Merkel (CDU) - die Kanzlerin sprach am Montag in Berlin.",
    "Paris (France) - a city of bridges - welcomed the runners on Sunday.",
    "NATO — the alliance, not its members — will decide in June.",
    "Reuters reported on Monday that the talks had failed.",
    "LONDON is the largest city in the country, with nine million people.",
    "AFAIK – I am not aware of any major problem with the upgrade.",
    "CAIRO — President Morsi named a prime minister on Tuesday.",
    "Özel (CHP) - partinin genel başkanı pazartesi günü İzmir'de konuştu.",
    "İZMİR, ülkenin üçüncü büyük kenti, yeni metro hattını haziranda açıyor.",
    "ŁÓDŹ (PiS) - partia zapowiedziała w poniedziałek nowy program.",
    "თბილისი (საქართველო) - ქალაქი, სადაც ხიდები ორ ნაპირს აკავშირებს.",
    "paris (AFP) - the talks resumed.",                                  # a lower-case place is none
    "Laut einem Bericht vom 3. Mai (dpa) – heißt es, die Gespräche seien gescheitert.",
    "Brno 4. března (ODS) - strana představila program.",
    "LULEÅ (TT) har i dag rapporterat om isen.",                        # lower case after the tag: a sentence
])
def test_prose_that_opens_like_a_dateline_is_none(text):
    assert wire_prefix(text) is None


def test_a_place_in_capitals_alone_on_its_line_is_dropped():
    doc = run_cleaner(Dateline, f"{TITLE}\n\nLONDON —\n\n{LEAD}")
    assert texts(doc) == [TITLE, LEAD] and cuts(doc, "dateline") == [("wire-dateline", "LONDON —")]


def test_a_pages_lead_keeps_its_dateline():
    page = replace(text_doc(f"{TITLE}\n\nPARIS (AFP) - {LEAD}"), kind="html")
    assert [b.text for b in Dateline().clean(page).blocks] == [TITLE, f"PARIS (AFP) - {LEAD}"]


def test_a_dateline_deep_in_the_body_stays():
    paragraphs = [LEAD] * 5 + ["PARIS (AFP) - The talks resumed in the afternoon."]
    doc = run_cleaner(Dateline, "\n\n".join([TITLE] + paragraphs))
    assert texts(doc)[-1] == paragraphs[-1]


@pytest.mark.parametrize("code,line", [
    ("de", "(dpa) - Porto"), ("fr", "(AFP) — São Paulo"), ("es", "(EFE) - Buenos Aires, 3 mar"), ("en", "(AP) – New York"),
])
def test_an_agency_and_a_place_alone_on_their_line_go_whole(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{LEAD}", language=code)
    assert texts(doc) == [TITLE, LEAD] and cuts(doc, "dateline") == [("wire-dateline", line)]


@pytest.mark.parametrize("code,line", [
    ("de", "(dpa) - Porto ist die zweitgrößte Stadt Portugals."), ("en", "(AP) – New York police said on Monday."),
])
def test_an_agency_before_a_sentence_leaves_the_sentence(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{LEAD}", language=code)
    assert texts(doc)[1] == line.split(" ", 2)[2] and cuts(doc, "dateline")[0][1] == line.split(" ", 2)[0] + " " + line.split(" ", 2)[1]
