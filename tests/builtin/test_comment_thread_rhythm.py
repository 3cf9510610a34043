"""A thread in the middle of a text dump: where its first comment starts in an article wrapped at a width (rule
`wrapped-prose`), and where its last comment ends when the dump parts its paragraphs by line breaks alone (rules
`controls-close`, `comment-rhythm`) or after something an earlier cleaner cut (`closed-comment`), and replies that
name whom they answer after an arrow (`reply-arrow`). cleaners/builtin/comment_thread/."""
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

WRAPPED = ["Die Gemeinde erhöht die Gebühren für das Parken in der",
           "Innenstadt ab dem kommenden Monat deutlich, teilte die",
           "Verwaltung am Montag nach der Sitzung mit.",
           "",
           "Der Rat hatte den Beschluss schon im Oktober gefasst, die",
           "Opposition kritisiert die kurze Frist."]
AGED = ["Otto_K · vor 3 Stunden", "Das trifft wieder die Pendler aus dem Umland.", "Antworten · 12 ▲", "",
        "marie.s · vor 5 Stunden", "Endlich, die Innenstadt ist ohnehin zu voll.", "Antworten · 4 ▲", "",
        "Bert · vor 7 Stunden", "Und wo sollen die Handwerker parken?", "Antworten · 9 ▲"]


def test_an_article_wrapped_in_short_lines_is_prose_and_the_first_comment_under_it_is_found():
    doc = run_cleaner(CommentThread, "\n".join(WRAPPED + ["", "Leserkommentare", ""] + AGED))
    assert [c.author for c in doc.comments] == ["Otto_K", "marie.s", "Bert"]
    assert "Das trifft wieder die Pendler aus dem Umland." not in texts(doc)


def test_short_lines_that_each_end_a_sentence_are_no_wrapped_prose_and_open_no_thread():
    notes = ["Neue Gebühren.", "Kurze Frist.", "Viel Kritik."]
    heads = ["Otto_K · vor 3 Stunden", "Zu teuer.", "Bert · vor 7 Stunden", "Wo parken?"]
    doc = run_cleaner(CommentThread, "\n".join(notes + heads))
    assert doc.comments == ()
    assert texts(doc)[0] == "Neue Gebühren."


EN = ["The ferry company will cut its winter timetable to two sailings a day from January, blaming the cost of fuel.",
      "Islanders say the early boat is the only way to reach the hospital on the mainland in time for treatment."]
GAPLESS = ["Dan F. · 3 hours ago", "The council has to step in with a subsidy.", "Reply · 12 ▲",
           "moira_t · 5 hours ago", "Two sailings are not enough for anyone.", "Reply · 3 ▲"]
AFTER = ["Will the school children still reach the mainland before nine? The company has not said yet.",
         "The harbour board meets on Thursday to discuss the timetable.",
         "A petition against the cut has been signed by 1,200 people.",
         "The company says it lost money on every winter crossing last year.",
         "The ferry union has asked for talks before Christmas."]


def test_the_last_comment_of_a_gapless_thread_ends_at_its_control_line():
    doc = run_cleaner(CommentThread, "\n".join(EN + GAPLESS + AFTER))
    assert texts(doc) == EN + AFTER
    assert doc.comments[-1].text == "Two sailings are not enough for anyone."


PLAIN = ["Dan F. · 3 hours ago", "The council has to step in with a subsidy.",
         "moira_t · 5 hours ago", "Two sailings are not enough for anyone."]


def test_the_last_comment_of_a_gapless_thread_is_no_longer_than_the_others_when_the_article_goes_on():
    doc = run_cleaner(CommentThread, "\n".join(EN + PLAIN + AFTER))
    assert texts(doc) == EN + AFTER
    assert [c.text for c in doc.comments] == ["The council has to step in with a subsidy.",
                                              "Two sailings are not enough for anyone."]


def test_a_long_last_comment_closing_a_gapless_dump_stays_whole():
    tail = ["And the winter fares went up again.", "Nobody asked us."]
    doc = run_cleaner(CommentThread, "\n".join(EN + PLAIN + tail))
    assert texts(doc) == EN
    assert doc.comments[-1].text == "Two sailings are not enough for anyone.\n\nAnd the winter fares went up again." \
                                    "\n\nNobody asked us."


def test_a_wrapped_last_comment_goes_on_over_its_lines_that_end_no_sentence():
    tail = ["moira_t · 5 hours ago", "Two sailings are not enough for anyone who", "works on the mainland.",
            "islander · 6 hours ago", "Who plans a cut like", "this one before Christmas?"]
    doc = run_cleaner(CommentThread, "\n".join(EN + PLAIN[:2] + tail + AFTER))
    assert texts(doc) == EN + AFTER
    assert doc.comments[-1].text == "Who plans a cut like\n\nthis one before Christmas?"


RELATED = ('{"pos": 0, "headline": "New bridge plan revived", "href": "https://example.org/news/1"}\n'
           '{"pos": 1, "headline": "Harbour wall plan rejected", "href": "https://example.org/news/2"}')
RUNS = ["Dan F. · 3 hours ago", "The council has to step in.", "", "Or the county, at least.", "",
        "moira_t · 5 hours ago", "Two sailings are not enough."]


def test_the_last_comment_ends_across_a_blank_line_where_a_widget_was_cut(pipeline):
    text = "\n\n".join(EN + ["\n".join(RUNS), RELATED, AFTER[0]])
    rec = pipeline.process(pipeline.document("ferry.txt", text.encode(), "text")).record()
    assert AFTER[0] in rec["body"]
    assert rec["comments"][-1]["text"] == "Two sailings are not enough."


def test_without_a_cut_the_last_comment_takes_as_many_runs_as_the_longest_before_it():
    doc = run_cleaner(CommentThread, "\n\n".join(EN + ["\n".join(RUNS), "And the fares went up again."]))
    assert doc.comments[-1].text == "Two sailings are not enough.\n\nAnd the fares went up again."


def test_a_reply_names_whom_it_answers_after_an_arrow():
    head = head_of(Block("↪ Dara K. → Ann Lee · 15.05.2026 15:29"))
    assert (head.author, head.reply_to, head.date) == ("Dara K.", "Ann Lee", "2026-05-15T15:29:00")
    thread = ["Ann Lee · 11.05.2026 18:04", "The harvest was poor this year.",
              "    ↪ Dara K. → Ann Lee · 15.05.2026 15:29", "    We need dryers in every village.",
              "Vanna · 12.05.2026 12:52", "Prices must have a floor."]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + thread + [AFTER[0]]))
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("Ann Lee", 0, None), ("Dara K.", 1, 0),
                                                                     ("Vanna", 0, None)]
    assert texts(doc) == EN + [AFTER[0]]


def test_an_arrow_after_a_name_without_a_reply_marker_is_no_reply():
    assert head_of(Block("Ann Lee → Berlin · 15.05.2026 15:29")) is None
    assert head_of(Block("↪ Dara → the council decided · 15.05.2026")) is None


UNFILED = ["Jón á Hóli · fyrir 3 klst.", "Vegurinn var lokaður alla helgina.", "Svara · 4 ▲", "",
           "gudrun_b · fyrir 5 klst.", "Hver borgar fyrir snjómoksturinn?", "Svara · 11 ▲", "",
           "Ari · fyrir 9 klst.", "Loksins gerist eitthvað.", "Svara · 2 ▲"]
IS = ["Vegagerðin lokar heiðinni fram yfir áramót vegna snjóflóðahættu, sagði talsmaður stofnunarinnar á mánudag.",
      "Íbúar í firðinum þurfa því að aka tvöfalt lengri leið til að komast í næsta bæ."]


def test_a_name_and_an_age_in_words_no_file_holds_under_each_control_line_open_the_comments():
    doc = run_cleaner(CommentThread, "\n".join(IS + ["", "Ummæli", ""] + UNFILED))
    assert [c.author for c in doc.comments] == ["Jón á Hóli", "gudrun_b", "Ari"]
    assert texts(doc) == IS


def test_a_line_with_a_long_tail_after_a_dot_under_a_control_line_names_nobody():
    lines = UNFILED[:-3] + ["Veður · Spáin fyrir morgundaginn er góð og hlý, 5 stig", "Hlýtt verður á öllu landinu."]
    doc = run_cleaner(CommentThread, "\n".join(IS + ["", "Ummæli", ""] + lines))
    assert "Veður · Spáin fyrir morgundaginn er góð og hlý, 5 stig" in texts(doc)


def test_an_article_in_paragraph_tags_of_a_block_editor_is_prose_and_its_thread_is_found():
    tagged = ["<!-- wp:paragraph -->", f"<p>{EN[0]}</p>", "<!-- /wp:paragraph -->", ""]
    doc = run_cleaner(CommentThread, "\n".join(tagged + ["Comments"] + GAPLESS))
    assert [c.author for c in doc.comments] == ["Dan F.", "moira_t"]


def test_short_titles_in_paragraph_tags_are_no_prose_and_open_no_thread():
    tagged = ["<!-- wp:paragraph -->", "<p>Ferry cuts</p>", "<!-- /wp:paragraph -->", ""]
    doc = run_cleaner(CommentThread, "\n".join(tagged + ["Comments"] + GAPLESS))
    assert doc.comments == ()


def _cut(text: str, *drop: str):
    """The document of ``text`` with the blocks ``drop`` cut, as an earlier cleaner would (their positions stay)."""
    from ..conftest import text_doc
    doc = text_doc(text)
    return doc.replace(blocks=tuple(b for b in doc.blocks if b.text not in drop))


def test_one_control_line_cut_inside_the_last_comment_does_not_end_it():
    text = "\n\n".join(EN + RUNS[:-1] + [RUNS[-1], "Reply •", "And the fares went up again."])
    doc = CommentThread().clean(_cut(text, "Reply •"))
    assert doc.comments[-1].text == "Two sailings are not enough.\n\nAnd the fares went up again."


def test_a_widget_of_two_lines_cut_after_the_last_comment_ends_it():
    text = "\n\n".join(EN + RUNS[:-1] + [RUNS[-1], "Related", "More news", "And the fares went up again."])
    doc = CommentThread().clean(_cut(text, "Related", "More news"))
    assert doc.comments[-1].text == "Two sailings are not enough."
    assert texts(doc)[-1] == "And the fares went up again."


def test_a_gapless_last_comment_ends_only_where_the_article_prose_comes_back():
    doc = run_cleaner(CommentThread, "\n".join(EN + GAPLESS + ["Share ›"]))
    assert texts(doc) == EN
    assert doc.comments[-1].text == "Two sailings are not enough for anyone.\n\nShare ›"


def test_a_line_every_comment_holds_after_its_controls_is_the_last_comments_too():
    shared = GAPLESS[:3] + ["Save this ›", "Flag ⚑"] + GAPLESS[3:] + ["Save this ›", "Flag ⚑"]
    doc = run_cleaner(CommentThread, "\n".join(EN + shared + AFTER))
    assert texts(doc) == EN + AFTER
    assert doc.comments[-1].text == "Two sailings are not enough for anyone.\n\nSave this ›"


def test_a_reply_quoting_the_comment_it_answers_keeps_its_own_text_after_the_quote():
    thread = ["Dan F. (4 Dec 2026, 9:14 pm)", "The council has to step in with a subsidy.", "",
              "moira_t (5 December 2026 at 07:02)", "> Dan F. wrote:", "> The council has to step in with a subsidy.",
              "Two sailings in winter would finish the island off.", "Nobody on the mainland seems to care about us."]
    doc = run_cleaner(CommentThread, "\n".join(EN + [""] + thread + AFTER))
    assert doc.comments[-1].text.endswith("Two sailings in winter would finish the island off.")
