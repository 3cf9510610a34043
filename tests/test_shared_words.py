"""Word data read in every document whatever its language (cleaners/lang/shared.py): the small words inside
capitalised names (``name_particles.toml``: date-line sources, comment heads) and the currencies written beside an
amount (``currencies.toml``: donation ladders)."""
import pytest

from cleaners.builtin.comment_thread import head_of
from cleaners.builtin.donation import is_amount
from cleaners.date_line import DateLine, date_line
from cleaners.document import Block
from cleaners.lang import shared


def test_the_particles_of_several_languages_are_read():
    assert {"of", "von", "van", "ten", "dos", "della"} <= shared.name_particles()


@pytest.mark.parametrize("line,source", [("Huis ten Bosch, 27.03.2024", "Huis ten Bosch"),     # Dutch "ten"
                                         ("Gazzetta della Sera, 27.03.2024", "Gazzetta della Sera")])
def test_a_particle_of_any_language_joins_a_sources_name(line, source):
    assert date_line(line, languages=("en",)) == DateLine("2024-03-27", source)


def test_a_lower_case_word_that_is_no_particle_still_makes_a_sentence():
    assert date_line("Huis unter Bosch, 27.03.2024") is None
    assert date_line("Huis ten bosch, 27.03.2024") is None      # the word after the particle is no name's


@pytest.mark.parametrize("head,author", [("Ana dos Santos — yesterday", "Ana dos Santos"),
                                         ("Jan ten Brink — yesterday", "Jan ten Brink")])
def test_a_commenters_name_may_hold_a_particle(head, author):
    assert head_of(Block(head), ("en",)).author == author


def test_a_lower_case_word_that_is_no_particle_makes_no_name():
    assert head_of(Block("Ana and Santos — yesterday"), ("en",)) is None


@pytest.mark.parametrize("word", [*shared.currencies()[0], *shared.currencies()[1]])
def test_every_currency_of_the_file_makes_an_amount_before_or_after_the_number(word):
    assert is_amount(f"20 {word}") and is_amount(f"{word.upper()} 1.000")


@pytest.mark.parametrize("line", ["20 krónur", "kr 20 years ago", "tl;dr 20", "20 lei de dinero ahorrados hoy", "EURO 20"])
def test_a_currency_inside_other_words_or_a_sentence_makes_no_amount(line):
    assert not is_amount(line)


def test_a_file_that_is_no_list_of_words_is_a_clear_error(tmp_path):
    bad = tmp_path / "currencies.toml"
    bad.write_text('codes = "USD"\nletters = []\n', encoding="utf-8")
    with pytest.raises(shared.SharedDataError, match="codes must be a list"):
        shared.currencies.__wrapped__(bad)
    bad.write_text('codes = ["USD"]\n', encoding="utf-8")
    with pytest.raises(shared.SharedDataError, match="missing letters"):
        shared.currencies.__wrapped__(bad)


@pytest.mark.parametrize("term", shared.copyright_terms())
def test_every_copyright_term_of_the_file_opens_a_copyright_line(term):
    from cleaners.builtin.legal import Legal
    assert Legal().rule_for(f"{term} 2026 Harbour Media", ("en",)) == "copyright"
