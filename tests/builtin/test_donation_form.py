"""A donation form's rows as a dump prints them (cleaners/builtin/_donation_rows.py: ``radio-row``, ``progress-bar``
with its amounts, ``heart-button``, ``widget-appeal``), and currencies written in letters of more scripts."""
import pytest

from cleaners.builtin.donation import Donation

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

BODY = "The council approved the new budget on Tuesday after a long debate about the harbour and the ferry."


@pytest.mark.parametrize("code,row", [
    ("en", "( ) $10   ( ) $25   (*) $50   ( ) Other"),
    ("pl", "(•) 20 zł  ( ) 50 zł  ( ) 100 zł  ( ) ___ zł"),
    ("tr", "[ ] 100 ₺ [x] 250 ₺ [ ] 500 ₺"),
    ("ar", "○ 10 ر.س   ● 50 ر.س   ○ 100 ر.س"),
    ("ja", "( ) 1,000 円 ( ) 3,000 円 ( ) 5,000 円 (•) ___ 円"),
])
def test_a_row_of_radio_buttons_over_amounts_goes(code, row):
    body = SENTENCES.get(code, BODY)
    doc = run_cleaner(Donation, f"{body}\n\n{row}\n\n{body}", language=code)
    assert texts(doc) == [body, body] and ("radio-row", row) in cuts(doc, "donation")


@pytest.mark.parametrize("row", ["( ) yes   ( ) no   ( ) don't know", "( ) 5 km   ( ) 10 km", "(a) 10 € (b) 20 € (c) 30 €",
                                 "( ) 1990 ( ) 2000 ( ) 2010", "( ) 5 € ( ) 10 kg ( ) 3 l"])
def test_a_questionnaire_or_mixed_units_stay(row):
    doc = run_cleaner(Donation, f"{BODY}\n\n{row}\n\n{BODY}")
    assert row in texts(doc)


@pytest.mark.parametrize("bar", ["[██████░░░░] 60 % · 1.200 / 2.000 €", "▓▓▓▓▓░░░░░ 48% | ₹9,600 / ₹20,000",
                                 "[■■■■□□□□□□] 40 % — 800 / 2 000 zł"])
def test_a_drawn_bar_with_its_share_and_amounts_goes(bar):
    doc = run_cleaner(Donation, f"{BODY}\n\n{bar}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY] and ("progress-bar", bar) in cuts(doc, "donation")


def test_a_bar_followed_by_words_stays():
    line = "███ The chart shows 40 % of the households in the valley lost power on Sunday night."
    doc = run_cleaner(Donation, f"{BODY}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)


@pytest.mark.parametrize("button", ["[ ♥ 25 € ]", "❤ $10", "♥ Keep the paper free for all readers. → https://paper.example/give",
                                    "❤️ Ein Euro im Monat hilft uns sehr https://zeitung.example/spenden"])
def test_a_heart_button_goes(button):
    doc = run_cleaner(Donation, f"{BODY}\n\n{button}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY] and ("heart-button", button) in cuts(doc, "donation")


@pytest.mark.parametrize("line", ["♥ We loved the concert in the park on Sunday evening.", "[ 25 € ]",
                                  "The full report is online → https://council.example/report"])
def test_a_heart_line_without_a_link_or_a_link_without_a_heart_stays(line):
    doc = run_cleaner(Donation, f"{BODY}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)


@pytest.mark.parametrize("code,appeal,row", [
    ("el", "Αν εκτιμάτε τη δουλειά μας, γίνετε υποστηρικτής σήμερα.", "( ) 5 €   ( ) 10 €   ( ) 20 €"),
    ("en", "If this reporting matters to you, please support it with a small gift.", "[███████░░░] 70 % · 700 / 1,000 £"),
    ("de", "Wenn Ihnen unsere Arbeit gefällt, freuen wir uns über eine kleine Spende.", "( ) 5 €   ( ) 10 €   ( ) 20 €"),
])
def test_the_appeal_over_a_form_row_goes(code, appeal, row):
    body = SENTENCES[code]
    doc = run_cleaner(Donation, f"{body}\n\n{appeal}\n\n{row}\n\n{body}", language=code)
    assert texts(doc) == [body, body] and ("widget-appeal", appeal) in cuts(doc, "donation")


def test_an_article_paragraph_over_a_form_row_stays():
    para = "The harbour master said the ferry would run again on Friday."
    doc = run_cleaner(Donation, f"{BODY}\n\n{para}\n\n( ) 5 €   ( ) 10 €   ( ) 20 €\n\n{BODY}", language="en")
    assert para in texts(doc)


@pytest.mark.parametrize("code,ladder", [
    ("th", ["0 บาท", "100 บาท", "500 บาท", "1,000 บาท"]), ("zh", ["0 元", "50 元", "100 元", "200 元"]),
    ("ar", ["0 د.أ", "10 د.أ", "25 د.أ", "50 د.أ"]), ("km", ["0 ៛", "4,000 ៛", "10,000 ៛", "20,000 ៛"]),
])
def test_a_ladder_in_a_currency_of_letters_or_the_riel_goes(code, ladder):
    body = SENTENCES.get(code, BODY)
    doc = run_cleaner(Donation, body + "\n\n" + "\n\n".join(ladder) + "\n\n" + body, language=code)   # lines apart
    assert texts(doc) == [body, body]


def test_an_amount_in_baht_in_a_sentence_stays():
    line = "ราคาข้าวสารขึ้นเป็น 1,200 บาท ต่อกระสอบ"
    doc = run_cleaner(Donation, f"{line}\n\n{line} แล้ว", language="th")
    assert texts(doc) == [line, f"{line} แล้ว"]
