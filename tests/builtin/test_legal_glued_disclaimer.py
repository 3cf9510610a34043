"""A disclaimer glued after a paragraph's article sentences (rule ``disclaimer``, `_notice_split.notice_tail`): the
head before it is measured by its size in Latin letters too, so that a paragraph in a language of long words
(Finnish, German, Georgian, Amharic) stays; Thai sentences parted by a space and the Ethiopic and Burmese full stops
("።", "။") part the paragraph. A short disclaimer's own opening sentence is cut with it."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import cuts, texts

TITLE = "A Council Vote On The Traffic Plan"
CASES = [
    ("fi", "Kaupunginvaltuusto hyväksyi maanantaina uuden liikennesuunnitelman yksimielisesti pitkän ja "
           "kiivaan keskustelun jälkeen.",
     "Kirjoituksessa esitetyt näkemykset ovat kirjoittajan omia eivätkä välttämättä edusta toimituksen kantaa."),
    ("de", "Die Stadtverordnetenversammlung beschloss am Montagabend den umstrittenen Verkehrsentwicklungsplan "
           "nach stundenlanger Debatte.",
     "Die geäußerten Ansichten geben nicht unbedingt die Meinung der Redaktion wieder."),
    ("ka", "ქალაქის საკრებულომ ორშაბათს ერთხმად დაამტკიცა ახალი სატრანსპორტო გეგმა ხანგრძლივი და "
           "დაძაბული განხილვის შემდეგ.",
     "სტატიაში გადმოცემულია ავტორის პოზიცია, რომელიც არ გამოხატავს რედაქციის პოზიციას."),
    ("am", "የከተማው ምክር ቤት ሰኞ ዕለት አዲሱን የትራንስፖርት እቅድ ከረጅም ውይይት በኋላ በሙሉ ድምፅ አጽድቋል።",
     "በዚህ ጽሑፍ የተገለጹት ሐሳቦች የጸሐፊውን የግል አስተያየት ናቸው፤ የአዘጋጁን አቋም አያንጸባርቁም።"),
    ("th", "สภาเมืองอนุมัติแผนการจราจรฉบับใหม่เมื่อวันจันทร์ที่ผ่านมาหลังจากการอภิปรายที่ยาวนาน",
     "บทความนี้เป็นความคิดเห็นของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับกองบรรณาธิการ"),
]


@pytest.mark.parametrize("code,head,tail", CASES)
def test_a_disclaimer_glued_after_a_paragraph_goes_alone(code, head, tail):
    doc = run_cleaner(Legal, f"{TITLE}\n\n{head} {tail}", language=code)
    assert texts(doc) == [TITLE, head] and cuts(doc, "legal") == [("disclaimer", tail)]


@pytest.mark.parametrize("code,head,tail", [
    ("en", "This is an opinion piece.",
     "The views expressed are those of the author and do not necessarily reflect the position of the publisher."),
    ("fi", "Tämä on mielipidekirjoitus.",
     "Kirjoituksessa esitetyt näkemykset ovat kirjoittajan omia eivätkä välttämättä edusta toimituksen kantaa."),
])
def test_a_disclaimers_own_short_opening_goes_with_it(code, head, tail):
    doc = run_cleaner(Legal, f"{TITLE}\n\n{head} {tail}", language=code)
    assert texts(doc) == [TITLE] and cuts(doc, "legal") == [("disclaimer", f"{head} {tail}")]


def test_a_thai_sentence_holding_a_legal_phrase_before_the_notice_goes_with_it():
    head = "ความคิดเห็นของผู้อ่านไม่ใช่ความเห็นของกองบรรณาธิการ"     # "readers' views are not the editors'"
    tail = "บทความนี้เป็นความคิดเห็นของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับกองบรรณาธิการ"
    doc = run_cleaner(Legal, f"{TITLE}\n\n{head} {tail}", language="th")
    assert texts(doc) == [TITLE]

