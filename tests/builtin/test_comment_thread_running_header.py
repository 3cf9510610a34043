"""A PDF export's running header among a thread's heads (cleaners/builtin/comment_thread/closing.py, rule
`running-header`): the site and a date to the minute atop each page is no commenter, even when real heads of the same
shape stand beside it; the article's paragraphs after it stay in the body. Cases it must not take: a thread printed
twice, a name with no time coming back, a long last comment at the body's end."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

CASES = {
    "en": ("Coastline Courier · 4 Dec 2026, 9:14 pm",
           ["Residents of Penmarrow voted by a wide margin on Thursday to keep the island ferry in public hands.",
            "The council had proposed selling the route to a private operator, which would have cut winter sailings."],
           ["The harbour master said the ferry would go into dry dock in March for repairs expected to last weeks.",
            "A chartered boat will cover the crossings while the ferry is away, the council said on Friday."],
           ["Kate Morrow · 4 Dec 2026, 9:14 pm", "My kids would never get to school without that boat.",
            "Dan Boatman · 5 Dec 2026, 7:02 am", "Two sailings in winter would have finished the island off."]),
    "de": ("Schwarzwälder Rundschau · 04.12.2026 um 21:14 Uhr",
           ["Der Gemeinderat hat am Dienstagabend mit elf zu acht Stimmen gegen den Bau von vier Windrädern gestimmt.",
            "„Wir sind nicht gegen Windkraft, aber gegen diesen Standort“, sagte die Bürgermeisterin nach der Sitzung."],
           ["Nach Angaben des Landratsamts müssen die gerodeten Flächen bis zum Frühjahr wieder aufgeforstet werden.",
            "Die Bürgerinitiative kündigte an, ihr Büro in der Hauptstraße zum Jahresende zu schließen."],
           ["Waldläufer62 · 04.12.2026 um 21:14 Uhr", "Endlich hat mal jemand auf die Anwohner gehört.",
            "Sabine K. · 05.12.2026 um 07:02 Uhr", "Und woher soll der Strom dann kommen?"]),
    "hu": ("Délvidéki Hírlap · 2026. december 4. 21:14",
           ["Másfél év felújítás után szerdán újra megnyílt a gyalogosok és a kerékpárosok előtt a szegedi vasúti híd.",
            "„A korlátokat teljesen kicseréltük, és új világítás is került a hídra” – mondta a projektvezető."],
           ["A forgalom az első napon meghaladta a hatezer főt, derül ki a városi számlálók adataiból.",
            "A MÁV szerint arról, hogy mikor térhetnek vissza a vonatok a hídra, jövő tavasszal döntenek."],
           ["tiszaparti_biciklis · 2026. december 4. 21:14", "Végre nem kell a Belvárosi hídon tülekedni.",
            "Nagy Erzsébet · 2026. december 5. 07:02", "Szép lett, de a lépcső még mindig meredek."]),
}


def test_the_running_header_among_real_heads_is_no_comment_head_in_three_languages():
    for code, (header, before, after, thread) in CASES.items():
        text = "\n\n".join([header] + before + ["1", header] + after + thread)
        doc = run_cleaner(CommentThread, text, language=code)
        assert all(p in texts(doc) for p in before + after), code
        assert [c.author for c in doc.comments] == [thread[0].split(" · ")[0], thread[2].split(" · ")[0]], code


def test_the_running_header_inside_the_thread_keeps_out_of_the_heads():
    for code, (header, before, after, thread) in CASES.items():
        text = "\n\n".join([header] + before + after + thread[:2] + ["1", header] + thread[2:])
        doc = run_cleaner(CommentThread, text, language=code)
        assert all(p in texts(doc) for p in before + after), code
        assert len(doc.comments) == 2 and doc.comments[-1].text == thread[3], code


def test_a_thread_printed_twice_keeps_its_heads():
    for code, (header, before, after, thread) in CASES.items():
        doc = run_cleaner(CommentThread, "\n\n".join(before + after + thread + thread), language=code)
        assert texts(doc) == before + after, code
        assert len(doc.comments) == 4, code


def test_a_name_without_a_time_coming_back_stays_a_head_beside_a_running_header():
    header, before, after, _ = CASES["en"]
    thread = ["Anonymous said...", "Eight hours a night is nothing compared to 2008.",
              "Anonymous said...", "Why are the hotels still filling their pools?"]
    doc = run_cleaner(CommentThread, "\n\n".join([header] + before + ["1", header] + after + thread), language="en")
    assert texts(doc)[-2:] == after and [c.author for c in doc.comments] == ["Anonymous", "Anonymous"]


def test_a_long_last_comment_at_the_body_end_stays_whole_after_a_running_header():
    header, before, after, thread = CASES["de"]
    tail = ["Und wer zahlt das am Ende? Doch wieder wir Gebührenzahler.", "Ich finde das nicht in Ordnung."]
    doc = run_cleaner(CommentThread, "\n\n".join([header] + before + ["1", header] + after + thread + tail), language="de")
    assert texts(doc)[-2:] == after
    assert doc.comments[-1].text == "\n\n".join([thread[3]] + tail)
