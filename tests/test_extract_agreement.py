"""Rule ``extractor-agreement`` (cleaners/extract_agreement.py): furniture at the edges of a body
that spread beyond the main text, cut where readability-lxml agrees on the article."""
from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Block, Document
from cleaners.extract_agreement import RULE, readability_text, trim_to_agreement

ARTICLE = [
    "The harbour ferry returned to service on Monday after a three-week repair, carrying commuters "
    "across the bay in under twenty minutes, the operator said in a short statement.",
    "Engineers replaced both propeller shafts and a cracked rudder bearing, and the timetable is back "
    "to a boat every half hour from six in the morning until midnight.",
    "Passengers who bought monthly passes before the closure will get a week added to them, and the "
    "operator said it would publish the repair bill at the next council meeting.",
]
OFFERS = [
    "Earn a cash bonus after your first three purchases with our partner card, no annual fee in year one.",
    "Transfer a balance at zero per cent for fourteen months, then the standard variable rate applies.",
    "Collect a mile for every pound you spend, with flexible redemption on travel and gift cards.",
]
BREADCRUMB = ["Home > News > Transport", "SHARE:"]


def doc_of(texts: list[str]) -> Document:
    return Document(source="page.html", kind="html", blocks=tuple(Block(t) for t in texts))


def opinion(texts: list[str]):
    calls = []

    def second(html: str) -> str:
        calls.append(html)
        return "\n".join(texts)
    second.calls = calls
    return second


def page(container: list[str]) -> LexborHTMLParser:
    paragraphs = "".join(f"<p>{t}</p>" for t in container)
    return LexborHTMLParser(f"<html><body><div class='story'>{paragraphs}</div></body></html>")


def test_furniture_at_both_edges_is_cut_and_logged():
    doc = doc_of(BREADCRUMB + ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE),
                                 second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == ARTICLE
    logged = [r.text for r in out.removed if r.rule == RULE]
    assert logged == BREADCRUMB + OFFERS
    assert all(t in cut for t in BREADCRUMB + OFFERS)


def test_blocks_between_agreed_blocks_stay_even_when_readability_dropped_them():
    inner = "Timetable: 06:00, 06:30, 07:00 and every half hour until midnight"
    doc = doc_of([ARTICLE[0], inner, ARTICLE[1], ARTICLE[2]] + OFFERS)
    out, _ = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == [ARTICLE[0], inner, ARTICLE[1], ARTICLE[2]]


def test_edge_blocks_of_the_main_container_stay():
    """A link round-up: readability keeps the introduction and drops the list, which is the article."""
    doc = doc_of(ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE + OFFERS),
                                 second_opinion=opinion(ARTICLE[:1]))
    assert out is doc and cut == ""


def test_body_within_the_main_text_is_not_checked():
    second = opinion(ARTICLE)
    doc = doc_of(ARTICLE + OFFERS)
    length = sum(len(t) for t in ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=length, dom=page(ARTICLE), second_opinion=second)
    assert out is doc and cut == "" and second.calls == []


def test_readability_elsewhere_leaves_the_body():
    doc = doc_of(ARTICLE + OFFERS)
    elsewhere = ["A different text about the weather in the mountains this weekend, with snow above "
                 "two thousand metres and strong winds on the ridges from Saturday night."]
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(elsewhere))
    assert out is doc and cut == ""
    # readability taking nearly all of the body: nothing at the edges to doubt
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE),
                                 second_opinion=opinion(ARTICLE + OFFERS[:2]))
    assert out is doc and cut == ""


def test_a_main_container_of_one_paragraph_is_no_estimate():
    """Paragraphs each in a box of their own (site builders' div soup): the main container holds
    one of them, the body seems to spread, and readability would take only some boxes."""
    second = opinion(ARTICLE[:2])
    doc = doc_of(ARTICLE + OFFERS)
    boxes = "".join(f"<div class='c{i}'><div><p>{t}</p></div></div>" for i, t in enumerate(ARTICLE + OFFERS))
    soup = LexborHTMLParser(f"<html><body><div id='site'>{boxes}</div></body></html>")
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=soup, second_opinion=second)
    assert out is doc and cut == "" and second.calls == []


def test_readability_reads_the_article_of_a_page():
    paragraphs = "".join(f"<p>{t}</p>" for t in ARTICLE * 2)
    offers = "".join(f"<div class='offer'><a href='/o{i}'>{t}</a></div>" for i, t in enumerate(OFFERS))
    html = (f"<html><body><nav><a href='/'>Home</a></nav><article>{paragraphs}</article>"
            f"<aside class='sidebar'>{offers}</aside></body></html>")
    text = " ".join(readability_text(html).split())
    assert ARTICLE[0] in text and OFFERS[0] not in text
    assert readability_text("") == ""


def test_a_page_of_too_many_elements_is_not_read():
    """readability's time grows with the element count: a page past `MAX_TAGS` keeps its body."""
    from cleaners.extract_agreement import MAX_TAGS
    second = opinion(ARTICLE)
    doc = doc_of(ARTICLE + OFFERS)
    html = "<html><body>" + "<div><p>x</p></div>" * (MAX_TAGS // 4 + 1) + "</body></html>"
    out, cut = trim_to_agreement(doc, html, estimate=200, dom=page(ARTICLE), second_opinion=second)
    assert out is doc and cut == "" and second.calls == []
    out, _ = trim_to_agreement(doc, html[:MAX_TAGS], estimate=200, dom=page(ARTICLE), second_opinion=second)
    assert len(second.calls) == 1 and [b.text for b in out.blocks] == ARTICLE


def test_readability_taking_a_sliver_of_the_body_is_no_judge():
    """A one-line "article" (a department line, a caption) inside a long body says nothing of its edges."""
    doc = doc_of(ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=50, dom=page(ARTICLE), second_opinion=opinion(OFFERS[1:2]))
    assert out is doc and cut == ""


def test_a_long_paragraph_at_an_edge_is_article_and_stays():
    """An article whose paragraphs sit in containers of their own: readability took some of them."""
    lead = ("HARBOURTOWN - The ferry operator announced on Monday that the crossing will run every half hour "
            "again from next week, after engineers finished a three-week repair of both propeller shafts and "
            "a cracked rudder bearing, and after inspectors signed off the work on Friday evening.")
    doc = doc_of(BREADCRUMB + [lead] + ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == [lead] + ARTICLE
    assert [r.text for r in out.removed if r.rule == RULE] == BREADCRUMB + OFFERS


LONG_OFFERS = [
    "Earn a cash bonus of one hundred pounds after you spend five hundred pounds in your first three months "
    "with our partner card, then five per cent back on groceries, fuel and travel bookings up to a quarterly "
    "limit, with no annual fee in the first year and a variable rate after that.",
    "Transfer a balance at zero per cent for fourteen months and pay no transfer fee in the first sixty days, "
    "then the standard variable rate applies; cash back of up to five per cent in categories that change "
    "every quarter, and a welcome bonus when you open the account online today.",
]


def test_long_entries_of_a_box_after_the_article_are_cut():
    """A box after the article opens with a short line (its heading): its entries are the page's,
    however long, when readability holds none of them."""
    doc = doc_of(ARTICLE + ["Top cards by category"] + LONG_OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == ARTICLE
    logged = [r.text[:80] for r in out.removed if r.rule == RULE]     # the log keeps each text's start
    assert logged == [t[:80] for t in ["Top cards by category"] + LONG_OFFERS]
    assert LONG_OFFERS[1] in cut


def test_long_paragraphs_right_after_the_article_stay():
    """The article's last paragraphs, in a container readability did not take, follow it without a
    break: they stay, and what comes after a short line is cut."""
    ending = [
        "The operator also said that the older of its two boats would be retired next spring, once a "
        "replacement built at the yard across the bay has passed its sea trials, and that the crews of the "
        "retired boat would move to the new one without any loss of pay or seniority.",
        "Council members welcomed the news but asked for a written guarantee that fares would not rise "
        "before the end of the year, and for a public report on why the repair took three weeks when the "
        "operator had first promised that the crossing would be back within ten days.",
    ]
    doc = doc_of(ARTICLE + ending + ["Top cards by category"] + LONG_OFFERS)
    out, _ = trim_to_agreement(doc, "<html></html>", estimate=300, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == ARTICLE + ending


def test_a_short_label_found_in_the_article_is_no_agreement():
    """A one-word section label among the teasers after the article ("Video", "Tracks") also stands
    somewhere in readability's text as a word: fewer words than a shingle say nothing of where the
    article ends, so the teasers after it are still cut."""
    label = "Commuters"
    assert f" {label.lower()} " in f" {ARTICLE[0].lower()} "
    doc = doc_of(ARTICLE + [OFFERS[0], label] + OFFERS[1:])
    out, _ = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == ARTICLE
    assert [r.text for r in out.removed if r.rule == RULE] == [OFFERS[0], label] + OFFERS[1:]


def test_a_short_subheading_between_agreed_paragraphs_stays():
    doc = doc_of([ARTICLE[0], "Repairs", ARTICLE[1], ARTICLE[2]] + OFFERS)
    out, _ = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=opinion(ARTICLE))
    assert [b.text for b in out.blocks] == [ARTICLE[0], "Repairs", ARTICLE[1], ARTICLE[2]]


def test_readability_is_not_run_when_no_answer_could_cut():
    """A body opening and closing with blocks of the main container stays whatever readability
    holds: it is not run. A body closing with blocks outside the container asks it."""
    second = opinion(ARTICLE[:1])
    doc = doc_of(ARTICLE + OFFERS)
    out, cut = trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE + OFFERS), second_opinion=second)
    assert out is doc and cut == "" and second.calls == []
    trim_to_agreement(doc, "<html></html>", estimate=200, dom=page(ARTICLE), second_opinion=second)
    assert len(second.calls) == 1


JA_ARTICLE = ["市は来年度から、市内の公立小学校すべてで給食を無償にすると発表した。対象となる児童はおよそ四百人で、年間の費用は約五億円に上る見込みだ。",
              "近隣の自治体でも同様の取り組みが広がっており、県内では二十番目の導入となる。保護者からは歓迎の声が上がる一方、継続できるのかを心配する意見もある。",
              "市長は記者会見で、財源は基金の取り崩しと国の交付金でまかなうと説明し、中学校への拡大についても検討を進める考えを示した。"]
JA_SHORT = ["けが人はいなかった。", "反対意見は出なかった。"]


def test_a_japanese_article_s_short_paragraphs_count_their_characters_not_one_word_each():
    """Japanese writes no spaces: read as \\w+ tokens, a short paragraph was one or two "words", too few
    for the main container to vouch for it, and the paragraphs before those readability took went as
    the page's. Each character is a word: the main container holds them, they stay; the ranking
    list after the article still goes."""
    sidebar = ["アクセスランキング", "地元高校が全国大会へ", "新駅の開業日が決定", "桜の開花予想を発表"]
    doc = doc_of(JA_SHORT + JA_ARTICLE + sidebar)
    out, _ = trim_to_agreement(doc, "<html></html>", estimate=150, dom=page(JA_SHORT + JA_ARTICLE),
                               second_opinion=opinion(JA_ARTICLE))
    assert [b.text for b in out.blocks] == JA_SHORT + JA_ARTICLE
