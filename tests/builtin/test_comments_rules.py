"""Rules of the comment stage added with the package: each with a positive and a negative case.

Pages are small and written here (never copied from a benchmark set).
"""
from __future__ import annotations

import pytest

from cleaners.builtin.comments.fallback import comments_from_text
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document
from cleaners.pipeline import Pipeline

from ._html_comments import ARTICLE, cleaned


def processed(body: str) -> Document:
    pipeline = Pipeline()
    html = f"<html><head><title>Night buses</title></head><body>{body}</body></html>"
    return pipeline.process(pipeline.document("t.html", html.encode(), "html"))


# -- runs: comments without a wrapper, cut at a repeated footer --------------------------
FOOTER_THREAD = (
    '<div class="entry">' + ARTICLE + '<p class="posted">Posted by Kim Vale on 2 May 2012 at 9:00</p>'
    '<h2>Comments</h2>'
    '<a id="c1"></a><p>Finally. My son works nights at the hospital.</p><p>He walks an hour home.</p>'
    '<p class="posted">Posted by: Ann Lee | May 2, 2012 10:11 AM</p>'
    '<a id="c2"></a><p>Will the route go past the station?</p>'
    '<p class="posted">Posted by: Bo Chen | May 2, 2012 11:40 AM</p>'
    '<a id="c3"></a><p>Two million is cheap for this.</p>'
    '<p class="posted">Posted by: Cy Diaz | May 3, 2012 8:02 AM</p></div>')


def test_bare_paragraph_thread_after_a_comments_heading_is_cut_at_its_footers():
    doc, text = cleaned(FOOTER_THREAD)
    assert [(c.author, c.text, c.date) for c in doc.comments] == [
        ("Ann Lee", "Finally. My son works nights at the hospital.\n\nHe walks an hour home.", "2012-05-02T10:11:00"),
        ("Bo Chen", "Will the route go past the station?", "2012-05-02T11:40:00"),
        ("Cy Diaz", "Two million is cheap for this.", "2012-05-03T08:02:00")]
    # the article, and its own "Posted by" footer, stay
    assert "The council voted on Tuesday" in text and "Posted by Kim Vale" in text
    assert "Finally" not in text and "Comments" not in text


def test_paragraphs_with_posted_footers_and_no_comment_sign_are_not_a_thread():
    posts = "".join(f'<p>Story number {n} about the buses and the trams of the city.</p>'
                    f'<p class="posted">Posted by: Kim Vale | May {n}, 2012 9:00 AM</p>' for n in range(1, 4))
    doc, text = cleaned(ARTICLE + f"<div>{posts}</div>")
    assert doc.comments == () and "Story number 2" in text


# -- one template, classes varying per comment -----------------------------------------
def test_comments_whose_classes_vary_by_parity_and_owner_are_one_thread():
    items = "".join(f'<div class="comment comment-{parity} comment-has-avatar{owner}">'
                    f'<span class="comment-author">{name}</span><p>{said}</p></div>'
                    for parity, owner, name, said in [
                        ("odd", "", "Ann Lee", "Good news for the night shift."),
                        ("even", " comment-by-owner", "Kim Vale", "Thanks, we will keep you posted."),
                        ("odd", "", "Bo Chen", "About time too.")])
    doc, _ = cleaned(ARTICLE + f'<div class="comments-content">{items}</div>')
    assert [c.author for c in doc.comments] == ["Ann Lee", "Kim Vale", "Bo Chen"]


def test_different_templates_side_by_side_stay_apart():
    page = ARTICLE + ('<div id="comments"><div class="comment"><span class="comment-author">Ann Lee</span>'
                      '<p>Good news for the night shift.</p></div>'
                      '<div class="comment"><span class="comment-author">Bo Chen</span><p>About time too.</p></div></div>'
                      '<div class="promo-box"><p>Subscribe to our newsletter for the weekly digest.</p></div>')
    doc, text = cleaned(page)
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen"]
    assert "weekly digest" in text


# -- teasers of other pages are not a thread ----------------------------------------------
def _teasers(control: str) -> str:
    return "".join(f'<div class="item"><b>{who}</b><p>{said}</p><a href="/x{n}">{control}</a></div>'
                   for n, (who, said) in enumerate([("Town hall", "The budget vote was delayed again this week."),
                                                    ("Harbour", "The ferry timetable changes on Monday.")]))


def test_items_each_closed_by_read_more_are_a_story_list():
    doc, text = cleaned(ARTICLE + f"<div>{_teasers('Read more')}</div>")
    assert doc.comments == () and "budget vote" in text


def test_the_same_items_with_reply_controls_are_a_thread():
    doc, _ = cleaned(ARTICLE + f"<div>{_teasers('Reply')}</div>")
    assert [c.author for c in doc.comments] == ["Town hall", "Harbour"]


# -- comment forms --------------------------------------------------------------------------
def test_a_comment_form_goes_whole_with_its_notes():
    form = ('<div id="respond"><h3>Leave a Reply</h3><form id="commentform">'
            '<p class="comment-notes">Your email address will not be published.</p>'
            '<p><label>Comment</label><textarea></textarea></p>'
            '<p class="form-allowed-tags">You may use these HTML tags and attributes: a, abbr, b, blockquote, cite, '
            'code, del, em, i, q, strike, strong, and some more of them for the layout of your comment.</p>'
            '</form></div>')
    doc, text = cleaned(ARTICLE + form)
    assert "HTML tags" not in text and "Leave a Reply" not in text and "The council voted" in text
    assert {r.rule for r in doc.removed} == {"comment-form", "comment-chrome"}   # the form, and its heading
    assert "You may use these HTML tags" in next(r.text for r in doc.removed if r.rule == "comment-form")


def test_a_comment_named_block_of_prose_without_a_form_stays():
    page = ARTICLE + ('<div class="comment-policy"><p>We welcome comments from readers. Our moderators read every one '
                      'of them before it is published, and we keep the discussion civil.</p></div>')
    doc, text = cleaned(page)
    assert "moderators read every one" in text and doc.removed == ()


# -- trafilatura's comment text, when no thread can be parsed --------------------------------
def test_fallback_lines_with_a_name_and_a_date_open_comments():
    comments, removed = comments_from_text([
        "Ann Lee on May 2, 2012 at 10:11 am", "Finally a bus for the night shift.", "Reply",
        "Bo Chen says:", "Will it stop at the station?", "And at the hospital?"])
    assert [(c.author, c.text, c.depth, c.parent) for c in comments] == [
        ("Ann Lee", "Finally a bus for the night shift.", 0, None),
        ("Bo Chen", "Will it stop at the station?\n\nAnd at the hospital?", 0, None)]
    assert comments[0].date == "2012-05-02T10:11:00"
    assert {r.rule for r in removed} == {"comment-meta", "comment-chrome"}


def test_fallback_text_without_header_lines_is_one_comment_by_an_unknown_author():
    comments, removed = comments_from_text(["Great article, thank you.", "I agree with every word."])
    assert [(c.author, c.text) for c in comments] == [(None, "Great article, thank you.\n\nI agree with every word.")]
    assert removed == []


@pytest.mark.parametrize("lines,language", [
    (["You must be logged in to post comments. Log in."], "en"),
    (["You can follow this conversation by subscribing to the comment feed for this post."], "en"),
    (["There are no comments for this story."], "en"),
    (["Join the Discussion", "Be the first to comment on this story."], "en"),
    (["Kommentare sind für diesen Artikel geschlossen."], "de"),
    (["3 May 2012 9:40PM", "Link to this comment:"], "en"),
    (["Got something to say? Pick one of the ways below to log in."], "en"),
    (["We are glad to host a discussion on every story, but we ask for civility and full names (an initial and "
      "a surname will do). Please read our guidelines here before you comment."], "en"),
])
def test_a_section_of_notices_and_prompts_gives_no_comment(lines, language):
    comments, removed = comments_from_text(lines, language)
    assert comments == [] and " ".join(r.text for r in removed) == " ".join(lines)


@pytest.mark.parametrize("lines", [
    ["Finally a bus for the night shift. My sister waited an hour last winter."],
    ["Great comments above, but nobody asks who pays for the drivers.", "The council never says."],
    ["My sister has something to say about the night buses: she waited an hour last winter."],
    ["The comments here miss the point. My sister waited an hour at the depot last winter, in the snow, and "
     "the board still says the night service is not needed because nobody asked for it in the survey, which "
     "ran in August when the students were away."],
])
def test_a_lone_reader_comment_is_kept(lines):
    comments, removed = comments_from_text(lines, "en")
    assert [c.text for c in comments] == ["\n\n".join(lines)] and removed == []


def test_a_time_on_a_line_of_its_own_is_no_comment_text():
    comments, removed = comments_from_text(["Finally a bus for the night shift.", "3 May 2012 9:40PM",
                                            "My sister waited an hour last winter."], "en")
    assert [c.text for c in comments] == ["Finally a bus for the night shift.\n\nMy sister waited an hour last winter."]
    assert [(r.rule, r.text) for r in removed] == [("comment-meta", "3 May 2012 9:40PM")]
    sentence = "We met on 3 May 2012 at the depot and waited an hour for a bus that never came."
    comments, _ = comments_from_text([sentence], "en")
    assert [c.text for c in comments] == [sentence]      # a date in a sentence stays


def test_a_short_article_with_one_long_comment_keeps_it_as_a_comment():
    comment = " ".join(["I drive the late bus on the northern route and can say the demand is there."] * 6)
    page = (ARTICLE + '<div id="comments"><h3>Comments</h3><dl><dt><span class="date">May 2, 2012</span> '
            f'Ann Lee says:</dt><dd><p>{comment}</p></dd></dl></div>')
    doc = processed(page)
    assert len(doc.comments) == 1 and "late bus on the northern route" in doc.comments[0].text
    assert "late bus" not in doc.body and "The council voted" in doc.body


# -- vocabulary -------------------------------------------------------------------------------
def test_names_in_header_lines_of_several_languages():
    voc = vocabulary()
    assert voc.name_in("Ann Lee says:") == "Ann Lee"
    assert voc.name_in("by ann on May 2, 2012 at 9:59 am") == "ann"
    assert voc.name_in("Marie a écrit :") == "Marie"
    assert voc.name_in("09. Jul, 2012 / Courtney says:") == "Courtney"
    assert voc.name_in("Di Eng") == "Di Eng"           # a capitalised by-word of another language is a name
    assert voc.name_in("Great post!") is None and voc.name_in("Reply") is None


def test_headings_and_relative_times_of_several_languages():
    voc = vocabulary()
    for heading in ("12 Comments", "Kommentare (3)", "3 thoughts on “Night buses”", "Laisser un commentaire",
                    "Deja un comentario", "Komentarze"):
        assert voc.is_heading(heading), heading
    for text in ("vor 3 Stunden", "il y a 2 heures", "hace 5 minutos", "3 hours ago", "2 dagen geleden"):
        assert voc.is_relative_time(text), text
    assert not voc.is_heading("The council voted on Tuesday") and not voc.is_relative_time("3 hours of talks")


# -- marks: share and more links are no comment marks -------------------------------------------
def test_article_sections_under_short_crossheads_with_share_links_are_not_a_thread():
    sections = "".join(f'<span class="cross-head">{head}</span><p>{text}</p><p>{text} Again, in other words.</p>'
                       f'<a class="share" href="#">Share</a>'
                       for head, text in [("National hero", "She flew twice and taught for years after that."),
                                          ("Great expectations", "The mission carried a robotic arm she designed."),
                                          ("Later years", "She wrote books for children about the planets.")])
    doc, text = cleaned(ARTICLE + f"<div class='story'>{sections}</div>")
    assert doc.comments == () and "robotic arm" in text


def test_the_same_sections_with_reply_links_and_times_are_a_thread():
    items = "".join(f'<div class="c"><span class="who">{who}</span> <span>{n} hours ago</span><p>{text}</p>'
                    f'<a href="#">Reply</a></div>'
                    for n, (who, text) in enumerate([("Ann Lee", "She flew twice and taught for years after."),
                                                     ("Bo Chen", "The arm was a marvel, I saw it in a museum.")], 2))
    doc, _ = cleaned(ARTICLE + f"<div>{items}</div>")
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen"]


# -- header lines with a date but no year ---------------------------------------------------
def test_header_lines_with_a_time_and_no_year_give_the_author():
    items = "".join(f'<div class="comment"><p>{n}</p><p>{who} On Thursday, November {n} at 2:5{n} pm</p>'
                    f'<p>{said}</p><a class="reply">Reply</a></div>'
                    for n, (who, said) in enumerate([("Lora Lee", "Too funny, my kids roll their eyes too."),
                                                     ("Mary Jane", "Sounds like a very interesting trip.")], 1))
    doc, _ = cleaned(ARTICLE + f'<div class="commentlist">{items}</div>')
    assert [(c.author, c.text, c.date) for c in doc.comments] == [
        ("Lora Lee", "Too funny, my kids roll their eyes too.", None),
        ("Mary Jane", "Sounds like a very interesting trip.", None)]


def test_a_short_comment_sentence_with_a_time_stays_its_text():
    items = "".join(f'<div class="comment"><span class="author">{who}</span><p>{said}</p></div>'
                    for who, said in [("Ann Lee", "See you on Monday at 10:30."), ("Bo Chen", "Same here, 18:00.")])
    doc, _ = cleaned(ARTICLE + f'<div id="comments">{items}</div>')
    assert [c.text for c in doc.comments] == ["See you on Monday at 10:30.", "Same here, 18:00."]


def test_a_name_with_a_date_beats_a_title_slot_and_the_title_stays_in_the_text():
    items = "".join(f'<div class="entry{n % 2 + 1}"><div class="title">{title}</div>'
                    f'<div class="by">{who} 2012-10-2{n}</div><p>{said}</p></div>'
                    for n, (title, who, said) in enumerate([
                        ("Energy first", "Tony Hamilton", "The problem is the energy the process needs."),
                        ("Tech", "Belfor Minn", "Impressed by how fast technology moves."),
                        ("Not going to work", "lynn", "Far too much energy for this to be more than a toy.")]))
    doc, _ = cleaned(ARTICLE + f'<div id="comments-list">{items}</div>')
    assert [(c.author, c.text.split("\n\n")[0]) for c in doc.comments] == [
        ("Tony Hamilton", "Energy first"), ("Belfor Minn", "Tech"), ("lynn", "Not going to work")]
