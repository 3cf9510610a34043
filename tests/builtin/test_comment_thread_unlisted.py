"""Comment threads of text dumps in a language without a file (cleaners/lang/borrowed.py), and
the guards that keep an article out of a thread (cleaners/builtin/comment_thread)."""
from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

BG = ["Градът днес откри новия мост над реката, който трябва да облекчи движението в центъра на града.",
      "Строежът продължи три години и струва почти два милиарда лева, съобщи говорителят на общината.",
      "Кметът каза, че мостът е готов и за трамвайна линия през следващите години."]


def test_a_language_without_a_file_borrows_dateparsers_relative_time_words():
    assert lang.load("bg") is None
    assert {"часа", "дни"} <= set(lang.words("time_units", ("bg",))) and lang.words("ago", ("bg",)) == ("преди",)
    assert "вчера" in lang.words("relative_days", ("bg",))
    assert lang.words("donate", ("bg",)) == ()                       # only the relative-time keys are borrowed
    assert all(len(w) > 1 for w in lang.words("time_units", ("bg",)))   # no one-letter abbreviation
    assert "sekunde" in lang.words("time_units", ("de",)) and "sek" not in lang.words("time_units", ("de",))   # a file wins


def test_a_thread_with_relative_times_in_a_language_without_a_file_is_found():
    thread = ["Мария Петрова — преди 3 часа", "Най-сетне нещо се случва, мостът липсваше с години.",
              "petar_k — преди 2 дни", "А кой ще плати накрая?"]
    doc = run_cleaner(CommentThread, "\n\n".join(BG + thread), language="bg")
    assert texts(doc) == BG
    assert [(c.author, c.text) for c in doc.comments] == [("Мария Петрова", thread[1]), ("petar_k", thread[3])]


def test_a_sentence_with_a_relative_time_in_a_language_without_a_file_stays():
    line = "Преди 3 часа полицията затвори моста заради катастрофа."
    doc = run_cleaner(CommentThread, "\n\n".join(BG + [line, BG[0]]), language="bg")
    assert texts(doc) == BG + [line, BG[0]] and doc.comments == ()


def test_a_date_line_does_not_open_a_thread_of_heads_of_another_joint():
    head = head_of(Block("Публикувано 9 март 2026, 9:05"), ("bg", "en"))
    assert head is not None and head.joint == ""                     # a name, a space, a date: a date line's shape
    assert head_of(Block("petar_k — преди 2 дни"), ("bg", "en")).joint == "\u2014"
    thread = ["Мария — преди 3 часа", "Най-сетне нещо се случва.", "petar_k — преди 2 дни", "А кой ще плати?"]
    text = "\n\n".join(["Заглавие", "Съобщение за бисквитките на този сайт.", "Публикувано 9 март 2026, 9:05"] + BG + thread)
    doc = run_cleaner(CommentThread, text, language="bg")
    assert all(p in texts(doc) for p in BG) and [c.author for c in doc.comments] == ["Мария", "petar_k"]


def test_a_first_comment_far_longer_than_the_others_is_the_article():
    long_run = [BG[i % 3] + f" ({i})" for i in range(7)]
    text = "\n\n".join([BG[0], "Ann Lee | 9 March 2026"] + long_run + ["Bob | 3 hours ago", "Agreed.",
                                                                       "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert all(p in texts(doc) for p in long_run) and [c.author for c in doc.comments] == ["Bob", "Eve"]


def test_a_first_comment_of_a_few_paragraphs_stays_a_comment():
    text = "\n\n".join([BG[0], BG[1], "Ann Lee | 9 March 2026", "One.", "Two.", "Three.",
                        "Bob | 3 hours ago", "Agreed.", "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bob", "Eve"] and texts(doc) == [BG[0], BG[1]]


def test_recurring_control_lines_in_words_no_file_holds_end_the_comments():
    thread = ["maria_p", "Най-сетне нещо се случва, мостът липсваше с години.", "Отговори · Харесва (12)",
              "petar_k", "А кой ще плати накрая?", "Отговори · Харесва (3)",
              "Марта", "Живея до реката и се радвам.", "▲ 4 ▼ · Отговори", "olda", "Съгласен.", "▲ 1 ▼ · Отговори"]
    doc = run_cleaner(CommentThread, "\n\n".join(BG + thread), language="bg")
    assert texts(doc) == BG
    assert [(c.author, c.text) for c in doc.comments] == [
        ("maria_p", thread[1]), ("petar_k", thread[4]), ("Марта", thread[7]), ("olda", thread[10])]
    assert [r.rule for r in doc.removed].count("comment-chrome") == 4


def test_recurring_rows_without_a_control_word_or_with_an_age_are_no_controls():
    from cleaners.builtin.comment_thread.heads import recurring_controls, vocabulary
    lines = ["Начало | Новини", "Начало | Новини", "• преди 3 часа", "• преди 5 часа", "Реклама", "Реклама",
             "12 | 14", "13 | 15", "Отговори · Харесва (2)", "Отговори · Харесва (7)"]
    assert recurring_controls([Block(t) for t in lines], vocabulary(("bg", "en"))) == frozenset({8, 9})
    once = ["Отговори · Харесва (2)", "Текст на статията."]       # a control shape that does not come back
    assert recurring_controls([Block(t) for t in once], vocabulary(("bg", "en"))) == frozenset()
