"""Calls told by the link after them or the button sign before them, in a language without a file
(``call-link-shape``, ``button-sentence-shape``), against article lines of the same shape."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import cuts, texts

# Albanian and Icelandic: no file in cleaners/lang
PARA = {"sq": "Ura e re mbi lumë u hap për trafikun të hënën pas tre vitesh punimesh, njoftoi bashkia e qytetit.",
        "is": "Nýja brúin yfir ána var opnuð fyrir umferð á mánudag eftir þriggja ára framkvæmdir, að sögn bæjarins."}


def _run(code: str, line: str, after: str = ""):
    body = [PARA[code], line] + ([after] if after else []) + [PARA[code] + " (2)"]
    return run_cleaner(ReaderCalls, "\n\n".join(body), language=code), body


@pytest.mark.parametrize("code,line", [
    ("sq", "Na ndiqni në rrjetet sociale për lajmet e fundit. https://lajme.example.al/rrjete"),
    ("is", "Skráðu þig á póstlistann okkar og fáðu fréttirnar fyrst! www.frettir.example.is/postlisti"),
])
def test_a_short_sentence_then_its_link_goes(code, line):
    doc, body = _run(code, line)
    assert texts(doc) == [body[0], body[-1]] and cuts(doc, "reader_calls") == [("call-link-shape", line)]


@pytest.mark.parametrize("code,line", [
    ("sq", "Raporti i plotë i komisionit është në https://lajme.example.al/raporti"),          # link inside the sentence
    ("sq", "Ministria e publikoi vendimin dje: https://lajme.example.al/vendimi"),            # after a colon
    ("is", "Skýrslan kom út árið 2024. https://frettir.example.is/skyrsla"),                  # a year: the article's
    ("is", "Nánar. https://frettir.example.is/nanar"),                                        # too short
])
def test_an_article_line_with_a_link_stays(code, line):
    doc, body = _run(code, line)
    assert texts(doc) == body and doc.removed == ()


def test_a_call_with_its_link_stays_to_the_word_rules_in_a_language_with_a_file():
    line = "Volg ons op sociale media voor het laatste nieuws. https://nieuws.example.nl/volg"
    text = "De nieuwe brug over de rivier is maandag na drie jaar bouwen opengesteld voor het verkeer, meldt de gemeente."
    doc = run_cleaner(ReaderCalls, f"{text}\n\n{line}\n\n{text} (2)", language="nl")
    assert line in texts(doc) and not cuts(doc, "reader_calls")


@pytest.mark.parametrize("code,line", [
    ("sq", "» Shkarkoni aplikacionin tonë dhe merrni lajmet e fundit në telefon."),
    ("is", "\u2192 Sæktu appið okkar og fáðu fréttirnar beint í símann."),
])
def test_a_lone_sentence_after_a_button_sign_goes(code, line):
    doc, body = _run(code, line)
    assert texts(doc) == [body[0], body[-1]] and cuts(doc, "reader_calls") == [("button-sentence-shape", line)]


@pytest.mark.parametrize("code,line,after", [
    ("sq", "» Sfondi", ""),                                                                    # a subheading, no stop
    ("sq", "» Bashkia miratoi planin pas një debati të gjatë.", "» Opozita kërkoi një hetim të pavarur."),  # a list
    ("is", "»Við erum mjög ánægð með brúna,« sagði bæjarstjórinn.", ""),                        # a quotation
])
def test_a_subheading_a_list_or_a_quotation_after_the_sign_stays(code, line, after):
    doc, body = _run(code, line, after)
    assert texts(doc) == body and doc.removed == ()
