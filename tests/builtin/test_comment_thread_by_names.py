"""Comment heads under a thread's header that open with a by-phrase of the document's language ("Posted by Ann Lee |
3 May 2024"): the author is the name after it (cleaners/builtin/comment_thread/header_run.py `_name`)."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

EN = ["The water board postponed the new treatment plant by a year, a spokesman said on Monday.",
      "The board blamed higher building costs and delays in the delivery of the filter units."]


def _thread(first: str, second: str) -> str:
    return (f"Discussion\n\n{first} | March 3, 2024 10:15\nThey should have started on this ten years ago.\n\n"
            f"{second} | March 3, 2024 11:02\nThe filters were ordered far too late, that much is clear.")


def test_a_by_phrase_before_the_commenter_s_name_is_not_the_author():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + [_thread("Posted by Maria Lopez", "Posted by Tom Baker")]),
                      language="en")
    assert texts(doc) == EN
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom Baker"]


def test_names_without_a_by_phrase_stay_whole():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + [_thread("Maria Lopez", "Tom Baker")]), language="en")
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom Baker"]
    # a name that is only a by-word keeps it: nothing would be left
    doc = run_cleaner(CommentThread, "\n\n".join(EN + [_thread("By", "Tom Baker")]), language="en")
    assert [c.author for c in doc.comments][1:] == ["Tom Baker"]
