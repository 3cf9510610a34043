"""A poster's counter written with the full-width colon of Chinese and Japanese text ("帖子：115", `profile.is_stat`):
a stat like "Posts: 115", so a board's posts whose only marks are their posters' counters are read. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.profile import is_counter
from cleaners.builtin.comments.vocabulary import speaking

from ._html import page, run

ARTICLE = ("<div class='entry'><h1>老城区三条小巷明年春节前完成排水改造</h1><p>市政府周二宣布，老城区的三条小巷将在明年春节前完成排水"
           "管道改造，施工期间巷口设置临时通道。</p><p>工程部门表示，新管道的直径将比旧管道大一倍，并增加两处地下蓄水池，"
           "石板路面将按原样铺回。</p></div>")
POSTS = [("王师傅", 88, "预算不小，希望街道把每一笔开支都公开出来。"),
         ("小陈", 12, "晚上十点以后不施工就好，孩子要复习功课。"),
         ("赵阿姨", 240, "去年暴雨时积水没过膝盖，早就该修了。")]


def _board() -> str:
    return "".join(f"<div class='{'row1' if k % 2 else 'row2'}'><div class='who'><b>{name}</b><ul><li>会员</li>"
                   f"<li>帖子：{count}</li></ul></div><div class='msg'><div class='subj'>Re: 排水改造 « 2024年3月{5 + k}日 10:1{k} »</div>"
                   f"<div class='text'>{text}</div></div></div>" for k, (name, count, text) in enumerate(POSTS))


def test_posts_marked_by_counters_with_a_full_width_colon_are_a_thread():
    doc, left = run(HtmlComments(), page(ARTICLE + "<div class='topic'>" + _board() + "</div>"), language="zh")
    assert [(c.author, c.text) for c in doc.comments] == [(n, t) for n, _, t in POSTS]
    assert "地下蓄水池" in left


def test_a_full_width_colon_makes_a_counter_of_a_stat_label_only():
    with speaking(("zh",)):
        assert is_counter("帖子：115", "") and is_counter("积分：3020", "")
        assert not is_counter("重量：115", "") and not is_counter("价格：3020", "")
