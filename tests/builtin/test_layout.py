from cleaners.builtin.layout import Layout
from cleaners.document import Block, Document

from ..conftest import run_cleaner
from . import cuts, texts


def test_paragraph_broken_mid_sentence_is_joined():
    doc = run_cleaner(Layout, "The rescue teams reached the village\n\nat dawn on Tuesday, officials said.")
    assert texts(doc) == ["The rescue teams reached the village at dawn on Tuesday, officials said."]
    assert doc.removed == ()


def test_blocks_without_words_are_removed():
    doc = run_cleaner(Layout, "First paragraph here.\n\n* * *\n\n•\n\nSecond paragraph here.")
    assert texts(doc) == ["First paragraph here.", "Second paragraph here."]
    assert cuts(doc, "layout") == [("no-words", "* * *\n•")]   # consecutive blocks: one cut


def test_run_of_wordless_blocks_is_one_cut_at_its_first_origin():
    lines = "\n\n".join(["[", "{"] * 500)
    doc = run_cleaner(Layout, f"First paragraph here.\n\n{lines}\n\nSecond paragraph here.")
    assert texts(doc) == ["First paragraph here.", "Second paragraph here."]
    (cut,) = [r for r in doc.removed if r.cleaner == "layout"]
    assert (cut.rule, cut.origin, cut.chars) == ("no-words", 1, 1999) and cut.text.startswith("[\n{\n[")


def test_wordless_blocks_apart_are_separate_cuts():
    doc = run_cleaner(Layout, "First paragraph here.\n\n* * *\n\nMiddle paragraph here.\n\n•\n\nLast one.")
    assert [(r.text, r.origin) for r in doc.removed] == [("* * *", 1), ("•", 3)]


def test_complete_paragraphs_headings_lists_and_codes_are_not_joined():
    text = ("The talks ended on Friday.\n\nofficials will meet again in May.\n\n"
            "Key dates for the plan:\n\nsigning in March and review in June.\n\n"
            "Ref 2016 12 09 001\n\nnext line in lower case")
    doc = run_cleaner(Layout, text)
    assert len(doc.blocks) == 6 and doc.removed == ()


def test_heading_and_code_blocks_are_kept_apart():
    doc = Document(source="t", kind="text", blocks=(
        Block("Budget talks resume after the break", kind="heading", level=2), Block("and then more words came."),
        Block("```\n---\n```", kind="code")))
    out = Layout().clean(doc)
    assert out.blocks == doc.blocks


def test_shortcodes_printed_as_text_are_removed():
    code = '[button link="https://example.org/review/" type="big"] Send us your review[/button]'
    doc = run_cleaner(Layout, f"First paragraph here.\n\n{code}\n\n[gallery ids=\"12,13\"]\n\nSecond paragraph here.")
    assert texts(doc) == ["First paragraph here.", "Second paragraph here."]
    assert [rule for rule, _ in cuts(doc, "layout")] == ["shortcode", "shortcode"]


def test_template_tags_left_unrendered_on_their_own_line_are_removed():
    text = ("First paragraph here.\n\n{{ widget:34 }}\n\n{% include 'promo/newsletter.html' %}\n\n"
            "{{{ sidebar_ad }}} {# slot 3 #}\n\nSecond paragraph here.")
    doc = run_cleaner(Layout, text)
    assert texts(doc) == ["First paragraph here.", "Second paragraph here."]
    assert [rule for rule, _ in cuts(doc, "layout")] == ["template-tag"] * 3


def test_template_tags_inside_prose_or_code_are_kept():
    text = ("In Jinja, {{ user.name }} prints the user's name and {% if %} opens a condition.\n\n"
            "{{ widget:34 }} was the placeholder the site forgot to fill, its editor said.")
    doc = run_cleaner(Layout, text)
    code = Document(source="t", kind="text", blocks=(Block("```\n{{ widget:34 }}\n```", kind="code"),))
    assert len(doc.blocks) == 2 and doc.removed == () and Layout().clean(code).blocks == code.blocks


def test_bracketed_labels_in_text_are_kept():
    text = "[Updated] The council voted on Tuesday.\n\nHe wrote [sic] in the letter [and later deleted it]."
    doc = run_cleaner(Layout, text)
    assert len(doc.blocks) == 2 and doc.removed == ()


def test_a_list_item_is_not_continued_by_the_next_line():
    text = "The plan has three parts:\n- more buses at weekends\n- a new line to the airport\n\ngrumpy_carpenter was here"
    doc = run_cleaner(Layout, text)
    assert texts(doc)[-2:] == ["- a new line to the airport", "grumpy_carpenter was here"]


def test_a_paragraph_after_a_cut_is_still_joined():
    doc = run_cleaner(Layout, "Officials in the region said the teams reached\n\nthe village at dawn.")
    assert texts(doc) == ["Officials in the region said the teams reached the village at dawn."]
