"""Rule lone-comment of comment_thread (cleaners/builtin/comment_thread/start.py): a thread of one comment, its head
right under the thread's header ("Comments (1)") after the article, closed by a control line or the body's end, is a
comment; a count of several over one head, a bare name and a header inside the article stay as they were."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

ARTICLE = {
    "en": ["The city council approved the new bus plan on Tuesday evening after a long debate about its costs.",
           "The proposal now goes to the committees, which have thirty days to give their opinion on the routes."],
    "tr": ["İzmir'de düzenlenen kapsamlı deprem tatbikatına, arama kurtarma ekipleri ve gönüllülerle birlikte yaklaşık "
           "5 bin kişi katıldı.",
           "Belediye, önümüzdeki ay okullarda da benzer tatbikatlar yapılacağını ve velilerin bilgilendirileceğini "
           "duyurdu."],
}
LONE = {
    "en": (["Comments (1)", "Mike K. 2 hours ago", "About time they did something about the buses.", "Reply"],
           "Mike K.", "About time they did something about the buses."),
    "tr": (["Yorumlar (1)", "Mehmet K. 2 saat önce", "Her şehirde yapılmalı.", "Yanıtla"],
           "Mehmet K.", "Her şehirde yapılmalı."),
}


@pytest.mark.parametrize("code", ["en", "tr"])
def test_one_comment_under_its_header_is_a_comment(code):
    lines, author, text = LONE[code]
    footer = "© 2024 Valley Post" if code == "en" else "© 2024 Ege Haber"
    doc = run_cleaner(CommentThread, "\n\n".join(ARTICLE[code] + lines + [footer]), language=code)
    assert [(c.author, c.text) for c in doc.comments] == [(author, text)]
    assert texts(doc) == ARTICLE[code] + [footer]


@pytest.mark.parametrize("lines", [
    ["Comments (12)", "Mike K. 2 hours ago", "About time they did something about the buses.", "Reply"],
    ["Comments", "Mike Kowalski", "About time they did something about the buses.", "Reply"],
])
def test_a_count_of_many_or_a_bare_name_is_no_lone_comment(lines):
    doc = run_cleaner(CommentThread, "\n\n".join(ARTICLE["en"] + lines), language="en")
    assert not doc.comments and texts(doc) == ARTICLE["en"] + lines
