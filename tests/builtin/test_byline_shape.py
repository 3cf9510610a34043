"""Bylines known by their shape alone (cleaners/builtin/_byline_shape.py, rule ``byline-shape`` of the dateline
cleaner): a short label, then person names in capitalised words, maybe an affiliation, in the first blocks of a
document whose language has no file."""
import pytest

from cleaners import lang
from cleaners.builtin import _byline_shape
from cleaners.builtin.dateline import Dateline
from cleaners.document import Block, Document

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

# an Albanian title and paragraph ("The new bridge opened after three years of building"; "The council approved ...")
TITLE = "Ura e re u hap pas tre vjetësh ndërtimi"
BODY = ("Këshilli bashkiak miratoi buxhetin të martën pas një debati të gjatë, ku u diskutuan edhe kostot e "
        "mirëmbajtjes së urës së re dhe organizimi i trafikut në qendër.")


@pytest.mark.parametrize("code,line,author", [
    ("sq", "Autor: Mira Leka", "Mira Leka"),
    ("sq", "Autor: Mira Leka, dpa", "Mira Leka"),                                  # an agency in lower case
    ("sq", "Autor: Arben Hoxha dhe Ana Leka, ATSH", "Arben Hoxha dhe Ana Leka"),
    ("sq", "Nga Ana Hoxha dhe Ilir Kola, AFP", "Ana Hoxha dhe Ilir Kola"),          # a capitalised label, no colon
    ("mk", "Авторка: Марија Петровска (МИА)", "Марија Петровска"),
    ("mk", "Автор: Иван Стојанов | МИА", "Иван Стојанов"),
    ("sq", "Nga Arben Hoxha", "Arben Hoxha"),
    ("is", "Eftir Jón Jónsson og Guðrún Sigurðardóttir", "Jón Jónsson og Guðrún Sigurðardóttir"),
    ("sq", "Nga Ivan de Vries, Mira Leka dhe Luan Berisha", "Ivan de Vries, Mira Leka dhe Luan Berisha"),
    ("sq", "Shkruar nga Elira Krasniqi – korrespondente", "Elira Krasniqi"),      # a lower-case label word last
])
def test_a_byline_of_a_language_without_a_file_is_cut_by_its_shape(code, line, author):
    assert lang.load(code) is None
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line not in texts(doc)
    assert ("byline-shape", line) in cuts(doc, "dateline")
    assert doc.metadata["author"] == author


def test_a_byline_under_a_notice_of_a_sentence_is_still_in_the_first_blocks():
    notice = "Kjo faqe përdor skedarë për t'ju ofruar një përvojë më të mirë dhe për të analizuar trafikun."
    doc = run_cleaner(Dateline, f"{notice}\n\n{TITLE}\n\nAutor: Mira Leka\n\n{BODY}", language="sq")
    assert "Autor: Mira Leka" not in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("sq", "Dy Ura Hapen Sot"),                 # a capitalised word before three more: a title-case headline
    ("sq", "Bashkia Tiranës Njofton"),         # a long capitalised word is no label without its colon
    ("sq", "Tema: Këshilli Bashkiak Tirana Veri"),   # four capitalised words: no person's name
    ("sq", "Tirana është kryeqyteti i Shqipërisë"),        # a sentence
    ("sq", "Mira Leka tha:"),                      # a comment's head, no byline
    ("sq", "Nga Ana Hoxha?"),                      # a question
])
def test_lines_that_are_no_byline_stay(code, line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc)


def test_a_script_without_capitals_never_matches():
    """The shape wants capitals; Georgian's byline is read by the words of its file (`ka.toml`: "ავტორი")."""
    line = "ავტორი: გიორგი ბერიძე"       # Georgian: "Author: Giorgi Beridze"; no capitals tell the name
    assert _byline_shape.shape_byline(line) is None
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language="ka")
    assert line not in texts(doc) and doc.metadata["author"] == "გიორგი ბერიძე"
    assert "byline-shape" not in {r.rule for r in doc.removed}


def test_a_byline_shape_down_the_article_stays():
    line = "Intervistë: Mira Leka"
    paragraphs = [BODY.replace("buxhetin", word) for word in ("planin", "vendimin", "projektin", "ligjin", "kontratën", "porosinë")]
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, *paragraphs, line, BODY]), language="sq")
    assert line in texts(doc)


def test_a_heading_in_the_head_stays():
    line = "Takim: Mira Leka"       # "Meeting: Mira Leka", a heading of the article
    doc = Document(source="t.txt", kind="text", blocks=(Block(TITLE), Block(line, kind="heading", level=2), Block(BODY)))
    doc = Dateline().clean(doc.with_metadata(language="sq"))
    assert line in texts(doc)


def test_a_language_with_a_file_reads_its_own_words_only():
    line = "Gespräch mit Anna Schmidt"       # German has a file: "mit" is no word for "by" there
    assert lang.load("de") is not None
    doc = run_cleaner(Dateline, f"Neue Brücke eröffnet\n\n{line}\n\n{BODY}", language="de")
    assert line in texts(doc)


def test_touching_lines_of_names_are_a_list_not_a_byline():
    names = "Arta Hoxha\nNga Besnik Krasniqi\nDrita Gashi"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{names}\n\n{BODY}", language="sq")
    assert names.split("\n") == texts(doc)[1:4] and doc.metadata.get("author") is None
    doc = run_cleaner(Dateline, f"{TITLE}\n\nNga Besnik Krasniqi\n\n{BODY}", language="sq")     # alone: a byline
    assert ("byline-shape", "Nga Besnik Krasniqi") in cuts(doc, "dateline")
