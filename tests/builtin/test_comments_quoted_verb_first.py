"""Rule `quoted-post` (`comments.quoted`) with the said-verb first, as Arabic sets a quote's head ("كتب أحمد:"):
the quoted post is neither the comment's text nor its author; a comment whose own words follow such a head, with
nothing outside it, stays whole. Pages written here."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.vocabulary import speaking, vocabulary
from cleaners.document import Document

ARTICLE = ("<div class='story'><h1>تغيير مواعيد العبّارة</h1>"
           "<p>ستغادر عبّارة الجزيرة الميناء قبل نصف ساعة في أيام الأسبوع ابتداءً من مايو، كما قالت الشركة المشغلة، "
           "حتى تلتقي الرحلة الأولى بقطار الصباح المتجه إلى المدينة.</p>"
           "<p>تبقى رحلات المساء كما هي، وتحصل خدمة يوم الأحد على رحلة رابعة ذهاباً وإياباً في الصيف.</p></div>")
POSTS = [("نورة", "الموعد المبكر مناسب للموظفين لكن أطفال المدارس سينتظرون في البرد."),
         ("سامي خ.", "رحلة الأحد الرابعة هي ما طلبته مقاهي الرصيف في العام الماضي."),
         ("البحار_القديم", "أشك في أن جدول الطاقم يسمح بذلك دون توظيف بحارين آخرين.")]
WHENS = ["الثلاثاء 05 مارس 2013 7:12 ص", "الثلاثاء 05 مارس 2013 8:30 ص", "الأربعاء 06 مارس 2013 6:05 م"]
QUOTE = "الرحلة الأولى تلتقي بالقطار، وهذا هو المقصود كله."


def post(k: int, name: str, text: str, inner: str = "") -> str:
    return (f"<div id='p{k}' class='post bg{k % 2 + 1}'><div class='inner'><div class='postbody'>"
            f"<p class='author'>بواسطة <strong>"
            f"<a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></strong>"
            f" » {WHENS[k]}</p><div class='content'>{inner}{text}</div></div>"
            f"<dl class='postprofile'><dt><a href='./memberlist.php?mode=viewprofile&amp;u={k}'>{name}</a></dt>"
            f"<dd><strong>المشاركات:</strong> {k + 31}</dd></dl></div></div><hr class='divider'>")


def run(body: str) -> Document:
    html = f"<html lang='ar'><body>{ARTICLE}<div id='page-body'><h3>التعليقات</h3>{body}</div></body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def test_said_first_a_verb_then_a_name_closed_by_a_colon():
    with speaking(("ar",)):
        voc = vocabulary()
    assert voc.said_first("كتب نورة:") and voc.said_first("كتبت سارة أحمد:")
    assert not voc.said_first("كتب:") and not voc.said_first("كتب نورة مقالاً طويلاً عن الرحلة.")


def test_a_quoted_post_under_a_verb_first_head_is_neither_the_comments_text_nor_its_author():
    quoted = f"<blockquote><div><cite>كتب نورة:</cite>{QUOTE}</div></blockquote>"
    doc = run("".join(post(k, n, t, quoted if k == 2 else "") for k, (n, t) in enumerate(POSTS)))
    assert [(c.author, c.text) for c in doc.comments] == POSTS
    assert QUOTE in " ".join(r.text for r in doc.removed if r.rule == "quoted-post")


def test_a_verb_first_head_over_the_comments_own_words_stays_its_text():
    own = [(n, f"<blockquote><div><cite>كتب {n}:</cite>{t}</div></blockquote>") for n, t in POSTS]
    doc = run("".join(post(k, n, t) for k, (n, t) in enumerate(own)))
    assert [c.author for c in doc.comments] == [n for n, _ in POSTS]
    assert all(t in c.text for c, (_, t) in zip(doc.comments, POSTS))
    assert not [r for r in doc.removed if r.rule == "quoted-post"]
