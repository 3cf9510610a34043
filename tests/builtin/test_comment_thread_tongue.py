"""Comment sections in another language than their article (cleaners/builtin/comment_thread/tongue.py, rule
`thread-language`): the thread's own words are read, and an article in two languages keeps every paragraph."""
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.tongue import thread_languages

from ..conftest import run_cleaner, text_doc
from . import texts

EN = ["The harbour board voted on Tuesday to close the old ferry pier for repairs, after divers found cracks in two of "
      "its concrete pillars during a routine inspection last month.",
      "Ferries will dock at the cargo quay until the work is finished, which the board expects to take most of the "
      "summer, and a shuttle bus will run from the town centre."]
DE = ["Der Hafenrat hat am Dienstag beschlossen, den alten Fähranleger für Reparaturen zu schließen, nachdem Taucher "
      "bei einer Routinekontrolle Risse in zwei Betonpfeilern gefunden hatten.",
      "Die Fähren legen bis zum Ende der Arbeiten am Frachtkai an, und ein Pendelbus fährt aus der Innenstadt."]
SAID = ["Ich fahre jeden Tag mit der Fähre, der Frachtkai ist weit von der Bushaltestelle.",
        "Gut, dass sie die Pfeiler geprüft haben, bevor etwas passiert ist."]


def _de_thread(header: bool = True) -> list[str]:
    return (["Kommentare"] if header else []) + [
        "Maria Lopez schreibt:\n3. März 2024 um 10:15 Uhr\n" + SAID[0] + "\nAntworten",
        "Tom Baker schreibt:\n3. März 2024 um 11:02 Uhr\n" + SAID[1] + "\nAntworten"]


def test_a_german_comment_section_under_an_english_article_is_read_in_german():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + _de_thread()), language="en")
    assert texts(doc) == EN
    assert [(c.author, c.date, c.text) for c in doc.comments] == [("Maria Lopez", "2024-03-03T10:15:00", SAID[0]),
                                                                  ("Tom Baker", "2024-03-03T11:02:00", SAID[1])]


def test_reply_controls_coming_back_tell_the_threads_language_without_a_header():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + _de_thread(header=False)), language="en")
    assert texts(doc) == EN and [c.author for c in doc.comments] == ["Maria Lopez", "Tom Baker"]


def test_a_spanish_and_a_french_section_under_a_german_article():
    es = ["Comentarios", "Maria Lopez dice:\n3 de marzo de 2024 a las 10:15\n" + SAID[0] + "\nResponder",
          "Tom Baker dice:\n3 de marzo de 2024 a las 11:02\n" + SAID[1] + "\nResponder"]
    fr = ["Commentaires", "Maria Lopez a dit :\n3 mars 2024\n" + SAID[0] + "\nRépondre",
          "Tom Baker a dit :\n4 mars 2024\n" + SAID[1] + "\nRépondre"]
    for thread in (es, fr):
        doc = run_cleaner(CommentThread, "\n\n".join(DE + thread), language="de")
        assert texts(doc) == DE and [c.author for c in doc.comments] == ["Maria Lopez", "Tom Baker"]


def test_only_the_languages_of_thread_lines_the_document_does_not_read_are_added():
    doc = text_doc("\n\n".join(EN + _de_thread()))
    assert "de" in thread_languages(doc.blocks, ("en",))     # and Afrikaans, whose file holds "Kommentare" too
    assert thread_languages(doc.blocks, ("de", "en")) == ()
    assert thread_languages(doc.blocks, ("be", "en")) == ()     # no file: the thread's words may be its own
    once = text_doc("\n\n".join(EN + ["Antworten", EN[0]]))     # one reply word alone tells nothing
    assert thread_languages(once.blocks, ("en",)) == ()


def test_an_article_in_two_languages_keeps_every_paragraph():
    article = ["English version"] + EN + ["Deutsche Fassung"] + DE + ["Diskussion", DE[0]]
    doc = run_cleaner(CommentThread, "\n\n".join(article), language="en")
    assert texts(doc) == article and doc.comments == () and doc.removed == ()
