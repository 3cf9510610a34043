"""The about-the-company section and profile ending a press release, against news and blurbs."""
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts


RELEASE = ("Harbour Robotics today announced a partnership with the city port to automate container checks.\n\n"
           "The first cranes will be fitted with the new sensors in the spring, the company said.\n\n"
           "\"We expect shorter waiting times for every ship,\" the port director said.\n\n")


def test_about_section_ending_a_press_release_is_removed():
    doc = run_cleaner(Legal, RELEASE + "About Harbour Robotics\n\nHarbour Robotics builds sensors for ports."
                      "\n\nMedia contact: press@example.com")
    assert len(doc.blocks) == 3
    assert sorted(rule for rule, _ in cuts(doc, "legal")) == ["about-company", "about-company", "media-inquiry"]


def test_closing_company_profile_is_removed():
    profile = ("Harbour Robotics is a global provider of port automation. Its mission is to make ports safer.\n\n"
               "Harbour Robotics is headquartered in Rotterdam, employs around 400 people and its shares are "
               "listed on the city exchange.")
    doc = run_cleaner(Legal, RELEASE + profile)
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


def test_news_ending_with_one_fact_about_a_company_is_kept():
    ending = ("Harbour Robotics is a small firm headquartered in Rotterdam, and it won the port contract "
              "against two larger rivals.")
    doc = run_cleaner(Legal, RELEASE + ending)
    assert len(doc.blocks) == 4 and doc.removed == ()
    about = "About the decision\n\n" + RELEASE
    doc = run_cleaner(Legal, about)       # an "About ..." line at the top is not the boilerplate tail
    assert len(doc.blocks) == 4 and doc.removed == ()


def test_an_about_heading_over_a_blurb_that_profiles_no_company_is_kept():
    blurb = ("About Lindqvist's The Quiet Harbour\n\nDrawing on thirty years at sea, Anna Lindqvist follows the "
             "ferrymen of the northern fjords through one long winter.")
    doc = run_cleaner(Legal, RELEASE + blurb)
    assert len(doc.blocks) == 5 and doc.removed == ()
    founded = "About Tern Labs\n\nFounded in 2009, the lab builds harbour sensors for ports in twelve countries."
    doc = run_cleaner(Legal, RELEASE + founded)     # a company fact: the profile goes
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}
    doc = run_cleaner(Legal, RELEASE + "ABOUT TERN LABS\n\nTern Labs builds harbour sensors.")   # any case
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


TURKISH_RELEASE = "\n\n".join([SENTENCES["tr"], "Kıyı Robotik, yeni liman sensörünü Mersin'de tanıttı ve ilk siparişleri "
                                "aldığını açıkladı.", "Şirket, gelecek yıl üretimi iki katına çıkarmayı planlıyor."]) + "\n\n"


def test_a_turkish_about_section_names_the_company_first():
    about = "Kıyı Robotik Hakkında\n\nKıyı Robotik, 2009 yılında kurulan ve genel merkezi İzmir'de bulunan bir teknoloji şirketidir."
    doc = run_cleaner(Legal, TURKISH_RELEASE + about, language="tr")
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


def test_a_turkish_heading_about_a_book_over_its_blurb_stays():
    blurb = "Kitap Hakkında\n\nRomanın kahramanı, savaştan dönen genç bir öğretmenin Karadeniz'deki köyünde geçirdiği kışı anlatıyor."
    doc = run_cleaner(Legal, TURKISH_RELEASE + blurb, language="tr")
    assert len(doc.blocks) == 5 and doc.removed == ()
