"""A quoted post inside a forum post (the phpBB shape; blind harness
`tests/page_threads_blind_more.py`): rule `quoted-post` (`comments.quoted`),
a byline giving a name and an age ("by Ann » il y a 5 heures": rule `byline-time`, `comments.items`), a closing
"– Name date" (rule `dashed-signature`) and a fediverse address after a name (rule `name-handle`).
Each with a positive and a negative case, on pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>Ferry timetable changes from May</h1>"
           "<p>The island ferry will leave the harbour half an hour earlier on weekdays from May, the operator said, "
           "so that the first crossing meets the morning train to the city.</p>"
           "<p>Evening sailings stay as they are, and the Sunday service gains a fourth return trip in the summer.</p></div>")
POSTS = [("harbourgull", "Earlier is fine for commuters but the school children will wait in the cold."),
         ("Mira T.", "A fourth Sunday trip is what the cafes on the quay asked for last year."),
         ("old_skipper", "I doubt the crew rota allows it without hiring two more deckhands.")]
WHENS = ["Tue Mar 05, 2013 7:12 am", "Tue Mar 05, 2013 8:30 am", "Wed Mar 06, 2013 6:05 pm"]


def post(k: int, name: str, text: str, inner: str = "", after: str = "", when: str | None = None) -> str:
    return (f"<div id='p{k}' class='post bg{k % 2 + 1}'><div class='inner'><div class='postbody'><h3>Re: Ferry timetable</h3>"
            f"<p class='author'>by <strong><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></strong> » "
            f"{when or WHENS[k]}</p><div class='content'>{inner}{text}</div>{after}</div>"
            f"<dl class='postprofile'><dt><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></dt>"
            f"<dd>Member</dd><dd><strong>Posts:</strong> {k + 31}</dd><dd><strong>Joined:</strong> Feb 2011</dd></dl>"
            f"</div></div><hr class='divider'>")


def run(body: str, lang: str = "en") -> Document:
    html = f"<html lang='{lang}'><body>{ARTICLE}<div id='page-body'>{body}</div></body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def removed(doc: Document) -> str:
    return " ".join(r.text for r in doc.removed)


AGES = ["moved to the island two years ago", "sold the boat a month ago", "crewed the night ferry ten years ago"]
QUOTE = "The first crossing meets the train, that is the whole point."


# -- rule `quoted-post` ------------------------------------------------------------------------------------
def test_a_quoted_post_is_neither_the_comments_text_nor_its_author():
    quoted = f"<blockquote><div><cite>harbourgull wrote:</cite>{QUOTE}</div></blockquote>"
    doc = run("".join(post(k, n, t, quoted if k == 2 else "") for k, (n, t) in enumerate(POSTS)))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert "wrote: The first crossing meets the train" in removed(doc)


def test_a_wrote_header_over_the_comments_own_words_stays_its_text():
    """"Ann wrote:" heading the comment's own words in one element, nothing outside it: the text stays;
    and a quotation without a "wrote:" line (the article quoted) stays the comment's words."""
    items = "".join(f"<li class='comment'><div class='comment-body'><p>{n} wrote:</p><p>{t}</p>"
                    f"<div class='comment-meta'>{WHENS[k]}</div><a class='comment-reply-link' href='#'>Reply</a></div></li>"
                    for k, (n, t) in enumerate(POSTS))
    doc = run(f"<h3>3 Comments</h3><ol class='commentlist'>{items}</ol>")
    assert [c.text for c in doc.comments] == [t for _, t in POSTS]
    cited = f"<blockquote><p>{QUOTE}</p></blockquote>"
    doc = run("".join(post(k, n, t, cited if k == 1 else "") for k, (n, t) in enumerate(POSTS)))
    assert QUOTE in doc.comments[1].text and POSTS[1][1] in doc.comments[1].text


# -- rule `byline-time` ------------------------------------------------------------------------------------
def test_a_byline_of_a_name_and_an_age_is_the_posts_header():
    doc = run("".join(post(k, n, t, when="il y a 5 heures") for k, (n, t) in enumerate(POSTS)), lang="fr")
    assert [(c.author, c.text) for c in doc.comments] == POSTS


def test_a_name_beside_an_age_inside_prose_stays_text():
    """A line of an author-named element (a note "Seen by Ann » moved here two years ago") whose age is part of a
    sentence, not a bare age, stays the comment's text."""
    items = "".join(f"<li class='comment'><div class='comment-author'>{n}</div><div class='comment-meta'>{WHENS[k]}</div>"
                    f"<p>{t}</p><p class='byline-note'>Seen by {n} » {AGES[k]}</p>"
                    f"<a class='comment-reply-link' href='#'>Reply</a></li>" for k, (n, t) in enumerate(POSTS))
    doc = run(f"<h3>3 Comments</h3><ol class='commentlist'>{items}</ol>")
    assert [c.text.split("\n")[-1] for c in doc.comments] == [f"Seen by {n} » {a}" for (n, _), a in zip(POSTS, AGES)]


def test_a_says_header_beside_the_comments_date_is_no_quote():
    """"Ann says:" over the comment's date in one header box, the text outside it: the header names the author."""
    items = "".join(f"<li class='comment'><footer><div class='comment-author'><cite class='fn'>{n}</cite> <span>says:</span></div>"
                    f"<div class='comment-meta'>{WHENS[k]}</div></footer><div class='comment-content'><p>{t}</p></div>"
                    f"<a class='comment-reply-link' href='#'>Reply</a></li>" for k, (n, t) in enumerate(POSTS))
    doc = run(f"<h3>3 Comments</h3><ol class='commentlist'>{items}</ol>")
    assert [(c.author, c.text) for c in doc.comments] == POSTS


# -- rule `dashed-signature` (`comments.inline_author.author_after`) ------------------------------------------
NOTES = [("pier_watch", "Does the earlier sailing still stop at the north jetty?", "5 hours ago"),
         ("Lena K.", "It stops there only in the summer months.", "Mar 6, 2013 at 9:10")]


def answers(note) -> str:
    notes = "".join(f"<li class='comment'><span class='comment-score'>{k + 2}</span><div class='comment-body'>{note(n, t, d)}</div></li>"
                    for k, (n, t, d) in enumerate(NOTES))
    return ("<h2>1 Answer</h2><div class='answer'><div class='post-text'><p>The operator's page lists the new times; the "
            "early boat leaves at 6:40 and the late one keeps its slot.</p></div><div class='user-info'>answered "
            f"<span class='relativetime'>2 days ago</span> <a href='/users/7/ferrywise'>ferrywise</a></div>"
            f"<ul class='comments'>{notes}</ul></div>")


def test_a_dash_a_name_and_a_date_closing_the_line_are_the_comments_header():
    doc = run(answers(lambda n, t, d: f"<span class='comment-copy'>{t}</span> – <a class='comment-user' href='/users/9/x'>{n}</a> "
                                      f"<span class='comment-date'>{d}</span>"))
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, t, _ in NOTES]
    assert doc.comments[1].date == "2013-03-06T09:10:00"


def test_a_name_inside_the_sentence_or_followed_by_words_stays_text():
    """The name followed by more than a date ("– Lena K. said it twice at the meeting") is no signature."""
    doc = run(answers(lambda n, t, d: f"<span class='comment-copy'>{t}</span> – <a class='comment-user' href='/users/9/x'>{n}</a> "
                                      f"said it twice at the meeting"))
    assert doc.comments == ()       # (no header read: no thread, the notes stay on the page)
    assert " ".join(doc.dom.body.text(separator=" ").split()).count("said it twice at the meeting") == 2


# -- rule `name-handle` (`comments.vocabulary._URL_TOKEN`) ----------------------------------------------------
def fediverse(handle) -> str:
    """Replies from the fediverse rendered into the page: the display name, the account's address, a time."""
    return "<section class='fediverse-replies'><h2>3 Comments</h2>" + "".join(
        f"<article class='status'><header><a class='status__display-name' href='/@{k}'><strong class='display-name'>{handle(n)}"
        f"</strong></a> <time datetime='2013-03-0{k + 5}T10:00:00Z'>{WHENS[k]}</time></header><div class='status__content'>"
        f"<p>{t}</p></div></article>" for k, (n, t) in enumerate(POSTS)) + "</section>"


def test_a_fediverse_address_after_the_name_is_no_part_of_it():
    doc = run(fediverse(lambda n: f"{n} <span class='account'>@{n.split()[0].lower()}@social.example</span>"))
    assert [(c.author, c.text) for c in doc.comments] == POSTS


def test_an_address_alone_or_a_bare_handle_stays_the_name():
    doc = run(fediverse(lambda n: f"@{n.split()[0].lower()}@social.example"))
    assert [c.author for c in doc.comments] == [f"@{n.split()[0].lower()}@social.example" for n, _ in POSTS]
    doc = run(fediverse(lambda n: f"{n} @{n.split()[0].lower()}"))
    assert [c.author for c in doc.comments] == [f"{n} @{n.split()[0].lower()}" for n, _ in POSTS]


# -- rule `nested-thread`: a short answer under long notes (`comments.nested.MIN_OWN_WORDS`) --------------------
def _notes(own: str, notes: list[str]):
    from tests.builtin.test_comments_answers import _stub_threads
    outer, inner = _stub_threads("div.answer", own=own)
    for item, text in zip(inner.items, notes):
        item.lines[0].text = text
        item.lines[0].words = len(text.split())
    for line, text in zip(outer.items[1].lines[1:], notes):
        line.text, line.words = text, len(text.split())
    inner.texts[:] = notes
    return outer, inner


LONG_NOTES = ["Splitting the pot worked for me as well, and the roots had room again within a month or so.",
              "How deep should the new pots be for a plant of that size, and does the clay kind matter much?"]


def test_a_short_answer_under_longer_notes_holds_them_as_replies():
    """Eleven words of its own under notes of nineteen and twenty words: an answer, its notes its replies."""
    from cleaners.builtin.comments.nested import nest_threads
    outer, inner = _notes("Use a deeper pot, fresh soil and water it less in winter.", LONG_NOTES)
    [merged] = nest_threads(None, [outer, inner])
    assert [(t, d) for t, d in zip(merged.texts, merged.depths)][1:] == [
        ("Use a deeper pot, fresh soil and water it less in winter.", 0), (LONG_NOTES[0], 1), (LONG_NOTES[1], 1)]


def test_a_box_of_a_few_words_over_long_notes_holds_no_replies():
    """Four words ("Comments on this answer"), or six under half the notes' mean length: no outer comment."""
    from cleaners.builtin.comments.nested import nest_threads
    for own in ("Comments on this answer", "Try it, it really works well."):
        outer, inner = _notes(own, LONG_NOTES)
        assert nest_threads(None, [outer, inner]) == [outer, inner]
