"""Related-story lists after the article (cleaners/builtin/related_list.py): positive and negative cases."""
import pytest

from cleaners.builtin.related_list import RelatedList, story, title_case

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

BODY = ("Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said, "
        "and the first families were taken to the school in the valley.")


def related(doc):
    return [(r["title"], r["url"]) for r in doc.metadata["related"]]


@pytest.mark.parametrize("text,language,expected", [
    ("## Related\n\n- [Floods cut off mountain villages](https://example.org/a/1)\n"
     "- [Rail strike ends after talks](https://example.org/a/2)", "en",
     [("Floods cut off mountain villages", "https://example.org/a/1"),
      ("Rail strike ends after talks", "https://example.org/a/2")]),
    ("Lesen Sie auch:\nHochwasser schneidet Bergdörfer ab\nBahnstreik nach Gesprächen beendet", "de",
     [("Hochwasser schneidet Bergdörfer ab", None), ("Bahnstreik nach Gesprächen beendet", None)]),
    ("**À lire aussi**\n\n1. Les inondations coupent les villages de montagne\n2. La grève du rail prend fin", "fr",
     [("Les inondations coupent les villages de montagne", None), ("La grève du rail prend fin", None)]),
    ("Читайте также\n\n[Наводнение отрезало горные деревни](/news/1)", "ru",
     [("Наводнение отрезало горные деревни", "/news/1")]),
    ("Read more: [Floods cut off mountain villages](https://example.org/a/1)", "en",
     [("Floods cut off mountain villages", "https://example.org/a/1")]),
])
def test_lists_under_a_related_heading_go_to_metadata(text, language, expected):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{BODY}\n\n{text}", language=language)
    assert texts(doc) == [BODY, BODY]
    assert related(doc) == expected
    assert {r.rule for r in doc.removed} <= {"related-heading", "related-story"}


@pytest.mark.parametrize("lines", [
    ["Floods Cut Off Mountain Villages", "Rail Strike Ends After Talks", "Council Approves New Budget After Long Debate"],
    ["- [Floods cut off mountain villages](/a/1)", "- [Rail strike ends after talks](/a/2)",
     "- [Council approves new budget](/a/3)"],
    ["![](/t/1.jpg) [Floods cut off mountain villages](/a/1) – 3 May 2021", "![](/t/2.jpg) [Rail strike ends](/a/2)",
     "![](/t/3.jpg) [Council approves new budget](/a/3)"],
    ["Hochwasser schneidet Bergdörfer ab", "Bahnstreik nach langen Gesprächen beendet",
     "Stadtrat beschließt den neuen Haushalt"],
])
def test_a_closing_run_of_headlines_goes_to_metadata(lines):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{BODY}\n\n" + "\n".join(lines) + "\n\n© 2021 Example News")
    assert texts(doc) == [BODY, BODY, "© 2021 Example News"]
    assert len(doc.metadata["related"]) == 3
    if "![" in lines[0]:
        assert doc.metadata["related"][0]["image"] == "/t/1.jpg" and doc.metadata["related"][0]["url"] == "/a/1"


@pytest.mark.parametrize("lines", [
    # an article that ends with a list of short points keeps them
    ["• Two people were injured", "• The road is closed until Monday", "• Police are asking witnesses to come forward"],
    ["What we know so far:", "• Two People Were Injured", "• The Road Is Closed Until Monday",
     "• Police Ask Witnesses To Come Forward"],
    ["The plan has three parts:", "More Buses On Weekends", "Cheaper Tickets For Students", "A New Line To The Airport"],
    ["• Two people were injured", "• Road Closed Until Monday", "• Police Ask Witnesses To Come Forward",
     "• Mayor Promises Help For Families"],
    # two headlines are no list without a heading, nor is one line said three times
    ["Floods Cut Off Mountain Villages", "Rail Strike Ends After Talks"],
    ["We Will Not Go Home", "We Will Not Go Home", "We Will Not Go Home"],
    # sentences, labels and lines inside the article
    ["The minister said the talks would resume.", "Tags: floods, rail, budget", "Source: Reuters"],
])
def test_lists_that_belong_to_the_article_stay(lines):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n" + "\n".join(lines))
    assert texts(doc) == [BODY] + lines and doc.metadata["related"] == []


def test_a_closing_run_after_the_articles_own_points():
    points = ["• Two people were injured", "• The road is closed until Monday"]
    stories = ["- [Floods cut off mountain villages](/a/1)", "- [Rail strike ends after talks](/a/2)",
               "- [Council approves new budget](/a/3)"]
    doc = run_cleaner(RelatedList, f"{BODY}\n\n" + "\n".join(points + stories))
    assert texts(doc) == [BODY] + points and len(doc.metadata["related"]) == 3


def test_a_related_heading_needs_stories_and_article_text_before_it():
    doc = run_cleaner(RelatedList, f"{BODY}\n\nRelated\n\nThe minister said the talks would resume next week.")
    assert doc.removed == ()
    head = "Related\n\n- [Floods cut off mountain villages](/a/1)\n- [Rail strike ends after talks](/a/2)"
    doc = run_cleaner(RelatedList, f"{head}\n\n{BODY}")
    assert doc.removed == ()      # no article before it: a menu, not a list after the article


def test_another_languages_heading_is_not_read():
    # (a foot all in German around a French story is the page's chrome, whose words are read: cleaners/lang/chrome.py)
    doc = run_cleaner(RelatedList, f"{BODY}\n\nLesen Sie auch:\nDes crues isolent les villages\n"
                                   "La grève des trains prend fin", language="fr")
    assert doc.metadata["related"] == []


def test_story_lines_and_title_case():
    assert story("• [Floods cut off villages](/a/1) (Reuters)") is not None
    assert story("[Floods cut off villages](/a/1) said the minister on Tuesday") is None     # a link in a sentence
    assert story("The minister said the talks would resume.") is None
    assert story("Photo credit: Anna Schmidt") is None and story("ok") is None
    assert title_case("Floods Cut Off Mountain Villages") and not title_case("Floods cut off mountain villages")


def test_a_repeated_line_ends_a_closing_run_of_headlines_and_stays():
    titles = ["Powódź Odcięła Górskie Wioski", "Muzeum Otwarte Po Remoncie", "Rada Miasta Przyjęła Budżet"]
    prose = "Rada miasta zebrała się we wtorek i zgodziła się opublikować dane w przyszłym tygodniu, jak podano."
    text = "\n\n".join([prose, "Zapisz się do newslettera", "Zapisz się do newslettera"] + titles)
    doc = run_cleaner(RelatedList, text, language="pl")
    assert [r["title"] for r in doc.metadata["related"]] == titles
    assert texts(doc) == [prose, "Zapisz się do newslettera", "Zapisz się do newslettera"]


def test_a_run_of_the_same_headline_is_no_list():
    prose = "The council met on Tuesday and agreed to publish the figures next week, officials said."
    doc = run_cleaner(RelatedList, "\n\n".join([prose] + ["We Will Not Go Home Tonight"] * 4))
    assert not doc.metadata.get("related") and len(texts(doc)) == 5


@pytest.mark.parametrize("text,language,expected", [
    ("More from this section:\n» Floods cut off mountain villages\n» Rail strike ends after talks", "en",
     [("Floods cut off mountain villages", None), ("Rail strike ends after talks", None)]),
    ("Похожие материалы\n› Наводнение отрезало горные сёла от мира", "ru",
     [("Наводнение отрезало горные сёла от мира", None)]),
    ("Lire aussi :\n» La grève du rail prend fin après trois semaines", "fr",
     [("La grève du rail prend fin après trois semaines", None)]),
])
def test_guillemet_bullets_and_one_bulleted_story_under_a_heading(text, language, expected):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{text}", language=language)
    assert texts(doc) == [BODY]
    assert related(doc) == expected


@pytest.mark.parametrize("text,language", [
    ("Read more:\nFloods cut off mountain villages", "en"),
    ("Lesen Sie auch:\n»Das ist ein guter Tag für die Stadt«, sagte der Bürgermeister am Abend.", "de"),
])
def test_one_plain_line_or_a_quotation_under_a_heading_is_no_list(text, language):
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{text}", language=language)
    assert texts(doc)[-1] == text.split("\n")[-1] and not doc.metadata.get("related")


SQ_BODY = ("Qyteti hapi sot një urë të re mbi lumë, e cila pritet të lehtësojë trafikun në qendër të qytetit.\n\n"
           "Ndërtimi zgjati tre vjet dhe kushtoi gati dy miliardë euro, tha zëdhënësi i bashkisë.")


@pytest.mark.parametrize("items", [
    ["[Këshilli bashkiak miratoi buxhetin e ri](/sq/1)", "[Përmbytjet izoluan fshatrat malore nga bota](/sq/2)"],
    ["» Këshilli bashkiak miratoi buxhetin e ri", "» Përmbytjet izoluan fshatrat malore nga bota"],
])
def test_a_heading_no_language_file_holds_over_story_links_is_a_related_list(items):
    doc = run_cleaner(RelatedList, SQ_BODY + "\n\nLajme të ngjashme:\n\n" + "\n".join(items), language="sq")
    assert texts(doc) == SQ_BODY.split("\n\n")
    assert [r["title"] for r in doc.metadata["related"]] == [
        "Këshilli bashkiak miratoi buxhetin e ri", "Përmbytjet izoluan fshatrat malore nga bota"]


@pytest.mark.parametrize("tail", [
    "Ndryshimet kryesore:\n\n- Paga minimale rritet në 800 euro\n- Qiratë rriten me tre për qind",   # points, not links
    "Lajme të ngjashme:\n\n[Këshilli bashkiak miratoi buxhetin e ri](/sq/1)",                             # one link
    "Sipas bashkisë së qytetit kjo ishte e domosdoshme:\n\n[Këshilli miratoi buxhetin](/sq/1)\n[Përmbytjet izoluan fshatrat](/sq/2)",  # a sentence
])
def test_a_lead_in_over_points_one_link_or_a_sentence_is_no_unknown_related_heading(tail):
    doc = run_cleaner(RelatedList, SQ_BODY + "\n\n" + tail, language="sq")
    assert not doc.metadata.get("related")
    assert tail.split("\n\n")[0] in texts(doc)


@pytest.mark.parametrize("tail,titles", [
    ("Lajme të ngjashme: [Këshilli bashkiak miratoi buxhetin e ri](/sq/1)", ["Këshilli bashkiak miratoi buxhetin e ri"]),
    ("**Lexoni edhe këtë:** [Përmbytjet izoluan fshatrat malore](/sq/2) – 03.03.2019", ["Përmbytjet izoluan fshatrat malore"]),
    ("**Lajme të ngjashme**\n\n- [Këshilli bashkiak miratoi buxhetin e ri](/sq/1)", ["Këshilli bashkiak miratoi buxhetin e ri"]),
    ("Lajme të ngjashme:\n\n» Përmbytjet izoluan fshatrat malore nga bota", ["Përmbytjet izoluan fshatrat malore nga bota"]),
    ("**Lexoni edhe këto lajme të tjera**\n\n- [Këshilli bashkiak miratoi buxhetin e ri](/sq/1)\n"
     "- [Përmbytjet izoluan fshatrat malore](/sq/2)", ["Këshilli bashkiak miratoi buxhetin e ri", "Përmbytjet izoluan fshatrat malore"]),
    ("Lajme të ngjashme:\n\nKëshilli bashkiak miratoi buxhetin e ri\nPërmbytjet izoluan fshatrat malore",
     ["Këshilli bashkiak miratoi buxhetin e ri", "Përmbytjet izoluan fshatrat malore"]),
    ("Më të lexuarat\n\n1. Këshilli bashkiak miratoi buxhetin e ri\n2. Përmbytjet izoluan fshatrat malore",
     ["Këshilli bashkiak miratoi buxhetin e ri", "Përmbytjet izoluan fshatrat malore"]),
])
def test_related_lists_under_labels_no_file_holds_inline_single_plain_or_numbered(tail, titles):
    # related-inline-shape: "Label: [Title](url)"; one bulleted link or "»" headline under a heading set apart;
    # five or six words over two links or more; plain or numbered headlines under a short heading ending the body
    doc = run_cleaner(RelatedList, SQ_BODY + "\n\n" + tail, language="sq")
    assert texts(doc) == SQ_BODY.split("\n\n")
    assert [r["title"] for r in doc.metadata["related"]] == titles


@pytest.mark.parametrize("tail", [
    "Pikat kryesore:\n\n1. Çmimet e biletave rriten në prill\n2. Autobusët e natës rikthehen",      # numbered after a colon
    "Lajme nga qyteti\n\nKëshilli bashkiak miratoi buxhetin e ri\nPërmbytjet izoluan fshatrat malore\n\n"
    "Ndërtimi zgjati tre vjet dhe kushtoi gati dy miliardë euro, tha zëdhënësi.",   # prose follows
    "Siç tha kryetari i bashkisë në deklaratën e tij këtë javë: [Deklarata](/sq/1)",      # a sentence before the link
    "Lexoni edhe këto lajme të tjera\n\n» Përmbytjet izoluan fshatrat malore nga bota",   # one story, a long plain heading
])
def test_a_numbered_lead_in_prose_after_a_sentence_label_or_a_long_heading_over_one_story_stay(tail):
    doc = run_cleaner(RelatedList, SQ_BODY + "\n\n" + tail, language="sq")
    assert not doc.metadata.get("related")
    assert tail.split("\n\n")[0] in texts(doc)


def test_stories_labelled_by_their_medium_in_capitals_stay_in_the_list():
    text = ("MEHR ZUM THEMA\n» Hochwasser schneidet Bergdörfer ab\n» VIDEO: Hochwasser schneidet Bergdörfer ab\n"
            "» FOTOS: Bahnstreik nach Gesprächen beendet")
    doc = run_cleaner(RelatedList, f"{BODY}\n\n{text}", language="de")
    assert texts(doc) == [BODY]
    assert [r["title"] for r in doc.metadata["related"]] == [
        "Hochwasser schneidet Bergdörfer ab", "VIDEO: Hochwasser schneidet Bergdörfer ab", "FOTOS: Bahnstreik nach Gesprächen beendet"]


@pytest.mark.parametrize("line", ["Tags: Floods, Villages, Rescue", "Photo credit: Ann Lee for the Herald",
                                  "Update: rescue teams reached the village"])
def test_labels_that_are_not_a_medium_in_capitals_are_no_story(line):
    assert story(line) is None


@pytest.mark.parametrize("heading,items,after,language", [
    ("## Das könnte Sie auch interessieren", ["- [Neue Buslinie verbindet Täler ab Sommer](https://example.org/1)",
                                              "- [Forstamt warnt vor Borkenkäfer](https://example.org/2)"],
     "Was passiert mit den bereits gerodeten Flächen?", "de"),
    ("Read more", ["» Floods cut off mountain villages", "» Rail strike ends after talks"],
     "Who pays for the new pumps and the repairs", "en"),
])
def test_a_plain_line_after_a_blank_line_ends_a_list_of_bulleted_or_linked_stories(heading, items, after, language):
    """Rule `list-form`: the article's next paragraph, a question or a short line under a list of links, stays."""
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, BODY, heading, "\n".join(items), after, BODY]), language=language)
    assert texts(doc) == [BODY, BODY, after, BODY]
    assert len(doc.metadata["related"]) == 2


def test_plain_headlines_under_a_heading_set_apart_by_blank_lines_all_go():
    lines = ["Hochwasser schneidet Bergdörfer ab", "Bahnstreik nach Gesprächen beendet", "Rat beschließt neuen Haushalt"]
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, BODY, "Lesen Sie auch"] + lines), language="de")
    assert texts(doc) == [BODY, BODY]
    assert [t for t, _ in related(doc)] == lines


@pytest.mark.parametrize("lines, language", [
    (["この記事をシェアする", "ツイート", "LINEで送る"], "ja"),
    (["分享到微信", "分享到微博", "复制链接"], "zh"),
])
def test_share_controls_closing_the_body_are_no_related_stories(lines, language):
    """Lines of a script without spaces pass as headlines by their length; a run holding a share control is the
    page's share buttons (calls_to_action cuts them), no list of stories."""
    prose = {"ja": ["東京都は14日、首都直下地震に備えた新たな防災計画を発表した。避難所の収容人数を約2割増やし、備蓄食料も拡充する。",
                    "計画では、木造住宅が密集する地域の解消を重点課題に掲げ、2030年度までに不燃化率を7割に引き上げる目標を示した。"],
             "zh": ["北京市政府周二发布了新的公共交通发展计划，计划在未来五年内新增十条地铁线路，并改善公交车的运行效率。",
                    "市民对这一计划普遍表示欢迎，但也有人担心施工期间的交通拥堵问题会影响日常出行。"]}[language]
    doc = run_cleaner(RelatedList, "\n\n".join(prose) + "\n\n" + "\n".join(lines), language=language)
    assert not doc.metadata.get("related") and not doc.removed
