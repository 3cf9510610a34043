import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

TITLE = "Floods Cut Off Mountain Village"
BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


def test_date_line_and_byline_in_the_head_go_to_metadata():
    text = f"{TITLE}\n\nFri Dec 9, 2016 18:30:54\n\nBy Maria Lopez\n\n{BODY}"
    doc = run_cleaner(Dateline, text)
    assert texts(doc) == [TITLE, BODY]
    assert doc.metadata["date"] == "2016-12-09T18:30:54" and doc.metadata["author"] == "Maria Lopez"
    assert cuts(doc, "dateline") == [("date-line", "Fri Dec 9, 2016 18:30:54"), ("byline", "By Maria Lopez")]


def test_byline_with_date_and_late_date_line():
    text = f"{TITLE}\n\nwritten by Ana Costa | 9 December 2016\n\n{BODY}\n\n" + "\n\n".join([BODY] * 3) + \
           "\n\nUpdated: 2017-01-05"
    doc = run_cleaner(Dateline, text)
    assert doc.metadata["author"] == "Ana Costa" and doc.metadata["date"] == "2016-12-09"
    assert ("date-line", "Updated: 2017-01-05") in cuts(doc, "dateline")


def test_existing_metadata_is_not_overwritten():
    doc = run_cleaner(Dateline, f"9 December 2016\n\nBy Ana Costa\n\n{BODY}", date="2016-12-08", author="Desk")
    assert (doc.metadata["date"], doc.metadata["author"]) == ("2016-12-08", "Desk")
    assert texts(doc) == [BODY]


ARTICLE = SENTENCES


@pytest.mark.parametrize("code,line", [
    ("de", "Weitere Artikel von Max Mustermann"),
    ("es", "Más artículos de María López"),
    ("fr", "Tous les articles de Marie Dupont"),
])
def test_author_archive_links_in_the_documents_language(code, line):
    doc = run_cleaner(Dateline, f"{ARTICLE[code]}\n\n{line}", language=code)
    assert texts(doc) == [ARTICLE[code]] and cuts(doc, "dateline") == [("author-archive", line)]


@pytest.mark.parametrize("code,line", [
    ("es", "Más de 300 personas fueron evacuadas."),
    ("fr", "Plus de 300 personnes ont été évacuées."),
    ("de", "Mehr von den Helfern erwartet niemand."),
])
def test_a_sentence_opening_like_an_archive_link_stays(code, line):
    assert texts(run_cleaner(Dateline, f"{ARTICLE[code]}\n\n{line}", language=code)) == [ARTICLE[code], line]


def test_source_line_and_author_archive():
    doc = run_cleaner(Dateline, f"{BODY}\n\nAlalam - Damascus\n\nArticles by: Maria Lopez")
    assert texts(doc) == [BODY]
    assert cuts(doc, "dateline") == [("source-line", "Alalam - Damascus"), ("author-archive", "Articles by: Maria Lopez")]


@pytest.mark.parametrize("line", [
    "By the end of the year, prices had fallen by half.",
    "by plane or by train, the trip takes hours",
    "On March 3, 2020 the company said it would close the plant.",
    "The talks, held on 9 December 2016, ended without a deal.",
    "December 9, 2016 was the coldest day of the year.",
    "Paris - the city said on Monday it would close schools.",
    "More than 200 people were evacuated.",
])
def test_sentences_are_not_date_or_bylines(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()
    assert doc.metadata["date"] is None and doc.metadata["author"] is None


@pytest.mark.parametrize("line,author,code", [
    ("Von Anna Schmidt", "Anna Schmidt", "de"),
    ("Par Jean-Luc Martin et Claire Dubois", "Jean-Luc Martin et Claire Dubois", "fr"),
    ("Por María García | 9 de diciembre de 2016", "María García", "es"),
    ("Door Jan de Vries", "Jan de Vries", "nl"),
    ("Автор: Иван Петров", "Иван Петров", "ru"),
    ("By Ann Lee and Tom Roe, Reuters", "Ann Lee and Tom Roe", "en"),     # the agency is no author
    ("By Ann Lee", "Ann Lee", "de"),                                      # English: the fallback
    ("מאת יוסי כהן", "יוסי כהן", "he"),                                    # Hebrew letters have no capitals
    ("מאת ג'ק בן דוד | 9 במרץ 2026", "ג'ק בן דוד", "he"),
    ("نویسنده: علی رضایی", "علی رضایی", "fa"),                              # nor Arabic-script letters
    ("به قلم مریم احمدی | ۱۲ مارس ۲۰۲۶", "مریم احمدی", "fa"),
    ("लेखक: राहुल शर्मा", "राहुल शर्मा", "hi"),                                # nor Devanagari, with its vowel signs
    ("द्वारा: प्रिया वर्मा, न्यूज़ डेस्क", "प्रिया वर्मा", "hi"),
])
def test_bylines_in_other_languages_and_agencies(line, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and doc.metadata["author"] == author


@pytest.mark.parametrize("line,code", [("Door Prize Winners Announced", "en"), ("Von Braun Rocket Replica Unveiled", "en"),
                                       ("Di Maio Quits Party Leadership", "fr"), ("Por Favor Restaurant Closes", "de")])
def test_a_word_for_by_in_another_language_is_no_byline(line, code):
    """Only the document's language and English are read: "door" is Dutch for "by"."""
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line,code", [
    ("מאת כל המועמדים רק אחד הגיע לדיון על התקציב", "he"),      # a function word ("על")
    ("מאת חמשת השחקנים הצעירים שנבחרו השנה לנבחרת", "he"),       # more words than a name in a script without case has
    ("خبرنگار ایرنا در تهران گزارش داد", "fa"),                    # a function word ("در")
    ("द्वारा बनाए गए नियम सभी पर लागू होते हैं", "hi"),               # more words than a name has
])
def test_a_sentence_in_a_script_without_case_after_the_word_for_by_is_no_byline(line, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line", ["By Train To Paris", "Von der Leyen bis Macron", "By The Numbers"])
def test_headlines_after_by_are_not_bylines(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line,date,code", [
    ("5 min read", None, "en"), ("Lesezeit: 4 Min.", None, "de"), ("9 December 2016 · 5 min read", "2016-12-09", "en"),
    ("Temps de lecture : 3 min", None, "fr"), ("Publié le 3 mars 2021 à 14h05", "2021-03-03T14:05:00", "fr"),
    ("Quelle: dpa", None, "de"), ("Fuente: EFE", None, "es"),
    ("تاریخ انتشار: ۱۲ مارس ۲۰۲۶، ساعت ۱۴:۰۵", "2026-03-12T14:05:00", "fa"),    # Persian digits, the Arabic comma
    ("زمان مطالعه: ۴ دقیقه", None, "fa"), ("منبع: ایسنا", None, "fa"),
    ("प्रकाशित: १२ मार्च २०२६, १४:०५ IST", "2026-03-12T14:05:00", "hi"),        # Devanagari digits
    ("अपडेटेड: 12 मार्च 2026", "2026-03-12", "hi"), ("स्रोत: पीटीआई", None, "hi"),
])
def test_reading_time_date_and_source_lines_in_other_languages(line, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY]
    assert doc.metadata["date"] == date


@pytest.mark.parametrize("line", ["It takes 5 min to read the report, the agency said.",
                                  "Source: the ministry said the figures were wrong."])
def test_prose_with_reading_or_source_words_stays(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)


def test_source_line_in_parentheses():
    doc = run_cleaner(Dateline, f"{BODY}\n\n(Quelle: AFP)\n\n{BODY}", language="de")
    assert texts(doc) == [BODY, BODY]
    assert cuts(doc, "dateline") == [("source-line", "(Quelle: AFP)")]


@pytest.mark.parametrize("line", ["(Source: the ministry, which declined to comment.)", "(Source: AFP"])
def test_a_parenthesised_sentence_or_an_open_parenthesis_is_no_source_line(line):
    doc = run_cleaner(Dateline, f"{BODY}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [BODY, line, BODY]


@pytest.mark.parametrize("line", [
    "\u2014 Harbour Authority (@harbourauth) March 3, 2021",
    "Lena Fisk (@lfisk) 4 May 2020",
    "\u2014 @citydesk March 3, 2021",
])
def test_signature_of_an_embedded_post_stays(line):
    quote = "The ferry terminal reopens on Monday after two weeks of repairs to the pier."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{quote}\n\n{line}\n\n{BODY}")
    assert line in texts(doc)
    assert not cuts(doc, "dateline")


@pytest.mark.parametrize("line", ["Harbour Authority, March 3, 2021", "Posted: March 3, 2021", "March 3, 2021 @ 10:30"])
def test_date_lines_without_a_handle_still_go(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert line not in texts(doc)
    assert [rule for rule, _ in cuts(doc, "dateline")] == ["date-line"]


@pytest.mark.parametrize("line,language,author", [
    ("Par Lena Vogel, envoyé spécial", "fr", "Lena Vogel"),
    ("By María García, Staff Writer", "en", "María García"),
    ("By Ann Lee, Tom Baker and Jo Kim, AP", "en", "Ann Lee, Tom Baker and Jo Kim"),
    ("Von Anna Schmidt und Jan Vogel | dpa", "de", "Anna Schmidt und Jan Vogel"),
])
def test_the_author_is_the_names_without_a_role_or_an_agency(line, language, author):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=language)
    assert doc.metadata["author"] == author and texts(doc) == [TITLE, BODY]


def test_a_headline_that_opens_with_by_is_no_byline():
    doc = run_cleaner(Dateline, f"{TITLE}\n\nBy Train To Paris, Slowly\n\n{BODY}")
    assert doc.metadata.get("author") is None and "By Train To Paris, Slowly" in texts(doc)


def test_a_long_line_of_dates_goes_with_the_first_date():
    line = "Publicado el lunes, 24 de enero de 2022 a las 19:58, actualizado el 22 de diciembre de 2024, a las 22:24"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language="es")
    assert texts(doc) == [TITLE, BODY] and doc.metadata["date"] == "2022-01-24T19:58:00"


@pytest.mark.parametrize("line,language", [("6-minute read", "en"), ("Lesezeit: ca. 9 Minuten", "de"),
                                           ("Reading time: about 5 minutes", "en"),
                                           ("Okuma süresi: 4 dakika", "tr"), ("Lästid: ca 5 minuter", "sv")])
def test_reading_times_with_a_hyphen_or_an_approximation(line, language):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=language)
    assert cuts(doc, "dateline") == [("reading-time", line)]


@pytest.mark.parametrize("line,language", [("The minister spent 6 minutes reading the statement aloud", "en"),
                                           ("Reading time is short: the whole report takes 5 minutes", "en"),
                                           ("Okuma süresi kısaldı: öğrenciler metni artık 4 dakikada bitiriyor", "tr")])
def test_sentences_about_reading_times_stay(line, language):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert line in texts(doc)


@pytest.mark.parametrize("stamp, language", [("Updated: 3:20 p.m.", "en"), ("Aktualisiert um 15:20 Uhr", "de"),
                                             ("Mis à jour : 15 h 20", "fr"), ("Atualizado às 15h20", "pt")])
def test_a_time_stamp_without_a_date_is_cut_anywhere_and_gives_no_date(stamp, language):
    text = f"{TITLE}\n\n{BODY}\n\n{stamp}\n\n{BODY}"
    doc = run_cleaner(Dateline, text, language=language)
    assert texts(doc) == [TITLE, BODY, BODY] and cuts(doc, "dateline") == [("time-line", stamp)]
    assert not doc.metadata.get("date")


def test_a_sentence_at_a_clock_time_and_a_figure_after_a_label_stay():
    lines = ["Updated at 3:20 p.m., the figures showed turnout above 60 percent.", "At 3:20 p.m. the vote began.",
             "Updated 3.5 million"]
    doc = run_cleaner(Dateline, "\n\n".join([TITLE, BODY] + lines))
    assert texts(doc) == [TITLE, BODY] + lines


@pytest.mark.parametrize("line,author,date,code", [
    ("Posted by timothy", "timothy", None, "en"),
    ("by jdoe42 on November 29, 2010", "jdoe42", "2010-11-29", "en"),
    ("Geschrieben von mkoch am 3. März 2012", "mkoch", "2012-03-03", "de"),
])
def test_a_byline_naming_a_user_name_in_the_head_goes_to_metadata(line, author, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and cuts(doc, "dateline") == [("byline-handle", line)]
    assert doc.metadata["author"] == author and doc.metadata["date"] == date


@pytest.mark.parametrize("line", [
    "by the river",                             # a function word: no user name
    "by timothy and his friends, who stayed",   # more than a date after the name
])
def test_lines_that_only_look_like_a_user_name_byline_stay(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


def test_a_user_name_byline_below_the_head_stays():
    line = "posted by timothy"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n" + "\n\n".join([BODY] * 4) + f"\n\n{line}\n\n{BODY}")
    assert line in texts(doc) and doc.metadata["author"] is None


@pytest.mark.parametrize("line", ["Atualizado a 14/08/2017 às 10:35", "Publicado a 3 de março de 2021"])
def test_a_european_portuguese_date_line_with_a_is_cut(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES['pt']}", language="pt")
    assert cuts(doc, "dateline") == [("date-line", line)] and doc.metadata["date"][:4] in line


def test_a_portuguese_sentence_that_opens_with_atualizado_a_stays():
    line = "Atualizado a cada hora, o painel mostra os números da câmara."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{SENTENCES['pt']}\n\n{line}", language="pt")
    assert line in texts(doc) and doc.removed == ()


@pytest.mark.parametrize("line,author,code", [("Lena Vogt | dpa", "Lena Vogt", "de"), ("Lena Vogt | AFP", "Lena Vogt", "de"),
                                              ("Ayşe Yıldırım | AA", "Ayşe Yıldırım", "tr"),
                                              ("Gökhan Işık - DHA", "Gökhan Işık", "tr")])
def test_a_person_and_a_wire_service_in_the_head_are_a_source_line_with_its_author(line, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert cuts(doc, "dateline") == [("source-line", line)] and doc.metadata["author"] == author


def test_a_wire_service_in_lower_case_after_a_place_and_a_date_is_a_date_line():
    line = "KIEL, 4. Mai 2026 (dpa)"
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{SENTENCES['de']}", language="de")
    assert cuts(doc, "dateline") == [("date-line", line)] and doc.metadata["date"] == "2026-05-04"


@pytest.mark.parametrize("line", ["KIEL, 4. Mai 2026 (die Grünen)", "Lena Vogt | die Grünen"])
def test_lower_case_words_that_name_no_wire_service_stay(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{SENTENCES['de']}\n\n{line}", language="de")
    assert line in texts(doc) and doc.metadata.get("author") is None


def test_the_date_line_of_a_language_without_a_file_goes_to_metadata():
    body = "Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit."
    doc = run_cleaner(Dateline, f"Ura e re u hap\n\nPublikuar më 14 mars 2026, 19:05\n\n{body}", language="sq")
    assert texts(doc) == ["Ura e re u hap", body] and doc.metadata["date"] == "2026-03-14T19:05:00"
    kept = run_cleaner(Dateline, f"Ura e re u hap\n\nUra u hap më 14 mars 2026.\n\n{body}", language="sq")
    assert "Ura u hap më 14 mars 2026." in texts(kept)


@pytest.mark.parametrize("line,date,author,code", [
    ("November 19, 2019 / 12:21 AM / Updated 14 hours ago", "2019-11-19", None, "en"),
    ("5:45 AM PST 11/19/2019 by Ann Lee", "2019-11-19", "Ann Lee", "en"),
    ("Leeds, City Desk | Updated: 19 November 2019, 09:01 AM", "2019-11-19T09:01:00", None, "en"),
    ("19. November 2019 | Aktualisiert vor 3 Stunden", "2019-11-19", None, "de"),
    ("19 novembre 2019 · Mis à jour il y a 3 heures", "2019-11-19", None, "fr"),
])
def test_a_date_line_of_several_parts_goes_with_its_date_and_author(line, date, author, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and cuts(doc, "dateline") == [("date-line", line)]
    assert doc.metadata["date"] == date and doc.metadata["author"] == author


@pytest.mark.parametrize("line", [
    "Sales rose by a fifth / November 19, 2019 was a record day",
    "November 19, 2019 | The council met and approved the tram line",
    "The city | its people | March 3, 2021",
    "Leeds | Hull | York | Selby | Ripon | March 3, 2021",     # one place at most: a list of places is no date line
])
def test_parts_that_are_no_date_place_time_or_byline_keep_the_line(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("badge,date,code", [
    ("Mar72016", "2016-03-07", "en"),       # a calendar badge of three boxes (month, day, year) run together
    ("7Mar2016", "2016-03-07", "en"),
    ("Mär72016", "2016-03-07", "de"),
])
def test_a_date_badge_run_together_is_a_date_line(badge, date, code):
    doc = run_cleaner(Dateline, f"{TITLE}\n\nMonday\n\n{badge}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, "Monday", BODY]
    assert cuts(doc, "dateline") == [("date-line", badge)] and doc.metadata["date"] == date


@pytest.mark.parametrize("line", ["Route142016", "xorg2016", "Model3 2016", "Gate12 Terminal2016"])
def test_a_word_run_into_numbers_is_no_date_badge(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [TITLE, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("code, line, author", [("en", "Maria Lopez | 09.12.2016 18:30", "Maria Lopez"),
                                                 ("de", "Jonas Reiter · 9. Dezember 2016", "Jonas Reiter"),
                                                 ("ru", "Анна Смирнова | 9 декабря 2016", "Анна Смирнова")])
def test_a_name_before_a_date_in_the_head_is_the_author(code, line, author):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [TITLE, BODY] and doc.metadata["author"] == author
    assert cuts(doc, "dateline") == [("byline-date", line)]


@pytest.mark.parametrize("line", ["NEW YORK | 09.12.2016", "Updated | 09.12.2016", "Berlin | 09.12.2016",
                                  "Leeds, City Desk | 09.12.2016"])
def test_a_place_or_a_label_before_a_date_is_no_author(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert doc.metadata.get("author") is None and cuts(doc, "dateline") == [("date-line", line)]


@pytest.mark.parametrize("line", ["Torino (ANSA)", "Kraków / PAP", "Казань (ТАСС)", "Berlin (Reuters)"])
def test_a_place_and_an_agency_alone_on_a_line(line):
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}")
    assert cuts(doc, "dateline") == [("place-agency-line", line)]


@pytest.mark.parametrize("line", ["Die Grünen (Bündnis 90)", "Hamburg (Germany)", "Yes / No", "Lessons From Reuters"])
def test_a_name_and_a_bracket_without_an_agency_stays(line):
    assert run_cleaner(Dateline, f"{TITLE}\n\n{BODY}\n\n{line}\n\n{BODY}").removed == ()
