"""A membership or donation button naming its price per period (cleaners/builtin/_price_button.py, read by donation,
``price-button``): a heart before it in any language, or a donate/appeal label of the language; a short appeal
glued before a heart button goes with it. A price list line and a paragraph stay."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import texts

BODY = {"en": "The harbour board voted on Tuesday to close the old ferry pier after divers found cracks in two pillars.",
        "de": "Der Hafenausschuss hat am Dienstag beschlossen, den alten Anleger zu sperren, nachdem Taucher Risse fanden.",
        "sw": "Bodi ya bandari iliamua Jumanne kufunga gati la zamani baada ya wapiga mbizi kupata nyufa mbili."}
BUTTONS = {
    "en": ["♥ Join the newsroom club – $4/month", "Local reporting needs readers like you. ❤️ Join the club – $4/mo",
           "Support us – $4/month"],
    "de": ["♥ Leserclub beitreten – 4 €/Monat", "Guter Lokaljournalismus kostet Geld. ❤ Jetzt beitreten – 4 €/Mon.",
           "Jetzt unterstützen – 4 €/Monat"],
    "sw": ["♥ Jiunge na klabu – TSh 9000/mwezi", "Habari za eneo lako zinahitaji msaada. ❤ Jiunge – TSh 9000/mwezi",
           "💚 Changia – KSh 300/wiki"],
}
PRICES = {"en": ["Bike hire – $4/day", "Tickets for the harbour tour – $12/person"],
          "de": ["Fahrradverleih – 4 €/Tag", "Parken am Hafen – 2 €/Stunde"],
          "sw": ["Kukodi baiskeli – TSh 9000/siku", "Maegesho bandarini – TSh 500/saa"]}


@pytest.mark.parametrize("code", ["en", "de", "sw"])
def test_price_buttons_and_their_glued_appeal_go(code):
    doc = run_cleaner(Donation, "\n\n".join([BODY[code], *BUTTONS[code], BODY[code]]), language=code)
    assert texts(doc) == [BODY[code], BODY[code]]
    assert [r.rule for r in doc.removed].count("price-button") >= 2


@pytest.mark.parametrize("code", ["en", "de", "sw"])
def test_price_lines_and_a_paragraph_before_a_heart_stay(code):
    long = f"{BODY[code]} {BODY[code]}"
    glued = f"{long} {BUTTONS[code][0]}"
    doc = run_cleaner(Donation, "\n\n".join([BODY[code], *PRICES[code], glued]), language=code)
    assert texts(doc)[:3] == [BODY[code], *PRICES[code]] and texts(doc)[3].startswith(long)
    assert "price-button" not in [r.rule for r in doc.removed]
