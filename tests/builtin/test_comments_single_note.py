"""The only comment of a Q&A page, under one answer (rule `lone-of-template`, `comments.lone._listed_comment`): in a
list box named comments, with its author's link and a date, it is a reply of the answer even though its template
comes back nowhere else on the page; a note under an answer in no comment list, or without a name and a date, stays
the answer's text. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

QUESTIONS = {
    "en": ("Why does my sourdough starter smell of nail polish? It was fine for a month, I feed it once a day with rye "
           "flour and keep the jar on the counter with the lid loose, and now the whole jar smells sharp and sour.",
           [("Ann Lee", "It is hungry: the acetone smell means it ran out of flour, feed it twice a day for a week."),
            ("Tom Baker", "Keep it cooler as well, at room temperature in summer it eats through a feeding in hours."),
            ("Eva Holm", "Pour off the grey liquid on top before feeding, that is where most of the smell sits.")],
           ("Mira T.", "Twice a day fixed mine within four days, thanks."), "add a comment"),
    "ru": ("Почему закваска пахнет ацетоном? Месяц всё было хорошо, я кормлю её раз в день ржаной мукой и держу банку "
           "на кухонном столе с неплотной крышкой, а теперь вся банка пахнет резко и кисло.",
           [("Анна Ли", "Она голодная: запах ацетона значит, что мука закончилась, кормите дважды в день неделю."),
            ("Пётр Бек", "Держите её в прохладе, летом при комнатной температуре она съедает подкормку за часы."),
            ("Ева Хольм", "Сливайте серую жидкость сверху перед подкормкой, в ней основной запах.")],
           ("Мира Т.", "Кормление дважды в день помогло за четыре дня, спасибо."), "добавить комментарий"),
}


def answer(k: int, name: str, text: str, under: str) -> str:
    return (f"<div id='answer-{k}' class='answer'><table><tr><td class='votecell'><span class='vote-count-post'>{k + 4}"
            f"</span></td><td class='answercell'><div class='post-text'><p>{text}</p></div><div class='user-info'>"
            f"<div class='user-action-time'>answered <span class='relativetime'>Mar 3 2012 at 10:0{k}</span></div>"
            f"<div class='user-details'><a href='/users/{k}/y'>{name}</a><br><span class='reputation'>{k * 31 + 7}"
            f"</span></div></div></td></tr><tr><td></td><td>{under}</td></tr></table></div>")


def listed(name: str, text: str, add: str) -> str:
    return (f"<div id='comments-1' class='comments'><ul><li id='comment-77' class='comment'>"
            f"<span class='comment-copy'>{text}</span> – <a href='/users/77/m' class='comment-user'>{name}</a> "
            f"<span class='comment-date'>Mar 3 2012 at 11:40</span></li></ul>"
            f"<a class='js-add-link' href='#'>{add}</a></div>")


def page(lang: str, under_second: str) -> str:
    title, answers, _, _ = QUESTIONS[lang]
    add = QUESTIONS[lang][3]
    empty = f"<div id='comments-0' class='comments'><ul></ul><a class='js-add-link' href='#'>{add}</a></div>"
    body = "".join(answer(k, n, t, under_second if k == 1 else empty) for k, (n, t) in enumerate(answers))
    return (f"<html lang='{lang}'><body><div class='question'><h1>{title.partition('?')[0]}?</h1>"
            f"<div class='post-text'><p>{title}</p></div></div>"
            f"<div id='answers'><h2>{len(answers)} Answers</h2>{body}</div></body></html>")


def run(html: str) -> Document:
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def test_the_one_comment_of_the_page_under_an_answer_is_its_reply():
    for lang, (_, answers, (name, text), add) in QUESTIONS.items():
        doc = run(page(lang, listed(name, text, add)))
        rows = [(c.author, c.depth, c.parent, c.text) for c in doc.comments]
        assert (name, 1, 1, text) in rows, lang
        assert (answers[1][0], 0, None, answers[1][1]) in rows, lang


def test_a_note_under_an_answer_in_no_comment_list_stays_the_answers_text():
    note = "<div class='edit-note'><p class='comment'>Edited: the feeding times are for a warm kitchen.</p></div>"
    doc = run(page("en", note))
    second = [c for c in doc.comments if c.author == "Tom Baker"]
    assert second and "Edited: the feeding times" in second[0].text
    assert all(c.depth == 0 for c in doc.comments)


def test_a_listed_line_without_a_name_and_a_date_stays_the_answers_text():
    note = ("<div class='comments'><ul><li class='comment'>Edited: the feeding times are for a warm kitchen.</li></ul>"
            "</div>")
    doc = run(page("en", note))
    assert all(c.depth == 0 for c in doc.comments)
    assert any("Edited: the feeding times" in c.text for c in doc.comments if c.author == "Tom Baker")
