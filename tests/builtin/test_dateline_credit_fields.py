"""A head line of labelled credit fields (rule credit-fields, _dateline_credits.credit_fields), a Japanese credit
glued by a middle dot ("文・…"), a Polish byline opened by "Dodane przez" and a Chinese reading time ("约4分钟")."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import texts

ZH = "成都地铁十九号线二期工程于周六正式开通运营，连接天府新区与双流国际机场，全长四十三公里。"
DE = "Die Gemeinde will den Anleger bis zum Sommer erneuern und dafür drei Millionen Euro ausgeben."


@pytest.mark.parametrize("line,language,para,author", [
    ("来源：人民网 作者：李明", "zh", ZH, "李明"),
    ("Quelle: epd Autor: Jan Berg", "de", DE, "Jan Berg"),
])
def test_a_line_of_source_and_author_fields_gives_the_author(line, language, para, author):
    doc = run_cleaner(Dateline, f"{line}\n\n{para}", language=language)
    assert texts(doc) == [para] and doc.metadata["author"] == author
    assert [(r.rule, r.text) for r in doc.removed] == [("credit-fields", line)]


@pytest.mark.parametrize("line,language,para", [
    ("来源：人民网 地点：成都", "zh", ZH),                       # a field of another label
    ("来源：人民网 作者：全体员工的共同努力和辛勤工作成果", "zh", ZH),   # a value that is no name
    ("Quelle: epd Autor: unbekannt, vermutlich ein Mitarbeiter des Rathauses", "de", DE),
])
def test_fields_that_name_no_author_give_none(line, language, para):
    doc = run_cleaner(Dateline, f"{line}\n\n{para}", language=language)
    assert not any(r.rule == "credit-fields" for r in doc.removed) and doc.metadata.get("author") is None


def test_a_japanese_credit_glued_by_a_middle_dot_and_a_polish_added_by_byline():
    ja = "札幌市は、高齢者の住宅周辺で除雪作業を行うボランティアに対し、今冬から交通費を支給すると発表した。"
    doc = run_cleaner(Dateline, f"（文・鈴木一郎）\n\n{ja}", language="ja")
    assert texts(doc) == [ja] and doc.metadata["author"] == "鈴木一郎"
    pl = "W sobotę rano pierwsze tramwaje przejechały nową trasą łączącą Chełm z Orunią, na którą czekano latami."
    doc = run_cleaner(Dateline, f"Dodane przez Anna Nowak\n\n{pl}", language="pl")
    assert texts(doc) == [pl] and doc.metadata["author"] == "Anna Nowak"
    doc = run_cleaner(Dateline, f"Dodane przez nas zdjęcia pokazują nową pętlę przy ulicy Platynowej.\n\n{pl}", language="pl")
    assert doc.metadata.get("author") is None


def test_a_chinese_reading_time_with_its_approximation_glued_to_the_number_goes():
    doc = run_cleaner(Dateline, f"阅读时间：约4分钟\n\n{ZH}", language="zh")
    assert texts(doc) == [ZH] and [r.rule for r in doc.removed] == ["reading-time"]
    line = "阅读时间：约4分钟，全文共五千字，请耐心阅读。"
    doc = run_cleaner(Dateline, f"{line}\n\n{ZH}", language="zh")
    assert line in texts(doc)
