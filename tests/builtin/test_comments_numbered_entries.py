"""A guestbook's entries, each a table of its own (number, name and date in one row, the text in the next), numbered
in turn (cleaners/builtin/comments/signed.py, rule `numbered-entries`; tables of a class are units:
comments/units.py), found in a language without a word file and under a heading no file names; a ranked list of
tables numbered so but signed by no date, and numbered tables out of turn, stay. Pages written here."""
from __future__ import annotations

from ._html_comments import cleaned

NAMES = ["Arben Hoxha", "Vjosa Krasniqi", "Guest 4411", "Drita Berisha", "Guest 907"]
TEXTS = ["Ura e re duhej prej shumë vitesh, më në fund po e ndërtojnë.",
         "Kush do ta paguajë mirëmbajtjen pasi të mbarojnë punimet?",
         "Punimet në lagjen tonë kanë zgjatur dy vjet, shpresoj kjo të jetë më e shpejtë.",
         "Faleminderit për lajmin, nuk e dija që do të mbyllej rruga.",
         "Autobusët duhet të kenë korsinë e tyre në urën e re."]
DATES = ["2024-03-0{}".format(k + 1) for k in range(5)]
INTRO = ("<h1>Libri i vizitorëve</h1><p>Bashkia e qytetit miratoi të martën planin për ndërtimin e urës së re mbi "
         "lumin, me punime që nisin në pranverë dhe zgjasin dy vjet.</p>")


def _entries(numbers, dates=DATES) -> str:
    return INTRO + "".join(
        f"<table class='gb'><tr><td>#{n}</td><td><b>{a}</b></td><td>{d}</td></tr><tr><td colspan='3'>{t}</td></tr>"
        "</table>" for n, a, d, t in zip(numbers, NAMES, dates, TEXTS))


def test_numbered_dated_entry_tables_are_a_guestbook():
    doc, left = cleaned(_entries([5, 4, 3, 2, 1]))
    assert [c.author for c in doc.comments] == NAMES and [c.text for c in doc.comments] == TEXTS
    assert not any(t in left for t in TEXTS) and "urës së re mbi lumin" in left


def test_a_ranked_list_without_dates_and_numbers_out_of_turn_stay():
    for numbers, dates in (([1, 2, 3, 4, 5], [""] * 5), ([12, 7, 31, 2, 5], DATES)):
        doc, left = cleaned(_entries(numbers, dates))
        assert not doc.comments and all(t in left for t in TEXTS)
