"""A "label: value" line over the first paragraph or closing the body, in a language without a file (rules
`label-source`, `label-byline`: cleaners/builtin/_label_shape.py, run by dateline)."""
import pytest

from cleaners.builtin._label_shape import label_line
from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import cuts, texts

# article sentences of languages without a file (Kannada, Gujarati, Yoruba)
STORY = {
    "kn": ["ನಗರದ ಹೊಸ ಮೆಟ್ರೋ ಮಾರ್ಗದಲ್ಲಿ ಸೋಮವಾರ ಪ್ರಾಯೋಗಿಕ ರೈಲುಗಳು ಯಶಸ್ವಿಯಾಗಿ ಸಂಚರಿಸಿದವು ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
           "ಮುಂದಿನ ತಿಂಗಳು ಸುರಕ್ಷತಾ ತಪಾಸಣೆ ಮುಗಿದ ನಂತರ ಪ್ರಯಾಣಿಕರ ಸೇವೆ ಆರಂಭವಾಗಲಿದೆ ಎಂದು ನಿಗಮದ ವಕ್ತಾರರು ಹೇಳಿದರು."],
    "gu": ["શહેરના નવા બસ માર્ગ પર સોમવારે પ્રથમ બસો દોડી હતી અને સેંકડો મુસાફરોએ તેનો લાભ લીધો હતો એમ અધિકારીઓએ જણાવ્યું.",
           "આવતા મહિને વધુ બસો ઉમેરવામાં આવશે અને ભાડું પહેલાં જેટલું જ રહેશે એમ નિગમે ઉમેર્યું હતું."],
    "yo": ["Ìjọba ìpínlẹ̀ Ọ̀yọ́ ṣí ọjà àgbẹ̀ tuntun kan ní Ìbàdàn ní ọjọ́ Ajé, níbi tí àwọn àgbẹ̀ yóò ti máa tà ọjà wọn.",
           "Alága ọjà náà sọ pé ó ju ọgọ́rùn-ún mẹ́ta ìsọ̀ lọ, àwọn àgbẹ̀ yóò sì máa san owó ilé díẹ̀ lóṣooṣù."],
}


@pytest.mark.parametrize("code,line,rule,value", [
    ("kn", "ಬರಹ: ಎಸ್. ಮಂಜುನಾಥ್", "label-byline", "ಎಸ್. ಮಂಜುನಾಥ್"),       # a name with its initial, no capitals
    ("gu", "લેખક: નીતા પટેલ", "label-byline", "નીતા પટેલ"),
    ("kn", "ಮೂಲ: ಪಿಟಿಐ", "label-source", "ಪಿಟಿಐ"),                       # one word: a source
    ("yo", "Orísun: NAN", "label-source", "NAN"),                       # an acronym in capitals
])
def test_a_label_line_over_the_first_paragraph_goes(code, line, rule, value):
    doc = run_cleaner(Dateline, "\n\n".join([line] + STORY[code]), language=code)
    assert texts(doc) == STORY[code] and cuts(doc, "dateline") == [(rule, line)]
    assert (doc.metadata.get("author") if rule == "label-byline" else doc.metadata["credits"]) == (
        value if rule == "label-byline" else [value])


def test_a_source_label_closing_the_body_goes():
    doc = run_cleaner(Dateline, "\n\n".join(STORY["yo"] + ["Orísun: NAN"]), language="yo")
    assert texts(doc) == STORY["yo"] and cuts(doc, "dateline") == [("label-source", "Orísun: NAN")]


@pytest.mark.parametrize("code,line", [
    ("yo", "Tòmátì: ₦800"),                        # a price: a figure
    ("yo", "Ọ̀rọ̀ àgbẹ̀: Ọjà tuntun ti dé sí Ìbàdàn fún gbogbo ènìyàn"),   # a label and a clause: too long
    ("yo", "Ìròyìn: ọjà tuntun"),                  # two words in lower case of a cased script: no name
    ("kn", "ಸುದ್ದಿ:"),                              # a label alone
])
def test_other_label_lines_stay(code, line):
    doc = run_cleaner(Dateline, "\n\n".join([line] + STORY[code]), language=code)
    assert texts(doc) == [line] + STORY[code]


def test_a_label_line_between_paragraphs_and_in_a_language_with_a_file_stays():
    body = [STORY["kn"][0], "ಮೂಲ: ಪಿಟಿಐ", STORY["kn"][1]]
    assert texts(run_cleaner(Dateline, "\n\n".join(body), language="kn")) == body
    # a language with a file reads its own words: the shape is not read there
    assert label_line("Fonte: ANSA") == ("label-source", "ANSA")
    body = ["Legenda: Oggi", "Il consiglio comunale ha approvato martedì la nuova linea del tram dopo sei ore di dibattito."]
    assert texts(run_cleaner(Dateline, "\n\n".join(body), language="it")) == body
