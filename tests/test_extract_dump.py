"""trafilatura's whole-page dump declined for the extraction's own short result (cleaners/extract_dump.py)."""
import trafilatura

from cleaners.extract_dump import (_NO_RESCUE, decline_page_dump, glued_rescue, is_page_dump, same_text,
                                   split_glued_articles)
from cleaners.pipeline import Pipeline

MONTHS = "".join(f"<li><a href='/archive/{y}/{m}'>Archive {y}-{m:02d} ({m + 3})</a></li>"
                 for y in (2010, 2011, 2012) for m in range(1, 13))
NAV = "".join(f"<li><a href='/section/{k}'>Section {k}</a></li>" for k in range(12))
POST = "Nine days without power now. The river is still rising at the bridge."


def _blog(post_html: str) -> str:
    return (f"<html><head><title>Field notes</title></head><body><div id='top'><ul>{NAV}</ul></div>"
            f"<div id='content'><div class='entry'><h2>Still waiting</h2>{post_html}</div></div>"
            f"<div id='sidebar'><h3>Archives</h3><ul>{MONTHS}</ul></div>"
            "<div id='footer'>Powered by a blog engine. All rights reserved.</div></body></html>")


def _clean(html: str) -> dict:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).record()


def test_dump_of_a_short_post_is_declined_for_the_post():
    page = _blog(f"<p>{POST}</p>")
    bare = trafilatura.bare_extraction(page)
    assert is_page_dump(bare) and "Archive 2011-05" in bare.text          # the trap is real
    record = _clean(page)
    assert POST in record["body"]
    assert "Archive 2011-05" not in record["body"] and "Section 7" not in record["body"]


def test_dump_stays_when_the_extraction_finds_nothing_of_its_own():
    page = _blog("")
    bare = trafilatura.bare_extraction(page)
    assert is_page_dump(bare)
    assert decline_page_dump(bare, trafilatura.bare_extraction, page) is bare


def test_dump_stays_when_the_rerun_misses_the_main_text():
    page = _blog(f"<p>{POST}</p>")
    bare = trafilatura.bare_extraction(page)
    kept = decline_page_dump(bare, trafilatura.bare_extraction, page, probe="Words the article never had")
    assert kept is bare


def test_an_extraction_of_paragraphs_is_no_dump():
    paragraphs = "".join(f"<p>Paragraph {k} of a long enough story about the river, the bridge and the "
                         f"people who waited for the water to go down in the valley.</p>" for k in range(6))
    result = trafilatura.bare_extraction(_blog(paragraphs))
    assert not is_page_dump(result)
    assert decline_page_dump(result, trafilatura.bare_extraction, _blog(paragraphs)) is result


# -- rescues that glue blocks -----------------------------------------------------------------
BRIEF = ["The council voted on Tuesday to approve a budget for the coming year.",
         "The mayor said the plan would fund more teachers and repair roads.",
         "Critics argued that taxes would rise for small businesses."]
BRIEF_ZH = ["北京时间3月14日，国家统计局发布数据显示，今年前两个月工业增加值同比增长百分之七。",
            "分析人士指出，制造业投资的回升主要得益于设备更新政策的落地，以及出口订单的恢复。",
            "统计局新闻发言人说，下一阶段将继续加大宏观政策调控力度，巩固经济回升向好的态势。"]


def _brief(title: str, date: str, paragraphs: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><title>{title}</title></head><body><nav><a href='/'>Home</a> "
            f"<a href='/world'>World</a></nav><article><h1>{title}</h1><div class='meta'>{date}</div>{body}"
            "</article><footer>Copyright 2024</footer></body></html>")


def test_an_article_glued_by_the_rescue_comes_back_in_blocks():
    for page, paragraphs in ((_brief("Council approves budget", "March 14, 2024", BRIEF), BRIEF),
                             (_brief("工业增加值同比增长百分之七", "2024年03月14日 10:21", BRIEF_ZH, "zh"), BRIEF_ZH)):
        bare = trafilatura.bare_extraction(page)
        assert glued_rescue(bare) and paragraphs[0] + " " + paragraphs[1] in bare.text   # the trap is real
        record = _clean(page)
        assert record["body"].split("\n\n") == paragraphs
        assert record["metadata"]["title"] in ("Council approves budget", "工业增加值同比增长百分之七")


def test_a_rescue_is_read_in_its_article_s_blocks_when_the_extraction_holds_other_text():
    """The extraction again does not give the rescue's text back: the rescue is the whole text of
    the page's <article>, read in that element's blocks (`split_glued_articles`), the headline and
    the date line apart from the paragraphs, never the other extraction's text."""
    page = _brief("Council approves budget", "March 14, 2024", BRIEF)
    bare = trafilatura.bare_extraction(page)
    other = trafilatura.bare_extraction(_brief("Council approves budget", "March 14, 2024",
                                               [p.replace("Tuesday", "Monday") for p in BRIEF]), config=_NO_RESCUE)
    assert len(other.body) > 1 and not same_text(bare, other)
    result = decline_page_dump(bare, lambda *a, **k: other, page)
    assert [(e.tag, e.text) for e in result.body] == [("head", "Council approves budget"), ("p", "March 14, 2024"),
                                                      *(("p", p) for p in BRIEF)]


def test_a_glued_rescue_no_article_of_the_page_holds_stays_one_paragraph():
    """The declared articleBody (no <article> element), or an <article> whose text is not the
    rescue's: nothing to read it in, the rescue stays as it came."""
    declared = " ".join(BRIEF)
    page = ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"articleBody\": \""
            f"{declared}\"}}</script></head><body><article><h1>Budget</h1><p>Read the full story.</p></article></body></html>")
    bare = trafilatura.bare_extraction(page)
    assert glued_rescue(bare) and bare.text == declared
    assert [e.text for e in split_glued_articles(bare, page).body] == [declared]


def test_a_rescue_stays_when_the_blocks_hold_little_of_it():
    page = _brief("Council approves budget", "March 14, 2024", BRIEF)
    bare = trafilatura.bare_extraction(page)
    again = trafilatura.bare_extraction(page, config=_NO_RESCUE)
    assert same_text(bare, again)
    for child in list(again.body)[1:]:           # the blocks without most of the article
        again.body.remove(child)
    again.body.append(again.body[0].__copy__())
    again.text = "\n".join(p.text for p in again.body)
    assert not same_text(bare, again)


def test_a_one_paragraph_article_is_extracted_once_as_it_is():
    paragraph = " ".join(BRIEF * 3)
    page = _brief("Council approves budget", "March 14, 2024", [paragraph])
    result = trafilatura.bare_extraction(page)
    assert decline_page_dump(result, trafilatura.bare_extraction, page) is result
    assert _clean(page)["body"] == paragraph


def test_a_short_article_glued_by_the_rescue_keeps_its_lines_apart_in_the_record():
    """A short article whose extraction again holds too little of the rescue to replace it (its
    headline, byline and caption are most of it): the record still has its paragraphs as lines of
    their own, and the headline and the byline go to metadata, not glued in front of the first one."""
    first = "The ministry confirmed that applications have risen since January."
    second = "The hearing continues on Monday."
    page = ("<html lang='en'><head><title>Buses replace trains</title></head><body><main><article>"
            "<header><h1>Buses replace trains</h1><div class='byline'><span>By Ann Lee</span> "
            "<time datetime='2026-04-10'>April 10, 2026</time></div></header><div class='entry-content'>"
            f"<p><strong>{first}</strong></p><figure><img src='/a.jpg'><figcaption>Commuters wait at the "
            f"station on Monday. (Photo: Tom Brown)</figcaption></figure><p><em>The hearing</em> continues on Monday.</p>"
            "</div></article></main></body></html>")
    bare = trafilatura.bare_extraction(page)
    assert glued_rescue(bare) and "Buses replace trains By Ann Lee" in bare.text    # the trap is real
    lines = _clean(page)["body"].split("\n\n")
    assert first in lines and second in lines
    assert not any("Buses replace trains" in line or "By Ann Lee" in line for line in lines)
