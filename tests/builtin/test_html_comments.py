"""html_comments: comment sections parsed from the DOM and cut before extraction.

The page fixtures in tests/fixtures/comments/ go through the real pipeline (WordPress, Disqus, Drupal and
generic threads), and the --no-comments option drops their comments.
"""
from __future__ import annotations

import json

import pytest

from cleaners.cli import main
from cleaners.document import Document
from cleaners.pipeline import Options, Pipeline

from ..conftest import FIXTURES
from ._html_comments import rules, table


PAGES = FIXTURES / "comments"


def processed(pipeline: Pipeline, name: str) -> Document:
    path = PAGES / name
    return pipeline.process(pipeline.document(str(path), path.read_bytes(), "html"))


def assert_clean_body(doc: Document, paragraphs: list[str], leaks: list[str]) -> None:
    for start in paragraphs:
        assert start in doc.body, f"article paragraph lost: {start!r}"
    for leak in leaks:
        assert leak not in doc.body, f"comment text or chrome in the body: {leak!r}"
    for c in doc.comments:
        assert c.text and c.text not in doc.body


COMMON_CHROME = ["Reply", "Report", "Load more comments", "hours ago", "says:", "Leave a Reply", "Add new comment"]


# -- the families, through the pipeline ----------------------------------------------
def test_wordpress_thread(pipeline):
    doc = processed(pipeline, "wordpress.html")
    assert table(doc) == [
        ("Peter Dunmore", 0, None, "2021-04-12T09:14:00+00:00"),
        ("Martha Hale", 1, 0, "2021-04-12T10:02:00+00:00"),
        ("Peter Dunmore", 2, 1, "2021-04-12T10:40:00+00:00"),
        ("islandgirl_77", 0, None, "2021-04-13T07:55:00+00:00"),
    ]
    # a multi-paragraph comment keeps its paragraphs
    assert doc.comments[0].text == (
        "About time. My mother lives on the big island and she has not been able to get to her hospital "
        "appointments without paying for the water taxi.\n\n"
        "I hope they keep the winter timetable at five crossings and do not cut it back after the first year, "
        "which is what happened last time.")
    assert doc.comments[2].text == "Thanks, that is good to hear. Three years is better than nothing."
    assert_clean_body(doc, ["The ferry linking the old harbour", "Engineers replaced forty timber piles",
                            "Island residents have spent two years", "The new timetable has eight crossings"],
                      COMMON_CHROME + ["About time", "guaranteed for three years", "4 thoughts on",
                                       "Your email address", "Save my name", "Post Comment", "Cancel reply"])
    assert {"comment-meta", "comment-chrome", "comment-form"} <= rules(doc)
    assert doc.metadata["comment_count"] == 4


def test_comment_quoting_the_article_stays_a_comment(pipeline):
    doc = processed(pipeline, "wordpress.html")
    quote = "the primary school lost two of its teachers"
    assert quote in doc.comments[3].text
    assert doc.comments[3].text.startswith("The article says")
    assert "and the primary school lost two of its teachers, who could no longer commute" in doc.body


def test_disqus_thread(pipeline):
    doc = processed(pipeline, "disqus.html")
    assert table(doc) == [
        ("Renata Kowalski", 0, None, "2022-06-03T07:41:00"),   # from the title of "2 years ago"
        ("Tom Brennan", 1, 0, "2022-06-03T09:02:00"),
        ("Renata Kowalski", 2, 1, "2022-06-03T11:15:00"),
        ("Guest", 0, None, None),                               # "3 hours ago" only: no date
    ]
    assert doc.comments[0].text.split("\n\n") == [
        "I work in housing benefits. Half of the backlog is caused by the phone system, not by how many days "
        "we are in the office.",
        "Fix the phones first and then measure the trial, otherwise the results will tell you nothing.",
        "Happy to be proven wrong though."]
    assert doc.comments[3].text == "Council tax up five percent and they want a day off. Unbelievable."
    assert_clean_body(doc, ["About 600 city council employees", "The trial covers planning",
                            "Opposition councillors said", "An independent report on the results"],
                      COMMON_CHROME + ["Share ›", "Sort by Best", "Recommend", "3 comments", "Disqus",
                                       "Half of the backlog", "raw figures"])
    assert all(not any(ch in c.text for ch in ("Reply", "Share", "years ago")) for c in doc.comments)
    assert "comment-chrome" in rules(doc)


def test_drupal_thread_with_indented_replies_and_form(pipeline):
    doc = processed(pipeline, "drupal.html")
    assert table(doc) == [
        ("Graham Lowe", 0, None, "2023-03-14T15:00:00"),
        ("Ines Moreau", 1, 0, "2023-03-14T16:45:00"),
        ("Graham Lowe", 2, 1, "2023-03-15T08:05:00"),
        ("A. Reader", 0, None, "2023-03-16T19:30:00"),
    ]
    assert [c.text for c in doc.comments] == [
        "Sunday opening is the best news this town has had in years. My kids have nowhere quiet to study at "
        "the weekend.",
        "The homework club at Eastfield is open to children from other schools too, according to the library "
        "service.",
        "Thanks, I did not know that.\n\nWe will try it next Sunday.",
        "What about the Northgate branch? It is still closed on Saturdays.",
    ]
    assert_clean_body(doc, ["The central library and the branches", "The longer hours are paid for",
                            "Visitor numbers at the three branches"],
                      COMMON_CHROME + ["Your name", "Allowed HTML tags", "Permalink", "In reply to",
                                       "Sunday opening is the best news", "Preview"])
    # the form and its labels are chrome, never a comment
    assert not any("Your name" in c.text or "Allowed HTML" in c.text for c in doc.comments)
    form = [r for r in doc.removed if r.rule == "comment-form"]
    assert form and "Your name" in form[0].text


def test_generic_thread_nested_by_dom_only(pipeline):
    """Hashed class names, no comment words: found by structure (items nested in items, controls)."""
    doc = processed(pipeline, "generic_nested.html")
    assert table(doc) == [("harbourwatch", 0, None, None), ("Jo Tremayne", 1, 0, None),
                          ("harbourwatch", 2, 1, None), ("Dr Alan Fisk", 0, None, None)]
    quoting = doc.comments[1].text.split("\n\n")
    assert quoting[0] == ("The judge said the company had treated the warnings as a routine maintenance matter "
                          "rather than a risk to public health.")
    assert len(quoting) == 3
    # the quoted sentence stays in the article as well
    assert "The judge said the company had treated the warnings as a routine maintenance matter" in doc.body
    assert_clean_body(doc, ["A regional water company has been fined", "The spills, from an overflow pipe",
                            "Campaigners who monitor the overflows", "The environment agency is now testing"],
                      COMMON_CHROME + ["points", "harbourwatch", "Eleven reports", "dividends", "\u25b2"])


def test_generic_flat_list_depth_from_level_classes(pipeline):
    doc = processed(pipeline, "generic_flat_levels.html")
    assert table(doc) == [
        ("Kat Olsen", 0, None, "2024-03-08T07:12:00"),
        ("m_ahmed", 1, 0, "2024-03-08T07:40:00"),
        ("Kat Olsen", 2, 1, "2024-03-08T08:03:00"),
        ("Harold Penn", 1, 0, "2024-03-08T08:30:00"),
        ("Ruth B.", 0, None, None),
    ]
    assert doc.comments[2].text == "True, but the last offer had nothing for this year.\n\nThis one does."
    assert_clean_body(doc, ["A strike that would have stopped", "Drivers will get a rise",
                            "Passengers who bought tickets"],
                      COMMON_CHROME + ["likes", "Kat Olsen", "common sense", "coast line"])


def test_generic_flat_list_depth_from_reply_class_under_a_heading(pipeline):
    doc = processed(pipeline, "generic_flat_reply.html")
    assert table(doc) == [
        ("Sam Whitfield", 0, None, "2022-05-02T09:10:00"),
        ("Bev Cartwright", 1, 0, "2022-05-02T10:25:00"),
        ("Ken Adeyemi", 0, None, "2022-05-02T12:02:00"),
        ("Town Crier Editor", 1, 2, "2022-05-02T14:40:00"),
    ]
    assert doc.comments[2].text == ("Twenty spaces moved to a side street that is already full every Saturday."
                                    "\n\nI will believe the loading hours help when I see it.")
    assert_clean_body(doc, ["The protected cycle lanes on Bridge Street", "The lanes run for 1.2 kilometres",
                            "Shopkeepers had worried about losing parking"],
                      COMMON_CHROME + ["Reader comments", "Posted 2 May", "Rode it this morning"])
    removed = [r.text for r in doc.removed if r.rule == "comment-chrome"]
    assert "Reader comments (4)" in removed and "Load more comments" in removed


def test_article_about_comments_and_replies_loses_nothing(pipeline):
    doc = processed(pipeline, "article_mentions_comments.html")
    assert doc.comments == ()
    assert doc.metadata["comment_count"] == 0
    assert not [r for r in doc.removed if r.cleaner == "html_comments"]
    for text in ["more than 400 written comments", "reply in writing to the main objections",
                 "Comments from residents", "The company's reply", "declined to comment",
                 "would reply once it was finished", "Written comments can still be sent",
                 "Margaret Ellison said", "Nobody is against jobs"]:
        assert text in doc.body


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_fixture_records_validate(pipeline, validator, name):
    record = processed(pipeline, name).record()
    assert not list(validator.iter_errors(record))
    assert record["metadata"]["comment_count"] == len(record["comments"])
    for i, c in enumerate(record["comments"]):
        if c["parent"] is None:
            assert c["depth"] == 0
        else:
            assert c["parent"] < i and record["comments"][c["parent"]]["depth"] == c["depth"] - 1


def test_no_comments_drops_them_and_counts_zero(tmp_path):
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(PAGES), "-o", str(out), "-q", "--no-comments"]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list(PAGES.glob("*.html")))
    for record in records:
        assert record["comments"] == [] and record["metadata"]["comment_count"] == 0
    wordpress = next(r for r in records if r["source"].endswith("wordpress.html"))
    assert "About time" not in wordpress["body"] and "The ferry linking" in wordpress["body"]


def test_no_comments_option_in_the_pipeline():
    pipeline = Pipeline(options=Options(comments=False))
    doc = processed(pipeline, "disqus.html")
    assert doc.comments == () and doc.metadata["comment_count"] == 0
    assert "Renata" not in doc.body
