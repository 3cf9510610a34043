"""Picture and chart credits read from their shape in a language without a file (captions ``credit-shape``,
cleaners/builtin/_credit_shape.py): a label, then names with a person or an agency; chart rows of such parts."""
import pytest

from cleaners import lang
from cleaners.builtin._credit_shape import credit_shape
from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

# Albanian and Icelandic: no file in cleaners/lang
SQ = ["Zjarri shpërtheu në orët e para të mëngjesit në katin e tretë të ndërtesës dhe u përhap shpejt në çati.",
      "Zjarrfikësit punuan për më shumë se katër orë derisa e vunë flakën nën kontroll, njoftoi policia vendore."]
IS = ["Eldurinn kom upp snemma í morgun á þriðju hæð hússins og breiddist hratt út upp í þakið.",
      "Slökkviliðið var að störfum í meira en fjórar klukkustundir áður en tókst að ráða niðurlögum eldsins."]


def run(paragraphs, lines, language):
    doc = run_cleaner(Captions, "\n\n".join(paragraphs[:1] + lines + paragraphs[1:]), language=language)
    return doc, [r.text for r in doc.removed if r.rule == "credit-shape"]


def test_the_languages_of_these_fixtures_have_no_file():
    assert lang.load("sq") is None and lang.load("is") is None


def test_a_credit_of_a_photographer_and_a_studio_goes_to_the_credits_without_its_label():
    doc, cut = run(SQ, ["Fotografia: Arben Krasniqi/Studio Dardania"], "sq")
    assert texts(doc) == SQ and cut == ["Fotografia: Arben Krasniqi/Studio Dardania"]
    assert doc.metadata["credits"] == ["Arben Krasniqi/Studio Dardania"]


def test_an_abbreviated_label_an_agency_first_and_a_spaced_colon_go():
    for line in ["Ljósm. AFP/Jón Sigurðsson", "Ljósmynd : Guðrún Helga Jónsdóttir/Fréttablaðið"]:
        doc, cut = run(IS, [line], "is")
        assert texts(doc) == IS and cut == [line], line


def test_a_chart_credit_row_goes_whole():
    line = "Grafík: AFP · Heimild: Reuters · Sækja gögnin"
    doc, cut = run(IS, [line], "is")
    assert texts(doc) == IS and cut == [line] and doc.metadata["credits"] == [line]


def test_a_caption_glued_over_a_credit_goes_with_it_to_the_captions():
    text = f"{SQ[0]}\n\nZjarrfikësit para ndërtesës të martën mbrëma\nFotografia: Arben Krasniqi/Studio Dardania\n\n{SQ[1]}"
    doc = run_cleaner(Captions, text, language="sq")
    assert texts(doc) == SQ and doc.metadata["captions"] == ["Zjarrfikësit para ndërtesës të martën mbrëma"]


def test_lines_that_share_the_surface_but_are_no_credit_stay():
    lines = ["Koalicioni: PD/LSI",                      # two one-word names under a label: parties, no credit
             "Krasniqi: Po, e dimë se çfarë ndodhi.",   # an interview answer
             "Pjesa e Dytë: Kthimi",                    # a subheading whose value opens with a capital
             "Fotografi Arben Krasniqi/ATA tha se zjarri u pa nga larg.",   # prose that names a credit
             "Grafika: AFP · Burimi: Reuters · Marrë më 12 mars"]          # a part with a digit
    for line in lines:
        doc, cut = run(SQ, [line], "sq")
        assert cut == [] and line in texts(doc), line
        assert credit_shape(line) is None


def test_a_language_with_a_file_reads_its_own_labels_instead():
    doc, cut = run(SQ, ["Fotografia: Jan Berg/Studio Nord"], "de")
    assert cut == []
