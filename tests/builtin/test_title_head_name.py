"""Rule head-name of title (cleaners/builtin/_head_name.py): the name or desk line between a dump's title and its date
line is no title; the title is the line over it, the name the author (a desk is no author)."""
import pytest

from cleaners.builtin.title import Title

from ..conftest import run_cleaner

PROSE = ["The city council approved the new bus plan on Tuesday evening after a long debate about its costs.",
         "Opposition members criticised the plan and asked for a vote in the full chamber before the approval."]


@pytest.mark.parametrize("title, line, language, author", [
    ("City approves new bus plan for the centre", "Anna Schmidt", "en", "Anna Schmidt"),
    ("City approves new bus plan for the centre", "John Smith, Reuters", "en", "John Smith"),
    ("Roma, nuovo piano per i rifiuti: tre impianti", "Marco Bianchi", "it", "Marco Bianchi"),
    ("City approves new bus plan for the centre", "News Desk", "en", None),
])
def test_the_name_between_the_title_and_the_date_is_no_title(title, line, language, author):
    date = "14 maggio 2024 - 18:03" if language == "it" else "14 May 2024"
    doc = run_cleaner(Title, "\n\n".join([title, line, date] + PROSE), language=language)
    assert doc.metadata["title"] == title and doc.metadata.get("author") == author
    assert [b.text for b in doc.blocks] == [date] + PROSE
    assert [(r.rule, r.text) for r in doc.removed] == [("head-name", line), ("title", title)]


@pytest.mark.parametrize("lines, title", [
    (["Politics", "City approves new bus plan"], "City approves new bus plan"),          # a kicker over the title
    (["Live from the Capitol", "Budget passes today"], "Budget passes today"),          # a title of three words
])
def test_a_kicker_over_the_title_is_no_name(lines, title):
    doc = run_cleaner(Title, "\n\n".join(lines + ["14 May 2024"] + PROSE), language="en")
    assert doc.metadata["title"] == title and doc.metadata.get("author") is None
    assert "head-name" not in [r.rule for r in doc.removed]


def test_a_subtitle_under_the_title_is_no_name():
    lines = ["City approves new bus plan for the centre", "A long road ahead for the buses", "14 May 2024"]
    doc = run_cleaner(Title, "\n\n".join(lines + PROSE), language="en")
    assert doc.metadata.get("author") is None and "head-name" not in [r.rule for r in doc.removed]


@pytest.mark.parametrize("lines, language, author", [
    (["City approves new bus plan", "14 May 2024", "Anna Schmidt"], "en", "Anna Schmidt"),
    (["東京都、新たな防災計画を発表", "2024年5月14日 18時03分", "山田太郎"], "ja", "山田太郎"),
])
def test_a_name_under_the_title_and_its_date_over_the_prose_is_the_author(lines, language, author):
    prose = PROSE if language == "en" else ["東京都は14日、首都直下地震に備えた新たな防災計画を発表した。避難所の収容人数を約2割増やす。"]
    doc = run_cleaner(Title, "\n\n".join(lines + prose), language=language)
    assert doc.metadata["title"] == lines[0] and doc.metadata.get("author") == author
    assert [b.text for b in doc.blocks] == [lines[1]] + prose


@pytest.mark.parametrize("line", ["News Desk", "The Vote"])
def test_a_desk_or_a_subheading_under_the_date_stays(line):
    doc = run_cleaner(Title, "\n\n".join(["City approves new bus plan", "14 May 2024", line] + PROSE), language="en")
    assert line in [b.text for b in doc.blocks] and doc.metadata.get("author") is None


@pytest.mark.parametrize("reading, byline, language", [("12 min de lectura", "Texto: Ana Costa", "es"),
                                                        ("Lesezeit 4 Minuten", "Von Anna Schmidt", "de")])
def test_a_reading_time_over_the_byline_is_no_title(reading, byline, language):
    title = "City approves new bus plan for the centre"
    doc = run_cleaner(Title, "\n\n".join([title, reading, byline, "14/05/2024"] + PROSE), language=language)
    assert doc.metadata["title"] == title
    # a headline-like line over the byline, no reading time, is still the title
    doc = run_cleaner(Title, "\n\n".join(["Politics", "Bus plan approved", byline, "14/05/2024"] + PROSE),
                      language=language)
    assert doc.metadata["title"] == "Bus plan approved"
