"""Rules the tenth blind harness (tests/generalisation_blind10.py) asked for, each with a look-alike that stays:
an agency and its place in brackets opening the lead (`_wire`), a copyright notice glued after a separator or the
language's word for copyright (`_legal_tail`)."""
from cleaners.builtin._legal_tail import legal_tail
from cleaners.builtin._wire import wire_prefix

LEAD = "Kementerian Perhubungan memastikan jalur ganda kereta komuter akan dibuka untuk umum mulai Senin depan."


def test_agency_and_place_in_brackets_open_the_lead():
    assert wire_prefix("(ANTARA - Bekasi) – " + LEAD) == len("(ANTARA - Bekasi) – ")
    assert wire_prefix("[STT – Rovaniemi] Lapin majoitusliikkeet kirjasivat ennätyksen.") == len("[STT – Rovaniemi] ")
    assert wire_prefix("(بترا - عمّان) – أعلنت وزارة المياه بدء الأعمال") == len("(بترا - عمّان) – ")
    assert wire_prefix("[סוכנות הידיעות - נהריה] רשות המים אישרה השבוע") == len("[סוכנות הידיעות - נהריה] ")


def test_brackets_that_name_no_agency_stay():
    assert wire_prefix("(Update - Monday) The council met again after the vote.") is None
    assert wire_prefix("(See also - page 4) The council met again.") is None
    assert wire_prefix("[Editor's note - Monday] The council met again.") is None
    assert wire_prefix("(ANTARA - Bekasi) kata dia kemudian.") is None          # no lead opens after it


def test_pipeline_cuts_the_bracketed_dateline_and_keeps_the_lead(pipeline):
    paras = ["Operator mencatat jumlah pelanggan kartu bulanan naik tiga puluh persen dibanding tahun lalu.",
             "Pemerintah daerah juga menyiapkan bus pengumpan dari kawasan industri ke stasiun terdekat."]
    text = "Jalur kereta komuter baru mulai beroperasi\n\n(ANTARA - Bekasi) – " + LEAD + "\n\n" + "\n\n".join(paras)
    body = pipeline.process(pipeline.document("wire.txt", text.encode(), "text")).record()["body"]
    assert "ANTARA" not in body and LEAD in body and all(p in body for p in paras)


def test_notice_after_a_separator_or_the_word_for_copyright_is_cut_alone():
    notice = "— Hak cipta © 2024 Warta Kota Satelit. Dilarang mengutip tanpa izin tertulis."
    assert legal_tail(LEAD + " " + notice) == len(LEAD) + 1
    tail = ">> © 2024 Harbour Media Ltd."
    head = "The council said the backlog should clear within a fortnight, and the next hearing is in May."
    assert legal_tail(head + " " + tail) == len(head) + 1


def test_a_credited_sign_without_a_year_or_a_short_head_stays():
    head = "The council said the backlog should clear within a fortnight, and the next hearing is in May."
    assert legal_tail(head + " — © Lina Park shot the whole series in the nineteen-sixties for the museum.") is None
    assert legal_tail("Short line. — Hak cipta © 2024 Warta Kota.") is None


def test_pipeline_keeps_a_paragraph_with_a_glued_notice(pipeline):
    paras = ["Operator mencatat jumlah pelanggan kartu bulanan naik tiga puluh persen dibanding tahun lalu.",
             "Pemerintah daerah juga menyiapkan bus pengumpan dari kawasan industri ke stasiun terdekat."]
    notice = "— Hak cipta © 2024 Warta Kota Satelit. Dilarang mengutip tanpa izin tertulis."
    text = "Jalur kereta komuter baru mulai beroperasi\n\n" + "\n\n".join(paras + [LEAD + " " + notice])
    body = pipeline.process(pipeline.document("legal.txt", text.encode(), "text")).record()["body"]
    assert LEAD in body and "Hak cipta" not in body and all(p in body for p in paras)


def test_a_notice_before_the_glued_one_leaves_the_line_whole():
    from cleaners import lang
    from cleaners.builtin.legal import Legal
    rights = lang.pattern("rights", ("de", "en"))
    line = "Alle Rechte vorbehalten, Nachdruck nur mit schriftlicher Genehmigung der Redaktion. — © 2024 Tagblatt"
    assert legal_tail(line, rights) is None
    correction = "Correction: an earlier version of this article misstated the ferry's age. — © 2024 Harbour Media"
    assert legal_tail(correction, None, lambda s: Legal().rule_for(s, ("en",)) is not None) is None
