"""The opening post's subject line without a reply prefix (rule `reply-subject`, `comments.subjects.opening_subjects`):
"Harbour wall" over the first post is its subject when the replies' subject lines repeat it after their prefix
("Re: Harbour wall"); a first line that no reply's subject repeats stays the post's text. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.document import Document

THREADS = {
    "en": ("Harbour wall", "Re", [
        ("skipper_jo", "The harbour wall by the fish market has a new crack along the top stones since the storm."),
        ("Ann Lee", "I saw it on Sunday, the council put a fence up on the land side yesterday."),
        ("Tom B.", "They said the repair starts in spring once the divers have looked at the footing.")]),
    "de": ("Hafenmauer", "AW", [
        ("skipper_jo", "An der Hafenmauer beim Fischmarkt ist seit dem Sturm ein neuer Riss in den oberen Steinen."),
        ("Anna L.", "Ich habe ihn am Sonntag gesehen, die Gemeinde hat gestern an der Landseite einen Zaun gebaut."),
        ("Tom B.", "Die Reparatur soll im Frühjahr beginnen, wenn die Taucher das Fundament angesehen haben.")]),
    "ar": ("سور الميناء", "رد", [
        ("سامي", "ظهر شق جديد في أعلى سور الميناء قرب سوق السمك منذ العاصفة الأخيرة يا جماعة."),
        ("ليلى", "رأيته يوم الأحد، وقد وضعت البلدية سياجا من جهة البر أمس."),
        ("عمر", "قالوا إن الإصلاح يبدأ في الربيع بعد أن يفحص الغواصون الأساس.")]),
}


def post(k: int, name: str, subject: str, text: str) -> str:
    return (f"<div id='post-{k}' class='comment'><div class='post-author'><a href='/member/{k}'>{name}</a></div>"
            f"<div class='post-date'>12 March 2024, 1{k}:05</div><div class='post-subject'>{subject}</div>"
            f"<div class='post-body'><p>{text}</p></div><a class='reply-link' href='#r{k}'>Reply</a></div>")


def page(lang: str, first_subject: str | None = None) -> str:
    topic, prefix, posts = THREADS[lang]
    subjects = [first_subject or topic] + [f"{prefix}: {topic}"] * (len(posts) - 1)
    body = "".join(post(k, n, s, t) for k, ((n, t), s) in enumerate(zip(posts, subjects)))
    return (f"<html lang='{lang}'><body><article><h1>{topic}</h1><p>{'Forum. ' * 3}</p></article>"
            f"<div class='comments'>{body}</div></body></html>")


def run(html: str) -> Document:
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def test_the_opening_posts_topic_line_is_its_subject():
    for lang, (topic, _, posts) in THREADS.items():
        doc = run(page(lang))
        assert [c.text for c in doc.comments] == [t for _, t in posts], lang
        cut = " ".join(r.text for r in doc.removed if r.rule == "reply-subject")
        assert cut.count(topic) == len(posts), lang       # (logged, not lost)


def test_a_first_line_the_replies_do_not_repeat_stays_the_posts_text():
    doc = run(page("en", first_subject="Crack since the storm"))
    assert doc.comments[0].text.startswith("Crack since the storm")
