"""A related story's label and headline glued to a paragraph's end in a language without a file (rule
glued-related, cleaners/builtin/_glued_related.py, read by post_furniture)."""
import pytest

from cleaners.builtin.post_furniture import PostFurniture

from ..conftest import run_cleaner
from . import texts

UZ = ("Shahar kengashi seshanba kuni eski ko'prikni keyingi yili yangi va kengroq ko'prik bilan almashtirishga "
      "qaror qildi.")


@pytest.mark.parametrize("tail,title", [
    ("Shuningdek o'qing: Toshkentda yangi avtobus yo'nalishi ochildi", "Toshkentda yangi avtobus yo'nalishi ochildi"),
    ("Ещё по теме: Мэрия закрыла старый мост на ремонт", "Мэрия закрыла старый мост на ремонт"),
])
def test_a_labelled_headline_glued_to_a_paragraphs_end_goes_to_related(tail, title):
    doc = run_cleaner(PostFurniture, f"{UZ} {tail}", language="uz")
    assert texts(doc) == [UZ] and [r["title"] for r in doc.metadata["related"]] == [title]
    assert [(r.rule, r.text.strip()) for r in doc.removed] == [("glued-related", tail)]


@pytest.mark.parametrize("tail", [
    "Sabab: byudjet qisqartirildi va boshqa sabablar",       # a one-word label
    "Yakuniy hisob: Paxtakor 2 Nasaf 1 bilan tugadi",        # a figure in the headline
    "Keyingi qadam: kengash may oyida ovoz beradi",          # a headline in lower case
    "Meriya bayonoti: Ko'prik dekabrda yopiladi.",           # a closing sentence
])
def test_a_clause_a_score_or_a_sentence_after_the_colon_stays(tail):
    doc = run_cleaner(PostFurniture, f"{UZ} {tail}", language="uz")
    assert texts(doc) == [f"{UZ} {tail}"] and not doc.metadata.get("related")


def test_a_language_with_a_file_leaves_the_label_to_its_words():
    para = "The council voted on Tuesday to replace the old bridge over the canal with a wider one next year."
    tail = "Also Worth Reading: Bus Lanes Open On The Harbour Road"
    doc = run_cleaner(PostFurniture, f"{para} {tail}", language="en")
    assert texts(doc) == [f"{para} {tail}"]
