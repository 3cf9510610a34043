"""An empty thread's note ending the body in a script whose full stop is not Latin's (the danda, the Urdu full stop,
the CJK full stop): the calls_to_action cleaner's empty-thread rule (cleaners/builtin/_comment_lines.py)."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLES = {
    "hi": "बचाव दल मंगलवार सुबह बाढ़ से घिरे गांव तक पहुंचा, क्षेत्र के अधिकारियों ने बताया।",
    "ur": "امدادی ٹیمیں منگل کی صبح سیلاب سے گھرے گاؤں تک پہنچ گئیں، علاقے کے حکام نے بتایا۔",
    "ja": "救助隊は火曜日の夜明けに浸水した村に到着したと、地域の当局者が明らかにした。",
}


@pytest.mark.parametrize("line,language", [
    ("अभी तक कोई टिप्पणी नहीं।", "hi"),
    ("ابھی تک کوئی تبصرہ نہیں۔", "ur"),
    ("まだコメントはありません。", "ja"),
    ("No comments yet.", "en"),
])
def test_an_empty_threads_note_with_its_scripts_full_stop_goes(line, language):
    body = ARTICLES.get(language) or SENTENCES[language]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{body}\n\n{line}", language=language)
    assert texts(doc) == [body, body] and cuts(doc, "calls_to_action") == [("empty-thread", line)]


@pytest.mark.parametrize("line,language", [
    ("अभी तक कोई टिप्पणी नहीं आई, मंत्री ने कहा।", "hi"),        # the note's words in a reported sentence
    ("ابھی تک کوئی تبصرہ نہیں آیا، وزیر نے کہا۔", "ur"),
])
def test_a_sentence_holding_the_notes_words_stays(line, language):
    body = ARTICLES[language]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{body}\n\n{line}", language=language)
    assert texts(doc) == [body, body, line] and doc.removed == ()
