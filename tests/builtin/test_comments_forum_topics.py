"""Forum topics of the phpBB 3.0 shape (blind harness `tests/page_threads_blind_more.py`): the poster's
box beside a short post named by a member link alone (`comments.profile`, rule `profile-link` second),
a relative time in the post's byline (rule `byline-time`), "»" between a byline's name and its time.
Each rule with a positive and a negative case, on pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import SEPARATORS, vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Harbour wall to be rebuilt before winter</h1>"
           "<p>The harbour board agreed on Tuesday to rebuild the northern breakwater before the winter storms, "
           "after two years of surveys that found the old stones loose along most of its length.</p>"
           "<p>The work will cost about fourteen million and starts in spring, the board said in a statement "
           "published after the meeting.</p></div>")
SHORT = ["Will the car park by the slip stay open?", "Spring sounds optimistic to me.",
         "Good news for the lifeboat crew at last.", "Who pays for the extra barges then?"]
NAMES = ["seaview_pete", "Lucy", "Tom Brennan", "J. Okafor"]


def run(body: str) -> Document:
    html = f"<html lang='en'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def post(k: int, name: str, text: str, when: str, box: bool = True) -> str:
    profile = (f"<dl class='postprofile'><dt><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></dt>"
               f"<dd>Member</dd><dd><strong>Posts:</strong> {40 + k}</dd><dd><strong>Joined:</strong> Jan 2019</dd></dl>") \
        if box else ""
    return (f"<div id='p{k}' class='post bg{k % 2 + 1}'><div class='inner'><div class='postbody'><h3>Re: Harbour wall</h3>"
            f"<p class='author'>by <strong><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></strong> » {when}</p>"
            f"<div class='content'>{text}</div></div>{profile}</div></div>")


def topic(whens: list[str], box: bool = True) -> str:
    return "<div id='page-body'>" + "".join(post(k, n, t, w, box) for k, (n, t, w) in enumerate(zip(NAMES, SHORT, whens))) \
        + "</div>"


HOURS = ["5 hours ago", "2 hours ago", "40 minutes ago", "3 minutes ago"]


# -- the profile box of a short post: a member link names the poster when no author line gives a box ----------
def test_short_posts_beside_a_linked_profile_box_keep_their_text():
    doc = run(ARTICLE + topic(HOURS))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES, SHORT))
    removed = " ".join(r.text for r in doc.removed)
    assert "Joined" in removed and not any("Joined" in c.text or "Member" in c.text for c in doc.comments)


def test_a_linked_name_beside_a_single_counter_gives_no_box():
    """A blog's author box (a member link and one count of posts) is no forum poster's box: the posts stay (titled
    as a blog's posts: a forum's "Re:" subject lines would make them posts, `comments.subjects`)."""
    doc = run(ARTICLE + topic(HOURS).replace("<dd><strong>Joined:</strong> Jan 2019</dd>", "")
              .replace("<h3>Re: Harbour wall</h3>", "<h3>Harbour wall</h3>"))
    assert doc.comments == () and SHORT[0] in " ".join(doc.dom.body.text(separator=" ").split())


def test_a_box_holding_every_line_of_the_post_is_no_profile_box():
    """The stats printed in the post's own wrapper, beside the byline: no box apart from the text, so the
    text is not made furniture (it stays the comment's)."""
    posts = "".join(f"<div class='post'><div class='inner'><p class='author'>by <b>{n}</b> » {w}</p><p>{t}</p>"
                    f"<p>Posts: {40 + k}</p><a class='reply' href='#r'>Reply</a></div></div>"
                    for k, (n, t, w) in enumerate(zip(NAMES, SHORT, HOURS)))
    doc = run(ARTICLE + posts)
    assert all(any(t in c.text for c in doc.comments) for t in SHORT)


# -- byline-time: "by Ann » 5 hours ago" is the post's time ---------------------------------------------------
def test_a_relative_time_in_the_byline_marks_the_post():
    assert len(run(ARTICLE + topic(HOURS)).comments) == 4


def test_a_byline_without_a_time_marks_nothing():
    doc = run(ARTICLE + topic(["Re: the wall", "Re: the wall", "Re: the wall", "Re: the wall"]))
    assert doc.comments == () and SHORT[0] in " ".join(doc.dom.body.text(separator=" ").split())


# -- "»" between a name and its time ---------------------------------------------------------------------------
def test_a_spaced_guillemet_parts_a_name_from_its_time():
    assert vocabulary().name_in("Ann Lee » 20 hours ago") == "Ann Lee"
    assert [c.author for c in run(ARTICLE + topic(HOURS)).comments] == NAMES


def test_a_guillemet_inside_a_word_parts_nothing():
    assert SEPARATORS.split("Ann»Lee") == ["Ann»Lee"]
