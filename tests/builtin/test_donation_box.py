"""A donation box's other lines by shape, in any language (cleaners/builtin/_donation_box.py):
progress-bar, unit-ladder, widget-line."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

SQ = ["Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë më të gjerë.",
      "Ndërtimi pritet të zgjasë dy vjet dhe të kushtojë gati tridhjetë milionë euro, tha këshilltari i kryetarit.",
      "Kryetari i bashkisë tha se ura e re do të ketë korsi të veçanta për çiklistët dhe këmbësorët."]


def test_progress_bars_drawn_in_text_go():
    for bar in ("███████░░░ 70%", "▓▓▓▓▒▒▒▒", "[======>      ] 35 %"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], bar, SQ[1]]), language="sq")
        assert texts(doc) == SQ[:2] and cuts(doc, "donation") == [("progress-bar", bar)]


def test_rules_and_figures_that_are_no_bars_stay():
    for line in ("---", "[1] See the annex", "= 70%", "Rritja ishte 70% në vitin 2023.", "### Titull"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], line, SQ[1]]), language="sq")
        assert [r.rule for r in doc.removed if r.rule == "progress-bar"] == []


def test_a_ladder_in_an_unknown_currency_goes():
    ladder = "5 kina\n10 kina\n25 kina\n50 kina"
    doc = run_cleaner(Donation, "\n\n".join([ladder, *SQ]), language="sq")
    assert texts(doc) == SQ and [r.rule for r in doc.removed][:4] == ["unit-ladder"] * 4


def test_figures_in_units_that_do_not_rise_or_stand_apart_stay():
    for lines in ("3 kg\n2 kg\n5 kg", "5 kina\n\n10 kina\n\n25 kina", "5 kina\n10 euro\n25 kina"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], lines, SQ[1]]), language="sq")
        assert not [r for r in doc.removed if r.rule == "unit-ladder"], lines


def test_lines_touching_a_cut_line_of_the_box_go():
    box = "Mbështetni gazetarinë e pavarur me një kontribut sot.\nObjektivi: 20 000 €\n████░░░░░░ 40%\nDhuro tani"
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], box, SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == SQ
    assert {r.rule for r in doc.removed} == {"progress-bar", "widget-line"}


def test_a_paragraph_apart_from_the_box_or_a_dump_of_touching_lines_keeps_its_lines():
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], "████░░░░░░ 40%", "Objektivi: 20 000 €", SQ[1]]), language="sq")
    assert "Objektivi: 20 000 €" in texts(doc)            # a blank line between: not the box's
    doc = run_cleaner(Donation, "\n".join([SQ[0], "Çmimi: 20 lekë", "████░░░░░░ 40%", SQ[1], SQ[2]]), language="sq")
    assert "Çmimi: 20 lekë" in texts(doc)                 # every line touches the next: no box to read


def test_a_raised_of_goal_line_goes():
    for line in ("£104,815 wedi'i godi o £150,000", "10.045€ gesammelt von 20.000€", "$117,327 raised of $150,000"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], line, SQ[1]]), language="sq")
        assert texts(doc) == SQ[:2] and [r.rule for r in doc.removed] == ["progress-line"], line
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], "100 lekë mbledhur nga 500 lekë\nDhuro tani", SQ[1]]), language="sq")
    assert texts(doc) == SQ[:2]                   # a unit of letters: touching a line of the box


def test_two_figures_that_are_no_raised_of_goal_line_stay():
    for line in ("Il a payé 10 € pour 5 €", "Ura kushtoi 5 € deri 10 €.", "2019 deri 2024", "5 km deri 10 km",
                 "1.250 € собрано из 5 000 ₽"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], line, SQ[1]]), language="sq")
        assert line in texts(doc), line


def test_a_table_row_between_bars_is_no_raised_of_goal_line():
    from cleaners.builtin._donation_box import is_progress_line
    for row in ("| 1. | Eastgate | 412 |", "| 2 | Lindja | 388 |", "1 / Ost / 412 /"):
        assert not is_progress_line(row, outside=True), row
    assert is_progress_line("100 lekë mbledhur nga 500 lekë", outside=True) and is_progress_line("$117,327 raised of $150,000")


def test_a_ladder_with_cents_still_rises():
    doc = run_cleaner(Donation, "\n\n".join(["100 so'm\n250,00 so'm\n500 so'm", *SQ]), language="uz")
    assert texts(doc) == SQ


def test_a_raised_of_goal_line_is_read_up_to_its_length_limit_and_no_longer():
    """`MAX_PAIR_CHARS` (checked before the patterns run) holds on both sides: a raised-of-goal line of that many
    characters is one, a character more is not, though the amounts and the unit are the same."""
    from cleaners.builtin._donation_box import MAX_PAIR_CHARS, is_progress_line
    head, tail = "$117,327 raised ", " of $150,000"
    line = head + "x" * (MAX_PAIR_CHARS - len(head) - len(tail)) + tail
    assert len(line) == MAX_PAIR_CHARS and is_progress_line(line)
    assert not is_progress_line(head + "x" * (MAX_PAIR_CHARS + 1 - len(head) - len(tail)) + tail)


def test_a_ladder_cut_short_to_two_rising_amounts_that_stand_apart_goes():
    for pair in ("Rp 15.000\nRp 20.000", "3 €\n5 €", "₩10,000\n₩15,000"):
        doc = run_cleaner(Donation, "\n\n".join([SQ[0], pair, SQ[1]]), language="sq")
        assert texts(doc) == SQ[:2] and [r.rule for r in doc.removed] == ["amount-ladder"] * 2, pair


def test_two_amounts_falling_touching_prose_or_alone_stay():
    for text in ("\n\n".join([SQ[0], "Rp 20.000\nRp 15.000", SQ[1]]),      # falling: no ladder
                 "\n\n".join([SQ[0], "3 €\n5 €\n" + SQ[1]]),                # the article's line touches them
                 "\n\n".join([SQ[0], "5 €", SQ[1]])):
        doc = run_cleaner(Donation, text, language="sq")
        assert not doc.removed, text


def test_the_appeal_touching_a_ladder_laid_out_in_one_row_goes():
    box = "Gazetaria jonë është falas për të gjithë falë lexuesve si ju\n£3 | £25 | £100 | £250 | Dhuro"
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], box, SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == SQ and [r.rule for r in doc.removed] == ["widget-line", "unit-row"]
    single = "Gazetaria jonë është falas për të gjithë falë lexuesve si ju\n$117,327 raised of $150,000"  # no row
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], single, SQ[1], SQ[2]]), language="sq")
    assert "Gazetaria jonë është falas për të gjithë falë lexuesve si ju" in texts(doc)
    assert [r.rule for r in doc.removed] == ["progress-line"]
