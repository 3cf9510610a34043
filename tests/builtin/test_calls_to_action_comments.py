"""Calls about the comments: a comment policy, a welcome to the visitor, an empty thread's chrome, a comment prompt."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("code,line", [
    ("en", "Comments are moderated, and will not appear until the author has approved them."),
    ("pt", "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
           "aprovados pelo moderador."),
    ("de", "Kommentare werden vor der Veröffentlichung von der Redaktion moderiert."),
    ("fr", "Les commentaires sont modérés et ne seront pas publiés s'ils sont injurieux."),
    ("de", "Bleiben Sie fair. Alle Kommentare werden vor der Veröffentlichung geprüft."),
    ("es", "Sé respetuoso: los comentarios se moderan y pueden tardar en aparecer."),
])
def test_a_comment_policy_at_the_end_of_the_body_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("comment-policy", line)]


@pytest.mark.parametrize("line", [
    "Facebook said comments would be moderated more strictly from next year.",      # reported
    "The moderator of the debate asked for comments from the floor and got forty.",  # reported too
])
def test_lines_about_moderation_that_are_no_policy_stay(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="en")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("de", "Die Kommentare der Abgeordneten werden geprüft, sagte die Sprecherin des Landtags."),   # reported
    ("es", "Los jueces moderamos el debate, dijo el presidente del tribunal en sus comentarios."),  # reported
    ("de", "Alle Anträge werden vor der Veröffentlichung geprüft."),                              # no comments
])
def test_moderation_words_without_a_policy_stay(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_a_policy_line_far_from_the_end_stays():
    line = "Comments are moderated, and will not appear until the author has approved them."
    body = [BODY, line] + [f"{BODY} Paragraph {k}." for k in range(5)]
    doc = run_cleaner(CallsToAction, "\n\n".join(body), language="en")
    assert texts(doc) == body


@pytest.mark.parametrize("line,language", [
    ("Welcome to Tidewater Notes! If you're new here, you may want to subscribe to my RSS feed.", "en"),
    ("If you are new here, you can read about me and this blog first.", "en"),
    ("Willkommen zurück! Wenn du neu hier bist, abonniere meinen Feed.", "de"),
    ("Si vous êtes nouveau ici, abonnez-vous au flux RSS.", "fr"),
])
def test_a_welcome_to_the_visitor_at_either_end_goes(line, language):
    for body in (f"{line}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}", f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n{line}"):
        doc = run_cleaner(CallsToAction, body, language=language)
        assert texts(doc) == [BODY] * 4 and cuts(doc, "calls_to_action") == [("welcome-visitor", line)]


def test_welcome_sentences_in_prose_or_mid_body_stay():
    said = "Welcome to the new season, the coach said as the players gathered on the pitch."
    greeting = "Welcome to the harbour festival! The boats sail at noon and the market opens at ten."
    new_here = "If you're new here, the town can be confusing, with its narrow streets and one-way roads."
    for line in (said, greeting):
        doc = run_cleaner(CallsToAction, f"{line}\n\n{BODY}")
        assert texts(doc) == [line, BODY] and doc.removed == ()
    middle = f"{BODY}\n\n{BODY}\n\n{BODY}\n\n{new_here}\n\n{BODY}\n\n{BODY}\n\n{BODY}"
    doc = run_cleaner(CallsToAction, middle)      # a welcome phrase far from both ends is the article's
    assert new_here in texts(doc) and doc.removed == ()


@pytest.mark.parametrize("lines,language", [
    (["No user comments yet. Be the first to express your opinion!"], "en"),
    (["There are no comments yet"], "en"),
    (["READER COMMENTS:"], "en"),
    (["Comments (0)", "Be the first to share your thoughts!"], "en"),
    (["Kommentare", "Noch keine Kommentare."], "de"),
    (["Soyez le premier à commenter !"], "fr"),
    (["Комментариев пока нет"], "ru"),
])
def test_empty_thread_chrome_ending_the_body_goes(lines, language):
    doc = run_cleaner(CallsToAction, "\n\n".join([BODY, BODY] + lines), language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("empty-thread", l) for l in lines]


def test_empty_thread_words_in_prose_or_above_the_article_stay():
    prose = "There are no comments yet from the ministry on the report."
    heading = "Reader comments"
    for body in (f"{BODY}\n\n{prose}", f"{BODY}\n\n{heading}\n\n{BODY}"):
        doc = run_cleaner(CallsToAction, body)
        assert texts(doc) == body.split("\n\n") and doc.removed == ()


def test_a_european_portuguese_comment_prompt_and_a_reported_one():
    prompt = "Deixe o seu comentário"
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{prompt}", language="pt")
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("comment-prompt", prompt)]
    line = "Deixe o seu comentário na reunião de quinta-feira, disse o presidente da junta aos moradores."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="pt")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("line", ["Réagissez à cet article : votre avis nous intéresse.", "Votre avis nous intéresse !"])
def test_a_french_call_to_react_goes(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="fr")
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [("comment-prompt", line)]


def test_a_french_sentence_that_reports_a_reaction_stays():
    line = "Votre avis nous intéresse, a déclaré le maire aux habitants réunis mardi soir à la mairie."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="fr")
    assert texts(doc) == [BODY, line] and doc.removed == ()
