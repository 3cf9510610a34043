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


def _thread(text):
    doc = run_cleaner(CommentThread, f"{ARTICLE}\n\n{text}")
    return texts(doc), [(c.author, c.text, c.depth, c.parent, c.date) for c in doc.comments]


def test_wrote_on_heads_in_german_with_a_reply_marker():
    body, comments = _thread("Kommentare (3)\n\nAnna Schmidt schrieb am 9. Dezember 2016 um 18:30:\n\nGuter Artikel.\n\n"
                             "Peter Mayer schrieb am 9. Dezember 2016 um 19:02:\n\nDem stimme ich nicht zu.\n\n"
                             "Antwort an Anna Schmidt:\n\nDanke für den Hinweis.")
    assert body == [ARTICLE]
    assert comments == [("Anna Schmidt", "Guter Artikel.", 0, None, "2016-12-09T18:30:00"),
                        ("Peter Mayer", "Dem stimme ich nicht zu.", 0, None, "2016-12-09T19:02:00"),
                        (None, "Danke für den Hinweis.", 1, 0, None)]


def test_tab_indented_and_nested_ordered_threads():
    for text in ("Anna Schmidt\n\tDas ist gut.\n\tPeter Mayer\n\t\tDem stimme ich nicht zu.\nKarl Heinz\n\tNoch einer.",
                 "1. Anna Schmidt\n   Das ist gut.\n   1.1. Peter Mayer\n        Dem stimme ich nicht zu.\n"
                 "2. Karl Heinz\n   Noch einer."):
        body, comments = _thread(text)
        assert body == [ARTICLE]
        assert [(a, d, p) for a, _, d, p, _ in comments] == [("Anna Schmidt", 0, None), ("Peter Mayer", 1, 0),
                                                             ("Karl Heinz", 0, None)]


def test_handles_with_relative_times_and_reply_arrows():
    body, comments = _thread("jdoe | 3 hours ago\n\nFirst!\n\nmroe | 2 hours ago\n\nSecond comment.\n\n"
                             "\u21b3 jdoe\n\nA reply.")
    assert body == [ARTICLE]
    assert [(a, t, d, p) for a, t, d, p, _ in comments] == [("jdoe", "First!", 0, None),
                                                            ("mroe", "Second comment.", 0, None),
                                                            ("jdoe", "A reply.", 1, 1)]


def test_french_wrote_heads():
    body, comments = _thread("Jean Dupont a écrit le 3 mars 2021 à 14h05 :\n\nTrès bon article.\n\n"
                             "Marie Curie a écrit le 3 mars 2021 à 15h10 :\n\nJe ne suis pas d'accord.")
    assert body == [ARTICLE] and [c[0] for c in comments] == ["Jean Dupont", "Marie Curie"]


def test_date_lines_in_the_head_of_an_article_are_no_thread():
    text = "Global Research, December 11, 2016\nTASS 9 December 2016\n\n" + ARTICLE + "\n\n" + ARTICLE
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and doc.removed == ()


def test_interview_and_numbered_steps_are_no_thread():
    text = (f"{ARTICLE}\n\n1. Preheat the oven.\n   It takes ten minutes.\n2. Mix the flour.\n   Use a bowl.\n\n"
            "Q: Why now?\n\nA: Because the budget is due.")
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == ()


def test_nested_ordered_list_numbered_afresh_takes_depth_from_indentation():
    text = (f"{ARTICLE}\n\n1. Anna Schmidt\n   First comment here.\n   1. Jan Vogel\n      A reply to Anna.\n"
            f"   2. Tom Baker\n      Another reply.\n2. Lena Vogel\n   Second thread.\n")
    doc = run_cleaner(CommentThread, text)
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Anna Schmidt", 0, None), ("Jan Vogel", 1, 0), ("Tom Baker", 1, 0), ("Lena Vogel", 0, None)]


def test_ordered_list_at_one_indentation_is_flat():
    text = (f"{ARTICLE}\n\n1. Anna Schmidt\n   First comment here.\n2. Jan Vogel\n   A second comment.\n"
            f"3. Tom Baker\n   A third comment.\n")
    doc = run_cleaner(CommentThread, text)
    assert [(c.author, c.depth) for c in doc.comments] == [("Anna Schmidt", 0), ("Jan Vogel", 0), ("Tom Baker", 0)]


def test_reply_word_then_a_target_word_of_the_language_names_whom_it_answers():
    from cleaners.builtin.comment_thread.heads import head_of
    from cleaners.document import Block
    head = head_of(Block("Ответ на комментарий Иван Петров:"), ("ru", "en"))
    assert (head.author, head.reply_to, head.signal) == (None, "Иван Петров", "reply")
    head = head_of(Block("In reply to Ann Lee:"), ("en",))
    assert (head.author, head.reply_to) == (None, "Ann Lee")


def test_a_reply_sign_names_the_author():
    from cleaners.builtin.comment_thread.heads import head_of
    from cleaners.document import Block
    head = head_of(Block("\u21b3 Ann Lee"), ("en",))
    assert (head.author, head.reply_to) == ("Ann Lee", "")


def test_heads_ending_in_an_ellipsis_are_heads_of_a_verb():
    text = (f"{ARTICLE}\n\nAnna Schmidt sagte...\nEndlich ist der Streik vorbei.\n\n"
            f"Jan Vogel meinte\u2026\nDas hat zu lange gedauert.\n")
    doc = run_cleaner(CommentThread, text, language="de")
    assert [(c.author, c.text) for c in doc.comments] == [("Anna Schmidt", "Endlich ist der Streik vorbei."),
                                                          ("Jan Vogel", "Das hat zu lange gedauert.")]


def test_a_sentence_ending_in_an_ellipsis_is_no_head():
    from cleaners.builtin.comment_thread.heads import head_of
    from cleaners.document import Block
    assert head_of(Block("The minister said..."), ("en",)) is None
    assert head_of(Block("And then Anna wrote more..."), ("en",)) is None


def test_a_markdown_comments_heading_goes_with_the_thread():
    text = f"{ARTICLE}\n\n## Kommentare (2)\n\nAnna Schmidt schrieb:\nSchon gut.\n\nJan Vogel schrieb:\nNein.\n"
    doc = run_cleaner(CommentThread, text, language="de")
    assert texts(doc) == [ARTICLE] and ("comment-header", "## Kommentare (2)") in cuts(doc, "comment_thread")


def test_the_last_comment_runs_to_the_end_of_a_short_tail():
    text = (f"{ARTICLE}\n\nAnn Lee wrote:\nFirst.\n\nTom Roe wrote:\nSecond, first paragraph.\n\n"
            f"Second, second paragraph.\nReply\n")
    doc = run_cleaner(CommentThread, text)
    assert texts(doc) == [ARTICLE]
    assert doc.comments[-1].text == "Second, first paragraph.\n\nSecond, second paragraph."


def test_the_last_comment_stops_before_a_long_tail_or_two_blank_lines():
    tail = "\n\n".join(f"Footer line number {n} of the page." for n in range(5))
    doc = run_cleaner(CommentThread, f"{ARTICLE}\n\nAnn Lee wrote:\nFirst.\n\nTom Roe wrote:\nSecond.\n\n{tail}\n")
    assert texts(doc) == [ARTICLE] + [f"Footer line number {n} of the page." for n in range(5)]
    doc = run_cleaner(CommentThread, f"{ARTICLE}\n\nAnn Lee wrote:\nFirst.\n\nTom Roe wrote:\nSecond.\n\n\nThe end.\n")
    assert texts(doc) == [ARTICLE, "The end."]


def test_a_date_line_under_a_head_is_the_comments_date_not_a_head():
    text = (f"{ARTICLE}\n\nSofia Lopes escreveu:\ndomingo, 25 de maio de 2014 - 19:39\nTambém li o relatório.\n\n"
            f"Jan de Vries disse:\nquarta-feira, 8 de janeiro de 2020\nÉ o que eu esperava.\n")
    doc = run_cleaner(CommentThread, text, language="pt")
    assert [(c.author, c.date) for c in doc.comments] == [("Sofia Lopes", "2014-05-25T19:39:00"),
                                                          ("Jan de Vries", "2020-01-08")]


def test_a_handle_before_a_date_is_still_a_head():
    from cleaners.builtin.comment_thread.heads import head_of
    from cleaners.document import Block
    head = head_of(Block("nordlicht, 3 March 2019"), ("en",))
    assert (head.author, head.date) == ("nordlicht", "2019-03-03")


def test_a_long_head_with_weekday_date_and_time_is_a_head_and_a_weekday_month_date_line_is_not():
    from cleaners.builtin.comment_thread.heads import head_of
    from cleaners.document import Block
    head = head_of(Block("Jan de Vries dijo el jueves, 11 de mayo de 2017, a las 16:46:"), ("es", "en"))
    assert (head.author, head.date) == ("Jan de Vries", "2017-05-11T16:46:00")
    assert head_of(Block("Thu, Dec 6, 2012 | 10:26 am"), ("en",)) is None
    assert head_of(Block("This is what I said about it in a comment on the story here on the site, " +
                         "on 3 March 2019:"), ("en",)) is None


def test_bullets_of_other_symbols_open_heads():
    text = (f"{ARTICLE}\n\n\u203a Anna Schmidt\n   First comment here.\n   \u203a Jan Vogel\n      A reply to Anna.\n"
            f"\u203a Tom Baker\n   Another comment.\n")
    doc = run_cleaner(CommentThread, text)
    assert [(c.author, c.depth) for c in doc.comments] == [("Anna Schmidt", 0), ("Jan Vogel", 1), ("Tom Baker", 0)]


def test_a_list_of_points_with_arrows_is_no_thread():
    text = f"{ARTICLE}\n\n\u2192 Fares rise in April\n\u2192 Night buses return\n\u2192 The airport line opens\n"
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and len(texts(doc)) == 4


def test_numbered_heads_with_a_verb_or_a_date_need_no_indented_text():
    body, comments = _thread("Comments (3)\n\n1. Maria Lopez says:\nMarch 3, 2026 at 10:15 am\nGreat news for the north.\n\n"
                             "2. John Park says:\nMarch 3, 2026 at 11:02 am\nI doubt the bus lines will come on time.\n\n"
                             "#3 Ann Lee wrote:\nFinally some money for the schools.")
    assert body == [ARTICLE]
    assert [(a, t, d, w) for a, t, d, _, w in comments] == [
        ("Maria Lopez", "Great news for the north.", 0, "2026-03-03T10:15:00"),
        ("John Park", "I doubt the bus lines will come on time.", 0, "2026-03-03T11:02:00"),
        ("Ann Lee", "Finally some money for the schools.", 0, None)]


def test_numbered_names_or_sentences_without_indented_text_are_no_thread():
    text = (f"{ARTICLE}\n\n1. Maria Lopez\nThe first speaker of the evening.\n\n2. John Park\nThe second speaker.\n\n"
            "1. Ministers said the plan would cost more.\nIt was approved anyway.\n\n"
            "2. Critics said the vote came too early.\nThey will appeal.")
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and doc.removed == ()
