"""Armenian comment heads closed by the Armenian colon "՝" (lines.COLON_MARKS): "Աննա Պետրոսյան գրել է՝"."""
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

HY = ["Քաղաքապետարանը երեքշաբթի օրը բացեց նոր կամուրջը գետի վրայով, որը պետք է թեթևացնի կենտրոնի երթևեկությունը։",
      "Շինարարությունը տևեց երեք տարի և արժեցավ մոտ քսան միլիարդ դրամ, հայտնեց քաղաքապետարանի խոսնակը։",
      "Բնակիչները գոհ են, թեև մուտքի ճանապարհների աշխատանքները կշարունակվեն մինչև տարեվերջ։"]


def test_a_head_closed_by_the_armenian_colon_names_its_author():
    assert head_of(Block("Աննա Պետրոսյան գրել է՝"), ("hy",)).author == "Աննա Պետրոսյան"
    assert head_of(Block("Աննա Պետրոսյան՝"), ("hy",)) is None         # a name and a colon alone is a label


def test_an_armenian_thread_of_heads_with_the_armenian_colon_goes_to_comments():
    thread = ["Աննա Պետրոսյան գրել է՝", "Վերջապես, այս կամուրջը տարիներ շարունակ պակասում էր։",
              "Արամ Սարգսյան գրել է՝", "Իսկ ո՞վ է վճարելու այս ամենի համար։"]
    doc = run_cleaner(CommentThread, "\n\n".join(HY + thread), language="hy")
    assert texts(doc) == HY
    assert [(c.author, c.text) for c in doc.comments] == [("Աննա Պետրոսյան", thread[1]), ("Արամ Սարգսյան", thread[3])]


def test_a_quoted_line_with_the_armenian_colon_in_the_article_stays():
    quote = ["Նախարարը գրել է՝", "Կամուրջը պատրաստ է նաև տրամվայի գծի համար։"]     # one head, no thread
    doc = run_cleaner(CommentThread, "\n\n".join(HY + quote + HY[:1]), language="hy")
    assert texts(doc) == HY + quote + HY[:1] and doc.comments == ()
