"""A short call naming a network the article never names (cleaners/builtin/_network_lines.py, read by
calls_to_action, ``social-line``): goes in any wording; a subheading naming a network the article's prose names, a
question, a line with a number and a sentence with a comma stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

BODY = {"fi": "Satamalautakunta päätti tiistaina sulkea vanhan laiturin, kun sukeltajat löysivät halkeamia kahdesta pilarista.",
        "cs": "Přístavní rada v úterý rozhodla uzavřít staré molo poté, co potápěči našli trhliny ve dvou pilířích.",
        "sw": "Bodi ya bandari iliamua Jumanne kufunga gati la zamani baada ya wapiga mbizi kupata nyufa kwenye nguzo mbili."}
CALL = {"fi": "Seuraa meitä Telegramissa", "cs": "Přidejte se k našemu kanálu na Telegramu", "sw": "Jiunge na kundi letu la WhatsApp"}
ABOUT = {"fi": ("Telegram ja viranomaiset", "Telegram kertoi tiistaina, että palvelu poistaa kanavan, jolla levitettiin "
                "väärää tietoa laiturin turvallisuudesta."),
         "cs": ("Telegram a úřady", "Telegram v úterý oznámil, že zruší kanál, který šířil nepravdivé zprávy o bezpečnosti mola "
                "v přístavu."),
         "sw": ("WhatsApp na mamlaka", "WhatsApp ilisema Jumanne kwamba itafuta kundi lililokuwa likieneza habari za "
                "uongo kuhusu usalama wa gati hilo.")}


@pytest.mark.parametrize("code", ["fi", "cs", "sw"])
def test_a_short_call_naming_a_network_the_article_never_names_goes(code):
    doc = run_cleaner(CallsToAction, "\n\n".join([BODY[code], CALL[code], BODY[code]]), language=code)
    assert texts(doc) == [BODY[code], BODY[code]]
    assert [r.rule for r in doc.removed if r.text == CALL[code]] in (["social-line"], ["social"])


@pytest.mark.parametrize("code", ["fi", "cs", "sw"])
def test_a_subheading_about_a_network_the_prose_names_a_question_and_a_number_stay(code):
    head, prose = ABOUT[code]
    lines = [BODY[code], head, prose, f"{head}?", f"{head} 2026", f"{head}, {BODY[code].split()[0].lower()}."]
    doc = run_cleaner(CallsToAction, "\n\n".join(lines), language=code)
    assert texts(doc) == lines
