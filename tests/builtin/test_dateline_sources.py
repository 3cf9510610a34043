"""dateline: source lines, wire services, author archive links and reading times, against prose
and brackets that hold no agency.
"""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts
from ._dateline import BODY, TITLE


ARTICLE = SENTENCES


@pytest.mark.parametrize("code,line", [
    ("de", "Weitere Artikel von Max Mustermann"),
    ("es", "Más artículos de María López"),
    ("fr", "Tous les articles de Marie Dupont"),
])
def test_author_archive_links_in_the_documents_language(code, line):
    doc = run_cleaner(Dateline, f"{ARTICLE[code]}\n\n{line}", language=code)
    assert texts(doc) == [ARTICLE[code]] and cuts(doc, "dateline") == [("author-archive", line)]


@pytest.mark.parametrize("code,line", [
    ("es", "Más de 300 personas fueron evacuadas."),
    ("fr", "Plus de 300 personnes ont été évacuées."),
    ("de", "Mehr von den Helfern erwartet niemand."),
])
def test_a_sentence_opening_like_an_archive_link_stays(code, line):
    assert texts(run_cleaner(Dateline, f"{ARTICLE[code]}\n\n{line}", language=code)) == [ARTICLE[code], line]


def test_source_line_and_author_archive():
    doc = run_cleaner(Dateline, f"{BODY}\n\nAlalam - Damascus\n\nArticles by: Maria Lopez")
    assert texts(doc) == [BODY]
    assert cuts(doc, "dateline") == [("source-line", "Alalam - Damascus"), ("author-archive", "Articles by: Maria Lopez")]


@pytest.mark.parametrize("line,date,code", [
    ("5 min read", None, "en"), ("Lesezeit: 4 Min.", None, "de"), ("9 December 2016 · 5 min read", "2016-12-09", "en"),
    ("Temps de lecture : 3 min", None, "fr"), ("Publié le 3 mars 2021 à 14h05", "2021-03-03T14:05:00", "fr"),
    ("Quelle: dpa", None, "de"), ("Fuente: EFE", None, "es"),
    ("تاریخ انتشار: ۱۲ مارس ۲۰۲۶، ساعت ۱۴:۰۵", "2026-03-12T14:05:00", "fa"),    # Persian digits, the Arabic comma
    ("زمان مطالعه: ۴ دقیقه", None, "fa"), ("منبع: ایسنا", None, "fa"),
    ("प्रकाशित: १२ मार्च २०२६, १४:०५ IST", "2026-03-12T14:05:00", "hi"),        # Devanagari digits
    ("अपडेटेड: 12 मार्च 2026", "2026-03-12", "hi"), ("स्रोत: पीटीआई", None, "hi"),
])
def test_reading_time_date_and_source_lines_in_other_languages(line, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY]
    assert doc.metadata["date"] == date


@pytest.mark.parametrize("line", ["It takes 5 min to read the report, the agency said.",
                                  "Source: the ministry said the figures were wrong."])
def test_prose_with_reading_or_source_words_stays(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)


def test_source_line_in_parentheses():
    doc = run_cleaner(Dateline, f"{BODY}\n\n(Quelle: AFP)\n\n{BODY}", language="de")
    assert texts(doc) == [BODY, BODY]
    assert cuts(doc, "dateline") == [("source-line", "(Quelle: AFP)")]


@pytest.mark.parametrize("line", ["(Source: the ministry, which declined to comment.)", "(Source: AFP"])
def test_a_parenthesised_sentence_or_an_open_parenthesis_is_no_source_line(line):
    doc = run_cleaner(Dateline, f"{BODY}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [BODY, line, BODY]


@pytest.mark.parametrize("line,language", [("6-minute read", "en"), ("Lesezeit: ca. 9 Minuten", "de"),
                                           ("Reading time: about 5 minutes", "en"),
                                           ("Okuma süresi: 4 dakika", "tr"), ("Lästid: ca 5 minuter", "sv")])
def test_reading_times_with_a_hyphen_or_an_approximation(line, language):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=language)
    assert cuts(doc, "dateline") == [("reading-time", line)]


@pytest.mark.parametrize("line,language", [("The minister spent 6 minutes reading the statement aloud", "en"),
                                           ("Reading time is short: the whole report takes 5 minutes", "en"),
                                           ("Okuma süresi kısaldı: öğrenciler metni artık 4 dakikada bitiriyor", "tr")])
def test_sentences_about_reading_times_stay(line, language):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert line in texts(doc)


@pytest.mark.parametrize("line,author,code", [("Lena Vogt | dpa", "Lena Vogt", "de"), ("Lena Vogt | AFP", "Lena Vogt", "de"),
                                              ("Ayşe Yıldırım | AA", "Ayşe Yıldırım", "tr"),
                                              ("Gökhan Işık - DHA", "Gökhan Işık", "tr")])
def test_a_person_and_a_wire_service_in_the_head_are_a_source_line_with_its_author(line, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert cuts(doc, "dateline") == [("source-line", line)] and doc.metadata["author"] == author


def test_a_wire_service_in_lower_case_after_a_place_and_a_date_is_a_date_line():
    line = "KIEL, 4. Mai 2026 (dpa)"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES['de']}", language="de")
    assert cuts(doc, "dateline") == [("date-line", line)] and doc.metadata["date"] == "2026-05-04"


@pytest.mark.parametrize("line", ["KIEL, 4. Mai 2026 (die Grünen)", "Lena Vogt | die Grünen"])
def test_lower_case_words_that_name_no_wire_service_stay(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{SENTENCES['de']}\n\n{line}", language="de")
    assert line in texts(doc) and doc.metadata.get("author") is None


@pytest.mark.parametrize("line", ["Torino (ANSA)", "Kraków / PAP", "Казань (ТАСС)", "Berlin (Reuters)"])
def test_a_place_and_an_agency_alone_on_a_line(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert cuts(doc, "dateline") == [("place-agency-line", line)]


@pytest.mark.parametrize("line", ["Die Grünen (Bündnis 90)", "Hamburg (Germany)", "Yes / No", "Lessons From Reuters"])
def test_a_name_and_a_bracket_without_an_agency_stays(line):
    assert run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}").removed == ()
