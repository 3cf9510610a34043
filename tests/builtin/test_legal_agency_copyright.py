"""A news agency's copyright trailer goes (legal ``copyright``) and gives the agency to metadata.credits; a credit
phrase that names the agencies itself, alone on its line, is an agency credit ("Com agências", agency_credit)."""
import pytest

from cleaners.builtin.agency_credit import AgencyCredit
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,language,credits", [
    ("© dpa-infocom, dpa:241203-99-123456/4", "de", ["dpa"]),
    ("© Reuters 2024", "en", ["Reuters"]),
    ("Copyright 2024 The Associated Press. All rights reserved.", "en", ["The Associated Press"]),
    ("© 2024 AFP", "fr", ["AFP"]),
    ("© Agencia EFE", "es", ["EFE"]),
    ("Copyright © 2024 ANSA. Tutti i diritti riservati.", "it", ["ANSA"]),
])
def test_an_agency_s_copyright_line_goes_and_credits_the_agency(line, language, credits):
    doc = run_cleaner(Legal, f"{BODY}\n\n{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, BODY]
    assert doc.metadata["credits"] == credits


def test_a_copyright_line_naming_no_agency_credits_nobody():
    doc = run_cleaner(Legal, f"{BODY}\n\n© 2024 The Valley Times. All rights reserved.", language="en")
    assert texts(doc) == [BODY]
    assert not doc.metadata.get("credits")


@pytest.mark.parametrize("line,language", [
    ("(Com agências)", "pt"), ("Com agências", "pt"), ("Con agencias", "es"), ("Avec les agences", "fr"),
    ("Con agenzie", "it"),
])
def test_a_credit_phrase_naming_the_agencies_alone_goes(line, language):
    doc = run_cleaner(AgencyCredit, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert doc.metadata["credits"] == [line.strip("()")]


@pytest.mark.parametrize("line,language", [
    ("Com agências de todo o país, a cidade prepara a festa.", "pt"),
    ("Fonte", "pt"),
    ("Reuters reported on Monday that the dam had cracked, and AFP confirmed it.", "en"),
])
def test_a_sentence_or_a_one_word_label_stays(line, language):
    doc = run_cleaner(AgencyCredit, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line]
