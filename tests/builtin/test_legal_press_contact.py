"""A press release's contact block under its label (rule `media-contact`, cleaners/builtin/_press_contact.py), and
"About <Company>" sections with a legal form in lower case or in a script without spaces (_press_release.py)."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import cuts, texts

IT = ["Verdeluce Srl annuncia oggi l'apertura di un nuovo stabilimento a Trento, con duecento nuovi posti di lavoro.",
      "La produzione partirà in primavera e riguarderà pannelli solari per il mercato europeo.",
      "Gli investimenti previsti ammontano a quaranta milioni di euro nei prossimi tre anni."]


def test_the_lines_under_a_press_contact_label_go_with_it():
    contact = ["Contatti per la stampa", "Verdeluce Srl", "Davide Greco", "Tel. +39 0461 951390",
               "presse@verdeluce.example"]
    doc = run_cleaner(Legal, "\n\n".join(IT + contact), language="it")
    assert texts(doc) == IT
    assert cuts(doc, "legal") == [("media-inquiry", contact[0])] + [("media-contact", line) for line in contact[1:]]


@pytest.mark.parametrize("after", [
    ["Per informazioni, la società ha aperto uno sportello in piazza Duomo che resterà aperto fino a giugno."],
    ["Verdeluce Srl", "Davide Greco", "Ufficio comunicazione"],      # no phone, no address: no contact block
])
def test_a_label_over_prose_or_over_lines_without_a_number_keeps_them(after):
    doc = run_cleaner(Legal, "\n\n".join(IT + ["Contatti per la stampa"] + after), language="it")
    assert texts(doc) == IT + after


@pytest.mark.parametrize("heading, profile, language", [
    ("O společnosti Moravtech s.r.o.", "Moravtech s.r.o. sídlí v Liberci a zaměstnává 400 lidí.", "cs"),
    ("关于华信能源科技有限公司", "华信能源科技有限公司总部位于绵阳，员工约三千人。", "zh"),
])
def test_an_about_section_with_a_legal_form_or_without_a_space(heading, profile, language):
    body = {"cs": ["Společnost dnes otevřela nový závod v Liberci, kde najde práci dvě stě lidí.",
                   "Výroba začne na jaře a zaměří se na solární panely pro evropský trh.",
                   "Investice dosáhne čtyřiceti milionů eur v příštích třech letech."],
            "zh": ["华信能源科技有限公司今天宣布在绵阳新建一座工厂，将创造两百个就业岗位。",
                   "新工厂将于明年春季投产，主要生产面向欧洲市场的太阳能电池板。",
                   "公司计划在未来三年内投资四亿元人民币。"]}[language]
    doc = run_cleaner(Legal, "\n\n".join(body + [heading, profile]), language=language)
    assert texts(doc) == body


def test_an_about_section_of_a_lower_case_phrase_stays():
    body = IT + ["Informazioni su come partecipare", "Le iscrizioni sono aperte fino al 30 maggio presso il comune."]
    assert texts(run_cleaner(Legal, "\n\n".join(body), language="it")) == body
