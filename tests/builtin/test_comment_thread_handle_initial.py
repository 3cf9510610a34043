"""A commenter's handle closed by an initial after an underscore ("@Ahmad_Z.", the handle of "Tom B.") is a name of a
comment head (cleaners/builtin/comment_thread/heads.py `name_ok`); a word and a stop is still a sentence's end."""
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.heads import head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

EN = ["The ferry to the island will run twice a day from June, the harbour office said on Monday.",
      "Tickets go on sale next week and cost the same as last summer, a spokesman added."]


def test_a_handle_closed_by_an_initial_names_the_commenter():
    assert head_of(Block("@Tom_B. · 12 minutes ago"), ("en",)).author == "Tom_B."
    assert head_of(Block("@ნინო_გ. · 5 წუთის წინ"), ("ka",)).author == "ნინო_გ."
    thread = ["@Tom_B. · 12 minutes ago", "Finally, we waited for years.", "Reply",
              "@sea_lover · 40 minutes ago", "Will there be a night crossing too?", "Reply"]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + ["Comments (2)", "\n".join(thread[:3]), "\n".join(thread[3:])]),
                      language="en")
    assert texts(doc) == EN and [c.author for c in doc.comments] == ["Tom_B.", "sea_lover"]


def test_a_word_with_its_stop_is_no_handle():
    assert head_of(Block("@Tom. · 12 minutes ago"), ("en",)) is None
    assert head_of(Block("The end. · 12 minutes ago"), ("en",)) is None
