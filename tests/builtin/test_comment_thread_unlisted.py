"""Comment threads of text dumps in a language without a file (cleaners/lang/borrowed.py), and
the guards that keep an article out of a thread (cleaners/builtin/comment_thread)."""
from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

CS = ["Město dnes otevřelo nový most přes řeku, který má ulevit dopravě v centru města.",
      "Stavba trvala tři roky a stála téměř dvě miliardy korun, uvedl mluvčí radnice.",
      "Starosta řekl, že most je připraven i na tramvajovou trať v příštích letech."]


def test_a_language_without_a_file_borrows_dateparsers_relative_time_words():
    assert lang.load("cs") is None
    assert {"hodin", "dní"} <= set(lang.words("time_units", ("cs",))) and lang.words("ago", ("cs",)) == ("před",)
    assert "včera" in lang.words("relative_days", ("cs",))
    assert lang.words("donate", ("cs",)) == ()                       # only the relative-time keys are borrowed
    assert "m" not in lang.words("time_units", ("cs",))              # no one-letter abbreviation
    assert "sekunde" in lang.words("time_units", ("de",)) and "sek" not in lang.words("time_units", ("de",))   # a file wins


def test_a_thread_with_relative_times_in_a_language_without_a_file_is_found():
    thread = ["Jana Nováková — před 3 hodinami", "Konečně se něco děje, most chyběl roky.",
              "petr_k — před 2 dny", "A kdo to nakonec zaplatí?"]
    doc = run_cleaner(CommentThread, "\n\n".join(CS + thread), language="cs")
    assert texts(doc) == CS
    assert [(c.author, c.text) for c in doc.comments] == [("Jana Nováková", thread[1]), ("petr_k", thread[3])]


def test_a_sentence_with_a_relative_time_in_a_language_without_a_file_stays():
    line = "Před 3 hodinami most uzavřela policie kvůli nehodě."
    doc = run_cleaner(CommentThread, "\n\n".join(CS + [line, CS[0]]), language="cs")
    assert texts(doc) == CS + [line, CS[0]] and doc.comments == ()


def test_a_date_line_does_not_open_a_thread_of_heads_of_another_joint():
    head = head_of(Block("Publikováno 9. března 2026, 9:05"), ("cs", "en"))
    assert head is not None and head.joint == ""                     # a name, a space, a date: a date line's shape
    assert head_of(Block("petr_k — před 2 dny"), ("cs", "en")).joint == "\u2014"
    thread = ["Jana — před 3 hodinami", "Konečně se něco děje.", "petr_k — před 2 dny", "A kdo to zaplatí?"]
    text = "\n\n".join(["Titulek", "Oznámení o cookies na tomto webu.", "Publikováno 9. března 2026, 9:05"] + CS + thread)
    doc = run_cleaner(CommentThread, text, language="cs")
    assert all(p in texts(doc) for p in CS) and [c.author for c in doc.comments] == ["Jana", "petr_k"]


def test_a_first_comment_far_longer_than_the_others_is_the_article():
    long_run = [CS[i % 3] + f" ({i})" for i in range(7)]
    text = "\n\n".join([CS[0], "Ann Lee | 9 March 2026"] + long_run + ["Bob | 3 hours ago", "Agreed.",
                                                                       "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert all(p in texts(doc) for p in long_run) and [c.author for c in doc.comments] == ["Bob", "Eve"]


def test_a_first_comment_of_a_few_paragraphs_stays_a_comment():
    text = "\n\n".join([CS[0], CS[1], "Ann Lee | 9 March 2026", "One.", "Two.", "Three.",
                        "Bob | 3 hours ago", "Agreed.", "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bob", "Eve"] and texts(doc) == [CS[0], CS[1]]


def test_recurring_control_lines_in_words_no_file_holds_end_the_comments():
    thread = ["jana_n", "Konečně se něco děje, most chyběl roky.", "Odpovědět · Líbí se (12)",
              "petr_k", "A kdo to nakonec zaplatí?", "Odpovědět · Líbí se (3)",
              "Marta", "Bydlím u řeky a těším se.", "▲ 4 ▼ · Odpovědět", "olda", "Souhlas.", "▲ 1 ▼ · Odpovědět"]
    doc = run_cleaner(CommentThread, "\n\n".join(CS + thread), language="cs")
    assert texts(doc) == CS
    assert [(c.author, c.text) for c in doc.comments] == [
        ("jana_n", thread[1]), ("petr_k", thread[4]), ("Marta", thread[7]), ("olda", thread[10])]
    assert [r.rule for r in doc.removed].count("comment-chrome") == 4


def test_recurring_rows_without_a_control_word_or_with_an_age_are_no_controls():
    from cleaners.builtin.comment_thread.heads import recurring_controls, vocabulary
    lines = ["Domů | Zprávy", "Domů | Zprávy", "• před 3 hodinami", "• před 5 hodinami", "Reklama", "Reklama",
             "12 | 14", "13 | 15", "Odpovědět · Líbí se (2)", "Odpovědět · Líbí se (7)"]
    assert recurring_controls([Block(t) for t in lines], vocabulary(("cs", "en"))) == frozenset({8, 9})
    once = ["Odpovědět · Líbí se (2)", "Text článku."]       # a control shape that does not come back
    assert recurring_controls([Block(t) for t in once], vocabulary(("cs", "en"))) == frozenset()
