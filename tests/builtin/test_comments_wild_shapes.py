"""Comment-stage rules for thread markup of old forums and comment plugins: a form without a
field to write in wraps what it holds (`Tree._unwrap_page_forms`), an unclassed element with a
numbered comment id is of its own template (`Tree.id_key`), ``<hr>`` ends a line, and table
rows are units (a 2005-style table forum).

Pages are small and written here (never copied from a benchmark set)."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments.tree import Tree

from ._html import after_comments as cleaned

ARTICLE = ('<div><div><h1>Harbour ferry returns after the winter</h1>'
           "<p>The harbour ferry sails again from Monday, three weeks earlier than last year, after the repairs to "
           "the north pier were finished ahead of time.</p>"
           "<p>Tickets keep last year's price, and the first boat leaves the old quay at a quarter past six.</p>"
           "</div><div><p>About us · Contact · Privacy</p></div></div>")
ROWS = [("Mia Lund", "14 March 2013", "Finally, my commute gets shorter."),
        ("Tom Berg", "15 March 2013", "Will bikes be allowed on board?"),
        ("Ola Dahl", "16 March 2013", "The old timetable was better.")]


def _posts(wrapper: str) -> str:
    posts = "".join(f'<li class="message" id="post-{k}"><h3 class="userText"><a class="username">{a}</a></h3>'
                    f'<blockquote class="messageText">{t}</blockquote><div class="messageMeta"><span class="DateTime">'
                    f'{d}</span> <a class="ReplyQuote">Reply</a></div></li>' for k, (a, d, t) in enumerate(ROWS))
    return wrapper.format(posts=f'<ol class="messageList">{posts}</ol>')


# -- rule: a form without a field to write in (an inline moderation form) wraps its posts
def test_posts_inside_a_form_without_a_field_to_write_in_are_comments():
    doc = cleaned(ARTICLE + _posts('<form class="InlineModForm"><input type="hidden" name="t" value="1">{posts}'
                                   '<input type="checkbox" name="all"></form>'))
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for a, _, t in ROWS]


def test_a_form_with_a_field_to_write_in_stays_a_form_and_gives_no_comment():
    fields = "".join(f'<p class="comment-form-field"><label>{label}</label> <input type="text" name="f{k}"> '
                     f'<span class="hint">Posted 14 March 2013</span></p>'
                     for k, label in enumerate(["Mia Lund", "Tom Berg", "Ola Dahl"]))
    doc = cleaned(ARTICLE + f'<form class="reply"><h3>Leave a reply</h3>{fields}<textarea></textarea>'
                            '<a class="reply">Reply</a></form>')
    assert doc.comments == ()


# -- rule: an unclassed element whose numbered id names comments is of its own template
def test_an_unclassed_element_with_a_numbered_comment_id_has_its_own_template_key():
    html = ('<div><div id="comments"><div class="odd" id="comment-item-12">a</div><div id="comment-item-13">b</div>'
            '<div class="comment-box" id="comment-14">c</div><div id="post-3">d</div></div></div>')
    tree = Tree(LexborHTMLParser(html).body)
    keys = {tree.ident(i): tree.key(i) for i in range(1, len(tree)) if tree.ident(i)}
    assert keys["comment-item-12"] == keys["comment-item-13"] == "div.#comment-item-"
    assert keys["comment-14"] == "div.comment-box"       # a class of its own decides
    assert keys["comments"] == "div."       # no number
    assert keys["post-3"] == "div.#post-"   # a word and a number, no comment word: its own template too (`numbered-id`)


def test_parity_divs_with_numbered_comment_ids_among_plain_divs_are_each_one_comment():
    items = "".join(f'<div class="{"odd" if k % 2 else "even"}" id="comment-item-{k}"><div class="box">'
                    f'<span class="comment-author">{a}</span> <span class="comment-date">{d}</span>'
                    f'<div class="comment-body">{t}</div><a href="#r">Reply</a></div></div>'
                    for k, (a, d, t) in enumerate(ROWS))
    doc = cleaned(ARTICLE + f'<div id="jc"><h4>Comments</h4><div class="comments-list">{items}</div></div>')
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for a, _, t in ROWS]


# -- rules: table rows are units; <hr> ends a line
def _table(rows: list[tuple[str, str, str]], counter: bool = True) -> str:
    cells = "".join(f'<tr><td class="row{k % 2 + 1}"><span class="name"><b>{a}</b></span><br><span '
                    f'class="postdetails">{"Posts: " + str(k + 5) if counter else "Oslo"}</span></td><td class="row'
                    f'{k % 2 + 1}"><span class="postdetails">{d}</span><hr><span class="postbody">{t}</span></td></tr>'
                    for k, (a, d, t) in enumerate(rows))
    return f'<table class="forumline"><tr><th>Author</th><th>Message</th></tr>{cells}</table>'


def test_a_table_forum_gives_one_comment_per_row_with_its_date_apart_from_its_text():
    doc = cleaned(ARTICLE + "<h3>Comments</h3>" + _table(ROWS))
    assert [(c.author, c.text, c.date) for c in doc.comments] == [
        ("Mia Lund", "Finally, my commute gets shorter.", "2013-03-14"),
        ("Tom Berg", "Will bikes be allowed on board?", "2013-03-15"),
        ("Ola Dahl", "The old timetable was better.", "2013-03-16")]


def test_a_data_table_of_names_and_dates_gives_no_comment():
    results = [("Mia Lund", "14 March 2013", "First place, 42 minutes"),
               ("Tom Berg", "14 March 2013", "Second place, 44 minutes"),
               ("Ola Dahl", "14 March 2013", "Third place, 45 minutes")]
    doc = cleaned(ARTICLE + "<h3>Results</h3>" + _table(results, counter=False))
    assert doc.comments == ()


# -- rule: a breadcrumb trail or a row of tools is no comment heading, whatever its last step
def test_a_comment_heading_is_read_and_a_trail_or_tool_row_ending_with_a_heading_word_is_not():
    from cleaners.builtin.comments.vocabulary import vocabulary
    voc = vocabulary()
    assert voc.is_heading("Opinie") and voc.is_heading("12 Comments") and voc.is_heading("Comments / Leave a reply")
    assert not voc.is_heading("Home › Buitenland › Opinie") and not voc.is_heading("Strona główna > Kraj > Opinie")
    assert not voc.is_heading("Email | Stampa | Commenti (22)") and voc.is_heading("12 Comments | Add yours | RSS")


def test_entries_after_a_breadcrumb_ending_with_a_heading_word_give_no_comment():
    entries = "".join(f'<div class="entry"><div class="entry-meta"><span class="who">{a}</span></div><p>{t}</p>'
                      f'<img class="avatar" src="/a.jpg" alt=""></div>' for a, _, t in ROWS)
    doc = cleaned('<p class="crumbs">Home › Kraj › Opinie</p>'
                  f'<div class="post"><div class="post-body">{ARTICLE}<div class="entries">{entries}</div></div></div>')
    assert doc.comments == ()


# -- rule: an article tool's word (language data: share, article_tools) is no name
def test_a_tool_word_is_no_name_and_a_name_still_is():
    from cleaners.builtin.comments.vocabulary import vocabulary
    voc = vocabulary()
    assert not voc.name_like("Эл. почта") and not voc.name_like("Drukuj") and not voc.name_like("E-mail")
    assert voc.name_like("Ann Lee") and voc.name_like("Иван Петров")


# -- rule: a block with a clock time first in a container is a timed entry, no comment heading
def _ticker(first: str) -> str:
    entries = "".join(f'<div class="entry"><p class="who"><b>{a}</b> <time>{d}</time></p><p>{t}</p></div>'
                      for a, d, t in ROWS)
    return ARTICLE + f'<div class="stream"><div class="first">{first}</div><div class="entries">{entries}</div></div>'


def test_entries_after_a_comment_count_first_in_their_container_are_comments():
    doc = cleaned(_ticker("<span>80 comments</span> <a>Leave a comment</a>"))
    assert [(c.author, c.text) for c in doc.comments] == [(a, t) for a, _, t in ROWS]


def test_entries_after_a_timed_entry_holding_a_comment_count_give_no_comment():
    doc = cleaned(_ticker("<time>22:22</time><span>80 comments</span> <a>Leave a comment</a>"))
    assert doc.comments == ()
