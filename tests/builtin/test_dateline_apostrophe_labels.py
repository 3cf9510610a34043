"""A date line's label in a language without a file may hold apostrophes inside its words ("E'lon qilindi", Uzbek):
cleaners/builtin/_date_shape.py."""
from cleaners.builtin._date_shape import labelled_date_line


def test_an_uzbek_label_with_an_apostrophe_is_a_label():
    assert labelled_date_line("E'lon qilindi: 15 noyabr 2025, 08:30", ("uz", "en")) == "2025-11-15T08:30:00"
    assert labelled_date_line("Oʻzgartirildi: 15 noyabr 2025", ("uz", "en")) == "2025-11-15"


def test_a_sentence_with_apostrophes_and_a_date_is_no_date_line():
    line = "Bozorga ko'p odamlar keldi va savdo qildi, 15 noyabr 2025"
    assert labelled_date_line(line, ("uz", "en")) is None
    assert labelled_date_line("Ko'p' 15 noyabr 2025", ("uz", "en")) is None     # a quote mark after a word
