"""A membership box's tiers and buttons as a dump prints them, in any language (cleaners/builtin/_donation_tiers.py:
tier-ladder, tier-line; _donation_box.py: bracketed amount rows and buttons, progress lines with words around them,
progress-row); lists of figures in a story stay."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import cuts, texts

FI = ["Kirjasto avattiin uudelleen keskiviikkona kolmen vuoden korjaustöiden jälkeen, ja ensimmäisenä päivänä siellä kävi yli tuhat ihmistä.",
      "Kirjaston johtaja kertoi, että käsikirjoitusosastolla on nyt kosteudenhallintajärjestelmä eikä aiempia vahinkoja enää tapahdu.",
      "Hanke maksoi noin neljä miljoonaa euroa, ja siitä puolet tuli valtiolta ja loput kaupungilta."]
AM = ["ቤተ መጻሕፍቱ ከሦስት ዓመት እድሳት በኋላ ረቡዕ ዕለት ለአንባቢዎች በድጋሚ ተከፍቷል፤ በመጀመሪያው ቀን ከአንድ ሺህ በላይ ሰዎች ጎብኝተውታል።",
      "የቤተ መጻሕፍቱ ዳይሬክተር የብራና መጻሕፍት ክፍሉ አሁን የእርጥበት መቆጣጠሪያ ሥርዓት እንዳለው ተናግረዋል።"]


@pytest.mark.parametrize("code,box,paras", [
    ("fi", "Paikallisjournalismi tarvitsee tukeasi.\n○ 3 € / kk\n● 7 € / kk\n○ 15 € / kk\nRyhdy jäseneksi →", FI),
    ("am", "ነፃ ጋዜጠኝነትን ይደግፉ።\n( ) 30 ብር / በወር\n(•) 70 ብር / በወር\n( ) 150 ብር / በወር\nአባል ይሁኑ →", AM),
    ("fi", "Tue työtämme\n3 € / kk\n7 € / kk\n15 € / kk", FI),
])
def test_the_tiers_of_a_membership_box_go_with_the_lines_touching_them(code, box, paras):
    doc = run_cleaner(Donation, "\n\n".join([paras[0], box, paras[1]]), language=code)
    assert texts(doc) == paras[:2] and "tier-ladder" in [r.rule for r in doc.removed]


@pytest.mark.parametrize("lines", [
    ["Hinnat nousivat näin:", "3 € / kpl", "7 € / kg"],       # two periods: no tiers
    ["Lipun hinta on nyt", "○ ensimmäinen vaihtoehto", "○ toinen vaihtoehto"],
    ["Hinnasto:", "3 €", "7 €", "15 €"],          # no radio marks, no period: the ladder rules' matter
])
def test_lists_of_figures_stay(lines):
    doc = run_cleaner(Donation, "\n\n".join([FI[0], "\n".join(lines), FI[1]]), language="fi")
    assert "tier-ladder" not in [r.rule for r in doc.removed]


def test_bracketed_amount_buttons_and_the_donate_button_go():
    box = "Unabhängiger Lokaljournalismus braucht Ihre Unterstützung.\n[ 5 € ]  [ 10 € ]  [ 25 € ]  [ 50 € ]\n[ Jetzt spenden ]"
    paras = ["Der erste Zug seit dreißig Jahren fuhr am Sonntag um 6.42 Uhr in den Bahnhof ein, empfangen von der Kapelle.",
             "Die Strecke war 1994 stillgelegt worden, als der Güterbahnhof schloss, und das Gebäude diente als Lager."]
    doc = run_cleaner(Donation, "\n\n".join([paras[0], box, paras[1], paras[1]]), language="de")
    assert texts(doc) == [paras[0], paras[1], paras[1]]
    assert [r.rule for r in doc.removed] == ["widget-line", "amount-ladder", "donate-button-signs"]


def test_a_bracketed_row_in_a_currency_of_letters_goes():
    row = "[ 5 دولار ]  [ 10 دولار ]  [ 25 دولار ]  [ 50 دولار ]"
    doc = run_cleaner(Donation, "\n\n".join([FI[0], row, FI[1]]), language="fi")
    assert cuts(doc, "donation")[0] == ("unit-row", row)


@pytest.mark.parametrize("line", [
    "Собрано 31 500 ₽ из 50 000 ₽", "37.000 € von 50.000 € gesammelt", "تم جمع 65.250 دولار من أصل 75.000 دولار",
])
def test_a_progress_line_with_words_around_it_goes_beside_the_bar(line):
    doc = run_cleaner(Donation, "\n\n".join([FI[0], "████░░░░░░ 44 %\n" + line, FI[1]]), language="fi")
    assert texts(doc) == FI[:2] and ("progress-line", line) in cuts(doc, "donation")


def test_a_price_change_with_words_around_it_stays_alone():
    line = "Preis steigt von 5 € auf 10 €"
    doc = run_cleaner(Donation, "\n\n".join([FI[0], line, FI[1]]), language="de")
    assert line in texts(doc)


@pytest.mark.parametrize("line", [
    "Mae angen eich help arnom. £26,000 wedi codi o £50,000 · Cyfrannwch →",
    "Независимой журналистике нужна ваша поддержка. Собрано 31 500 ₽ из 50 000 ₽ · Поддержать →",
])
def test_a_box_printed_as_one_row_goes(line):
    doc = run_cleaner(Donation, "\n\n".join([FI[0], line, FI[1]]), language="fi")
    assert texts(doc) == FI[:2] and cuts(doc, "donation") == [("progress-row", line)]


def test_a_sentence_with_amounts_and_a_bar_stays():
    line = "The council raised £26,000 of the £50,000 it needs for the pier. · Harbour Gazette"
    doc = run_cleaner(Donation, "\n\n".join([FI[0], line, FI[1]]), language="en")
    assert line in texts(doc)
