"""A newsletter named by one word is a call in a label or a button, not in a statement closed by a full stop."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language", [
    ("El Boletín Oficial del Estado publicó ayer el decreto.", "es"),
    ("El boletín médico de la mañana fue optimista.", "es"),
    ("Newsletter szkoły będzie odtąd wysyłany do rodziców co tydzień.", "pl"),
    ("De school stuurt elke week een nieuwsbrief.", "nl"),
    ("Рассылка велась с серверов в Нидерландах.", "ru"),
    ("Az önkormányzat e-mailben küldte ki a határozatot.", "hu"),
])
def test_a_statement_naming_a_newsletter_by_one_word_stays(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Newsletter: najważniejsze wiadomości codziennie rano", "pl"),
    ("Nieuwsbrief", "nl"),
    ("Recibe el boletín cada mañana", "es"),
    ("Zapisz się na newsletter.", "pl"),
])
def test_a_label_or_a_call_naming_a_newsletter_goes(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("newsletter", line)]
