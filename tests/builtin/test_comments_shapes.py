"""Thread shapes the development set holds few of, and the rules that read them: each rule
with a positive and a negative case.

Pages are small and written here (never copied from a benchmark set).
"""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.tree import Tree
from cleaners.builtin.comments.units import candidate_families
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Night buses extended to the northern districts</h1>"
           "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p></div>")


def cleaned(body: str) -> tuple[Document, str]:
    html = f"<html><body>{ARTICLE}{body}</body></html>"
    doc = HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))
    return doc, " ".join(doc.dom.body.text(separator=" ").split())


# -- a control or date name on an element that holds the comment's prose does not count ---------
def _lone(list_class: str, lines: str) -> str:
    return (f"<div id='comments'><h4>1 comment:</h4><div id='comments-block-wrapper'><dl class='{list_class}'>"
            "<dt class='comment-author'><a href='/p/1'>Ann Lee</a> said...</dt>"
            f"<dd class='comment-body'><p>{lines}</p></dd>"
            "<dd class='comment-footer'><span class='comment-timestamp'><a href='#c1'>May 2, 2012 5:11 PM</a></span>"
            "</dd></dl></div></div>")


def test_short_lines_of_a_comment_inside_a_list_named_for_avatars_stay_its_text():
    lines = ("Hi all,<br/>this is great news for my son, who works the night shift at the hospital and walks home "
             "every single night.<br/>http://example.org/night-bus-petition<br/>cheers,<br/>Ann")
    doc, _ = cleaned(_lone("avatar-indent", lines))
    assert [(c.author, c.text) for c in doc.comments] == [(
        "Ann Lee", "Hi all,\nthis is great news for my son, who works the night shift at the hospital and walks home "
        "every single night.\nhttp://example.org/night-bus-petition\ncheers,\nAnn")]


def test_a_short_control_bar_named_so_is_still_chrome():
    item = ("<div class='comment'><span class='comment-author'>{who}</span><p>{said}</p>"
            "<div class='comment-actions'><a href='#'>Flag</a> <span>Permalink</span></div></div>")
    items = "".join(item.format(who=w, said=s) for w, s in [
        ("Ann Lee", "This is great news for the night shift at the hospital and for everyone working late hours."),
        ("Bo Chen", "Will the route go past the station, and will it run on Sundays and on public holidays too?")])
    doc, _ = cleaned(f"<div id='comments'>{items}</div>")
    assert [c.text for c in doc.comments] and all("Permalink" not in c.text and "Flag" not in c.text
                                                  for c in doc.comments)


# -- siblings whose classes alternate but whose children follow one template ----------------------
def _alternating(classes: list[str], inner: list[str]) -> str:
    people = [("Ann Lee", "Good news for the night shift."), ("Bo Chen", "About time too."),
              ("Kim Vale", "Thanks, we will keep you posted."), ("Cy Diaz", "Will it run on Sundays?")]
    items = "".join(f"<li{f' class={c!r}' if c else ''}>{body.format(n=n, who=who, said=said)}</li>"
                    for n, (c, body, (who, said)) in enumerate(zip(classes, inner, people), 1))
    return f"<h3>4 Comments</h3><ul class='commentlist'>{items}</ul>"


TEMPLATE = ("<img class='avatar' src='a{n}.png' alt=''/><span class='comment-no'>#{n} {who}</span> "
            "<span class='comment-date'>May {n}, 2012 at 9:5{n}</span><div class='comment-text'><p>{said}</p></div>")


def test_comments_whose_classes_alternate_with_none_are_one_thread():
    doc, text = cleaned(_alternating(["alt-comment", "", "author", "alt-comment"], [TEMPLATE] * 4))
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen", "Kim Vale", "Cy Diaz"]
    assert "keep you posted" not in text


def test_siblings_of_one_tag_with_other_children_stay_apart():
    html = ("<ul>" + "".join(f"<li class='{c}'><span class='a'>{w}</span><p>{w} text here</p></li>"
                             for c, w in [("x", "One"), ("x", "Two")]) +
            "".join(f"<li><img src='{w}.png'/><a href='/{w}'>{w} link here</a></li>" for w in ("Three", "Four")) + "</ul>")
    tree = Tree(LexborHTMLParser(f"<html><body>{html}</body></html>").body)
    assert sorted((f.key, len(f.units)) for f in candidate_families(tree) if f.key.startswith("li")) == \
        [("li.", 2), ("li.x", 2)]


# -- header lines ------------------------------------------------------------------------------
def test_a_comment_number_before_the_name_is_not_part_of_it():
    voc = vocabulary()
    assert voc.name_in("#3 Ann Lee") == "Ann Lee" and voc.name_in("No. 12 Bo Chen") == "Bo Chen"
    assert voc.name_in("#12") is None and voc.name_in("12 Comments") is None


def test_separators_around_a_name_are_not_part_of_it():
    voc = vocabulary()
    assert voc.strip_name("by annlee \u00bb") == "annlee" and voc.strip_name("\u2039 Bo Chen \u203a") == "Bo Chen"
    assert voc.strip_name("Anne-Marie") == "Anne-Marie"


# -- phpBB-like forum posts ------------------------------------------------------------------------
def _forum(controls: str) -> str:
    post = ("<div class='post bg{bg}' id='p{n}'><div class='inner'><div class='postbody'>{controls}"
            "<h3><a href='#p{n}'>Re: Night buses</a></h3>"
            "<p class='author'>by <strong><a href='/u/{n}'>{who}</a></strong> &raquo; Wed May 0{n}, 2012 9:5{n} am</p>"
            "<div class='content'>{said}</div></div>"
            "<dl class='postprofile'><dt><a href='/u/{n}'>{who}</a></dt><dd><strong>Posts:</strong> 3{n}</dd></dl>"
            "</div></div>")
    people = [("annlee", "Finally. My son works nights at the hospital and walks an hour home."),
              ("bochen", "Will the route go past the station? That would help a lot of people."),
              ("cydiaz", "Two million is cheap for this, honestly.")]
    return "<div id='page-body'>" + "".join(post.format(bg=n % 2 + 1, n=n, who=w, said=s, controls=controls)
                                            for n, (w, s) in enumerate(people, 1)) + "</div>"


def test_forum_posts_with_quote_and_report_controls_are_a_thread_and_the_profile_name_is_no_title():
    controls = ("<ul class='profile-icons'><li class='report-icon'><a href='#' title='Report this post'>"
                "<span>Report this post</span></a></li><li class='quote-icon'><a href='#' title='Reply with quote'>"
                "<span>Reply with quote</span></a></li></ul>")
    doc, text = cleaned(_forum(controls))
    assert [(c.author, c.text) for c in doc.comments] == [
        ("annlee", "Finally. My son works nights at the hospital and walks an hour home."),
        ("bochen", "Will the route go past the station? That would help a lot of people."),
        ("cydiaz", "Two million is cheap for this, honestly.")]
    assert "walks an hour" not in text and "The council voted" in text


def test_the_same_posts_without_any_control_heading_or_name_stay():
    """(Without their "Re:" subject lines too: three posts under those are a thread, `comments.subjects`.)"""
    doc, text = cleaned(_forum("").replace("Re: Night buses", "Night buses"))
    assert doc.comments == () and "walks an hour home" in text


def test_the_same_posts_under_reply_subject_lines_are_a_thread():
    doc, text = cleaned(_forum(""))
    assert [c.author for c in doc.comments] == ["annlee", "bochen", "cydiaz"] and "walks an hour" not in text


# -- a pasted address is the comment's own text, a link to a story is not a comment ------------------
def _footer_thread(second: str) -> str:
    return ("<div class='comments'><h3>Comments</h3>"
            "<div class='comment-content'><p>Finally. My son works nights.</p></div>"
            "<p class='comment-footer'>Posted by: Ann Lee | May 02, 2012 at 09:59 AM</p>"
            f"<div class='comment-content'><p>{second}</p></div>"
            "<p class='comment-footer'>Posted by: Bo Chen | May 02, 2012 at 10:40 AM</p>"
            "<div class='comment-content'><p>Two million is cheap.</p></div>"
            "<p class='comment-footer'>Posted by: Cy Diaz | May 03, 2012 at 08:02 AM</p></div>")


def test_a_comment_made_mostly_of_a_pasted_address_is_kept():
    doc, _ = cleaned(_footer_thread("Timetable: <a href='http://example.org/t'>http://example.org/night-bus/timetable"
                                    "-northern-districts-2012.pdf</a>"))
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen", "Cy Diaz"]
    assert doc.comments[1].text.endswith("timetable-northern-districts-2012.pdf")


def test_a_unit_made_mostly_of_a_titled_link_is_no_comment():
    doc, _ = cleaned(_footer_thread("See: <a href='http://example.org/t'>The full timetable of the new night buses for "
                                    "the northern districts</a>"))
    assert [c.author for c in doc.comments] == ["Ann Lee", "Cy Diaz"]


def test_an_address_shown_in_the_name_element_is_not_part_of_the_name():
    voc = vocabulary()
    assert voc.strip_name("http://example.org/annlee Ann Lee") == "Ann Lee"
    assert voc.name_in("www.example.org") is None and voc.strip_name("Ann Lee") == "Ann Lee"


# -- a photo is no avatar: a gallery of credited photos is no thread ------------------------------
def _gallery(image_class: str) -> str:
    slides = [("Where is the old depot?", "Harbour Archive", "The depot stood by the river until the flood of 1921, "
               "when the water reached the first floor and the buses were moved to the hill."),
              ("The first night bus", "City Museum", "The first night bus ran in 1950 with a conductor and a driver, "
               "and it carried mostly bakers and printers to work before dawn.")]
    items = "".join(f"<li class='item'><p class='label'>{title}</p><img class='{image_class}' src='/photos/{n}.jpg'/>"
                    f"<span class='credit'>{credit}</span> <span>{n + 2} hours ago</span><p>{text}</p></li>"
                    for n, (title, credit, text) in enumerate(slides))
    return f"<ul class='slides'>{items}</ul>"


def test_a_gallery_of_credited_photos_is_no_thread():
    doc, text = cleaned(_gallery("photo"))
    assert doc.comments == () and "flood of 1921" in text


def test_the_same_items_with_user_pictures_are_a_thread():
    doc, _ = cleaned(_gallery("user-photo"))
    assert len(doc.comments) == 2


# -- a form wrapping the whole page (ASP.NET) is the page, not a comment form ------------------------
def _form_page(comments: str) -> str:
    units = "".join(f"<div class='Normal'><a name='c{n}'></a>{said}<p class='postfoot'>posted on Wednesday, "
                    f"October 2{n}, 2012 at 7:2{n} PM by <a href='/u{n}'>{who}</a></p></div><hr/>"
                    for n, (who, said) in enumerate([("Darla", "Thank you for this, it helps a lot."),
                                                     ("Jon Nugent", "Great post, we need more of these.")], 1))
    return f"<form id='Form' action='/page.aspx'>{comments}<div class='post'><h3>COMMENTS</h3>{units}</div></form>"


def test_a_thread_in_a_form_that_wraps_the_page_is_read():
    doc, text = cleaned(_form_page(ARTICLE))
    assert [(c.author, c.text) for c in doc.comments] == [("Darla", "Thank you for this, it helps a lot."),
                                                          ("Jon Nugent", "Great post, we need more of these.")]


def test_a_form_holding_less_than_half_the_page_is_a_form():
    html = ("<html><body>" + ARTICLE + "<form><label>Your name</label><input name='n'/><p>Be nice.</p></form>"
            "</body></html>")
    tree = Tree(LexborHTMLParser(html).body)
    form = {tree.tag[i]: tree.form[i] for i in range(len(tree)) if tree.tag[i] in ("label", "h1")}
    assert form == {"label": True, "h1": False}
    wrapped = Tree(LexborHTMLParser(html.replace("<body>", "<body><form id='page'>").replace("<form>", "<div>")
                                    .replace("</form>", "</div></form>")).body)
    assert {wrapped.tag[i]: wrapped.form[i] for i in range(len(wrapped)) if wrapped.tag[i] in ("label", "h1")} == \
        {"label": True, "h1": False}


def test_a_name_after_the_date_of_a_footer_is_the_author():
    voc = vocabulary()
    assert voc.name_in("posted on Wednesday, October 24, 2012 at 7:26 PM by Darla") == "Darla"
    assert voc.name_in("posted on Wednesday, October 24, 2012 at 7:26 PM") is None


# -- a thread with replies inside a container named as a widget is the page's thread --------------------
def _widget(replies: bool) -> str:
    def item(n: int, who: str, said: str, depth: int) -> str:
        return (f"<li class='comment depth-{depth}' id='c{n}'><div class='c-header'><cite>{who}</cite></div>"
                f"<div class='c-body'><p>{said}</p></div></li>")
    reply = (f"<ul class='children'>{item(2, 'Bo Chen', 'Mine too, he walks an hour.', 2)}</ul>" if replies
             else item(2, "Bo Chen", "Mine too, he walks an hour.", 1))
    return ("<div class='widget widget_threads'><div id='thread'><ul id='c-list'>"
            f"{item(1, 'Ann Lee', 'Finally, my son works nights.', 1)}{reply}"
            f"{item(3, 'Cy Diaz', 'Two million is cheap.', 1)}</ul></div></div>")


def test_a_thread_with_replies_in_a_widget_is_the_pages_thread():
    doc, _ = cleaned(_widget(replies=True))
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Ann Lee", 0, None), ("Bo Chen", 1, 0), ("Cy Diaz", 0, None)]


def test_a_flat_list_of_comments_in_a_widget_is_the_sites():
    doc, _ = cleaned(_widget(replies=False))
    assert doc.comments == ()


# -- a publication label is no name; excerpts cut with "..." are comments shown elsewhere -----------------
def test_a_publication_label_before_a_date_is_no_name():
    voc = vocabulary()
    assert voc.name_in("Published on November 1st, 2012 - 4 Comments") is None
    assert voc.name_in("Ann on November 1st, 2012") == "Ann"


def _excerpts(cut: bool) -> str:
    said = ["One tip is to print the timetable and keep it in your wallet for the nights",
            "The night buses were the best thing the council did this year, in my opinion",
            "Why the route skips the station is a mystery to everyone who lives near it"]
    items = "".join(f"<li class='comment'><cite>{who}</cite> <p>{text[:30] + '...' if cut else text + '.'}</p>"
                    f"<a href='#'>Reply</a></li>" for who, text in zip(["Ann Lee", "Bo Chen", "Cy Diaz"], said))
    return f"<ul class='comments'>{items}</ul>"


def test_short_excerpts_cut_with_an_ellipsis_are_no_thread():
    doc, _ = cleaned(_excerpts(cut=True))
    assert doc.comments == ()


def test_the_same_comments_whole_are_a_thread():
    doc, _ = cleaned(_excerpts(cut=False))
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bo Chen", "Cy Diaz"]
