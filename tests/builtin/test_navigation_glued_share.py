"""A share row glued to the end of a paragraph (cleaners/builtin/navigation.py, rule ``glued-share-row``): the row goes,
the paragraph's sentence stays."""
import pytest

from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import cuts, texts

EN = "The council approved the plan on Tuesday evening after a debate that lasted almost four hours."
TH = "เทศบาลประกาศเมื่อวันจันทร์ว่าตลาดเก่าริมแม่น้ำจะยังเปิดให้บริการบางส่วนตลอดช่วงการก่อสร้าง"
PL = "Od przyszłego tygodnia dostawy wody do domów będą wstrzymywane na osiem godzin każdej nocy."


@pytest.mark.parametrize("code,para,row", [
    ("en", EN, "Share: Facebook | WhatsApp | Email"), ("pl", PL, "Udostępnij: Facebook · Twitter"),
    ("sw", "Habari zetu ni bure kwa wote kwa sababu ya wasomaji kama wewe na wengine.", "Shiriki: Facebook | WhatsApp"),
    ("th", TH, "แชร์: Facebook | WhatsApp"),                        # a label with vowel signs, no stop before it
    ("bn", "পৌরসভা সোমবার জানিয়েছে যে নির্মাণকাজ চলাকালীন নদীর ধারের পুরোনো বাজার আংশিকভাবে খোলা থাকবে।",
     "শেয়ার করুন: Facebook | WhatsApp"),
    ("ja", "大手スーパーは来月から全国の店舗で値上げすると発表し、消費者の負担はさらに増える見通しだ。",
     "この記事をシェアする: Facebook | WhatsApp"),                     # a known label ("シェア") inside a longer word
])
def test_a_share_row_glued_after_the_last_sentence_goes(code, para, row):
    for glue in ("", " ") if code != "th" else (" ",):      # (Thai prints no full stop: a space parts the row)
        doc = run_cleaner(Navigation, f"{para}{glue}{row}\n\nThe works start in May.", language=code)
        assert texts(doc) == [para, "The works start in May."]
        assert cuts(doc, "navigation") == [("glued-share-row", row)]


@pytest.mark.parametrize("line", [
    EN + " Votes: Labour | Greens | Liberals",              # no network after the label
    "Read it here. Share: Facebook | WhatsApp",             # too short a paragraph: a row of its own kind
    "The plan, which the council calls Share: Facebook | WhatsApp, was approved on Tuesday after four hours",
    TH + "ว่าตลาดเก่าริมแม่น้ำจะยังเปิด: Facebook | WhatsApp",           # a Thai clause before the colon is no label
])
def test_rows_of_other_words_or_without_a_sentence_before_them_stay(line):
    doc = run_cleaner(Navigation, f"{line}\n\nThe works start in May.")
    assert not [c for c in cuts(doc, "navigation") if c[0] == "glued-share-row"]
