"""A short post's stamp line and its tool controls (post_furniture `post-stamp`, `post-controls`);
a short real post stays whole."""
import pytest

from cleaners.builtin.post_furniture import PostFurniture

from ..conftest import run_cleaner
from . import cuts, texts

POST = "Simply lovely: an unreleased song from a band we have followed for years."


def clean(text: str, language: str = "en"):
    return run_cleaner(PostFurniture, text, language=language)


@pytest.mark.parametrize("line", [
    "music — annelee @ 12:52",                # a category and a user, the time after "@"
    "photos | jdoe @ 9:05 pm",
    "July 16th, 3:05pm 0 comments",           # a date, a time and a counter
    "16 Jul 2012 | 3 comments",
])
def test_a_stamp_line_around_a_short_post_goes(line):
    doc = clean(f"{line}\n\n{POST}")
    assert texts(doc) == [POST]
    assert cuts(doc, "post_furniture") == [("post-stamp", line)]


@pytest.mark.parametrize("line", [
    "Doors open at 19:30 — bring a friend.",   # a sentence with a time in it
    "Lunch @ 12:52",                           # one segment: a line of the post
    "Arsenal — Chelsea 20:45",                 # a fixture: no user's "@" stamp, no counter
    "Meeting moved to 14:30, room 4",
    "See you on July 16th, 3:05pm sharp",
])
def test_a_short_post_with_a_time_stays_whole(line):
    doc = clean(f"{line}\n\n{POST}")
    assert texts(doc) == [line, POST]


def test_a_long_article_sentence_that_mentions_comments_stays():
    line = ("On July 16th, 3:05pm, the council closed the comments on its plan after 0 comments in a week, "
            "and the mayor said the silence of the residents was itself an answer to the proposal.")
    doc = clean(f"{POST}\n\n{line}")
    assert texts(doc) == [POST, line]


@pytest.mark.parametrize("language,lines", [
    ("en", ["Edit", "Delete", "Tags", "Autopost"]),    # an unknown control word in the run goes with it
    ("en", ["Reblog", "Notes"]),
    ("de", ["Bearbeiten", "Löschen"]),
    ("fr", ["Modifier", "Supprimer"]),
])
def test_a_run_of_the_blogging_tools_controls_goes(language, lines):
    doc = clean("\n\n".join(lines + [POST]), language)
    assert texts(doc) == [POST]
    assert [rule for rule, _ in cuts(doc, "post_furniture")] == ["post-controls"] * len(lines)


@pytest.mark.parametrize("lines", [
    ["Edit"],                                  # one control word alone may be a line of the text
    ["Roses", "Tulips", "Edit"],               # short lines that are mostly not controls (a list, a poem)
    ["Edit.", "Delete."],                      # with full stops: sentences
])
def test_short_lines_that_are_no_control_run_stay(lines):
    doc = clean("\n\n".join(lines + [POST]))
    assert texts(doc) == lines + [POST]
