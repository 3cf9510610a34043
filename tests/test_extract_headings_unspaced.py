"""A subheading outside the main container, between two blocks of prose in a script written without spaces, is put
back (cleaners/extract_headings.py, rule main-headings: the prose around it counted in words of its script)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_headings import main_headings

ZH = ("新线路开通以后，山里的村民去县城看病只需要一个小时，比以前坐汽车快了一半。",
      "车站旁边的老仓库被改成了展览馆，里面陈列着几十年来铁路工人留下的工具和照片。",
      "不少游客专门在周末来坐火车，镇上的小饭馆和民宿因此多了很多生意。",
      "铁路部门表示，明年还会增加早晚两趟车，方便在县城上学的孩子们回家。")


def _page(heading: str, before: str, after: str) -> str:
    return (f"<html><body><main><div class='feed'><div class='entry'><h3>第一部分</h3><p>{ZH[0]}</p><p>{ZH[1]}</p>"
            f"<p>{ZH[2]}</p></div><div class='entry'><p>{before}</p></div><div class='entry'><h3>{heading}</h3>"
            f"<p>{after}</p></div></div></main></body></html>")


def test_a_chinese_heading_between_two_paragraphs_of_other_boxes_is_put_back():
    found = main_headings(LexborHTMLParser(_page("游客来了之后", ZH[3], ZH[0] + ZH[2])))
    assert "游客来了之后" in [h[0] for h in found]


def test_a_chinese_heading_between_two_short_labels_is_not():
    found = main_headings(LexborHTMLParser(_page("热门文章", "更多新闻", "县城新闻")))
    assert "热门文章" not in [h[0] for h in found]
