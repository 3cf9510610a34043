"""A source and its news desk, alone on a line (agency_credit ``desk-credit``, cleaners/lang ``desk``): the source
need not be capitalised word by word ("Прибрежные вести — Новости") and may be in a script without capitals
("海辺新聞 — ニュース"); it goes to the credits. A sentence or a heading with a dash stays."""
import pytest

from cleaners.builtin.agency_credit import AgencyCredit

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLE = {**SENTENCES,
           "th": "ทีมกู้ภัยเดินทางถึงหมู่บ้านที่ถูกน้ำท่วมเมื่อเช้าวันอังคาร และเจ้าหน้าที่ระบุว่าอพยพชาวบ้านทั้งหมดแล้ว",
           "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。"}


@pytest.mark.parametrize("code,line", [
    ("ru", "Прибрежные вести — Новости"),
    ("ru", "Северная правда - политика"),
    ("uk", "Приморські вісті — Новини"),
    ("vi", "Báo Bờ biển — Thời sự"),
    ("vi", "Báo Bờ Biển - Tin tức"),
    ("ja", "海辺新聞 — ニュース"),
    ("ja", "海辺新聞—国内"),
    ("th", "ข่าวชายฝั่ง — ข่าวทั่วไป"),
    ("en", "Coastal herald | news desk"),
    ("de", "Küstenbote – Lokales"),
    ("pt", "Gazeta do litoral — Notícias"),
])
def test_a_source_and_its_desk_go_to_the_credits(code, line):
    doc = run_cleaner(AgencyCredit, f"{ARTICLE[code]}\n\n{line}\n\n{ARTICLE[code]} 2", language=code)
    assert line not in texts(doc) and cuts(doc, "agency_credit") == [("desk-credit", line)]
    assert doc.metadata["credits"] == [line]


@pytest.mark.parametrize("code,line", [
    ("ru", "Москва — столица"),                       # no desk after the dash
    ("ru", "Итоги — новости дня"),                    # more than a desk
    ("ru", "Главное — новости"),                      # the source is a desk word itself
    ("ru", "Цены выросли — новости."),                # a stop
    ("ru", "Прибрежные вести за 2024 год — Новости"),  # a digit
    ("en", "and then — news"),                        # opens in lower case: a fragment of prose
    ("en", "The storm that flooded the valley last week — news"),   # a long source
    ("en", "The result — news that nobody in the valley wanted to hear."),
    ("ja", "県の発表によると、被害は拡大している—ニュース速報の続報を待つ住民"),
    ("es", "Por Tom Baker – Redacción"),                # a byline: dateline reads its author
    ("en", "By Ann Lee | News desk"),
])
def test_lines_with_a_dash_that_are_no_desk_credit_stay(code, line):
    doc = run_cleaner(AgencyCredit, f"{ARTICLE[code]}\n\n{line}\n\n{ARTICLE[code]} 2", language=code)
    assert line in texts(doc) and doc.removed == ()
