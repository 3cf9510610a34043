"""Donation widgets in a language without a file, by their shape (cleaners/builtin/_widget_shape.py, rules
ladder-appeal and button-appeal of the donation cleaner)."""
import pytest

from cleaners import lang
from cleaners.builtin._widget_shape import is_button
from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

SQ = ["Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë më të gjerë.",
      "Ndërtimi pritet të zgjasë dy vjet dhe të kushtojë gati tridhjetë milionë euro, tha këshilltari i kryetarit.",
      "Kryetari i bashkisë tha se ura e re do të ketë korsi të veçanta për çiklistët dhe këmbësorët."]
PLEA = "Gazetaria e pavarur kushton. Na mbështetni me një pagesë mujore që nga 3 euro."


def test_the_lines_touching_a_ladder_are_its_appeal_and_its_button():
    assert lang.load("sq") is None
    widget = "Bëhuni anëtar që nga 5 euro në muaj.\n5 €\n10 €\n25 €\nShumë tjetër"
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], widget, SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == SQ
    assert [r.rule for r in doc.removed] == ["ladder-appeal"] + ["amount-ladder"] * 3 + ["ladder-appeal"]


@pytest.mark.parametrize("button", ["Na mbështetni", "[Bëhuni anëtar](https://example.org/support)", "Dhuro"])
def test_a_short_paragraph_with_a_button_glued_under_it_is_an_appeal(button):
    doc = run_cleaner(Donation, "\n\n".join([SQ[0], f"{PLEA}\n{button}", SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == SQ
    assert [(r.rule, r.text) for r in doc.removed] == [("button-appeal", PLEA), ("button-appeal", button)]


def test_lines_set_apart_from_a_ladder_a_subheading_a_dump_without_blank_lines_or_a_file_stay():
    # (one naming the ladder's first amount, "Bëhuni anëtar që nga 5 euro në muaj.", goes: ladder-amount-appeal)
    apart = "\n\n".join([SQ[0], "Bëhuni anëtar i klubit tonë të leximit.", "5 €\n10 €\n25 €", SQ[1], SQ[2]])
    assert "Bëhuni anëtar i klubit tonë të leximit." in texts(run_cleaner(Donation, apart, language="sq"))
    long = f"{SQ[0]} {SQ[1]} {SQ[2]}"        # over 40 words: the article's paragraph, a heading glued under it
    spaced = "\n\n".join([SQ[0], f"{long}\nRregulla të reja për trafikun", SQ[2]])
    assert long in texts(run_cleaner(Donation, spaced, language="sq"))
    tight = "\n".join([SQ[0], PLEA, "Na mbështetni", SQ[1], SQ[2]])             # every line touches the next
    assert PLEA in texts(run_cleaner(Donation, tight, language="sq"))
    glued = "\n\n".join([SQ[0], f"{SQ[1]}\nNdërtimi nis në 2027.", SQ[2]])       # a date, a digit: no button
    assert SQ[1] in texts(run_cleaner(Donation, glued, language="sq"))
    signed = "\n\n".join([SQ[0], SQ[1], f"{SQ[2]}\nArben Hoxha"])                  # a name signing the last paragraph
    assert SQ[2] in texts(run_cleaner(Donation, signed, language="sq"))
    de = "\n\n".join(["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke im nächsten Jahr zu ersetzen.",
                      "Die Stadt plant eine neue Brücke.\nNeue Regeln", "Der Bau soll zwei Jahre dauern."])
    assert "Die Stadt plant eine neue Brücke." in texts(run_cleaner(Donation, de, language="de"))   # a file: its words


def test_button_lines():
    assert is_button("Na mbështetni") and is_button("[Dhuro tani](/support)") and is_button("Bëhuni anëtar")
    assert not is_button("Ndërtimi nis në 2027.") and not is_button("Ura u hap.") and not is_button("## Novi most") \
        and not is_button("Këshilli bashkiak vendosi që ura të zëvendësohet") and not is_button("Arben Hoxha")


def test_the_wrapped_end_of_a_bracket_is_no_button():
    """A dump wrapping a paragraph's credit in brackets over two lines ("(Foto: Arben / ATA" / "Hoxha)"): the last
    line closes a bracket it did not open, it is no button under an appeal, and the paragraph stays."""
    assert not is_button("Hoxha)") and not is_button("tani]") and is_button("(Dhuro)")
    wrapped = "\n\n".join([SQ[0], f"{SQ[1]} (Foto: ATA/Arben\nHoxha)", SQ[2]])
    assert SQ[1] + " (Foto: ATA/Arben" in texts(run_cleaner(Donation, wrapped, language="sq"))


def test_in_a_dump_whose_lines_all_touch_a_paragraph_above_a_ladder_stays_and_a_short_appeal_goes():
    """Where every line touches the next (a clipboard copy), touching the ladder says nothing: an article paragraph
    of more than `MAX_UNSPACED_APPEAL_WORDS` words above it stays (it was taken as the ladder's appeal)."""
    paragraph = f"{SQ[1]} {SQ[2]}"      # 34 words
    after = f"{SQ[0]} {SQ[2]}"
    tight = "\n".join([SQ[0], paragraph, "5 €", "10 €", "25 €", after])
    doc = run_cleaner(Donation, tight, language="sq")
    assert paragraph in texts(doc) and after in texts(doc) and [r.rule for r in doc.removed] == ["amount-ladder"] * 3
    tight = "\n".join([SQ[0], SQ[1], "Bëhuni anëtar që nga 5 euro në muaj.", "5 €", "10 €", "25 €", SQ[2]])
    doc = run_cleaner(Donation, tight, language="sq")
    assert "Bëhuni anëtar që nga 5 euro në muaj." not in texts(doc) and SQ[1] in texts(doc)
