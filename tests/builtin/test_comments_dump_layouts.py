"""Comment sections of text dumps in layouts the fresh harness prints (cleaners/builtin/comment_thread):
a control line with counts in brackets, a one-word age under or after the name ("yesterday",
"hier"), an avatar picture over a bold name, heads of two shapes tied by control lines; and
what stays in the article. Written here, never copied from a benchmark page."""
from __future__ import annotations

from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

ARTICLE = "The council voted on the new budget on Tuesday evening after a long debate, the mayor told reporters."


def _run(text: str, language: str = "en"):
    doc = run_cleaner(CommentThread, f"{ARTICLE}\n\n{text}", language=language)
    return texts(doc), [(c.author, c.text, c.depth) for c in doc.comments]


def test_controls_with_counts_in_brackets_and_one_word_ages():
    body, comments = _run("Nina P\nyesterday\nThe budget ignores the bus lanes.\nReply · Like (12)\n\n"
                          "Oskar\n2 hours ago\nIt was the same last year.\nReply · Like (3)")
    assert body == [ARTICLE]
    assert comments == [("Nina P", "The budget ignores the bus lanes.", 0), ("Oskar", "It was the same last year.", 0)]


def test_an_avatar_picture_over_a_bold_name_in_french():
    body, comments = _run("![Léa](https://img.example/a/1.png)\n**Léa** · hier\nEnfin une bonne nouvelle.\n"
                          "▲ 4 ▼ | Répondre\n\n![Marc](https://img.example/a/2.png)\n**Marc** · il y a 2 heures\n"
                          "Je ne suis pas d'accord.\n▲ 1 ▼ | Répondre", language="fr")
    assert body == [ARTICLE]
    assert comments == [("Léa", "Enfin une bonne nouvelle.", 0), ("Marc", "Je ne suis pas d'accord.", 0)]


def test_a_head_with_a_one_word_age_goes_with_heads_of_relative_times():
    body, comments = _run("Ruth — gestern\nDas war zu erwarten.\nAntworten\n\nBen — vor 3 Stunden\n"
                          "Wer bezahlt das?\nAntworten\n\nIda — vor 2 Tagen\nEndlich.\nAntworten", language="de")
    assert body == [ARTICLE]
    assert [c[0] for c in comments] == ["Ruth", "Ben", "Ida"]


def test_links_and_pictures_name_nobody():
    en = ("en", "fr")
    assert head_of(Block("Léa · hier"), en).author == "Léa"
    assert head_of(Block("![Léa](https://img.example/a/1.png)"), en) is None
    assert head_of(Block("[Read the report](https://example.org/r)"), en) is None


def test_a_list_with_counts_in_brackets_and_no_reply_control_stays():
    text = "Results by district:\nNorth (12)\nThe turnout was the highest in ten years.\nSouth (9)\nTurnout fell."
    body, comments = _run(text)
    assert comments == [] and body == [ARTICLE] + text.split("\n")


def test_a_weekday_line_after_a_name_in_an_article_is_no_thread():
    text = "Anna Berg, today\nThe mayor opened the new library and thanked the volunteers.\n\nThe library opens daily."
    body, comments = _run(text)
    assert comments == [] and body[1:] == text.replace("\n\n", "\n").split("\n")


def test_dutch_comments_answered_with_reageer_controls():
    body, comments = _run("Sanne\ngisteren\nEindelijk een besluit.\nReageer · Vind ik leuk (4)\n\n"
                          "Joost\n3 uur geleden\nDat werd tijd.\nReageer", language="nl")
    assert body == [ARTICLE] and [c[0] for c in comments] == ["Sanne", "Joost"]


def test_reageer_in_a_dutch_sentence_is_no_control():
    text = "Reageer op dit plan voor vrijdag, vraagt de gemeente aan de bewoners van de wijk."
    body, comments = _run(f"Sanne\n{text}\n\nJoost\nDat werd tijd.", language="nl")
    assert comments == [] and text in body
