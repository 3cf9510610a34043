import textwrap

import pytest

from cleaners.builtin.markdown import Markdown
from cleaners.builtin.title import Title, head_end
from cleaners.chain import Chain

from ..conftest import run_cleaner, text_doc
from . import SENTENCES, cuts, texts

TITLE = "Floods Cut Off Mountain Village"
BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


def test_title_into_metadata_repeats_and_section_headers_removed():
    text = (f"World News\n\nPolitics\n\n{TITLE}\n\nDecember 9, 2016\n\n{BODY}\n\n{TITLE}{TITLE}\n\n"
            f"{TITLE.upper()}.\n\nThe water rose again. Floods cut off mountain village.")
    doc = run_cleaner(Title, text)
    assert doc.metadata["title"] == TITLE
    assert texts(doc) == ["December 9, 2016", BODY, "The water rose again. Floods cut off mountain village."]
    assert cuts(doc, "title") == [("section-header", "World News"), ("section-header", "Politics"),
                                  ("title", TITLE), ("title", TITLE + TITLE), ("title", TITLE.upper() + ".")]


def test_markdown_level_one_heading_wins():
    doc = Title().clean(Markdown().clean(text_doc(f"Menu Home\n\n# {TITLE}\n\n{BODY}")))
    assert doc.metadata["title"] == TITLE
    assert texts(doc) == [BODY]


def test_line_printed_twice_in_the_head_is_the_title():
    doc = run_cleaner(Title, f"Breaking Updates\n\n{TITLE}\n\n{TITLE}\n\n{BODY}")
    assert doc.metadata["title"] == TITLE and texts(doc) == [BODY]


def test_known_title_only_removes_its_copies():
    doc = run_cleaner(Title, f"Menu Home\n\n{BODY}\n\n{TITLE}", title=TITLE)
    assert texts(doc) == ["Menu Home", BODY]
    assert cuts(doc, "title") == [("title", TITLE)]


def test_document_starting_with_prose_has_no_title():
    text = f"{BODY}\n\nA Short Heading Later\n\nMore text follows here, in full sentences."
    doc = run_cleaner(Title, text)
    assert doc.metadata["title"] is None and doc.removed == ()
    assert head_end(doc.blocks) == 0


def test_repeated_sentence_by_the_author_is_kept_by_the_whole_chain():
    refrain = "We will not leave our homes."
    text = f"{TITLE}\n\n{BODY}\n\n{refrain}\n\nThe villagers repeated it at every meeting that week.\n\n{refrain}"
    doc = Chain.build().run_text(text_doc(text))
    assert doc.metadata["title"] == TITLE
    assert texts(doc) == [BODY, refrain, "The villagers repeated it at every meeting that week.", refrain]


def test_sentence_containing_the_title_words_is_kept():
    sentence = f"{TITLE}, the local paper wrote on Monday."
    doc = run_cleaner(Title, f"{TITLE}\n\n{BODY}\n\n{sentence}")
    assert texts(doc) == [BODY, sentence]


def test_a_byline_above_the_date_line_is_not_the_title():
    doc = run_cleaner(Title, f"{TITLE}\n\nVon Marco Rossi\n\n3. März 2019\n\n{BODY}", language="de")
    assert doc.metadata["title"] == TITLE
    assert "Von Marco Rossi" in texts(doc)


def test_a_headline_that_opens_with_by_can_be_the_title():
    doc = run_cleaner(Title, f"By Train To Paris\n\n3 March 2019\n\n{BODY}")
    assert doc.metadata["title"] == "By Train To Paris"


def test_a_person_and_a_wire_service_over_the_date_line_is_no_title():
    text = f"{TITLE}\n\nLena Vogt | AFP\n\nDecember 9, 2016\n\n{BODY}"
    doc = run_cleaner(Title, text)
    assert doc.metadata["title"] == TITLE and "Lena Vogt | AFP" in texts(doc)


def test_a_headline_naming_a_place_and_a_party_can_be_the_title():
    headline = "Mountain Village | Green Party"
    doc = run_cleaner(Title, f"{headline}\n\nDecember 9, 2016\n\n{BODY}")
    assert doc.metadata["title"] == headline


def test_a_turkish_title_repeated_in_capitals_goes():
    title, body = "Yılın İlk Kar Yağışı Kıyıda Ulaşımı Aksattı", SENTENCES["tr"]
    for capitals in ("YILIN İLK KAR YAĞIŞI KIYIDA ULAŞIMI AKSATTI", title.upper()):    # Turkish and Python capitals
        doc = run_cleaner(Title, f"{title}\n\n{body}\n\n{capitals}\n\n{body}", language="tr")
        assert doc.metadata["title"] == title and texts(doc) == [body, body]
    other = "YILIN SON KAR YAĞIŞI KIYIDA ULAŞIMI AKSATTI"       # another headline stays
    doc = run_cleaner(Title, f"{title}\n\n{body}\n\n{other}\n\n{body}", language="tr")
    assert texts(doc) == [body, other, body]


def test_an_unspaced_first_paragraph_is_no_title():
    for paragraphs in (["北京时间3月14日，国家统计局发布数据显示，今年前两个月工业增加值同比增长百分之七。",
                        "分析人士指出，制造业投资的回升主要得益于设备更新政策的落地，以及出口订单的恢复。"],
                       ["รัฐบาลประกาศเมื่อวันอังคารว่าจะเปิดโรงพยาบาลแห่งใหม่ในเมืองหลวง ซึ่งมีเตียงผู้ป่วยสามร้อยเตียง",
                        "ชาวบ้านหวังว่าโรงพยาบาลจะช่วยลดความแออัดของสถานพยาบาลที่มีอยู่"]):
        doc = run_cleaner(Title, "\n\n".join(paragraphs))
        assert texts(doc) == paragraphs and not doc.metadata.get("title")


def test_an_unspaced_headline_above_its_article_is_the_title():
    headline = "前两个月工业增加值同比增长百分之七"
    paragraph = "分析人士指出，制造业投资的回升主要得益于设备更新政策的落地，以及出口订单的恢复。"
    doc = run_cleaner(Title, f"{headline}\n\n{paragraph}")
    assert doc.metadata["title"] == headline and texts(doc) == [paragraph]


def test_a_kicker_over_a_known_title_goes_with_it():
    doc = run_cleaner(Title, f"Housing & Law\n\n{TITLE}\n\n{BODY}", title=TITLE)
    assert texts(doc) == [BODY]
    assert cuts(doc, "title") == [("section-header", "Housing & Law"), ("title", TITLE)]


def test_a_sentence_or_a_long_line_over_a_known_title_stays():
    for first in ("Rain fell all night.", "Notes from the valley on a long wet week"):
        doc = run_cleaner(Title, f"{first}\n\n{TITLE}\n\n{BODY}", title=TITLE)
        assert texts(doc) == [first, BODY], first


@pytest.mark.parametrize("code,header,title,body", [
    ("en", "Latest news from the coast", TITLE, BODY),
    ("de", "Aktuelles aus der Region", "Hochwasser schneidet Bergdorf ab",
     "Die Rettungskräfte erreichten das überflutete Dorf am Dienstag bei Tagesanbruch, teilten die Behörden mit."),
    ("fr", "Dernières nouvelles du littoral", "Les crues isolent un village de montagne",
     "Les secours ont atteint le village inondé mardi à l'aube, selon les autorités de la région."),
    ("es", "Últimas noticias", "Las inundaciones aíslan un pueblo de montaña",
     "Los equipos de rescate llegaron al pueblo inundado el martes al amanecer, según las autoridades."),
    ("ru", "Главные новости", "Наводнение отрезало горное село",
     "Спасатели добрались до затопленного села во вторник на рассвете, сообщили власти региона."),
])
def test_a_section_box_header_over_the_title_is_no_title(code, header, title, body):
    doc = run_cleaner(Title, f"{header}\n\n{title}\n\n{body}", language=code)
    assert doc.metadata["title"] == title and texts(doc) == [body]
    assert cuts(doc, "title") == [("section-header", header), ("title", title)]


@pytest.mark.parametrize("title,second", [
    ("Popular Uprising Topples The Government", "A Week Of Protests In The Capital"),     # one listed word opens it
    ("Recommended Dose Of Vitamin D Rises", "Health Agency Revises Its Advice"),
    (TITLE, "Latest news from the coast"),      # the box header under the title: the first line stays the title
])
def test_a_title_opening_like_a_box_header_stays_the_title(title, second):
    doc = run_cleaner(Title, f"{title}\n\n{second}\n\n{BODY}")
    assert doc.metadata["title"] == title


@pytest.mark.parametrize("copy", [f"{TITLE} | The Valley Post", f"{TITLE} - Dnevnik Sever", f"{TITLE.upper()} – HERALD",
                                  f"The Valley Post » {TITLE}", f"Dnevnik Sever :: {TITLE}",
                                  f"{TITLE} - The Valley Post | valleypost.example.org", f"{TITLE} :: Dnevnik Sever",
                                  f"{TITLE} - Valley Post | www.valley-post24.example.co.uk",   # (a domain of many dotted parts)
                                  f"{TITLE} | https://www.valley-post24.example.co.uk/"])
def test_title_with_the_site_name_after_a_separator_is_a_copy(copy):
    doc = run_cleaner(Title, f"{TITLE}\n\n{copy}\n\nDecember 9, 2016\n\n{BODY}")
    assert doc.metadata["title"] == TITLE and texts(doc) == ["December 9, 2016", BODY]
    assert ("title-site", copy) in cuts(doc, "title")


def test_title_copy_with_a_site_suffix_makes_the_title_printed_twice():
    doc = run_cleaner(Title, f"{TITLE}\n\n{TITLE} | The Valley Post\n\nValley Post, March 27, 2024\n\n{BODY}")
    assert doc.metadata["title"] == TITLE     # not the site's date line above the article


@pytest.mark.parametrize("line", [f"{TITLE} - what the council decided on Monday and why it matters",
                                  f"{TITLE} - December 9, 2016", f"{TITLE}: Rescuers Reach Families",
                                  f"{TITLE} | By Ann Lee", f"What the council decided on Monday and why » {TITLE}",
                                  f"{TITLE} - what the council decided on Monday | valleypost.example.org",
                                  f"{TITLE} - see www.valley-post24.example.co.uk/council/minutes-of-the-meeting for all"])
def test_title_continued_by_a_clause_a_date_or_a_colon_stays(line):
    doc = run_cleaner(Title, f"{BODY}\n\n{line}\n\n{BODY}", title=TITLE)
    assert texts(doc) == [BODY, line, BODY]


def test_a_sentence_cut_by_a_page_break_above_the_title_is_no_section_header():
    text = (f"Rescue teams reached the flooded\n\nvillage at dawn on Tuesday, officials said.\n\n{TITLE}\n\n{TITLE}\n\n{BODY}")
    doc = run_cleaner(Title, text)
    assert doc.metadata["title"] == TITLE
    assert texts(doc) == ["Rescue teams reached the flooded", "village at dawn on Tuesday, officials said.", BODY]


def test_a_section_header_over_the_title_still_goes():
    doc = run_cleaner(Title, f"Latest From The Valley\n\n{TITLE}\n\n{TITLE}\n\n{BODY}")
    assert doc.metadata["title"] == TITLE and texts(doc) == [BODY]


def test_a_title_over_a_date_line_opening_with_a_lower_case_weekday_is_the_title():
    doc = run_cleaner(Title, f"{TITLE}\n\nśroda, 25 stycznia 2017 | Czas czytania 3 minut\n\n{BODY}", language="pl")
    assert doc.metadata["title"] == TITLE


def test_a_caption_printed_twice_under_the_byline_is_no_title():
    # a picture's alternative text and caption, one under the other in the article: the title is the head's first
    # line, and the headline-like paragraph above the caption stays (it went as a "section header" of the caption)
    paragraph = "Experts say the project will ease congestion in the centre"
    text = (f"{TITLE}\n\nBy Anna Lee\n\n{paragraph}\n\nMorning at the old riverside market\n"
            f"Morning at the old riverside market\n\n{BODY}")
    doc = run_cleaner(Title, text)
    assert doc.metadata["title"] == TITLE
    assert paragraph in texts(doc) and BODY in texts(doc) and texts(doc).count("Morning at the old riverside market") == 2


def test_a_closing_byline_over_the_date_line_is_no_title():
    # Turkish puts the verb last: "Ayşe Yılmaz yazdı" (Ayşe Yılmaz wrote) is a byline, not the headline above the date
    title = "Liman kenti sular altında kalan feribot terminalinin yeniden yapımını onayladı"
    body = "Belediye meclisi planı salı akşamı yaklaşık dört saat süren bir tartışmanın ardından kabul etti."
    doc = run_cleaner(Title, f"{title}\n\nAyşe Yılmaz yazdı\n\n22 Mart 2025, 6:14\n\n{body}", language="tr")
    assert doc.metadata["title"] == title


@pytest.mark.parametrize("code,kicker,title,caption", [
    ("en", "Coast news", "Harbour town opens its new ferry pier after two years",
     "Passengers wait for the first ferry at the new pier"),
    ("sv", "Inrikes", "Hamnstaden öppnar sin nya färjepir efter två års bygge",
     "Resenärer väntar på den första färjan vid piren"),
])
def test_a_title_printed_twice_under_a_date_line_and_a_kicker_alone_is_the_title(code, kicker, title, caption):
    # the first paragraph hard-wrapped into lines that end no sentence, so the head runs on to a caption printed
    # twice further down: the doubled line at the top, over nothing headline-like, is the title
    wrapped = "\n".join(textwrap.wrap(BODY + " " + BODY, 30))
    text = f"{kicker}\n\n2024-03-16T20:07:00+02:00\n\n{title}\n\n{title}\n\n{wrapped}\n\n{caption}\n\n{caption}\n\n{BODY}"
    doc = run_cleaner(Title, text, language=code)
    assert doc.metadata["title"] == title
    assert texts(doc).count(caption) == 2 and all(line in texts(doc) for line in wrapped.split("\n"))


@pytest.mark.parametrize("code,title,section", [
    ("en", "Bus strike enters its third day as commuters queue for hours", "## Stories to read next"),
    ("pl", "Strajk kierowców autobusów trwa już trzeci dzień", "## Warto przeczytać także"),
])
def test_a_second_level_heading_printed_twice_under_the_head_line_is_no_title(code, title, section):
    # rule sub-heading-repeated: the box's heading over a list and again at the end of the dump
    text = f"{title}\n\n{section}\n\n- First story\n- Second story\n\n{BODY}\n\n{section}\n\n{BODY}"
    doc = run_cleaner(Markdown, text, language=code)
    doc = Title().clean(doc)
    assert doc.metadata["title"] == title
    # a second-level heading printed twice that opens the head is the title all the same
    doc = Title().clean(run_cleaner(Markdown, f"## {title}\n\n## {title}\n\n{BODY}", language=code))
    assert doc.metadata["title"] == title
