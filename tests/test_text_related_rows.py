"""Rows the eleventh blind harness (tests/generalisation_blind11.py) asked for, each with a look-alike that stays:
related headlines in one row parted by bars or bullets (`_related_bare.row_stories`), a row of donation amounts with
the form's button after it (`donation.is_amount_run`; the line under such a row in a language without a file is no
part of it), and a paragraph beside a row that names a form's one-word option ("monthly") is no appeal
(`_donation_rows.widget_appeals`)."""
from tests.conftest import run_cleaner

PARAS = ["The harbour board said on Monday that the new ferry pier would open in spring, two years late.",
         "Fishermen who moor at the old quay have asked the board to keep their berths free of charge."]


def _related(text: str):
    from cleaners.builtin.related_list import RelatedList
    doc = run_cleaner(RelatedList, text)
    return [b.text for b in doc.blocks], doc.metadata.get("related") or []


ROW = "Council votes to close the old fish market | New ferry timetable starts in May | Storm damages the lighthouse roof"


def test_row_of_headlines_after_the_prose_goes():
    for sep in (" | ", " • ", " · "):
        row = ROW.replace(" | ", sep)
        body, related = _related("\n\n".join([PARAS[0], row, PARAS[1]]))
        assert body == PARAS, sep
        assert [r["title"] for r in related] == ROW.split(" | "), sep


def test_rows_of_values_fields_or_sentences_stay():
    for row in ("Home | News | Sport | Weather",
                "Population 3.7 million • Area 69,700 km² • Capital Tbilisi",
                "Venue: the old quay | Time: 10 am | Entry: free of charge",
                "The board met. | The fishermen waited outside. | Nobody spoke to them.",
                "Council votes to close the old fish market | New ferry timetable starts in May"):
        body, _ = _related("\n\n".join([PARAS[0], row, PARAS[1]]))
        assert row in body, row


def test_row_of_headlines_above_the_prose_stays_for_the_head_rules():
    body, _ = _related("\n\n".join([ROW] + PARAS))
    assert ROW in body


def test_row_of_amounts_with_its_button_after_it_goes():
    from cleaners.builtin.donation import Donation, is_amount_run
    for row in ("5 € · 10 € · 25 €   [Give now]", "50 kr. · 100 kr. · 250 kr. [Støt os]",
                "1 000 ကျပ် · 5 000 ကျပ် · 10 000 ကျပ်"):
        assert is_amount_run(row), row
    row = "5 € · 10 € · 25 €   [Give now]"
    body = [b.text for b in run_cleaner(Donation, "\n\n".join([PARAS[0], row, PARAS[1]])).blocks]
    assert body == PARAS


def test_amounts_with_a_note_or_a_label_first_stay():
    from cleaners.builtin.donation import is_amount_run
    for row in ("5 € · 10 € · 25 € [1]", "[Give now] 5 € · 10 € · 25 €", "Tickets cost 5 € · 10 € · 25 € [adults]",
                "5 € · 10 € [Give now]"):
        assert not is_amount_run(row), row


def test_line_under_a_row_with_its_button_stays_in_a_language_without_a_file(pipeline):
    appeal = "ሚዲያችንን ዛሬ ይደግፉ።"
    quote = "\"ከዚህ በኋላ በሰልፍ ሰዓታት አናጠፋም\" ሲሉ የከተማው ነዋሪ ወይዘሮ አልማዝ ተናግረዋል።"
    paras = ["የከተማው አስተዳደር አዲስ የአውቶቡስ መስመር ዛሬ ሥራ ማስጀመሩን አስታውቋል፤ መስመሩ አስራ አራት ኪሎ ሜትር ርዝመት አለው።",
             "በቀን እስከ ስልሳ ሺህ ተሳፋሪዎችን ያጓጉዛል ተብሎ የሚጠበቀው መስመሩ ሃምሳ አዳዲስ አውቶቡሶች ተመድበውለታል።"]
    text = "\n".join(["አዲስ የአውቶቡስ መስመር ሥራ ጀመረ", paras[0], appeal, "50 ብር · 100 ብር · 500 ብር   [ይለግሱ]", quote, paras[1]])
    body = pipeline.process(pipeline.document("am.txt", text.encode(), "text")).record()["body"]
    assert "ብር ·" not in body and quote in body and all(p in body for p in paras)


def test_paragraph_naming_a_monthly_ticket_beside_a_row_stays():
    from cleaners.builtin.donation import Donation
    para = ("Monthly ticket holders on the new ferry line doubled in the first week, the harbour board said, and its "
            "page drew more than two thousand comments.")
    text = "\n\n".join([PARAS[0], para, "5 € · 10 € · 25 €", PARAS[1]])
    body = "\n".join(b.text for b in run_cleaner(Donation, text).blocks)
    assert para in body and "25 €" not in body


def test_paragraph_naming_a_monthly_pass_beside_a_row_stays_and_the_option_goes():
    from cleaners.builtin.donation import Donation
    para = ("Նավահանգստի վարչության տվյալներով՝ ամսական տոմսերի բաժանորդների թիվն առաջին շաբաթում կրկնապատկվել է, "
            "իսկ էջը ստացել է ավելի քան երկու հազար մեկնաբանություն։")
    paras = ["Նավահանգստի վարչությունը երկուշաբթի հայտարարեց, որ նոր նավամատույցը կբացվի գարնանը՝ երկու տարի ուշացումով։",
             "Ձկնորսները խնդրել են վարչությանը անվճար պահել իրենց տեղերը հին նավամատույցի մոտ։"]
    text = "\n\n".join([paras[0], para, "500 ֏ · 1000 ֏ · 5000 ֏", "Ամսական", paras[1]])
    body = "\n".join(b.text for b in run_cleaner(Donation, text).blocks)
    assert para in body and "5000" not in body and "Ամսական" not in body and all(p in body for p in paras)
