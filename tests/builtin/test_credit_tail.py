"""A picture's credit glued to the end of a long paragraph (cleaners/builtin/_credit_tail.py, rule glued-credit): the
credit leaves for metadata, the paragraph stays; a sentence that names a photo and a slash stays whole."""
import pytest

from cleaners.builtin._credit_tail import credit_tail
from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "The council approved the new budget on Tuesday after a long debate about the harbour."
LONG = ("The council said on Monday that the old market by the river would stay partly open while the works go on, "
        "and that the traders who lose most of their income in those months would be paid back from a fund the "
        "city set up last year.")


@pytest.mark.parametrize("code,para,credit", [
    ("en", LONG, "Photo: Ann Lee/Harbour Wire"),
    ("en", LONG, "Image: Ann Lee / Getty Images"),
    ("de", "Der Stadtrat teilte am Montag mit, dass der alte Markt am Fluss während der Bauarbeiten teilweise geöffnet "
     "bleibt und die Händler aus einem Fonds entschädigt werden, den die Stadt im vergangenen Jahr eingerichtet hat.",
     "Foto: Jan Becker/dpa"),
    ("th", "เทศบาลประกาศเมื่อวันจันทร์ว่าตลาดเก่าริมแม่น้ำจะยังเปิดให้บริการบางส่วนตลอดช่วงการก่อสร้าง "
     "และผู้ค้าที่สูญเสียรายได้จะได้รับเงินชดเชยจากกองทุนของเมือง", "ภาพ: ธนากร ศรีสุข / สำนักข่าวเหนือ"),
    ("en", LONG, "Photo: Ann Lee, Harbour Wire"),                   # a comma parts the names after a stop
    ("pl", "Rada miasta poinformowała w poniedziałek, że stary targ nad rzeką pozostanie częściowo otwarty w czasie "
     "prac, a kupcy otrzymają rekompensatę z funduszu utworzonego przez miasto w zeszłym roku.",
     "Fot. Piotr Nowak / Agencja Wybrzeże"),                          # no colon after a label's abbreviation
])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_credit_glued_to_a_long_paragraph_leaves(code, para, credit, glue):
    if glue == "" and code == "th":
        glue = " "      # Thai prints no full stop: a space parts the credit
    doc = run_cleaner(Captions, f"{BODY}\n\n{para}{glue}{credit}", language=code)
    assert texts(doc) == [BODY, para]
    assert doc.metadata["credits"] == [credit.split(":", 1)[1].strip() if ":" in credit else credit.split(" ", 1)[1]]
    assert cuts(doc, "captions") == [("glued-credit", credit)]


@pytest.mark.parametrize("tail", [
    " as the photo: Smith/Jones shows",                      # a label in lower case goes on the sentence
    " Photo: Ann Lee/Harbour Wire said the minister.",       # a sentence after the slash
    " Photo: the council and the traders",                   # no slash: no names parted
    " Source: Ministry of Transport/Eurostat",               # no picture's label
    " as the Photo: Ann Lee, Harbour Wire",                  # a comma, but the label opens no sentence
    " Photo: Ann Lee, the mayor, opened the gate.",          # a sentence after the comma
    " Fotografia Ann Lee/Harbour Wire",                      # a label with no colon and no abbreviation's stop
])
def test_a_sentence_naming_a_photo_stays(tail):
    text = LONG[:-1] + tail if tail.startswith(" as") else LONG + tail
    doc = run_cleaner(Captions, f"{BODY}\n\n{text}", language="en")
    assert texts(doc) == [BODY, text] and doc.removed == ()


def test_a_short_line_ending_with_its_credit_is_no_glued_paragraph():
    assert credit_tail("Cracked mud by the reservoir. Photo: Ann Lee/Harbour Wire", ("en",)) is None
    assert credit_tail(LONG + " Photo: Ann Lee/Harbour Wire", ("en",))[1] == "Ann Lee/Harbour Wire"


@pytest.mark.parametrize("tail", [" (Foto: dpa/Anna Lehmann)", " (Photo: AFP/Karim B.)"])
def test_a_credit_between_brackets_glued_to_a_paragraphs_end_goes(tail):
    para = "Die Strecke war 1994 stillgelegt worden, als der Güterbahnhof schloss; das Bahnhofsgebäude diente danach als Lager."
    assert credit_tail(para + tail, ("de", "en")) == (len(para) + 1, tail.split(": ")[1].rstrip(")"))


@pytest.mark.parametrize("tail", [" (Foto: dpa/Anna Lehmann", " Foto: dpa/Anna L."])
def test_an_unclosed_bracket_or_a_stopped_credit_without_brackets_stays(tail):
    para = "Die Strecke war 1994 stillgelegt worden, als der Güterbahnhof schloss; das Bahnhofsgebäude diente danach als Lager."
    assert credit_tail(para + tail, ("de", "en")) is None


def test_a_long_paragraph_ending_with_a_credit_in_brackets_stays_without_it():
    body = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."
    line = " ".join([body] * 2) + " (Photo: Ann Lee / Reuters)"     # (test_captions kept it whole before)
    doc = run_cleaner(Captions, f"{body}\n\n{line}")
    assert texts(doc) == [body, " ".join([body] * 2)] and doc.metadata["credits"] == ["Ann Lee / Reuters"]
