"""A byline's names end before the next labelled field on the line: a word followed by a colon and a value is that
field's label ("作者：张伟 来源：新华社", "Von Anna Schmidt Quelle: dpa"), not a part of the name (`_byline.NAME`)."""
from __future__ import annotations

import pytest

from cleaners.builtin._byline import byline_author


@pytest.mark.parametrize("line, langs, author", [
    ("作者：张伟 来源：新华社", ("zh",), "张伟"),
    ("Von Anna Schmidt Quelle: dpa", ("de",), "Anna Schmidt"),
    ("Par Jean Dupont Source : AFP", ("fr",), "Jean Dupont"),
])
def test_the_label_of_the_next_field_is_no_part_of_the_name(line, langs, author):
    assert byline_author(line, langs) == author


@pytest.mark.parametrize("line, langs, author", [
    ("By Ann Lee:", ("en",), "Ann Lee"),              # a colon closing the line: no field after it
    ("By Ann Lee and Bo Park", ("en",), "Ann Lee and Bo Park"),
    ("Von Anna Maria Schmidt", ("de",), "Anna Maria Schmidt"),
])
def test_a_name_without_a_field_after_it_is_read_whole(line, langs, author):
    assert byline_author(line, langs) == author
