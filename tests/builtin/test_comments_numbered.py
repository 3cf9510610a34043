"""A comment's bare number before its author's name ("2 Ann Lee | 11/8/2012 1:04 AM") is left out of
the name (`vocabulary._cut_at_date`), as "#3 Ann Lee" is; a number that opens a date, a count or a
relative time stays theirs. Pages and lines written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='entry'><h1>Licence terms change for the developer edition</h1>"
           "<p>From next month the developer edition may be used for internal testing without a separate "
           "agreement, the vendor said, after two years of requests from partners and user groups.</p></div>")
POSTS = [("Maren Holt", "11/7/2012 11:57:57 PM", "Thank you, this makes the test servers much easier to justify."),
         ("Tobias Brandt", "11/8/2012 1:04:41 AM", "Good news, and a good starting point for our customers."),
         ("Ines Moreau", "11/8/2012 2:57:06 AM", "Great news indeed, thanks for pushing this through.")]


def test_a_bare_comment_number_is_no_part_of_the_name():
    items = "".join(f"<li class='commentpost'><strong>{k + 1}&nbsp;\n{n}</strong>&nbsp;| <small class='commentmetadata'>"
                    f"{d}</small><p>{t}</p></li>" for k, (n, d, t) in enumerate(POSTS))
    html = f"<html lang='en'><body>{ARTICLE}<h3>Comments</h3><ol class='commentlist'>{items}</ol></body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    assert [c.author for c in doc.comments] == [n for n, _, _ in POSTS]
    assert doc.comments[1].date == "2012-11-08T01:04:41"


def test_a_number_of_a_date_a_count_or_a_time_is_not_cut_as_a_comment_number():
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("3 May 2012 / Courtney says:") == "Courtney"
        assert voc.name_in("12 hours ago") is None and voc.name_in("2 replies") is None
        assert voc.name_in("2 ann") is None       # (no capital after the number: no name)
        assert voc.name_in("by 4-6-3 on Aug 8, 2012") == "4-6-3"


def test_a_number_inside_a_name_stays_in_it():
    """Rule `name-number`: a small number followed by capitalised words to the name's end is part of the name."""
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("Posted by: Corner Shop 7 Studio | May 18, 2012 at 08:40 AM") == "Corner Shop 7 Studio"
        assert voc.name_in("Route 66 Rider says:") == "Route 66 Rider"


def test_a_count_a_time_or_a_date_after_a_name_is_still_cut():
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("Maren Holt 3 Replies | May 3, 2012") == "Maren Holt"
        assert voc.name_in("Maren Holt 3 hours ago") == "Maren Holt"
        assert voc.name_in("Maren Holt 07.15.12 at 11:59") == "Maren Holt"
        assert voc.name_in("Maren Holt 2012 Reply") == "Maren Holt"
        assert voc.name_in("Maren Holt 12 Followers | May 3, 2012") == "Maren Holt"
        assert voc.name_in("maren 113 Fan | May 3, 2012") == "maren"


def test_a_label_and_its_number_are_one_name():
    """Rule `label-number`: "Gast 17" names one guest, told apart from "Gast 2301" by the number alone."""
    posts = [("Gast 17", "vor 3 Stunden", "Die neue Linie fährt endlich auch am Sonntag, das freut mich sehr."),
             ("Gast 2301", "vor 2 Stunden", "Bei uns im Dorf hält der Bus trotzdem nur zweimal am Tag."),
             ("Gast 17", "vor 1 Stunde", "Dann sollte die Gemeinde beim Verkehrsverbund noch einmal nachfragen.")]
    items = "".join(f"<li><div class='h'><strong>{n}</strong> <span>{d}</span></div><p>{t}</p></li>"
                    for n, d, t in posts)
    html = (f"<html lang='de'><body><div class='entry'><h1>Neue Buslinie ab Montag</h1><p>Ab Montag verbindet eine "
            f"neue Buslinie die Dörfer im Norden des Kreises stündlich mit dem Bahnhof, auch an den Wochenenden, "
            f"wie der Verkehrsverbund mitteilte.</p></div><h3>3 Kommentare</h3><ol>{items}</ol></body></html>")
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    assert [c.author for c in doc.comments] == [n for n, _, _ in posts]
    with speaking(("en", "ja")):
        voc = vocabulary()
        assert voc.name_in("Guest 4821 (12.03.2024 14:05):") == "Guest 4821"
        assert voc.name_in("Reader 3 says:") == "Reader 3"
        assert voc.name_in("ゲスト123 2024年3月4日") == "ゲスト123"
        assert voc.name_in("Gwestai 4821 3 awr yn ôl") == "Gwestai 4821"      # an age in words no file holds


def test_a_year_a_count_or_a_second_word_keeps_the_number_out_of_the_name():
    with speaking(("en",)):
        voc = vocabulary()
        assert voc.name_in("Maren 2012") == "Maren"            # a year
        assert voc.name_in("Maren 3 Replies") == "Maren"       # a count of the name's replies
        assert voc.name_in("Maren 5 points") == "Maren"
        assert voc.name_in("Maren Holt 3") == "Maren Holt"     # two words: not a label's number
        assert voc.name_in("Comments 3") is None               # a word of the interface


def test_an_age_closing_a_header_leaves_the_name_whole():
    """Rule `closing-age`: a relative time whose age word stands before its number is cut whole ("vor", "il y a")."""
    with speaking(("de", "fr", "es")):
        voc = vocabulary()
        assert voc.name_in("Sabine Krüger vor 3 Stunden") == "Sabine Krüger"
        assert voc.name_in("Sophie Bernard il y a 3 heures") == "Sophie Bernard"
        assert voc.name_in("Lucía Fernández hace 4 horas") == "Lucía Fernández"


def test_a_name_ending_in_an_age_word_is_not_cut_without_a_time():
    with speaking(("de", "fr")):
        voc = vocabulary()
        assert voc.name_in("Anna Weg 12.03.2024") == "Anna Weg"        # a date, no age: the name keeps its words
        assert voc.name_in("Anna vor 3") == "Anna vor"                 # a number without a unit: no age
