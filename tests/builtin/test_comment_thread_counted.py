"""Comment heads and thread ends read off the thread itself (cleaners/builtin/comment_thread): rules `yearless-stamp`,
`weekday-lead`, `quoted-head` and `run-count`, each with a case it must not take."""
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.heads import head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

DE = ["Der Gemeinderat hat am Dienstagabend mit elf zu acht Stimmen gegen den Bau von vier Windrädern gestimmt.",
      "„Wir sind nicht gegen Windkraft, aber gegen diesen Standort“, sagte die Bürgermeisterin nach der Sitzung."]
AFTER = ["Was passiert mit den bereits gerodeten Flächen?",
         "Nach Angaben des Landratsamts müssen die Flächen bis zum Frühjahr wieder aufgeforstet werden."]


def test_a_stamp_of_day_and_month_without_year_and_a_clock_time_makes_a_head_in_several_languages():
    for line, langs in (("2. Marjatta H. – pe 5.12. klo 7.02", ("fi", "en")), ("Anna K. – Fr 5.12. 7:02", ("de", "en")),
                        ("Petr N. – 5.12. v 7.02", ("cs", "en")), ("Anna K. – gestern, 7:02", ("de", "en"))):
        head = head_of(Block(line), langs)
        assert head is not None and head.author in ("Marjatta H.", "Anna K.", "Petr N."), line


def test_a_day_and_month_without_a_clock_time_or_a_wrong_day_is_no_head():
    for line in ("Anna K. – 5.12.", "Kapitel 5.12.", "Anna K. – 45.13. 7:02"):
        assert head_of(Block(line), ("de", "en")) is None, line


def test_a_weekday_and_a_short_word_before_the_date_are_read_past():
    for line, langs in (("Mette F. (fredag den 5. december 2026)", ("da", "en")),
                        ("Honza z Hané (pá 5. prosince 2026, 7:02)", ("cs", "en"))):
        head = head_of(Block(line), langs)
        assert head is not None and head.date and head.date.startswith("2026-12-05"), line
    assert head_of(Block("Mette F. (fredag den morgen)"), ("da", "en")) is None


THREAD = ["Kommentare (3)", "Waldläufer62 (04.12.2026 um 21:14 Uhr)", "Endlich hat mal jemand auf die Anwohner gehört.",
          "Sabine K. (5. Dez. 2026, 07:02)\n> Waldläufer62 schrieb:\n> Endlich hat mal jemand auf die Anwohner gehört.\n"
          "Und woher soll der Strom dann kommen?", "Jürgen Maier (vor 3 Std.)", "Die gerodete Fläche ist ein Trauerspiel."]


def test_a_quotation_under_its_attribution_stays_in_the_comment_that_quotes_it():
    doc = run_cleaner(CommentThread, "\n\n".join(DE + THREAD))
    assert [c.author for c in doc.comments] == ["Waldläufer62", "Sabine K.", "Jürgen Maier"]
    assert "> Waldläufer62 schrieb:" in doc.comments[1].text and doc.comments[1].text.endswith("Strom dann kommen?")


def test_a_reply_marker_line_over_the_reply_text_is_still_a_reply_head():
    thread = ["Maria Lopez · 3 hours ago", "Eight hours a night is nothing.", "> Tom R. · 2 hours ago",
              "It was worse in 2008, believe me.", "Ann Lee · 1 hour ago", "Why are the hotels still filling pools?"]
    doc = run_cleaner(CommentThread, "\n\n".join(DE + thread))
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom R.", "Ann Lee"]


def test_a_comment_of_quoted_lines_is_one_run_and_lets_the_last_comment_take_no_more_than_one_paragraph():
    """Rule `run-count`: lines with no blank line between them are one run; the article after the thread stays."""
    doc = run_cleaner(CommentThread, "\n\n".join(DE + THREAD + AFTER + [DE[0]]))
    assert texts(doc) == DE + AFTER + [DE[0]]
    assert doc.comments[-1].text == "Die gerodete Fläche ist ein Trauerspiel."


def test_a_last_comment_of_two_paragraphs_closing_the_body_stays_whole():
    doc = run_cleaner(CommentThread, "\n\n".join(DE + THREAD + ["Und wer zahlt das?"]))
    assert texts(doc) == DE
    assert doc.comments[-1].text.endswith("Und wer zahlt das?")


SHORT_AFTER = ["Was passiert mit den gerodeten Flächen?", "Das Landratsamt will bis März entscheiden."]
DUMP = 'array(2) {\n  [0]=>\n  array(1) {\n    ["title"]=>\n    string(24) "Neue Buslinie ab Sommer"\n  }\n}'


def _pipeline_doc(text: str):
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("t.txt", text.encode(), "text"))


def test_a_dump_cut_between_the_last_comment_and_the_closing_paragraphs_ends_the_comment():
    """Rule `cut-between`: the dump an earlier cleaner took out stood between them; the article's end stays."""
    thread = ["Kommentare (2)", "Waldläufer62 (04.12.2026 um 21:14 Uhr)", "Endlich hat mal jemand zugehört.",
              "Jürgen Maier (05.12.2026 um 07:02 Uhr)", "Die gerodete Fläche ist ein Trauerspiel."]
    doc = _pipeline_doc("\n\n".join(DE + thread + [DUMP] + SHORT_AFTER))
    assert all(p in doc.body for p in SHORT_AFTER)
    assert doc.comments[-1].text == "Die gerodete Fläche ist ein Trauerspiel."


def test_a_last_comment_going_on_with_nothing_cut_between_still_takes_its_closing_paragraph():
    thread = ["Kommentare (2)", "Waldläufer62 (04.12.2026 um 21:14 Uhr)", "Endlich hat mal jemand zugehört.",
              "Jürgen Maier (05.12.2026 um 07:02 Uhr)", "Die gerodete Fläche ist ein Trauerspiel."]
    doc = _pipeline_doc("\n\n".join(DE + thread + ["Und wer zahlt das?"]))
    assert doc.comments[-1].text.endswith("Und wer zahlt das?")


def test_the_same_dated_line_atop_each_page_is_a_running_header_not_a_thread():
    """Rule `running-header`: a PDF export prints the site and the date and time at the top of every page."""
    header = "Hafenbote · 4. Dezember 2026, 21:14"
    text = "\n\n".join(DE[:1] + [header] + DE[1:] + [header] + AFTER)
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and all(p in texts(doc) for p in AFTER)


def test_the_same_name_without_a_time_may_open_several_comments():
    thread = ["Anonymous said...", "Eight hours a night is nothing compared to 2008.",
              "Anonymous said...", "Why are the hotels still filling their pools?"]
    doc = run_cleaner(CommentThread, "\n\n".join(DE + thread))
    assert len(doc.comments) == 2
