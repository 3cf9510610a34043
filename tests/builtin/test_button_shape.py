"""Calls to action known by a button's shape in any language (closing_label ``button-shape``, ``button-widget``;
markdown ``social-link``; cleaners/builtin/_button_shape.py): decorations and link targets decide, no word."""
import pytest

from cleaners.builtin._button_shape import button_line, social_link
from cleaners.builtin.markdown import Markdown
from cleaners.builtin.closing_label import ClosingLabel

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

# Icelandic and Albanian have no file in cleaners/lang; Turkish has one, but not these words
IS = ["Bæjarstjórnin samþykkti nýja fjárhagsáætlun á þriðjudag eftir langan fund sem stóð fram á kvöld.",
      "Minnihlutinn gagnrýndi hækkun fasteignagjalda og sagðist ætla að kæra ákvörðunina til ráðuneytisins."]
SQ = ["Këshilli bashkiak miratoi të martën buxhetin e ri për vitin e ardhshëm pas një debati të gjatë.",
      "Opozita kritikoi rritjen e taksave lokale dhe paralajmëroi se do ta çojë vendimin në gjykatë."]


@pytest.mark.parametrize("line", [
    "👉 Fylgstu með okkur á hverjum degi 👈",         # a pictograph at both ends
    "🔔 Mos humbisni asnjë lajm 🔔",
    "VERTU MEÐ Í HÓPNUM OKKAR →",                     # an arrow after a space at the end
    "Lexo më shumë ›",
    ">> Vertu með í hópnum okkar",                    # a run of arrows opening it
    "»» Na ndiqni çdo ditë",
    "➤➤ Günlük bültenimize katılın",
])
def test_a_short_line_wearing_a_buttons_decorations_goes(line):
    doc = run_cleaner(ClosingLabel, "\n\n".join([IS[0], line, IS[1]]), language="is")
    assert texts(doc) == IS and cuts(doc, "closing_label") == [("button-shape", line)]


@pytest.mark.parametrize("line", [
    "» Bakgrunnur málsins",                           # one arrow opening a subheading
    "« Við verðum að bregðast við strax »",          # quoted between guillemets
    "Fundurinn stóð lengi. Síðan var kosið →",        # two sentences
    "Fundurinn stóð fram á kvöld og þá var kosið um tillöguna sem meirihlutinn lagði fram á þriðjudag →",  # long
    "== Saga bæjarins ==",                            # a wiki's heading
    "→",                                              # a sign alone
    "Bæjarstjórnin samþykkti → nýja áætlun",          # an arrow inside
])
def test_a_subheading_a_quotation_or_a_sentence_stays(line):
    doc = run_cleaner(ClosingLabel, "\n\n".join([IS[0], line, IS[1]]), language="is")
    assert line.strip() in texts(doc) and not cuts(doc, "closing_label")


def test_the_short_line_glued_under_a_button_goes_with_it():
    doc = run_cleaner(ClosingLabel, f"{SQ[0]}\n\n>>> Na ndiqni çdo ditë\nShkarkoni aplikacionin tonë\n\n{SQ[1]}",
                      language="sq")
    assert texts(doc) == SQ
    assert cuts(doc, "closing_label") == [("button-shape", ">>> Na ndiqni çdo ditë"),
                                        ("button-widget", "Shkarkoni aplikacionin tonë")]


def test_a_sentence_glued_under_a_button_stays():
    text = f"{SQ[0]}\n\n>>> Na ndiqni çdo ditë\n{SQ[1]}"
    doc = run_cleaner(ClosingLabel, text, language="sq")
    assert texts(doc) == [SQ[0], SQ[1]] and cuts(doc, "closing_label") == [("button-shape", ">>> Na ndiqni çdo ditë")]


@pytest.mark.parametrize("line", [
    "[Bashkohuni me kanalin tonë](https://t.me/shembull)",
    "👉 [Na ndiqni](https://www.instagram.com/shembull/) 👈",
    "[Shkarkoni aplikacionin](https://play.google.com/store/apps/details?id=org.shembull)",
])
def test_a_line_that_is_only_a_link_to_a_network_goes(line):
    assert social_link(line)
    doc = run_cleaner(Markdown, "\n\n".join([SQ[0], line, SQ[1]]), language="sq")
    assert texts(doc) == SQ and cuts(doc, "markdown") == [("social-link", line)]


@pytest.mark.parametrize("line", [
    "Kryetari e njoftoi vendimin në [Facebook](https://facebook.com/shembull) të martën në mbrëmje.",  # inside a sentence
    "[Lexoni raportin e plotë](https://www.example.org/raporti)",          # another site
    "[Kryetari e njoftoi vendimin të martën. Opozita kundërshtoi](https://t.me/shembull)",  # a sentence
])
def test_a_link_in_a_sentence_or_to_another_site_stays(line):
    assert not social_link(line)
    doc = run_cleaner(Markdown, "\n\n".join([SQ[0], line, SQ[1]]), language="sq")
    assert not [r for r in doc.removed if r.rule == "social-link"] and len(texts(doc)) == 3


def test_the_shape_reads_no_word():
    assert button_line("👉 " + SENTENCES["en"].rstrip(".")[:60] + " 👈")
    assert not button_line(SENTENCES["en"] + " →")      # a sentence: its full stop inside


def test_a_question_before_the_call_is_a_buttons_but_a_statement_is_not():
    assert button_line("👉 Ju pëlqeu lajmi? Na shkruani në faqen tonë 👈")
    assert not button_line("👉 Ju pëlqeu lajmi. Na shkruani në faqen tonë 👈")
