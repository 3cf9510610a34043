"""Rule desk-byline of dateline (cleaners/builtin/_desk_byline.py): a by-word and a desk's or a post's label, no person
("By our correspondent", "Von unserer Redaktion"), goes and names no author; a person's byline and a sentence stay as
they were."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, texts

TITLE = "Council approves the new bus plan"


@pytest.mark.parametrize("code, line", [
    ("en", "By our correspondent"), ("en", "By Staff Reporter"), ("de", "Von unserer Redaktion"),
    ("nl", "Door onze redactie"), ("es", "Por la redacción"), ("fr", "Par la rédaction"), ("it", "di Redazione"),
    ("pl", "Autor: nasza redakcja"), ("cs", "Autor: naše redakce"),
])
def test_a_desk_byline_goes_without_an_author(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, line, body, body]), language=code)
    assert texts(doc) == [TITLE, body, body] and [r.rule for r in doc.removed] == ["desk-byline"]
    assert doc.metadata.get("author") is None


@pytest.mark.parametrize("line", ["By our own efforts the town was rebuilt in a year.", "By the numbers"])
def test_a_by_phrase_that_names_no_desk_stays(line):
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, line, SENTENCES["en"]]), language="en")
    assert line in texts(doc)


def test_a_persons_byline_is_still_a_byline():
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, "By Ann Lee", SENTENCES["en"]]), language="en")
    assert doc.metadata["author"] == "Ann Lee" and [r.rule for r in doc.removed] == ["byline"]


@pytest.mark.parametrize("code, line", [
    ("pl", "Autor listu pozostał anonimowy."), ("en", "Author of the letter unknown."),
    ("de", "Autor des Briefes blieb anonym."),
])
def test_a_sentence_whose_lead_words_are_no_determiners_stays(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, line, body, body]), language=code)
    assert line in texts(doc) and "desk-byline" not in [r.rule for r in doc.removed]
