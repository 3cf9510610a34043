"""Rule `lone-title` (`comments/fallback.py`): of trafilatura's comment text, a section holding only a
box's title in title case, a few words without a sentence's stop, has no comment; a reader's short
line, or a title-case line that ends a sentence, stays a comment. Lines written here."""
from __future__ import annotations

import pytest

from cleaners.builtin.comments.fallback import comments_from_text


@pytest.mark.parametrize("lines,language", [
    (["More Great Stories From Our Archive"], "en"),
    (["You May Also Like"], "en"),
    (["Weitere Beliebte Artikel Zum Thema"], "de"),
])
def test_a_lone_title_case_line_is_the_boxs_heading(lines, language):
    comments, removed = comments_from_text(lines, language)
    assert comments == [] and [(r.rule, r.text) for r in removed] == [("comment-chrome", lines[0])]


@pytest.mark.parametrize("lines", [
    ["totally agree with the council on this one"],
    ["Thanks For Sharing This Story!"],
    ["More Great Stories From Our Archive", "I read every one of them last summer."],
    ["Great Stories From The Archive Of A Town That Never Slept But Dreamed Anyway Every Night"],
])
def test_a_readers_line_or_a_sentence_or_a_long_line_stays_a_comment(lines):
    comments, removed = comments_from_text(lines, "en")
    assert [c.text for c in comments] == ["\n\n".join(lines)] and removed == []
