"""Story links in scripts written without spaces count their words by character (lines.spaced_word_count)."""
from cleaners.lines import spaced_word_count
from cleaners.pipeline import Pipeline

PARAGRAPHS = ["北京时间3月14日，国家统计局发布数据显示，今年前两个月全国规模以上工业增加值同比增长百分之七。",
              "分析人士指出，制造业投资的回升主要得益于设备更新政策的落地，以及出口订单在春节后的明显恢复。",
              "统计局新闻发言人在发布会上说，下一阶段将继续加大宏观政策调控力度，巩固经济回升向好的态势。"]


def _page(heading: str, links: list[str], lang: str) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    items = "".join(f"<li><a href='/n/{i}.html'>{t}</a></li>" for i, t in enumerate(links))
    return (f"<html lang='{lang}'><head><title>工业增加值同比增长</title></head><body><div class='main'>"
            f"<h1>前两个月工业增加值同比增长百分之七</h1>{body}<div class='box'><h3>{heading}</h3><ul>{items}</ul>"
            "</div></div></body></html>").encode()


def _record(page: bytes) -> dict:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("p.html", page, "html"))


def test_chinese_story_links_reach_the_related_stories():
    heads = ["地铁新线年底开通运营", "多地出台政策支持消费", "春季招聘会今日举行", "气象台发布大风预警"]
    record = _record(_page("相关新闻", heads, "zh"))
    assert [r["title"] for r in record["metadata"]["related"]] == heads
    assert not any(h in record["body"] for h in heads)


def test_spaced_scripts_count_as_before():
    assert spaced_word_count("Home page") == 2 and spaced_word_count("U.S. budget — vote") == 4
    assert spaced_word_count("春季招聘会") == 5 and spaced_word_count("ok") == 1
    record = _record(_page("Related", ["Home page", "About us", "Contact", "Jobs"], "en"))
    assert record["metadata"]["related"] == []       # two words or fewer: no story links
