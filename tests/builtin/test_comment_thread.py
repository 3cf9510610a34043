from cleaners.builtin.comment_thread import CommentThread
from cleaners.document import Comment

from ..conftest import run_cleaner
from . import cuts, texts

ARTICLE = "The council voted on the new budget on Tuesday evening after a long debate."

THREAD = f"""{ARTICLE}

Comments

  • Alice Moreau

    First paragraph of the first comment.

    Second paragraph of the first comment.

    Reply

    3 hours ago

    • Bob Tran

      A reply to Alice.

      12 points

      • Chen Wei

        A reply to Bob on the third level.

        December 9, 2016 18:30

        • Dana Ruiz

          a reply on the fourth level, starting in lower case.

  • Eve Kalu

    A new top-level comment.
"""


def test_thread_moves_to_comments_with_depth_parent_and_date():
    doc = run_cleaner(CommentThread, THREAD)
    assert texts(doc) == [ARTICLE]
    assert doc.comments == (
        Comment("Alice Moreau", "First paragraph of the first comment.\n\nSecond paragraph of the first comment.", 0, None),
        Comment("Bob Tran", "A reply to Alice.", 1, 0),
        Comment("Chen Wei", "A reply to Bob on the third level.", 2, 1, "2016-12-09T18:30:00"),
        Comment("Dana Ruiz", "a reply on the fourth level, starting in lower case.", 3, 2),
        Comment("Eve Kalu", "A new top-level comment.", 0, None),
    )


def test_every_cut_is_recorded_with_its_rule():
    rules = {}
    for rule, text in cuts(run_cleaner(CommentThread, THREAD), "comment_thread"):
        rules.setdefault(rule, []).append(text)
    assert rules["comment-header"] == ["Comments"]
    assert rules["comment-author"] == ["• Alice Moreau", "• Bob Tran", "• Chen Wei", "• Dana Ruiz", "• Eve Kalu"]
    assert rules["comment-chrome"] == ["Reply", "3 hours ago", "12 points"]
    assert rules["comment-date"] == ["December 9, 2016 18:30"]
    assert len(rules["comment"]) == 6


def test_chrome_never_in_comment_text():
    doc = run_cleaner(CommentThread, THREAD)
    joined = " ".join(c.text for c in doc.comments)
    for chrome in ("Reply", "3 hours ago", "12 points", "2016"):
        assert chrome not in joined


def test_text_after_the_thread_is_kept():
    text = ARTICLE + "\n\n- Ann Lee\n\n    Good point.\n\n- Tom Ray\n\n    I disagree.\n\nRead the next story."
    doc = run_cleaner(CommentThread, text)
    assert texts(doc) == [ARTICLE, "Read the next story."]
    assert [c.author for c in doc.comments] == ["Ann Lee", "Tom Ray"]


def test_a_single_bullet_with_text_is_not_a_thread():
    text = ARTICLE + "\n\n- Ann Lee\n\n    Good point."
    assert run_cleaner(CommentThread, text).comments == ()


def test_bulleted_list_of_names_in_an_article_is_kept():
    text = "The committee named its members:\n\n  • Maria Lopez\n  • John Smith\n  • Ana Costa\n\nThey meet next week."
    doc = run_cleaner(CommentThread, text)
    assert texts(doc) == ["The committee named its members:", "• Maria Lopez", "• John Smith", "• Ana Costa",
                          "They meet next week."]
    assert doc.comments == () and doc.removed == ()


def test_bulleted_short_sentences_with_indented_notes_are_kept():
    text = ("The plan has two parts:\n\n  - Taxes will fall.\n\n      Small firms pay less.\n\n"
            "  - Roads will be rebuilt.\n\n      Work starts in May.")
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and doc.removed == ()


def test_list_items_with_hanging_continuation_lines_are_not_a_thread():
    text = ("Key points of the plan:\n\n  - Lower taxes\n    for small firms in the region.\n"
            "  - Better roads\n    across the northern districts.\n\nThat is all.")
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and doc.removed == ()
    assert "for small firms in the region." in texts(doc)


def test_html_documents_are_not_touched():
    assert CommentThread().applies_to(run_cleaner(CommentThread, "x").replace(kind="html")) is False
