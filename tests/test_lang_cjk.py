"""Chinese and Japanese: phrases of scripts written without spaces (cleaners/lang), and the figures of the
Chinese and Japanese documents of tests/generalisation_cjk.py (a floor under the measured figures)."""
from __future__ import annotations

import random

import pytest

from cleaners import lang

from . import generalisation_cjk as cjk

ZH, JA = ("zh", "en"), ("ja", "en")


@pytest.mark.parametrize("key,langs,where,text,hit", [
    ("share_call", ZH, "start", "分享到微信", True),              # a Han letter right after the phrase
    ("share_call", ZH, "start", "分享到：", True),
    ("share_call", ZH, "start", "他把照片分享到了网上", False),   # not at the start of the line
    ("related", ZH, "line", "相关阅读", True),
    ("related", ZH, "line", "相关部门表示将公布结果", False),
    ("rights", ZH, "search", "© 2024 某某网 版权所有", True),
    ("rights", ZH, "search", "某某网版权所有，未经授权不得转载", True),   # Han letters either side
    ("read_more", JA, "start", "続きを読む", True),
    ("rights", JA, "search", "記事の無断転載を禁じます", True),
    ("comment_prompt", JA, "start", "コメントを書く", True),
    ("comment_prompt", JA, "start", "多くの読者がコメントを書く", False),     # not at the start
    ("share", ("en",), "search", "sharer", False),                # Latin words keep their boundaries
    ("share", ("en",), "search", "微信share", True),              # a Han letter before a Latin word parts them
])
def test_a_han_or_kana_letter_parts_words(key, langs, where, text, hit):
    p = lang.pattern(key, langs, where=where)
    assert bool((p.search if where == "search" else p.match)(text)) is hit


def test_a_space_beside_han_or_kana_may_be_left_out():
    p = lang.pattern("ad_label", ZH, where="line")
    assert p.match("广告 继续阅读") and p.match("广告继续阅读")
    assert not lang.pattern("ad_label", ("en",), where="line").match("advertisementcontinue")


def test_searched_and_opening_phrases_are_two_letters_or_more():
    """A single Han or kana letter matches inside a run of them: as a searched or opening phrase it would
    take prose ("他说" holds "说"), so the files keep such phrases for whole lines only."""
    searched = ("reported", "legal_phrases", "rights", "moderation", "author_contact", "newsletter", "appeal",
                "comment_prompt", "membership", "share_call", "related", "read_more", "follow", "welcome",
                "liked_this", "original_source", "agency_credit", "wrote", "comments")
    for code in ("zh", "ja"):
        for key in searched:
            short = [p for p in lang.load(code)[key] if len(p.lstrip("* ")) < 2]
            assert not short, (code, key, short)


@pytest.fixture(scope="module")
def counts():
    return cjk.run(n=12, seed=5)


def test_article_and_look_alikes_stay(counts):
    for (code, source, cls), (good, total) in counts.items():
        if cls in ("article", "look-alikes"):
            assert good == total, (code, source, cls)


def test_artefacts_are_removed_above_the_floor(counts):
    shares = cjk.summary(counts)
    for key, floor in {("zh", "text"): 0.85, ("ja", "text"): 0.78, ("zh", "html"): 0.80, ("ja", "html"): 0.75}.items():
        assert shares[key]["artefacts"] >= floor, (key, shares[key])


def test_the_documents_hold_their_parts():
    composed = cjk.compose(random.Random(1), "zh")
    assert composed.article and composed.negatives and composed.artefacts
    assert all(p in composed.text for p in composed.article + composed.negatives)
    assert b"<article>" in cjk.page(composed)


_ARTICLE = {"zh": cjk.ARTICLE["zh"][:3], "ja": cjk.ARTICLE["ja"][:3]}


def _cleaned(code: str, line: str, pipeline, last: bool = False) -> dict:
    """A text dump in ``code``: three article paragraphs with ``line`` (its paragraphs parted by "|") after the
    second, or with ``last`` after the third."""
    a, b, c = _ARTICLE[code]
    parts = [a, b, *line.split("|"), c] if not last else [a, b, c, *line.split("|")]
    text = "\n\n".join(["标题" if code == "zh" else "見出し", *parts]) + "\n"
    return pipeline.record(pipeline.document("cjk.txt", text.encode(), "text").with_metadata(language=code))


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


@pytest.mark.parametrize("code,line,rule", [
    ("zh", "2024年3月5日 10:32", "date-line"),                    # year first, with 年月日
    ("ja", "2024年3月5日（火）10時32分", "date-line"),
    ("ja", "2024/03/05 10:32 配信", "date-line"),                 # year first with slashes
    ("zh", "记者 王明 李华", "byline"),                           # names without capitals
    ("zh", "本报记者张晓东", "byline"),                           # a by-word of three letters or more, glued
    ("zh", "（责任编辑：陈静）", "editor-credit"),
    ("zh", "编辑：赵磊", "editor-credit"),
    ("zh", "来源：人民日报", "original-source"),                  # a full-width colon
    ("zh", "阅读时间：3分钟", "reading-time"),
    ("zh", "图片来源：视觉中国", "photo-credit"),
    ("ja", "バス停で待つ市民（写真：共同通信）", "credited-caption"),
    ("zh", "分享到微信", "share"),                                # a phrase before Han letters
    ("zh", "关注我们的微信公众号", "social"),
    ("zh", "扫码下载客户端", "app-download"),
    ("zh", "（新华社）", "agency-credit"),
    ("ja", "（共同）", "agency-credit"),
])
def test_chinese_and_japanese_artefacts_leave(code, line, rule, pipeline):
    record = _cleaned(code, line, pipeline)
    assert line not in record["body"]
    assert rule in {r["rule"] for r in record["removed"]}, record["removed"]


@pytest.mark.parametrize("code,line", [
    ("zh", "记者会现场"),                              # "记者会" (a press conference), no byline
    ("ja", "記者会見の全文"),
    ("zh", "编辑部门表示将在下周公布调查结果。"),
    ("ja", "共同で開発した新しい電池は、従来の製品より三割長く使えるという。"),
    ("zh", "他在3小时前离开了家，至今没有回来。"),
    ("zh", "2024年是这座城市建城八百周年。"),
    *[(code, line) for code in ("zh", "ja") for line in cjk.NEGATIVES[code]],
])
def test_chinese_and_japanese_look_alikes_stay(code, line, pipeline):
    record = _cleaned(code, line, pipeline)
    assert line in record["body"].split("\n\n")
    assert all(p in record["body"] for p in _ARTICLE[code])


def test_an_editor_credit_leaves_but_a_title_stays(pipeline):
    art = "Der Rat beschloss am Dienstag, dass drei Buslinien ab dem kommenden Monat bis halb zwölf in der Nacht fahren."
    text = f"Titel\n\nVon Anna Schmidt\n\n{art}\n\n{art}\n\nRedaktion Spezial Ausgabe\n\n{art}\n\nRedaktion: Tom Braun\n"
    record = pipeline.record(pipeline.document("de.txt", text.encode(), "text").with_metadata(language="de"))
    assert "Redaktion: Tom Braun" not in record["body"] and "Redaktion Spezial Ausgabe" in record["body"]
    assert record["metadata"]["author"] == "Anna Schmidt"


def test_an_english_editor_credit_is_a_credit():
    """English has editor labels too: "(Editing by ...)" under a wire story is a credit, as "（责任编辑：陈静）" is."""
    assert "editing by" in lang.words("editor", ("en",))


@pytest.mark.parametrize("lines,authors", [
    ("网友评论|北京网友 3小时前|早就该这样了。|回复|老张 昨天 18:20|希望周末也能延长。|回复", ["北京网友", "老张"]),
    ("コメント|たろう 3時間前|やっと延長されるんですね。|返信|匿名さん 2日前|週末も延ばしてほしいです。|返信", ["たろう", "匿名さん"]),
])
def test_comment_heads_with_ages_written_without_spaces(lines, authors, pipeline):
    record = _cleaned("zh" if "网友" in lines else "ja", lines, pipeline, last=True)
    assert [c["author"] for c in record["comments"]] == authors


def test_a_chinese_related_list_goes_to_metadata(pipeline):
    record = _cleaned("zh", "相关新闻|- 地铁新线年底开通|- 老旧小区改造进度过半|- 全市新增五个公园", pipeline)
    assert [r["title"] for r in record["metadata"]["related"]] == ["地铁新线年底开通", "老旧小区改造进度过半", "全市新增五个公园"]


@pytest.mark.parametrize("text,iso", [
    ("2024年3月5日（火）10時32分", "2024-03-05T10:32:00"),
    ("2024年03月05日 09:15", "2024-03-05T09:15:00"),
    ("2024/3/5(火) 10:32", "2024-03-05T10:32:00"),
    ("2024/13/45", None),          # no month 13: no date
    ("1/2024/05", None),           # the year in the middle: no year-first date
    ("2024年度", None),
])
def test_year_first_dates(text, iso):
    from cleaners.dates import find_date
    found = find_date(text, ("ja", "en"))
    assert (found.iso if found else None) == iso


def test_every_comment_of_the_text_dumps_is_found(counts):
    for (code, source, cls), (good, total) in counts.items():
        if cls == "comments found":
            assert good == total, (code, source)
