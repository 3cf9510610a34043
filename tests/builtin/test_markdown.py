import pytest

from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner, text_doc
from . import cuts, texts


def one(text: str):
    doc = run_cleaner(Markdown, text)
    return texts(doc), cuts(doc, "markdown")


def test_links_keep_their_text():
    assert one("Agencies cited [TASS](#) and [the ministry](http://example.org/a \"t\").") == (
        ["Agencies cited TASS and the ministry."], [("md-link", "[](#)"), ("md-link", '[](http://example.org/a "t")')])
    assert one("See [the report][1] today.")[0] == ["See the report today."]
    assert one("Write to <mailto:desk@example.org> now.") == (["Write to desk@example.org now."], [("md-link", "<>")])


def test_link_definition_and_image():
    assert one("[1]: http://example.org/report") == ([], [("md-link-definition", "[1]: http://example.org/report")])
    assert one("Floods![A flooded street](/img/f.jpg)hit the town.") == (
        ["Floods hit the town."], [("md-image", "![A flooded street](/img/f.jpg)")])
    assert one("![Only an image](/img/f.jpg)") == ([], [("md-image", "![Only an image](/img/f.jpg)")])


def test_heading_marks_become_heading_blocks():
    doc = run_cleaner(Markdown, "## Budget talks resume ##\n\nText.")
    assert doc.blocks[0].text == "Budget talks resume"
    assert (doc.blocks[0].kind, doc.blocks[0].level) == ("heading", 2)
    assert cuts(doc, "markdown") == [("md-heading", "##")]


def test_quote_marks():
    doc = run_cleaner(Markdown, "> We will rebuild, the mayor said.")
    assert texts(doc) == ["We will rebuild, the mayor said."] and doc.blocks[0].kind == "quote"
    assert cuts(doc, "markdown") == [("md-quote", ">")]


def test_emphasis_and_escapes():
    assert one("A **strong** and *light* and __firm__ and _soft_ word.") == (
        ["A strong and light and firm and soft word."],
        [("md-emphasis", "****"), ("md-emphasis", "____"), ("md-emphasis", "**"), ("md-emphasis", "__")])
    assert one(r"Prices rose 5\* in \[some\] towns.") == (
        ["Prices rose 5* in [some] towns."], [("md-escape", "\\")] * 3)


def test_rules_and_setext_underlines():
    assert one("Text.\n\n* * *\n\nMore.") == (["Text.", "More."], [("md-rule", "* * *")])
    assert one("Title line\n\n=====\n\nMore.")[1] == [("md-rule", "=====")]


def test_math_and_identifiers_are_not_markdown():
    for text in ("The answer is 5 * 3 * 2 = 30.", "5*3*2 equals 30.", "A price of 2 * x and 3 * y.",
                 "Call foo__bar__baz and set snake_case_name.", "Rates fell - and then - rose.",
                 "#MeToo rallies spread to 3 cities.", "Pay >5% more."):
        assert one(text) == ([text], []), text


def test_code_is_left_alone():
    assert one("Use `**kwargs` and `[a](b)` in Python.") == (["Use `**kwargs` and `[a](b)` in Python."], [])
    doc = run_cleaner(Markdown, "```\n# not a heading\n**x**\n```")
    assert texts(doc) == ["```\n# not a heading\n**x**\n```"] and doc.removed == ()


def test_rendered_once():
    doc = run_cleaner(Markdown, r"An escaped \\*star* stays literal.")
    assert texts(doc) == [r"An escaped \*star* stays literal."]
    assert Markdown().clean(doc) == doc


def test_only_text_inputs():
    assert not Markdown().applies_to(text_doc("x").replace(kind="html"))


@pytest.mark.parametrize("line,caption", [
    ("![Firefighters on the roof of the town hall on Tuesday](/img/1.jpg)",
     "Firefighters on the roof of the town hall on Tuesday"),
    ('![](/img/2.jpg "Feuerwehrleute auf dem Dach des Rathauses")', "Feuerwehrleute auf dem Dach des Rathauses"),
    ("Text before ![Les pompiers sur le toit de la mairie](/i.png) and after.", "Les pompiers sur le toit de la mairie"),
])
def test_image_alt_text_that_is_a_caption_goes_to_captions(line, caption):
    doc = run_cleaner(Markdown, line)
    assert doc.metadata["captions"] == [caption]
    assert all("![" not in t for t in texts(doc))


@pytest.mark.parametrize("line", ["![](/img/1.jpg)", "![image](/img/1.jpg)", "![IMG_2041.jpg](/img/1.jpg)",
                                  "![company-logo-small](/logo.png)", "![DSC 0042](/d.jpg)", "![Logo](/l.png)"])
def test_image_alt_text_that_is_no_caption_is_dropped(line):
    doc = run_cleaner(Markdown, f"Before.\n\n{line}")
    assert doc.metadata["captions"] == [] and texts(doc) == ["Before."]


def test_lines_of_opening_brackets_are_not_screened_and_stay():
    from cleaners import screen
    from cleaners.builtin.markdown import _SCREEN
    doc = run_cleaner(Markdown, "The minister spoke.\n\n[\n\n[ [\n\n[\n\nShe left.")
    assert [b.text for b in doc.blocks] == ["The minister spoke.", "[", "[ [", "[", "She left."]
    assert doc.removed == ()
    assert screen.candidates(doc.blocks, _SCREEN) == []


def test_bracket_closed_later_on_its_line_is_still_screened_and_rendered():
    from cleaners import screen
    from cleaners.builtin.markdown import _SCREEN
    doc = run_cleaner(Markdown, "[\n\nSee [TASS](#) here.\n\n[1]: http://example.com/a")
    assert [b.text for b in doc.blocks] == ["[", "See TASS here."]
    assert screen.candidates(text_doc("[\n\nSee [TASS](#) here.").blocks, _SCREEN) == [1]


@pytest.mark.parametrize("line", ["</p>", "<br />", "&nbsp;", '<div class="ad-slot"></div>', "<!-- ad -->",
                                  "<p>&nbsp;</p>"])
def test_a_line_of_html_tags_and_entities_only_is_dropped(line):
    assert one(f"The ferry ran again.\n\n{line}\n\nThe port reopened.") == (
        ["The ferry ran again.", "The port reopened."], [("html-debris", line)])


def test_line_breaks_entities_and_footnote_markers_inside_a_line_are_rendered():
    kept, cut = one("The port&nbsp;reopened on Monday &amp; the ferries ran.<br />\n\nIt was calm.[^1]")
    assert kept == ["The port reopened on Monday & the ferries ran.", "It was calm."]
    assert cut == [("html-break", "<br />"), ("html-entity", "&nbsp;"), ("html-entity", "&amp;"),
                   ("md-footnote", "[^1]")]


@pytest.mark.parametrize("line", ["Write `<br>` to break a line, the tutorial says.", "Tom & Jerry returns in May.",
                                  "The <Untitled> exhibit opens in May.", "Q&A: what the budget means for you"])
def test_html_in_code_or_prose_that_only_looks_like_it_stays(line):
    assert one(line) == ([line], [])


def test_html_wrapper_tags_go_and_their_text_stays():
    doc = run_cleaner(Markdown, '<h1>Flood barriers hold in the old town</h1>\n\n<p class="lead">The river rose by two metres overnight.</p>')
    assert texts(doc) == ["Flood barriers hold in the old town", "The river rose by two metres overnight."]
    assert (doc.blocks[0].kind, doc.blocks[0].level) == ("heading", 1)
    assert cuts(doc, "markdown") == [("html-wrapper", "<h1></h1>"), ("html-wrapper", '<p class="lead"></p>')]
    assert one('Aid reached <strong>three</strong> villages, <a href="/x">officials</a> said.') == (
        ["Aid reached three villages, officials said."],
        [("html-inline", "<strong>"), ("html-inline", "</strong>"), ("html-inline", '<a href="/x">'), ("html-inline", "</a>")])


def test_text_that_only_looks_like_tags_stays():
    for text in ("<p> is the tag the parser reads, the engineer said.",        # opens, never closes
                 "Prices rose when x<b and fell when b>x, the model showed.",   # comparisons
                 "<div>Results are due on Friday</p>",                           # a wrapper that closes another element
                 "The <em> tag marks emphasis in old pages."):                   # an inline tag that never closes
        assert one(text)[0] == [text], text
