"""Comment sections whose comments each end with a control line ("Like · Reply · 2y", "▲ 12 ▼ • Reply"),
heads named with initials ("Tom B.", "J. Novak") and ages under a head ("• vor 8 Stunden")."""
import pytest

from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import cuts, texts

ARTICLE = "The council voted on the new budget on Tuesday evening after a long debate in the town hall."

SOCIAL = f"""{ARTICLE}

Dana Ruiz
The budget is far too small for the schools.
Like · Reply · 2y

    Tom B.
    Agreed, and the roads need money too.
    Like · Reply · 1y

kestrel_77
Nobody asked the villages.
12 Likes · Reply
"""

VOTES = f"""{ARTICLE}

3 Kommentare

J. Novak
• vor 8 Stunden
Endlich passiert etwas.
▲ 30 ▼ • Antworten

Marta K.
• vor 6 Stunden
Und wer bezahlt das?
▲ 2 ▼ • Antworten
"""


@pytest.mark.parametrize("text,code,gold", [
    (SOCIAL, "en", [("Dana Ruiz", 0, "The budget is far too small for the schools."),
                    ("Tom B.", 1, "Agreed, and the roads need money too."), ("kestrel_77", 0, "Nobody asked the villages.")]),
    (VOTES, "de", [("J. Novak", 0, "Endlich passiert etwas."), ("Marta K.", 0, "Und wer bezahlt das?")]),
])
def test_comments_ending_with_a_control_line(text, code, gold):
    doc = run_cleaner(CommentThread, text, language=code)
    assert texts(doc) == [ARTICLE]
    assert [(c.author, c.depth, c.text) for c in doc.comments] == gold
    assert {rule for rule, _ in cuts(doc, "comment_thread")} >= {"comment-author", "comment-chrome", "comment"}


def test_one_control_line_or_prose_quoting_reply_is_no_thread():
    text = (f"{ARTICLE}\n\nReply to the letter within 30 days, the tax office wrote.\n\nAnn Lee\n"
            "She said the office never answered.\nLike · Reply · 2y\n\nThe vote was close.")
    doc = run_cleaner(CommentThread, text, language="en")
    assert doc.comments == () and texts(doc) == [
        ARTICLE, "Reply to the letter within 30 days, the tax office wrote.", "Ann Lee",
        "She said the office never answered.", "Like · Reply · 2y", "The vote was close."]


@pytest.mark.parametrize("line,author", [("Tom B. • 3 hours ago", "Tom B."), ("J. Novak says:", "J. Novak"),
                                         ("Marta K. | 2 hours ago", "Marta K.")])
def test_a_name_with_an_initial_heads_a_comment(line, author):
    assert head_of(Block(line), ("en",)).author == author


@pytest.mark.parametrize("line", ["• vor 8 Stunden", "• 3 hours ago", "Tom left.", "The End."])
def test_an_age_under_a_head_or_a_sentence_is_no_head(line):
    assert head_of(Block(line), ("en", "de")) is None


@pytest.mark.parametrize("line,control", [("Upvote · Reply", True), ("Daumen hoch · Antworten · 3h", True),
                                          ("▲ 4 ▼ · Reply · Share", True), ("Reply · 3 arrests in Paris", False),
                                          ("Reply to the letter · within 30 days, they said.", False)])
def test_a_control_line_may_hold_controls_the_language_files_do_not_name(line, control):
    from cleaners.builtin.comment_thread.control_lines import is_control
    from cleaners.builtin.comment_thread.heads import vocabulary
    assert is_control(line, vocabulary(("en", "de"))) is control
