"""Comments and body never share text, on every HTML and text fixture of the repository.

For each input: no emitted comment's text appears in the body, no body paragraph is a
comment or a paragraph of one, and ``metadata.comment_count`` equals the number of comments.
"""
from __future__ import annotations

import unicodedata

import pytest

from cleaners.errors import InputError

from .conftest import FIXTURES, ROOT, SEEDS

HTML = sorted(FIXTURES.glob("**/*.html"))
TEXT = sorted(FIXTURES.glob("**/*.txt")) + sorted(SEEDS.glob("*.txt"))
MIN_WORDS = 4    # shorter texts ("Agreed.", "Thanks!") may occur anywhere by chance


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def check(doc) -> None:
    body = norm(doc.body)
    paragraphs = {norm(p) for p in doc.body.split("\n\n") if len(norm(p).split()) >= MIN_WORDS}
    for c in doc.comments:
        text = norm(c.text)
        if len(text.split()) >= MIN_WORDS:
            assert text not in body, f"comment by {c.author!r} found in the body: {text[:80]!r}"
        pieces = {text} | {norm(p) for p in c.text.split("\n\n")}
        shared = paragraphs & pieces
        assert not shared, f"body paragraph emitted as a comment: {sorted(shared)[0][:80]!r}"
    assert doc.metadata["comment_count"] == len(doc.comments)


def test_there_are_fixtures_of_both_kinds():
    assert HTML and TEXT
    assert any(p.parent.name == "comments" for p in HTML)


@pytest.mark.parametrize("path", HTML, ids=lambda p: str(p.relative_to(ROOT)))
def test_html_fixture(pipeline, path):
    doc = pipeline.process(pipeline.document(str(path), path.read_bytes(), "html"))
    check(doc)


@pytest.mark.parametrize("path", TEXT, ids=lambda p: str(p.relative_to(ROOT)))
def test_text_fixture(pipeline, path):
    try:
        doc = pipeline.document(str(path), path.read_bytes(), "text")
    except InputError:
        pytest.skip("no text in the file")
    check(pipeline.process(doc))


def test_seed_thread_is_found(pipeline):
    path = next(SEEDS.glob("004_*.txt"))
    doc = pipeline.process(pipeline.document(str(path), path.read_bytes(), "text"))
    assert doc.metadata["comment_count"] == len(doc.comments) > 0
