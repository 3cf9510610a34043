"""A head line of fields parted by bars in a language without a file: its date and byline to metadata (rule
head-field-row, cleaners/builtin/_field_row.py), and the byline of such a line that ends with a reading time."""
from cleaners.builtin._field_row import field_row
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import texts

UZ = ["Samarqandda shanba kuni yangi temir yo'l vokzali ochildi, u kuniga o'n ming yo'lovchiga xizmat ko'rsata oladi.",
      "Vokzal binosida kutish zallari, kafelar va bolalar uchun o'yin maydonchasi bor va ular kechasi ham ochiq."]


def test_a_row_of_date_byline_and_reading_time_goes_to_metadata():
    row = "E'lon qilindi: 15 noyabr 2025, 08:30 | Muallif: Dilnoza Rahimova | O'qish vaqti: 2 daqiqa"
    doc = run_cleaner(Dateline, "\n\n".join([row] + UZ), language="uz")
    assert texts(doc) == UZ and "head-field-row" in [r.rule for r in doc.removed]
    assert doc.metadata["date"] == "2025-11-15T08:30:00" and doc.metadata["author"] == "Dilnoza Rahimova"


def test_a_row_ending_with_a_reading_time_gives_its_byline():
    row = "Avaldatud: 4. oktoober 2025, 12:30 | Autor: Kadri Tamm | Lugemisaeg: 2 min"
    doc = run_cleaner(Dateline, "\n\n".join([row, "Tartu linn avas laupäeval Emajõe kaldal uue kahe kilomeetri "
                                             "pikkuse jalgrattaraja, mis ühendab kesklinna Ihaste linnaosaga."]),
                      language="et")
    assert doc.metadata["author"] == "Kadri Tamm" and doc.metadata["date"].startswith("2025-10-04")


def test_a_row_without_a_date_or_with_a_sentence_is_none():
    assert field_row("Muallif: Dilnoza Rahimova | O'qish vaqti: 2 daqiqa", ("uz", "en")) is None
    assert field_row("15 noyabr 2025 | Vokzal binosida kutish zallari va kafelar bor.", ("uz", "en")) is None
    row = "Narxlar: 15 noyabr 2025 | non 5 000 so'm | go'sht 95 000 so'm | kartoshka arzonlashdi va sotuvchilar xursand"
    doc = run_cleaner(Dateline, "\n\n".join(UZ + [row]), language="uz")
    assert row in texts(doc)
