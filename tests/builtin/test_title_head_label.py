"""A label line over the headline of a dump in a language without a file is no title (cleaners/builtin/_head_label.py,
read by the title cleaner)."""
from cleaners.builtin._head_label import label_line, past_labels
from cleaners.builtin.title import Title

from ..conftest import run_cleaner

UZ = ["Samarqandda shanba kuni yangi temir yo'l vokzali ochildi, u kuniga o'n ming yo'lovchiga xizmat ko'rsata oladi.",
      "Vokzal binosida kutish zallari, kafelar va bolalar uchun o'yin maydonchasi bor va ular kechasi ham ochiq."]


def test_a_label_line_over_the_headline_is_passed_over():
    doc = run_cleaner(Title, "\n\n".join(["Manba: UzA", "Samarqandda yangi temir yo'l vokzali ochildi", *UZ]),
                      language="uz")
    assert doc.metadata["title"] == "Samarqandda yangi temir yo'l vokzali ochildi"


def test_a_headline_with_a_colon_stays_the_title_when_nothing_longer_follows():
    assert past_labels([0, 1], ["Toshkent: metro yopildi", "Qisqa xabar"]) == [0, 1]
    doc = run_cleaner(Title, "\n\n".join(["Toshkent: metro yopildi", *UZ]), language="uz")
    assert doc.metadata["title"] == "Toshkent: metro yopildi"


def test_a_dump_with_a_word_file_keeps_its_colon_headline():
    text = "\n\n".join(["Brexit: May resigns", "The prime minister announced her departure outside Downing Street",
                        "Theresa May said on Friday that she would step down as leader of her party on 7 June, "
                        "ending a premiership consumed by the country's exit from the European Union."])
    assert run_cleaner(Title, text, language="en").metadata["title"] == "Brexit: May resigns"


def test_the_label_shape():
    assert label_line("Foinse: Nuacht Gaeltachta") and label_line("स्रोत: राष्ट्रिय समाचार समिति")
    assert not label_line("Manba: bugun ertalab vokzalda ko'p odamlar navbatda turishdi.")    # a sentence
    assert not label_line("Bakers keep the night oven burning")
