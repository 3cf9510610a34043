"""Forum posts and unnamed comment lists: a poster's profile box (`comments.profile`), the replies
to a forum page's opening post, a comment list told by its structure and reply controls alone.
Each rule with a positive and a negative case, on pages written here."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.profile import is_counter, is_stat
from cleaners.builtin.comments.vocabulary import vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Night buses extended to the northern districts</h1>"
           "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year "
           "of petitions from shift workers who had no way home.</p>"
           "<p>The extension will cost about two million a year and starts in March, the council said in a statement "
           "published after the vote.</p></div>")
REMARKS = ["We waited forty minutes for a bus last winter, anything is better than that.",
           "Who is going to pay for the extra drivers? Nobody has said so far.",
           "My street was promised the same thing years ago and nothing happened."]
NAMES = ["oldtimer58", "Ruth M.", "bike_commuter"]
# (join label, posts label, reply control) in each language
LABELS = {"en": ("Join Date", "Posts", "Reply"), "de": ("Registriert seit", "Beiträge", "Antworten"),
          "fr": ("Inscrit le", "Messages", "Répondre"), "es": ("Fecha de ingreso", "Mensajes", "Responder"),
          "it": ("Data registrazione", "Messaggi", "Rispondi"), "pt": ("Data de registo", "Mensagens", "Responder"),
          "nl": ("Lid sinds", "Berichten", "Reageren"), "ru": ("Регистрация", "Сообщений", "Ответить"),
          "pl": ("Dołączył", "Posty", "Odpowiedz")}


def run(body: str, lang: str = "en") -> Document:
    html = f"<html lang='{lang}'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def text_of(doc: Document) -> str:
    return " ".join(doc.dom.body.text(separator=" ").split())


def post(k: int, name: str, text: str, stats: tuple[str, str] | None = ("Join Date", "Posts"), clock: bool = True) -> str:
    box = f"<dl class='extra'><dt>{stats[0]}</dt><dd>Mar 2015</dd><dt>{stats[1]}</dt><dd>{k * 37}</dd></dl>" \
        if stats else ""
    return (f"<li class='postbit' id='post_{k}'><div class='posthead'><span class='date'>1{k} May 2021{f', 09:1{k}' if clock else ''}</span> "
            f"<span class='nodecontrols'>#{k}</span></div><div class='postdetails'><div class='userinfo'>"
            f"<div class='name'><a class='username' href='/m/{k}'>{name}</a></div> <span class='usertitle'>Member"
            f"</span> {box}</div> <div class='postbody'><blockquote class='postcontent'>{text}</blockquote></div>"
            f"</div></li>")


def posts(texts: list[str], **kw) -> str:
    return "<div id='postlist'><ol id='posts'>" + "".join(post(k + 1, NAMES[k], t, **kw) for k, t in enumerate(texts)) \
        + "</ol></div>"


# -- poster-profile: the counters of a member beside each post mark a thread, and are its furniture ---------
@pytest.mark.parametrize("lang", sorted(LABELS))
def test_posts_with_posters_profiles_after_an_article_are_comments(lang):
    doc = run(ARTICLE + posts(REMARKS, stats=LABELS[lang][:2]), lang)
    assert [(c.author, c.depth, c.text) for c in doc.comments] == [(n, 0, t) for n, t in zip(NAMES, REMARKS)]
    assert doc.comments[0].date == "2021-05-11T09:11:00"
    body, removed = text_of(doc), " ".join(r.text for r in doc.removed)
    for word in (*LABELS[lang][:2], "Mar 2015", "Member"):
        assert word not in body and word in removed and not any(word in c.text for c in doc.comments)
    assert "The council voted on Tuesday" in body


def test_the_same_posts_without_a_profile_or_a_control_are_no_thread():
    doc = run(ARTICLE + posts(REMARKS, stats=None, clock=False))     # (with times to the minute: `signed-units`)
    assert doc.comments == () and REMARKS[0] in text_of(doc)


def test_a_stat_is_a_label_with_a_short_value():
    assert is_stat("Join Date") and is_stat("Posts: 523") and is_stat("Beiträge 12") and is_stat("Inscrit le : 3 mars")
    assert is_stat("Сообщений: 1 024") and is_stat("Lid sinds")
    assert not is_stat("Posts about the council vote") and not is_stat("Joined the council in 2015 after a long row")
    assert not is_stat("Messages: we have read every one of the letters you sent us last week")


def test_a_counter_is_a_label_with_its_value():
    assert is_counter("Posts", "305") and is_counter("Join Date", "Mar 2015") and is_counter("Posts: 523", "")
    assert not is_counter("Posts", "Profile") and not is_counter("Posts", "") and not is_counter("Bio", "12")


def test_an_authors_links_named_posts_are_no_profile():
    """A list of contributors, each with a bio, a date and links "Posts | Profile": no poster's counters."""
    units = "".join(f"<div class='contributor'><p>{t}</p><span class='date'>1{k} May 2021</span><div class='card'>"
                    f"<div><a class='username' href='/u'>{n}</a></div><ul><li><a href='/p'>Posts</a></li>"
                    f"<li><a href='/b'>Profile</a></li></ul></div></div>" for k, (n, t) in enumerate(zip(NAMES, REMARKS)))
    doc = run(ARTICLE + f"<div class='contributors'>{units}</div>")
    assert doc.comments == () and REMARKS[0] in text_of(doc)


def test_a_box_holding_prose_is_no_profile():
    """A stat label beside a long line (a bio: "Posts: ... she has written about ...") is no profile box."""
    bio = "She has written about transport and housing for the paper since the first strike, and about little else."
    units = "".join(f"<div class='card'><span class='date'>1{k} May 2021</span><div class='who'><a class='username'>{n}"
                    f"</a><p>{bio}</p><div>Posts: {k}</div></div><p>{t}</p></div>" for k, (n, t) in enumerate(zip(NAMES, REMARKS)))
    doc = run(ARTICLE + f"<div class='team'>{units}</div>")
    assert doc.comments == () and "Posts: 1" in text_of(doc)


# -- forum-opening-post: on a forum page the first post is the article, the posts after it comments -------
OPENING = ("Our town wants to extend the night buses to the northern districts. The council voted on Tuesday, after a "
           "year of petitions from shift workers who had no way home. What do you think of the plan and of its cost?")


def test_on_a_forum_page_the_opening_post_is_the_body_and_the_replies_are_comments():
    doc = run("<h1>Night buses to the north</h1>" + posts([OPENING, *REMARKS[:2]]))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES[1:], REMARKS[:2]))
    body = text_of(doc)
    assert OPENING in body and REMARKS[0] not in body and "Join Date" not in body
    profile = [r.text for r in doc.removed if r.rule == "poster-profile"]
    assert len(profile) == 1 and NAMES[0] in profile[0] and "Join Date" in profile[0]


def test_a_page_of_posts_without_profiles_stays_whole():
    """Repeated units that are the page's content, with no poster profile: no opening post is guessed."""
    doc = run("<h1>Night buses to the north</h1>" + posts([OPENING, *REMARKS[:2]], stats=None))
    assert doc.comments == () and OPENING in text_of(doc) and REMARKS[0] in text_of(doc)


# -- a comment list named nowhere: its units' author and date header, text and reply control -------------
def _unnamed(reply: str | None, nested: bool) -> str:
    def one(name, text, date, kids=""):
        control = f"<div><a href='#r'>{reply}</a></div>" if reply else ""
        return (f"<li><div><div><span><a href='/u'>{name}</a></span> <span><a title='{date}'>{date}</a></span></div>"
                f"<div><p>{text}</p></div>{control}</div>{kids}</li>")
    kids = "<ul>" + one(NAMES[1], REMARKS[1], "12.05.2021") + "</ul>" if nested else ""
    return ("<div><ul>" + one(NAMES[0], REMARKS[0], "11.05.2021", kids)
            + one(NAMES[2], REMARKS[2], "13.05.2021") + "</ul></div>")


@pytest.mark.parametrize("lang", sorted(LABELS))
def test_an_unnamed_list_with_reply_controls_is_a_thread(lang):
    doc = run(ARTICLE + _unnamed(LABELS[lang][2], nested=True), lang)
    assert [(c.author, c.depth, c.text) for c in doc.comments] == [(NAMES[0], 0, REMARKS[0]), (NAMES[1], 1, REMARKS[1]),
                                                                    (NAMES[2], 0, REMARKS[2])]
    assert LABELS[lang][2] not in text_of(doc)


def test_an_unnamed_flat_list_of_names_dates_and_texts_without_controls_is_no_thread():
    """A list of quotes or testimonials with a name and a date: no reply control, no thread."""
    doc = run(ARTICLE + _unnamed(None, nested=False))
    assert doc.comments == () and REMARKS[0] in text_of(doc)


# -- a month or weekday name read inside a word does not cut the name ("commu|ter") ----------------------
def test_a_date_word_inside_a_name_leaves_the_name_whole():
    assert vocabulary().name_in("bike_commuter 13.05.2021") == "bike_commuter"


def test_a_date_after_a_name_is_still_cut():
    voc = vocabulary()
    assert voc.name_in("Ann Tue 3 May 2012") == "Ann" and voc.name_in("Ann Lee 07.15.12 at 11:59") == "Ann Lee"


# -- a unit with a comment mark is no link list, however much of it is links ---------------------------------
def _linked(reply: str | None) -> str:
    control = f"<footer><a class='act'>{reply}</a></footer>" if reply else ""
    units = "".join(f"<li class='post'><div class='byline'><a href='/u/{k}'>{n}</a> <a class='ago' href='#c{k}'>"
                    f"Donnerstag, 1{k}. März 2021, 20:3{k}</a></div><p>{t}</p>{control}</li>"
                    for k, (n, t) in enumerate(zip(NAMES, ["Genau das.", "Danke!", "Stimmt."])))
    return f"<ul class='posts'>{units}</ul>"


def _families(html: str):
    from cleaners.builtin.comments.evidence import PageMarks
    from cleaners.builtin.comments.tree import Tree
    from cleaners.builtin.comments.units import candidate_families
    tree = Tree(LexborHTMLParser(f"<html><body>{html}</body></html>").body)
    return tree, PageMarks(tree), [f for f in candidate_families(tree) if f.key == "li.post"]


def test_short_comments_under_a_linked_name_and_date_with_reply_controls_are_promising():
    from cleaners.builtin.comments.cleaner import promising
    tree, marks, (family,) = _families(_linked("Antworten"))
    assert promising(tree, family, marks)
    assert [c.author for c in run(ARTICLE + _linked("Antworten"), "de").comments] == NAMES


def test_units_mostly_links_without_a_comment_mark_are_a_link_list():
    from cleaners.builtin.comments.cleaner import promising
    tree, marks, (family,) = _families(_linked(None))
    assert not promising(tree, family, marks)


def _forum_page(stats) -> str:
    """Posts whose text is in paragraphs (the opening post holds the page's main text), beside a
    sidebar and a footer holding more text than the opening post."""
    def one(k, name, paragraphs):
        return post(k, name, "".join(f"<p>{p}</p>" for p in paragraphs), stats=stats)
    side = "".join(f"<li><a href='/t/{k}'>Another topic about the buses and the trams, number {k}</a></li>"
                   for k in range(12))
    opening = [OPENING, "The cost is about two million a year, the council said. The service would start in March."]
    items = [one(1, NAMES[0], opening), one(2, NAMES[1], [REMARKS[0]]), one(3, NAMES[2], [REMARKS[1]])]
    return (f"<h1>Night buses to the north</h1><div id='postlist'><ol id='posts'>{''.join(items)}</ol></div>"
            f"<aside><h3>Other topics</h3><ul>{side}</ul></aside><footer><p>{REMARKS[2]} {OPENING}</p></footer>")


def test_an_opening_post_holding_the_main_text_stays_the_body_beside_a_long_sidebar():
    doc = run(_forum_page(("Join Date", "Posts")))
    assert [(c.author, c.text) for c in doc.comments] == list(zip(NAMES[1:], REMARKS[:2]))
    body = text_of(doc)
    assert OPENING in body and REMARKS[0] not in body and "Join Date" not in body


def test_posts_holding_the_main_text_without_profiles_stay_whole():
    doc = run(_forum_page(None))
    assert doc.comments == () and OPENING in text_of(doc) and REMARKS[0] in text_of(doc)


# -- of two units, a comment mark in one only is no pattern ------------------------------------------------
def _two(second_reply: str | None) -> str:
    def one(name, text, date, reply):
        control = f"<div><a href='#r'>{reply}</a></div>" if reply else ""
        return f"<li><div><span>{name}</span> <span>{date}</span></div><div><p>{text}</p></div>{control}</li>"
    return f"<div><ul>{one(NAMES[0], REMARKS[0], '11.05.2021', 'Reply')}{one(NAMES[2], REMARKS[2], '13.05.2021', second_reply)}</ul></div>"


def test_two_units_each_with_a_reply_control_are_a_thread():
    assert [c.author for c in run(ARTICLE + _two("Reply")).comments] == [NAMES[0], NAMES[2]]


def test_two_units_with_a_reply_control_in_one_only_are_no_thread():
    """An article's paragraphs cut at a reader's quote ("Ann wrote to us:") and a tag line: one mark."""
    doc = run(ARTICLE + _two(None))
    assert doc.comments == () and REMARKS[0] in text_of(doc)
