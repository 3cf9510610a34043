"""Taxonomy lines (tags, section) that go to metadata, against a label before a sentence."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import cuts, texts
from ._legal import BODY, BODIES


def test_taxonomy_lines_go_to_tags_and_section():
    doc = run_cleaner(Legal, f"{BODY}\n\nTags: floods, rescue | weather\n\nRegion: Europe\n\nSection: World")
    assert texts(doc) == [BODY]
    assert doc.metadata["tags"] == ["floods", "rescue", "weather", "Europe"]
    assert doc.metadata["section"] == "World"
    assert [r for r, _ in cuts(doc, "legal")] == ["taxonomy-line"] * 3


@pytest.mark.parametrize("code,line,tags,section", [
    ("de", "Schlagwörter: Hochwasser, Rettung, Brücke", ["Hochwasser", "Rettung", "Brücke"], None),
    ("de", "Rubrik: Panorama", [], "Panorama"),
    ("fr", "Mots-clés : crues, secours", ["crues", "secours"], None),
    ("ru", "Теги: наводнение, спасатели", ["наводнение", "спасатели"], None),
    ("es", "Etiquetas: inundaciones · rescate", ["inundaciones", "rescate"], None),
])
def test_taxonomy_lines_in_the_documents_language(code, line, tags, section):
    doc = run_cleaner(Legal, f"{BODIES[code]}\n\n{line}", language=code)
    assert texts(doc) == [BODIES[code]]
    assert doc.metadata.get("tags", []) == tags and doc.metadata.get("section") == section


def test_a_long_list_of_short_tags_is_a_taxonomy_line():
    names = ", ".join(f"Topic number {k}" for k in range(30))
    doc = run_cleaner(Legal, f"{BODY}\n\nLabels: {names}")
    assert texts(doc) == [BODY] and len(doc.metadata["tags"]) == 30


@pytest.mark.parametrize("code,line", [
    ("en", "Subject: the council voted on Tuesday to close the old depot and sell the land to a developer"),
    ("de", "Thema: Die Bahn streicht im kommenden Jahr fast jede dritte Verbindung im ländlichen Raum"),
    ("en", "Labels: " + " ".join(["the council said the plan would be ready"] * 4)),    # prose, not a list
])
def test_a_label_before_a_sentence_is_no_taxonomy_line(code, line):
    body = BODIES.get(code, BODY)
    assert texts(run_cleaner(Legal, f"{body}\n\n{line}", language=code)) == [body, line]
