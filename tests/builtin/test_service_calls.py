"""Calls to follow a site on a network, read its newsletter or install its app, in a language without a file
(reader_calls ``service-call``, cleaners/builtin/_service_shape.py): the service's name, the line's shape and the
article's own paragraphs decide."""
import pytest

from cleaners import lang
from cleaners.builtin._service_shape import is_call, named
from cleaners.builtin.donation import Donation
from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

# Albanian, Maltese and Macedonian: no file in cleaners/lang
SQ = ["Këshilli bashkiak miratoi të martën buxhetin e ri për vitin e ardhshëm pas një debati që zgjati gati tetë orë.",
      "Opozita kritikoi rritjen e taksave lokale dhe paralajmëroi se do ta çojë vendimin në gjykatë brenda muajit.",
      "Kryetari tha se paratë do të shkojnë kryesisht për rrugët, shkollat dhe ujësjellësin e qytetit të vjetër."]
MT = ["Il-kunsill lokali approva l-baġit il-ġdid għas-sena d-dieħla wara diskussjoni twila ta' kważi tmien sigħat.",
      "L-oppożizzjoni kkritikat iż-żieda fit-taxxi lokali u qalet li se tieħu l-każ il-qorti fix-xahar li ġej."]
MK = ["Градскиот совет во вторникот го усвои новиот буџет за следната година по речиси осумчасовна расправа.",
      "Опозицијата ја критикуваше одлуката и најави дека ќе поднесе жалба до судот во текот на месецот."]


def run(paragraphs, calls, language, at=1):
    doc = run_cleaner(ReaderCalls, "\n\n".join(paragraphs[:at] + calls + paragraphs[at:]), language=language)
    return doc, [r for r in doc.removed if r.rule == "service-call"]


def test_the_languages_of_these_fixtures_have_no_file():
    assert all(lang.load(code) is None for code in ("sq", "mt", "mk"))
    assert lang.words("service_loanwords", ("en",)) and lang.words("service_loanwords", ("de",)) == ()


def test_a_call_to_follow_the_site_on_networks_goes_from_between_paragraphs():
    doc, cut = run(SQ, ["Na ndiqni në Instagram dhe Facebook"], "sq")
    assert texts(doc) == SQ and [r.text for r in cut] == ["Na ndiqni në Instagram dhe Facebook"]


def test_a_newsletter_call_in_a_hyphenated_compound_and_a_network_with_a_case_ending_go():
    doc, cut = run(MT, ["Abbona għan-newsletter tagħna!"], "mt")
    assert texts(doc) == MT and len(cut) == 1
    doc, cut = run(MK, ["→ Следете не на Телеграм"], "mk")
    assert texts(doc) == MK and len(cut) == 1


def test_a_subheading_naming_a_network_the_article_speaks_of_stays():
    article = ["Qindra të rinj në qytet e ndjekin fushatën zgjedhore kryesisht në TikTok, sipas një sondazhi të ri.",
               "Partitë kanë rritur shpenzimet për video të shkurtra në TikTok dhe në rrjete të tjera këtë vjeshtë."]
    doc, cut = run(article, ["Roli i TikTok në zgjedhje"], "sq")
    assert cut == [] and "Roli i TikTok në zgjedhje" in texts(doc)


def test_a_short_sentence_a_title_cased_heading_and_a_quotation_naming_a_network_stay():
    lines = ["Policia publikoi videon në Facebook.", "Rrjetet Sociale Dhe Instagram", "\u201eNa ndiqni në Instagram\u201d"]
    doc, cut = run(SQ, lines, "sq")
    assert cut == [] and texts(doc) == SQ[:1] + lines + SQ[1:]


def test_a_line_with_a_digit_or_one_word_alone_is_no_call():
    assert not is_call("Instagram 2024 në shifra") and not is_call("Podcast")
    assert is_call("Dëgjoni podcastin tonë")


def test_a_short_loanword_takes_no_ending_so_other_words_that_open_with_it_are_no_service():
    assert named("Appel à témoins") == set() and named("apparati i ri") == set()
    assert named("Sæktu app okkar") == {"app"} and named("Obserwuj nas na Instagramie") == {"instagram"}


def test_a_language_with_a_file_reads_its_own_words_instead():
    doc = run_cleaner(ReaderCalls, "\n\n".join(SQ[:1] + ["Folgen Sie uns auf Instagram und TikTok"] + SQ[1:]),
                      language="de")
    assert not [r for r in doc.removed if r.rule == "service-call"]


def test_the_line_glued_under_a_call_keeps_the_calls_blank_line_so_no_paragraph_gets_a_button():
    text = f"{SQ[0]}\n\n{SQ[1]}\n\nNa ndiqni në Telegram\nShkarkoni aplikacionin tonë\n\n{SQ[2]}"
    doc = run_cleaner(ReaderCalls, text, language="sq")
    glued = [b for b in doc.blocks if b.text == "Shkarkoni aplikacionin tonë"]
    assert len(glued) == 1 and glued[0].gap > 0
    after = Donation().clean(doc)
    assert SQ[1] in texts(after)      # not taken for a donation appeal with a button under it


def test_a_call_after_a_short_question_goes_and_a_long_question_keeps_the_line():
    assert is_call("Çfarë mendoni? Na shkruani në Facebook")
    assert not is_call("A do të ndërtohet ura e re para zgjedhjeve të ardhshme në qytet? Na shkruani në Facebook")
    assert not is_call("Çfarë mendoni? Policia publikoi videon në Facebook të martën.")
