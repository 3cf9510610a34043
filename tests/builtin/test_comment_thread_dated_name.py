"""Rule `date-label-head` (cleaners/builtin/comment_thread/ages.py ``dated_name``): a line that glues a date label to an
age ("5時間前に更新", "3 hours ago updated") under a comment thread is a date line, not a commenter opening a comment
over the article's paragraphs; a name with a number and no date in it still opens a comment."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

JA = ["救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。",
      "川の水位は一晩で2メートル上昇し、三つの村で住民が避難した。",
      "県は来週、堤防の補強工事について説明会を開く予定だ。"]
EN = ["Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said.",
      "The river rose two metres overnight and three villages were evacuated.",
      "The county will hold a meeting next week on strengthening the dykes."]


def _thread(names, said, control):
    """A plugin's thread as a browser copies it, the replies indented under the first comment."""
    pad = lambda k: "    " if k else ""
    return "\n".join(f"{pad(k)}{n}\n{pad(k)}{t}\n{pad(k)}{control.format(k=k + 1)}"
                     for k, (n, t) in enumerate(zip(names, said)))


@pytest.mark.parametrize("paras,names,said,control,label", [
    (JA, ["佐藤花子", "田中健"], ["祖父と乗りました。", "良いニュースです。"], "Like · 返信 · {k}時間前", "5時間前に更新"),
    (EN, ["Ann Lee", "Tom Baker"], ["Took my dad along.", "Great news."], "Like · Reply · {k}h", "3 hours ago updated"),
])
def test_a_date_label_under_a_thread_opens_no_comment(paras, names, said, control, label):
    text = "\n".join([paras[0], _thread(names, said, control), label, paras[1], paras[2]])
    doc = run_cleaner(CommentThread, text)
    assert paras[1] in texts(doc) and paras[2] in texts(doc)
    assert [c.author for c in doc.comments] == names


def test_a_name_with_a_number_still_opens_a_comment():
    text = "\n".join([EN[0], _thread(["Ann Lee", "river_rat77", "Tom Baker"], ["Took my dad along.", "Finally.",
                                                                                "Great news."], "Like · Reply · {k}h")])
    doc = run_cleaner(CommentThread, text)
    assert [c.author for c in doc.comments] == ["Ann Lee", "river_rat77", "Tom Baker"] and texts(doc) == [EN[0]]
    assert [c.depth for c in doc.comments] == [0, 1, 1]
