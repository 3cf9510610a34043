"""Copyright lines opening with the word for copyright of any language and a year (cleaners/lang/copyright.toml, legal's
``copyright``), and notices set apart between square brackets or after a dash; a sentence about copyright stays."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line", [
    ("en", "Copyright Harbour Media Group 2026."),
    ("de", "Urheberrecht 2026 Kanalbote Verlag"),
    ("he", "זכויות יוצרים 2026 מקומון הצפון."),
    ("ar", "حقوق النشر 2026 لصحيفة الساحل."),
    ("hi", "कॉपीराइट 2026 गंगा मीडिया।"),
    ("ko", "저작권 2026 강릉신문"),
    ("en", "[© Harbour Media Group 2026]"),
    ("fr", "— © Le Courrier du Port 2026"),
])
def test_a_copyright_line_goes(code, line):
    body = SENTENCES[code]
    doc = run_cleaner(Legal, f"{body}\n\n{line}\n\n{body}", language=code)
    assert texts(doc) == [body, body]


@pytest.mark.parametrize("line", [
    "Copyright law changed in 2019 after a long debate in parliament.",
    "copyright infringement cases rose in 2024, the court said.",
    "[Copyright disputes, 2019 to 2024, are listed in the annex of the report for the committee.]",
    "— the harbour master, 2026",
    "[Source: Harbour Gazette]",          # a source in brackets may be the article's own credit
])
def test_a_sentence_about_copyright_stays(line):
    doc = run_cleaner(Legal, f"{SENTENCES['en']}\n\n{line}\n\n{SENTENCES['en']}", language="en")
    assert line in texts(doc)
