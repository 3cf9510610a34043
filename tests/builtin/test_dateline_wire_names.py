"""Wire datelines naming an agency no list holds by more shapes (cleaners/builtin/_wire.py ``_UNLISTED``, read by
dateline, ``wire-dateline``): a place in capitals and a name of up to three words in brackets before a dash and a capital, a Chinese
place before a listed agency, a place and a date before a name between slashes, a place and an agency before a field's
bar; a name and its party, a heading with a bar and a sentence in brackets stay."""
import pytest

from cleaners.builtin._wire import wire_prefix
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import texts

LEADS = [
    ("en", "GLENMORE (Highland Courier) –", "The island's ferry will run twice a day from January, the operator said."),
    ("sw", "MOROGORO (Habarileo) –", "Halmashauri ya mji imeidhinisha ujenzi wa daraja jipya siku ya Jumanne."),
    ("zh", "临江 (新华社) –", "临江市政府周二批准了新大桥的建设计划。"),
    ("de", "Talheim, 03.11. /Kreiszeitung/", "Der Gemeinderat hat den Bau der neuen Brücke am Dienstag beschlossen."),
    ("fr", "Vannes, 3 nov. /AFP/", "Le conseil municipal a approuvé mardi la construction du nouveau pont."),
    ("de", "TALHEIM — dpa |", "Der Gemeinderat hat den Bau der neuen Brücke am Dienstag beschlossen."),
    ("th", "เชียงราย — ไทยรัฐ |", "สภาเทศบาลอนุมัติการก่อสร้างสะพานแห่งใหม่เมื่อวันอังคาร"),
    ("ko", "강릉시 — 뉴스1 |", "시의회는 화요일 새 다리 건설 계획을 승인했다."),
]


@pytest.mark.parametrize("code,dateline,lead", LEADS)
def test_the_dateline_is_cut_from_the_lead(code, dateline, lead):
    assert wire_prefix(f"{dateline} {lead}") is not None
    doc = run_cleaner(Dateline, f"{dateline} {lead}\n\n{lead}", language=code)
    assert texts(doc) == [lead, lead]
    assert [(r.rule, r.text) for r in doc.removed] == [("wire-dateline", dateline)]


@pytest.mark.parametrize("text", [
    "Merkel (CDU) – die Kanzlerin sprach am Dienstag im Bundestag.", "EU (UE) – was agreed on Tuesday.",
    "Paris, 3 March (translated) – the minister said.", "the mayor — who else | said nothing",
    "Glenmore (Highland Courier) – the paper reported on Tuesday.", "GLENMORE (Highland Courier) – the paper said.",
    "חדרה (ידיעות) – מועצת העיר אישרה", "In Talheim, 03.11. /sic/ the council met.",
])
def test_a_name_and_its_party_or_a_sentence_stays(text):
    assert wire_prefix(text) is None
