"""Wire datelines of agencies not in the list (cleaners/builtin/_wire.py ``_UNLISTED``, read by dateline,
``wire-dateline``): by shape, a place and a date before one word in brackets or slashes, a place in capitals before an
acronym, a German desk's lower-case codes, a Chinese dispatch; a name and its party, a word in brackets after a date in
lower case and two acronyms stay."""
import pytest

from cleaners.builtin._wire import wire_prefix
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import texts

LEADS = {
    "en": ("TARBERT, 4 Dec (HNS) –", "The island's ferry will run twice a day from January, the operator said."),
    "de": ("Kleinwalde/Talheim (lrs) –", "Der Gemeinderat hat den Bau der neuen Brücke am Dienstag beschlossen."),
    "pl": ("SUWAŁKI, Podlasie (AIP) -", "Rada miasta zdecydowała we wtorek o budowie nowego mostu na rzece."),
    "hi": ("जोधपुर, 4 दिसंबर (वार्ता) –", "नगर निगम ने मंगलवार को नए पुल के निर्माण को मंजूरी दे दी।"),
    "ka": ("ბათუმი, 4 დეკემბერი /აჭარაინფო/.", "ქალაქის საბჭომ ახალი ხიდის მშენებლობა დაამტკიცა."),
    "zh": ("中新社杭州12月4日电", "杭州市政府周二批准了新大桥的建设计划。"),
}


@pytest.mark.parametrize("code", sorted(LEADS))
def test_an_unlisted_agencys_dateline_is_cut_from_the_lead(code):
    dateline, lead = LEADS[code]
    assert wire_prefix(f"{dateline} {lead}") is not None
    doc = run_cleaner(Dateline, f"{dateline} {lead}\n\n{lead}", language=code)
    assert texts(doc) == [lead, lead]
    assert [(r.rule, r.text) for r in doc.removed] == [("wire-dateline", dateline)]


@pytest.mark.parametrize("line", [
    "Merkel (CDU) – die Kanzlerin sagte am Dienstag, sie werde nicht erneut antreten.",
    "Paris, 3 March 2026 (translated) – the letter was read out at the hearing.",
    "EU (UE) – the union's two names are used in the treaty.",
    "Kraków (Polska) – miasto leży nad Wisłą, mówi przewodnik.",
    "The plan (2019) - a disaster, the mayor said later.",
])
def test_a_name_and_its_party_and_other_bracketed_words_stay(line):
    assert wire_prefix(line) is None
    doc = run_cleaner(Dateline, f"{line}\n\nA second paragraph that goes on with the story of the day.", language="en")
    assert line in texts(doc)


@pytest.mark.parametrize("dateline,lead,code", [
    ("【東京】", "市議会は２日、来年度予算案を賛成多数で可決した。", "ja"),
    ("【ワシントン共同】", "米政府は２日、新たな経済対策を発表した。", "ja"),
    ("〔北京時事〕", "中国政府は２日、新たな経済対策を発表した。", "ja"),
    ("(서울=연합뉴스) 김철수 기자 =", "서울시의회는 2일 내년도 예산안을 통과시켰다.", "ko"),
    ("[부산=뉴시스]", "부산시의회는 2일 내년도 예산안을 통과시켰다.", "ko"),
])
def test_an_east_asian_wires_bracketed_dateline_is_cut_from_the_lead(dateline, lead, code):
    line = dateline + ("" if code == "ja" else " ") + lead
    assert line[:wire_prefix(line)].strip() == dateline
    doc = run_cleaner(Dateline, f"{line}\n\n{lead}", language=code)
    assert texts(doc) == [lead, lead]


@pytest.mark.parametrize("line", [
    "【】市議会は２日、来年度予算案を可決した。",           # no place
    "(서울시의회) 예산안을 통과시켰다고 밝혔다.",               # no "=" and agency
    "市議会は２日、【東京】の予算案を可決した。",               # not at the start
])
def test_brackets_that_open_no_east_asian_dateline_stay(line):
    assert wire_prefix(line) is None
