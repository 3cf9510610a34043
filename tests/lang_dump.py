"""The checks the per-language test modules (tests/test_lang_<code>.py) share: a text dump of a title and three
article paragraphs with the lines under test put in (paragraphs parted by "|"), cleaned in its declared language;
and a composed document whose language is detected, not declared."""
from __future__ import annotations

from cleaners import lang


def cleaned(pipeline, code: str, title: str, article: list[str], line: str, last: bool = False) -> dict:
    """The record of the dump: ``title``, the paragraphs of ``article`` and ``line`` after the second paragraph
    (or, with ``last``, after the third), read in the language ``code``."""
    a, b, c = article
    parts = [a, b, *line.split("|"), c] if not last else [a, b, c, *line.split("|")]
    text = "\n\n".join([title, *parts]) + "\n"
    return pipeline.record(pipeline.document(f"{code}.txt", text.encode(), "text").with_metadata(language=code))


def assert_cut(record: dict, line: str, rule: str, article: list[str]) -> None:
    """Every paragraph of ``line`` left the body, ``rule`` took one of them, the article stayed."""
    body = record["body"].split("\n\n")
    assert not set(line.split("|")) & set(body)
    assert rule in {r["rule"] for r in record["removed"]}, record["removed"]
    assert all(p in body for p in article)


def assert_thread(record: dict, authors: list[str], article: list[str]) -> None:
    """The dump's thread gave comments by ``authors`` and left the body ending with the article's last paragraph."""
    assert [c["author"] for c in record["comments"]] == authors
    assert record["body"].split("\n\n")[-1] == article[-1]


def assert_composed(pipeline, code: str, text: str, paragraphs: list[str], title: str) -> None:
    """``text``, with no declared language, is read as ``code`` and keeps exactly ``paragraphs`` beside its title."""
    doc = pipeline.document(f"{code}.txt", text.encode(), "text")
    assert lang.document_languages(doc) == (code, "en")
    body = pipeline.record(doc)["body"].split("\n\n")
    assert [p for p in body if p != title] == paragraphs
