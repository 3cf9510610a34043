"""CJK relative ages are written without a space between the unit and "ago" ("4小时前", "3時間前");
Korean spaces it ("2시간 전"). Such an age is the comment's date, never its author (`vocabulary`:
the relative-time pattern). Pages written here."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments.vocabulary import vocabulary

from ._html_comments import cleaned

BOX = ("<div class='reader-box'><div class='reader-head'><div class='who-wrap'><a class='poster' href='/u/{k}'>{name}</a></div>"
       "<span class='when'>{age}</span></div><div class='reader-text'>{text}</div>"
       "<div class='reader-foot'><a class='respond' href='#'>{reply}</a></div></div>")


def _page(lang: str, title: str, para: str, heading: str, reply: str, rows: list[tuple[str, str, str]]) -> str:
    boxes = "".join(BOX.format(k=k, name=n, age=a, text=t, reply=reply) for k, (n, a, t) in enumerate(rows))
    return (f"<h1>{title}</h1><p>{para}</p><p>{para}</p>"
            f"<div class='talk'><h3>{heading}</h3><div class='talk-list'>{boxes}</div></div>")


ZH = _page("zh", "老街排水改造明年开工", "区政府宣布，老街的排水管道改造工程将于明年三月开工，预计工期十个月，施工期间部分路段将实行单向通行。",
           "3条评论", "回复",
           [("王小明", "4小时前", "终于要修了，每次下雨门口都积水，希望工期不要拖。"),
            ("老街坊", "18小时前", "施工期间的噪音怎么办？晚上能不能停工？"),
            ("刘阿姨", "2天前", "希望把路灯也一起换掉，晚上太暗了。")])
JA = _page("ja", "駅前広場の改修が決定", "市は駅前広場の改修計画を発表した。工事は来年の春に始まり、バス乗り場の位置が一時的に変わる予定だ。",
           "コメント3件", "返信",
           [("山田花子", "3時間前", "バス乗り場が変わるのは不便ですが、完成が楽しみです。"),
            ("駅の近くの住人", "5分前", "工事の騒音がどのくらいになるのか心配しています。"),
            ("たなか", "1日前", "自転車置き場も広げてほしいと思います。")])


@pytest.mark.parametrize("body,names,ages", [
    (ZH, ["王小明", "老街坊", "刘阿姨"], ["4小时前", "18小时前", "2天前"]),
    (JA, ["山田花子", "駅の近くの住人", "たなか"], ["3時間前", "5分前", "1日前"]),
])
def test_an_unspaced_cjk_age_is_the_date_never_the_author(body, names, ages):
    doc, _ = cleaned(body)
    assert [c.author for c in doc.comments] == names
    assert not any(a in c.text for c in doc.comments for a in ages)


def test_cjk_ages_are_relative_times_and_words_around_them_are_not():
    v = vocabulary()
    for age in ("4小时前", "3時間前", "2시간 전", "18小時前", "5分前"):
        assert v.is_relative_time(age), age
    for text in ("前", "小时前", "王小明", "以前的老街", "三年前我们搬到这里，那时候还没有地铁。"):
        assert not v.is_relative_time(text), text
