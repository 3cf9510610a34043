import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,rule", [
    ("Leave a comment", "comment-prompt"), ("12 comments", "comment-prompt"),
    ("Please read our comment policy before posting.", "comment-prompt"),
    ("Become a member", "membership"), ("Already a subscriber?", "membership"),
    ("Get the latest headlines delivered to your inbox", "newsletter"),
    ("Share this article", "share"), ("Facebook | Twitter | Email", "share"),
    ("Read more: Floods hit the northern valley", "read-more"), ("Related Articles", "read-more"),
    ("Continue reading »", "read-more"),
    ("Follow us on Twitter", "social"), ("You can also find us on Facebook and Telegram.", "social"),
    ("Join our Telegram channel", "social"),
    ("Like this story? Share it with a friend!", "share"), ("Tell us what YOU think...", "comment-prompt"),
    ("Also on example.org: Floods hit the northern valley", "read-more"),
    ("Have a tip? Jane Roe may be reached at jroe@example.com. Follow her on Twitter @janeroe.", "author-contact"),
])
def test_calls_to_action_are_removed(line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", [
    "Share prices fell 3% on Monday.",
    "Related talks were held in Geneva last week.",
    "Recommended doses of vitamin D vary by age.",
    "See also the annual report published in March.",
    "The president will share the plan on Twitter tomorrow.",
    "He said he would watch the YouTube stream with his family.",
    "\"Follow us on Twitter,\" the campaign urged its supporters.",
    "She said she would share it with a friend before the vote.",
    "The mayor can be reached at the town hall on Mondays, his office said.",
    "Also on the agenda was the new bridge over the river.",
    "The company said it will print more copies and email them to schools this week, as demand "
    "for the book about the river keeps growing across the region.",
])
def test_article_sentences_are_kept(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_code_blocks_are_kept():
    doc = run_cleaner(CallsToAction, "```\nShare this article\n```")
    assert doc.removed == ()


def test_prose_that_opens_like_a_call_is_kept():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line in ("What do you think? The minister's plan would cut taxes for half of the country's families.",
                 "Join us, the mayor told the crowd gathered outside the town hall."):
        assert CallsToAction().rule_for(line) is None, line
    assert CallsToAction().rule_for("What do you think? Tell us below.") == "comment-prompt"


def test_calls_in_other_languages():
    from cleaners.builtin.calls_to_action import CallsToAction
    for line, rule in (("Schreiben Sie einen Kommentar", "comment-prompt"), ("Abonnez-vous", "membership"),
                       ("Recibe nuestro boletín", "newsletter"), ("Zapisz się do newslettera", "newsletter")):
        assert CallsToAction().rule_for(line) == rule, line


@pytest.mark.parametrize("code,line", [
    ("en", "Comments are moderated, and will not appear until the author has approved them."),
    ("pt", "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão "
           "aprovados pelo moderador."),
    ("de", "Kommentare werden vor der Veröffentlichung von der Redaktion moderiert."),
    ("fr", "Les commentaires sont modérés et ne seront pas publiés s'ils sont injurieux."),
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


def test_a_policy_line_far_from_the_end_stays():
    line = "Comments are moderated, and will not appear until the author has approved them."
    body = [BODY, line] + [f"{BODY} Paragraph {k}." for k in range(5)]
    doc = run_cleaner(CallsToAction, "\n\n".join(body), language="en")
    assert texts(doc) == body
