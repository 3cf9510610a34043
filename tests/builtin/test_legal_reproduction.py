"""Notices against reproduction without permission (cleaners/lang ``rights``), and rows of notices parted by bars in
any language (rule notice-row); stories about copying and lines with bars that are no notices stay."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


@pytest.mark.parametrize("code,line", [
    ("en", "Reproduction in whole or in part without written permission is prohibited."),
    ("en", "No part of this publication may be reproduced without the publisher's consent."),
    ("de", "Nachdruck, auch auszugsweise, nur mit Genehmigung des Verlags."),
    ("da", "Gengivelse uden skriftlig tilladelse fra redaktionen er ikke tilladt."),
    ("sv", "Materialet får inte återges utan redaktionens tillstånd."),
    ("fi", "Sisällön kopiointi ilman toimituksen lupaa on kielletty."),
    ("cs", "Přebírání obsahu bez písemného souhlasu vydavatele je zakázáno."),
    ("hu", "A cikkek utánközlése csak a kiadó írásos engedélyével lehetséges."),
    ("ro", "Este interzisă preluarea materialelor fără acordul redacției."),
    ("ru", "Перепечатка материалов без разрешения редакции запрещена."),
    ("fr", "Toute reproduction, même partielle, est soumise à l'accord de la rédaction."),
])
def test_a_notice_against_reproduction_goes(code, line):
    doc = run_cleaner(Legal, "\n\n".join([SENTENCES[code], line, SENTENCES[code]]), language=code)
    assert texts(doc) == [SENTENCES[code], SENTENCES[code]]


@pytest.mark.parametrize("code,line", [
    ("en", "The museum said the reproduction of the painting would go on show in the spring, beside sketches of it."),
    ("de", "Der Künstler habe die Bilder ohne Genehmigung des Verlags veröffentlicht, sagte die Anwältin."),
    ("fr", "Il a construit sa maison sans autorisation préalable de la mairie."),
])
def test_a_story_about_copying_stays(code, line):
    doc = run_cleaner(Legal, "\n\n".join([SENTENCES[code], line, SENTENCES[code]]), language=code)
    assert texts(doc) == [SENTENCES[code], line, SENTENCES[code]]


@pytest.mark.parametrize("line", [
    "Wannan labari yana dauke da hanyoyin hadin gwiwa. | An shirya wannan bayani da taimakon fasahar zamani.",
    "_यस लेखमा साझेदार लिङ्कहरू छन्। | © २०२६ गण्डकी खबर। सर्वाधिकार सुरक्षित।_",
    "Ova vijest sadrži partnerske poveznice. · © 2026 Novi list",
])
def test_a_row_of_notices_goes_in_any_language(line):
    doc = run_cleaner(Legal, "\n\n".join([SENTENCES["en"], line, SENTENCES["en"]]), language="ha")
    assert texts(doc) == [SENTENCES["en"], SENTENCES["en"]] and [r.rule for r in doc.removed] == ["notice-row"]


@pytest.mark.parametrize("line", [
    "Harbour council votes to keep ferry | Valley Post",
    "Home | News | Sport | Weather",
    "Ferry saved. | Council votes again next year on the subsidy and the timetable after a long and heated debate "
    "in which members of every party spoke for more than three hours about the island.",
    "Photo: Ann Lee · Reuters",
])
def test_lines_with_bars_that_are_no_notices_stay(line):
    doc = run_cleaner(Legal, "\n\n".join([SENTENCES["en"], line, SENTENCES["en"]]))
    assert "notice-row" not in [r.rule for r in doc.removed]


@pytest.mark.parametrize("code,line", [
    ("ru", "13 марта 2019 г. • Время чтения: 5 мин."),
    ("en", "Mar. 13, 2019. | 5 min. read."),
])
def test_a_posts_header_with_stops_is_no_row_of_notices(code, line):
    doc = run_cleaner(Legal, "\n\n".join([SENTENCES[code], line, SENTENCES[code]]), language=code)
    assert line in texts(doc)
