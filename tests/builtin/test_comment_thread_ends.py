"""Where a comment thread of a text dump ends, and lines that only look like its heads (cleaners/builtin/comment_thread):
rules `closed-last-comment`, `article-resumes`, `label-duration`, `unaged-duration` and `link-label-no-name`."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

EN = ["The city's two reservoirs held less than a fifth of their capacity on Monday, the water board said.",
      "From next week the supply to homes will be cut for eight hours every night until further notice."]
MORE = ("Farmers in the valley fear for the olive harvest, while the port authority plans to bring drinking water by "
        "tanker from the mainland if the rains fail again in March, and the council will meet again in April.")
CLOSED = ["Maria Lopez 3 hours ago", "Eight hours a night is nothing compared to 2008.", "Reply",
          "Tom R. 5 hours ago", "Why are the hotels still filling their pools?", "Reply"]
DOTTED = ["Maria Lopez · 3 hours ago", "Eight hours a night is nothing.",
          "Tom R. · 5 hours ago", "Why are the hotels still filling pools?"]


def test_the_last_comment_ends_at_the_control_line_that_closes_every_comment():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + CLOSED + [MORE, "The board meets again on Friday."]))
    assert texts(doc) == EN + [MORE, "The board meets again on Friday."]
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom R."]
    assert doc.comments[-1].text == "Why are the hotels still filling their pools?"


def test_a_last_comment_of_several_paragraphs_without_closing_controls_stays_whole():
    tail = ["Tom R. 5 hours ago", "Why are the hotels still filling their pools?", "And who pays for the tankers?"]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + ["Maria Lopez 3 hours ago", "Eight hours is nothing."] + tail))
    assert texts(doc) == EN
    assert doc.comments[-1].text == "Why are the hotels still filling their pools?\n\nAnd who pays for the tankers?"


def test_a_paragraph_far_wider_than_every_comment_after_the_last_one_is_the_article_again():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + DOTTED + [MORE]))
    assert texts(doc) == EN + [MORE]
    assert [c.text for c in doc.comments] == ["Eight hours a night is nothing.", "Why are the hotels still filling pools?"]


def test_a_last_comment_running_on_in_paragraphs_of_its_own_width_is_kept_whole():
    tail = ["And nobody asked the farmers what they think of it.", "Nor the hotels."]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + DOTTED + tail))
    assert texts(doc) == EN
    assert doc.comments[-1].text.endswith("Nor the hotels.")


HE = ["שני המאגרים של העיר היו מלאים ביום שני בפחות מחמישית מקיבולתם, כך מסר תאגיד המים.",
      "החל מהשבוע הבא תופסק אספקת המים לבתים לשמונה שעות בכל לילה עד להודעה חדשה."]
HE_MORE = ["החקלאים בעמק חוששים לקציר הזיתים.", "רשות הנמל מתכננת להביא מים במכליות.", "הגשמים לא ירדו."]
HE_THREAD = ["מיכל לוי · לפני 10 שעות", "החלטה נכונה, היה צריך לקבל אותה קודם.",
             "יוסי כהן · לפני 14 שעות", "ולמה המלונות עדיין ממלאים את הבריכות?"]


def test_a_label_a_colon_and_a_span_is_no_head_but_a_name_a_colon_and_an_age_is():
    reading = "זמן קריאה: 4 דקות"
    thread = ["מיכל לוי לפני 10 שעות", "החלטה נכונה.", "יוסי כהן לפני 14 שעות", "ולמה המלונות עדיין ממלאים?"]
    doc = run_cleaner(CommentThread, "\n\n".join([HE[0], reading, HE[1]] + thread), language="he")
    assert texts(doc) == [HE[0], reading, HE[1]]
    assert [c.author for c in doc.comments] == ["מיכל לוי", "יוסי כהן"]
    aged = ["Maria Lopez: 3 hours ago", "Eight hours is nothing.", "Tom R.: 5 hours ago", "Who pays for it?"]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + aged))
    assert texts(doc) == EN and [c.author for c in doc.comments] == ["Maria Lopez", "Tom R."]


def test_a_bare_span_among_heads_that_carry_ago_is_no_head():
    rest = [HE[1], "זמן קריאה 12 דקות"] + HE_MORE
    doc = run_cleaner(CommentThread, "\n\n".join([HE[0]] + HE_THREAD + rest), language="he")
    assert texts(doc) == [HE[0]] + rest
    assert [c.author for c in doc.comments] == ["מיכל לוי", "יוסי כהן"]


def test_dated_heads_and_times_of_day_stay_heads_beside_aged_ones():
    thread = HE_THREAD + ["נועה ברק · 12.03.2025", "סוף סוף.", "דנה ל. · אתמול 18:20", "נכון מאוד."]
    doc = run_cleaner(CommentThread, "\n\n".join([HE[0]] + thread), language="he")
    assert texts(doc) == [HE[0]] and [c.author for c in doc.comments] == ["מיכל לוי", "יוסי כהן", "נועה ברק", "דנה ל."]


def test_a_reply_naming_a_numbered_commenter_beside_aged_heads_is_a_head_and_a_span_still_is_not():
    """The number of "Reply to reader42:" is the name's: the reply is the thread's last comment, under reader42's."""
    thread = ["Maria Lopez · 3 hours ago", "Eight hours a night is nothing compared to 2008.",
              "reader42 · 5 hours ago", "Why are the hotels still filling their pools?", "Reply",
              "Reply to reader42:", "Because the season starts in May and they fill them once."]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + thread), language="en")
    assert texts(doc) == EN and [(c.author, c.depth) for c in doc.comments][-1] == (None, 1)
    span = EN + thread[:5] + ["Reading time 4 minutes", MORE]        # a bare span after the thread stays no head
    doc = run_cleaner(CommentThread, "\n\n".join(span), language="en")
    assert "Reading time 4 minutes" in texts(doc)


def test_a_read_more_label_under_the_last_control_line_names_nobody():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + CLOSED + ["Read more", MORE]))
    assert texts(doc) == EN + ["Read more", MORE]
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom R."]
    # set in bold, in a script without capitals (where any words may be a name)
    hi = ["नगर निगम ने सोमवार को नई बस सेवा शुरू की और पहले दिन हजारों यात्रियों ने इसका लाभ उठाया।",
          "अधिकारियों ने बताया कि अगले महीने दस और बसें इस मार्ग पर चलेंगी।"]
    thread = ["@रमेश_क · 45 मिनट पहले", "रात की बसें भी चलाइए।", "👍 12   जवाब दें",
              "@सीमा · 30 मिनट पहले", "बहुत अच्छी पहल है।", "👍 7   जवाब दें"]
    after = "नई बसों में महिलाओं के लिए अलग सीटें होंगी और हर बस में कैमरे लगाए जाएंगे, निगम ने कहा।"
    for label in ("**और पढ़ें**", "__और पढ़ें__"):
        doc = run_cleaner(CommentThread, "\n\n".join(hi + thread + [label, after]), language="hi")
        assert texts(doc) == hi + [label, after]
        assert [c.author for c in doc.comments] == ["रमेश_क", "सीमा"]
    named = CLOSED + ["Ann Lee", "Good decision, should have been taken a month ago.", "Reply"]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + named))
    assert [c.author for c in doc.comments] == ["Maria Lopez", "Tom R.", "Ann Lee"]


def test_the_article_resuming_at_its_dumps_indentation_ends_a_thread_of_longer_comments():
    """A text browser prints the article three spaces in and the thread at the margin: the heads and the comments
    hold more words than the article's paragraphs, yet the heads (no sentence) do not count as prose, and the
    paragraph after the last comment, back at the article's indentation, is the article's (rule `closed-comment`)."""
    article = ["   The council closed the mountain road on Friday until the end of the winter, citing the risk of "
               "avalanches.", "   Shop owners in the town fear their winter trade will fall by up to a third."]
    after = ["   The local paper said its subscribers grew by six hundred this autumn, and many complained about "
             "the lack of news."]
    thread = []
    for k, (name, text) in enumerate([("Jon Berg", "Better to close the road than to be caught in a slide, that is clear."),
                                      ("Sara Holm", "This happens every winter and there is still no tunnel to use."),
                                      ("Anna Kristin", "My children go to school on the other side, what do we do now?")]):
        thread.append(f"#{k + 1} {name} — 0{k + 2}.01.2026 05:1{k}\n{text}")
    doc = run_cleaner(CommentThread, "\n\n".join(article + thread + after))
    assert [t.strip() for t in texts(doc)] == [t.strip() for t in article + after]
    assert [c.author for c in doc.comments] == ["Jon Berg", "Sara Holm", "Anna Kristin"]
    assert doc.comments[-1].text == "My children go to school on the other side, what do we do now?"


def test_a_last_comments_second_paragraph_at_the_threads_margin_stays_its_own():
    article = ["   The council closed the mountain road on Friday until the end of the winter, citing the risk of "
               "avalanches.", "   Shop owners in the town fear their winter trade will fall by up to a third."]
    thread = ["#1 Jon Berg — 02.01.2026 05:10\nBetter to close the road than to be caught in a slide, that is clear.",
              "#2 Sara Holm — 03.01.2026 05:11\nThis happens every winter and there is still no tunnel to use.",
              "And nobody in the council ever answers our letters about it."]
    doc = run_cleaner(CommentThread, "\n\n".join(article + thread))
    assert [t.strip() for t in texts(doc)] == [t.strip() for t in article]
    assert doc.comments[-1].text == ("This happens every winter and there is still no tunnel to use.\n\n"
                                     "And nobody in the council ever answers our letters about it.")
