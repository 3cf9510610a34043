"""Calls to action known by a button's shape in any language (closing_label ``button-shape``, ``button-widget``;
markdown ``social-link``; cleaners/builtin/_button_shape.py): decorations and link targets decide, no word."""
import pytest

from cleaners.builtin._button_shape import button_line, social_link
from cleaners.builtin.markdown import Markdown
from cleaners.builtin.closing_label import ClosingLabel

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

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


# a call printed with its button's sign, its frame or its link, in a language with a file whose words it does not use
DE = ["Der Gemeinderat hat am Dienstag nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen.",
      "Die Opposition kritisierte die Erhöhung der Grundsteuer und kündigte eine Klage beim Verwaltungsgericht an."]


@pytest.mark.parametrize("line, rule", [
    ("Alle Meldungen aus dem Landkreis lesen Sie in unserer App. ›", "sentence-button"),
    ("Read every story from the valley on your phone. →", "sentence-button"),
    ("地方新闻请在晚报客户端中阅读。 ›", "sentence-button"),
    ("*** Holen Sie sich die Meldungen des Tages aufs Handy. ***", "framed-line"),
    ("* Jeden Morgen die wichtigsten Meldungen kostenlos per Mail. *", "framed-line"),
    ("👉 Alle Meldungen des Tages gibt es auf unserem Kanal. https://example.de/kanal", "pointed-link"),
    ("📲 Die Meldungen des Tages aufs Handy https://example.de/push", "pointed-link"),
])
def test_a_call_with_its_buttons_sign_frame_or_link_goes(line, rule):
    doc = run_cleaner(ClosingLabel, "\n\n".join([DE[0], line, DE[1]]), language="de")
    assert texts(doc) == DE and cuts(doc, "closing_label") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "« Nous ne lâcherons rien, nous irons jusqu'au bout. »",      # a quotation's closing guillemet
    "Nous ne lâcherons rien, nous irons jusqu'au bout. »",         # the end of a quotation over paragraphs
    "Der Rat tagte lange. Dann wurde abgestimmt. ›",               # two sentences
    "Der Rat tagte bis in die Nacht und stimmte dann über den Antrag der Mehrheit ab, den die Opposition bis zuletzt "
    "bekämpft hatte, weil er die Steuern erhöht und die Schulen trifft. →",  # long
    "*** UPDATE: Der Rat hat die Sitzung vertagt. ***",            # a label's line
    "* Der Arbeitspreis steigt auf 14,8 Cent",                     # a list item, no closing run
    "***Der Rat hat den Haushalt beschlossen.***",                 # emphasis touching its words
    "Der Bericht steht unter https://example.de/bericht",          # an address in a sentence, no sign
    "🗳️ Wahl",                                                     # a sign and a word
])
def test_a_quotation_a_long_sentence_a_label_or_a_list_item_stays(line):
    doc = run_cleaner(ClosingLabel, "\n\n".join([DE[0], line, DE[1]]), language="de")
    assert line.strip() in texts(doc) and not cuts(doc, "closing_label")
