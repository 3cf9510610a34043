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
