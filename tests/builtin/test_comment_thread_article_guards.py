"""The article is no comment (comment_thread): a label over lynx-indented prose (rule `prose-indent`), a date line
printed twice ("Updated 3 hours ago": rule `date-label-head`), and the article resuming after the last comment's
controls and a blank line (rule `closed-comment`)."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

P1 = ("The first passenger train in three decades pulled into the station at dawn on Sunday, greeted by a brass band "
      "and several hundred residents.")
P2 = "The line was closed in 1994 when the freight yard shut down, and the station served as a warehouse since."
P3 = "Trains will now run every hour to the county town, a journey of twenty-six minutes that used to take an hour."
THREAD = ["Ann Lee", "Took my grandfather on the first train, he cried the whole way.", "Like · Reply · 1h",
          "Marek Novak", "Great news, but one train an hour is not enough for shift workers.", "Like · Reply · 2h"]


def test_a_label_over_prose_at_the_bodys_indentation_is_no_head():
    lynx = "\n\n".join(f"   {p}" for p in (P1, P2)) + "\n\nAdvertisement\n\n" + f"   {P3}" + "\n\n" + "\n".join(THREAD)
    doc = run_cleaner(CommentThread, lynx)
    assert P3 in texts(doc) and [c.author for c in doc.comments] == ["Ann Lee", "Marek Novak"]


def test_an_indented_comment_under_a_name_in_a_body_at_the_margin_is_read():
    text = "\n\n".join([P1, P2, P3, "Comments", "Ann Lee\n    Took my grandfather on the first train, he cried.",
                        "Marek Novak\n    Great news, but one train an hour is not enough."])
    assert [c.author for c in run_cleaner(CommentThread, text).comments] == ["Ann Lee", "Marek Novak"]


def test_a_date_line_printed_twice_names_nobody():
    text = "\n\n".join([P1, "Updated 3 hours ago", P2, "Updated 3 hours ago", P3])
    doc = run_cleaner(CommentThread, text)
    assert doc.comments == () and texts(doc) == [P1, "Updated 3 hours ago", P2, "Updated 3 hours ago", P3]


def test_the_article_resuming_after_the_last_comments_controls_stays():
    disqus = ["Avatar\nAnn Lee\n• 3 years ago\nTook my grandfather on the first train.\n1 •\nReply •\nShare ›",
              "Avatar\nJo Pereira\n• 3 years ago\nFinally. The bus took forever in winter.\n0 •\nReply •\nShare ›"]
    doc = run_cleaner(CommentThread, "\n\n".join([P1, P2] + disqus + [P3]))
    assert P3 in texts(doc) and [c.author for c in doc.comments] == ["Ann Lee", "Jo Pereira"]
    assert doc.comments[-1].text.startswith("Finally. The bus took forever in winter.") and P3 not in doc.comments[-1].text


def test_a_name_with_digits_over_an_age_in_words_is_a_head_among_aged_ones():
    """Rule `unaged-duration` reads the head's span after the name: "river_rat77 · yesterday" holds no span."""
    thread = ["**Oldtimer** · 2 days ago", "They decided without asking anyone, as always.", "▲ 13 ▼ | Reply | Report",
              "**skeptic** · 3 hours ago", "I drove past this morning and the road was still closed.", "▲ 22 ▼ | Reply | Report",
              "**river_rat77** · yesterday", "Does anyone know whether the bus routes change?", "▲ 13 ▼ | Reply | Report"]
    doc = run_cleaner(CommentThread, "\n\n".join([P1, P2, "3 Comments", "\n".join(thread[:3]), "\n".join(thread[3:6]),
                                                  "\n".join(thread[6:])]))
    assert [c.author for c in doc.comments] == ["Oldtimer", "skeptic", "river_rat77"]
