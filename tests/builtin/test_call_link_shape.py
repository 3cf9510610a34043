"""Calls told by the link after them or the button sign before them, in a language without a file
(``call-link-shape``, ``button-sentence-shape``), against article lines of the same shape."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

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


@pytest.mark.parametrize("code,line", [
    ("sq", "**[Abonohuni në buletinin tonë dhe merrni lajmet çdo mëngjes.](https://lajme.example.al/buletini)**"),
    ("is", "[Skráðu þig á póstlistann okkar og fáðu fréttirnar fyrst!](https://frettir.example.is/postlisti)"),
])
def test_a_sentence_that_is_a_whole_lines_link_goes_before_its_markup_is_read(code, line):
    from cleaners.builtin.markdown import Markdown
    body = [PARA[code], line, PARA[code] + " (2)"]
    doc = run_cleaner(Markdown, "\n\n".join(body), language=code)
    assert texts(doc) == [body[0], body[-1]] and cuts(doc, "markdown") == [("linked-call-shape", line)]


@pytest.mark.parametrize("code,line,kept", [
    ("sq", "Lexoni [raportin e plotë të komisionit](https://lajme.example.al/raporti) për detajet.",
     "Lexoni raportin e plotë të komisionit për detajet."),                                  # a link inside a sentence
    ("sq", "[Ura e re hapet për trafikun](https://lajme.example.al/ura)", "Ura e re hapet për trafikun"),  # no stop
    ("sq", "**[Ura u hap më 4 dhjetor pas tre vitesh punimesh.](https://lajme.example.al/ura)**",
     "Ura u hap më 4 dhjetor pas tre vitesh punimesh."),                                      # a digit: the article's
])
def test_a_link_inside_a_sentence_a_headline_link_or_a_dated_line_keeps_its_text(code, line, kept):
    from cleaners.builtin.markdown import Markdown
    doc = run_cleaner(Markdown, "\n\n".join([PARA[code], line, PARA[code] + " (2)"]), language=code)
    assert kept in texts(doc)


def test_a_language_with_a_file_keeps_a_linked_sentence_for_its_word_rules():
    from cleaners.builtin.markdown import Markdown
    line = "**[Read the council's full report on the bridge.](https://news.example.org/report)**"
    doc = run_cleaner(Markdown, "\n\n".join(["The bridge opened on Monday after three years of works.", line]),
                      language="en")
    assert "Read the council's full report on the bridge." in texts(doc)
