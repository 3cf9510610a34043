"""A head line naming a desk after an opening word and a possessive, maybe with the place it reports from (rule
desk-line, _desk_byline.desk_line): no author, no title."""
import pytest

from cleaners.builtin.dateline import Dateline
from cleaners.builtin.title import Title

from ..conftest import run_cleaner
from . import texts

TITLE = "Ferry operators cut winter sailings as fuel costs climb"
PARA = ("Two ferry companies said on Monday they would run fewer crossings this winter, blaming fuel prices that have "
        "risen by a third since the spring.")


@pytest.mark.parametrize("line,language", [
    ("From our correspondent in Oban", "en"),
    ("From our reporter", "en"),
    ("Desde nuestro corresponsal en Vigo", "es"),
])
def test_a_desk_line_under_the_title_goes_and_is_no_title(line, language):
    text = f"{TITLE}\n\n{line}\n\n4 March 2025\n\n{PARA}"
    doc = run_cleaner(Title, text, language=language)
    assert doc.metadata["title"] == TITLE
    doc = Dateline().clean(doc)
    assert texts(doc) == [PARA] and doc.metadata.get("author") is None
    assert ("desk-line", line) in [(r.rule, r.text) for r in doc.removed]


@pytest.mark.parametrize("line", [
    "From our readers",                              # no desk's label
    "From our reporter's notebook, a list of ferries",
    "From our correspondent in Oban came the news that the pier had collapsed.",
    "Fewer boats in May",                            # a month's name is a label where a name stands, no desk
])
def test_lines_that_name_no_desk_stay(line):
    doc = run_cleaner(Dateline, f"{line}\n\n{PARA}")
    assert line in texts(doc)


@pytest.mark.parametrize("line,language", [("Autor listu pozostał anonimowy", "pl"),
                                           ("Opis tego zdjęcia anonimowy", "pl")])
def test_a_line_whose_words_before_the_label_are_no_determiners_stays(line, language):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n4 March 2025\n\n{PARA}", language=language)
    assert line in texts(doc) and "desk-line" not in [r.rule for r in doc.removed]
