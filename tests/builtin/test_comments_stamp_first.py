"""Rule `stamp-first` (`comments/items.py`): a comment's header or footer line that opens with its age or date and
holds more ("9小时前 via web · 回复 · 赞", "3 Std. via App · Antworten") marks the comment as timed, as a name
before the age does ("Ann 5 hours ago"). Nested replies timed so are a thread. Pages written here."""
from __future__ import annotations

from cleaners.builtin.comments import HtmlComments

from ._html import page, run

ZH_ARTICLE = ("<div class='entry'><h1>老城区三条小巷明年春节前完成排水改造</h1><p>市政府周二宣布，老城区的三条小巷将在明年春节前完成排水"
              "管道改造，施工期间巷口设置临时通道。</p><p>工程部门表示，新管道的直径将比旧管道大一倍，并增加两处地下蓄水池，"
              "石板路面将按原样铺回。</p></div>")


def _item(name: str, age: str, text: str, reply: str, depth: int = 0, children: str = "") -> str:
    return (f"<div class='st-item st-depth-{depth}'><div class='st-pic'><img src='/p.png'></div><div class='st-wrap'>"
            f"<div class='st-head'><div class='st-name'>{name}</div></div><div class='st-data'><div class='st-body'>"
            f"<span class='st-text'>{text}</span></div></div><div class='st-foot'><a class='st-date' href='#'>{age}</a> "
            f"<span class='st-from'>via web</span> · <a class='st-control st-click'>{reply}</a> · "
            f"<a class='st-control'>赞</a></div></div>" + (f"<div class='st-kids'>{children}</div>" if children else "") + "</div>")


def test_nested_replies_whose_footers_open_with_their_age_are_a_thread():
    kids = _item("街坊老刘", "11小时前", "支持改造，但一定要保护好那些清代的老房子。", "回复", 1) + \
        _item("小巷里的猫", "8小时前", "春节前完工恐怕很难，去年隔壁街修了一年多。", "回复", 1)
    thread = _item("老城居民", "9小时前", "请问社区开放日具体是哪一天？在哪里可以报名？", "回复", 0, kids)
    doc, left = run(HtmlComments(), page(ZH_ARTICLE + f"<div class='stream'>{thread}</div>"), language="zh")
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("老城居民", 0, None), ("街坊老刘", 1, 0), ("小巷里的猫", 1, 0)]
    assert "地下蓄水池" in left and "隔壁街" not in left


def test_a_nested_archive_of_months_is_no_thread():
    months = "".join(f"<li><span>2024年{m}月</span> <span>({n})</span><ul><li><a href='/a/{m}'>月度汇总</a></li></ul></li>"
                     for m, n in ((3, 12), (2, 9), (1, 15)))
    doc, left = run(HtmlComments(), page(ZH_ARTICLE + f"<div class='archive'><ul>{months}</ul></div>"), language="zh")
    assert doc.comments == () and "月度汇总" in left
