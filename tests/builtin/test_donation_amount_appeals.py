"""The appeal over a donation ladder known by the ladder's first amount, in any language, and the two printed as
one line (cleaners/builtin/_amount_appeal.py, read by donation.py)."""
from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import texts

CY = ["Mae trigolion pentref bach yng Ngwynedd wedi codi dros dri chan mil o bunnoedd i brynu eu tafarn leol, a "
      "gaeodd ei drysau ddwy flynedd yn ôl.",
      "Bydd y dafarn yn ailagor yn y gwanwyn, gyda siop fach a chaffi yn yr hen ystafell gefn, meddai'r grŵp."]


def _rules(doc):
    return [r.rule for r in doc.removed]


def test_the_appeal_naming_the_ladders_first_amount_goes_with_it():
    appeal = "Cefnogwch newyddiaduraeth annibynnol yn Gymraeg o £3 y mis."
    doc = run_cleaner(Donation, "\n\n".join(CY + [appeal, "Cyfrannu: £3 | £5 | £10"]), language="cy")
    assert texts(doc) == CY and "ladder-amount-appeal" in _rules(doc)


def test_a_line_above_a_ladder_naming_other_figures_stays():
    line = "Mae tocynnau'r noson agoriadol yn costio £12 i oedolion."
    doc = run_cleaner(Donation, "\n\n".join(CY + [line, "Cyfrannu: £3 | £5 | £10"]), language="cy")
    assert texts(doc) == CY + [line]


def test_an_appeal_and_its_ladder_on_one_line_go_whole():
    line = "Appoġġja l-ġurnaliżmu indipendenti b'donazzjoni minn €2. Agħti: €2 | €5 | €10"
    doc = run_cleaner(Donation, "\n\n".join(CY + [line]), language="mt")
    assert texts(doc) == CY and "appeal-ladder-line" in _rules(doc)


def test_a_sentence_before_a_row_of_prices_that_do_not_rise_stays():
    line = "Fis-suq il-prezzijiet niżlu €2. Tadam €2 | Patata €1 | Basal €1"
    table = "Ir-riżultati tal-lejla. Ħamrun 3 | Birkirkara 1 | Floriana 0"
    doc = run_cleaner(Donation, "\n\n".join(CY + [line, table]), language="mt")
    assert texts(doc) == CY + [line, table]


def test_an_appeal_and_its_ladder_parted_by_middle_dots_in_an_abbreviated_currency_go_whole():
    line = "Падтрымайце нашу газету ўжо ад 3 р. у месяц. 3 р. · 7 р. · 15 р."
    doc = run_cleaner(Donation, "\n\n".join(CY + [line]), language="be")
    assert texts(doc) == CY and "appeal-ladder-line" in _rules(doc)


def test_a_sentence_before_a_row_of_rounds_names_no_currency_and_stays():
    line = "Yr enillydd oedd y tîm cyntaf i sgorio yn rownd 1. Rownd 1 | Rownd 2 | Rownd 3"
    dots = "Mae'r gystadleuaeth yn dechrau am 1 o'r gloch. Tîm 1 · Tîm 2 · Tîm 3"
    doc = run_cleaner(Donation, "\n\n".join(CY + [line, dots]), language="cy")
    assert texts(doc) == CY + [line, dots]


def test_two_sentences_of_the_article_above_a_ladder_stay_though_they_name_its_amount():
    para = ("Roedd y tocynnau'n costio £4 y llynedd, ac mae'r pwyllgor am eu cadw felly. Dywedodd y trefnydd fod "
            "hynny'n bwysig.")
    doc = run_cleaner(Donation, "\n\n".join(CY + [para, "£4 · £8 · £20"]), language="cy")
    assert para in texts(doc)


def test_an_appeal_of_one_long_sentence_over_its_ladder_goes():
    # twelve words and a stop read as prose; one sentence naming the ladder's first amount is the box's appeal
    appeal = "Os ydych chi'n gwerthfawrogi ein gwaith lleol, rhowch o £3 bob mis i'r papur bro."
    doc = run_cleaner(Donation, "\n\n".join(CY + [appeal, "£3 · £5 · £10"]), language="cy")
    assert texts(doc) == CY and "ladder-amount-appeal" in _rules(doc)


def test_two_sentences_of_the_article_over_a_ladder_stay():
    line = "Roedd y tocynnau'n costio £3 y llynedd. Eleni, mae'r pris wedi codi i bawb yn y pentref."
    doc = run_cleaner(Donation, "\n\n".join(CY + [line, "£3 · £5 · £10"]), language="cy")
    assert line in texts(doc)


def test_a_sentence_naming_the_first_amount_as_a_bare_figure_stays():
    # one long sentence of the article holding the ladder's first figure, but not as money: no currency sign beside it
    line = "Running strlen on the word \"Hello\" returns int(5) in that case: the count of bytes in it, nothing more."
    doc = run_cleaner(Donation, "\n\n".join(CY + [line, "5 € · 10 € · 20 €"]), language="cy")
    assert line in texts(doc)
