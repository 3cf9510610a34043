"""Conservation of the comment stage over real development pages.

For every page, what ``html_comments`` cuts from the page reaches ``comments`` or is
logged in ``removed`` (rules comment-meta, comment-chrome, comment-form), within
whitespace: nothing is lost, nothing is counted twice. The pages are read from
``shared/benchmarks`` (evaluation data, never copied here); the test skips without them.
A fixed sample keeps the default run short; ``CORPUS_ALL_PAGES=1`` checks every page.
"""
from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from benchmarks.datasets import benchmark_dir
from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.cleaner import CLEANER
from cleaners.builtin.comments.tree import SKIP_TAGS
from cleaners.document import Document
from cleaners.errors import InputError
from cleaners.readers import decode

SAMPLE_EVERY = 8


def _pages() -> list[Path]:
    pages: list[Path] = []
    for name in ("dragnet-train", "article-extraction"):
        html = benchmark_dir(name) / "html"
        if html.is_dir():
            found = sorted(html.glob("*.html.gz"))
            pages += found if os.environ.get("CORPUS_ALL_PAGES") else found[::SAMPLE_EVERY]
    return pages


PAGES = _pages()


def _visible(dom) -> str:
    body = dom.body
    return body.text(separator=" ") if body is not None else ""


def _nonspace(text: str) -> int:
    return len("".join(text.split()))


@pytest.mark.skipif(not PAGES, reason="development pages not present (shared/benchmarks)")
@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.parent.name}/{p.name.split('.')[0]}")
def test_what_the_comment_stage_cuts_is_in_comments_or_removed(path):
    try:
        html = decode(gzip.decompress(path.read_bytes()), str(path), html=True)
    except InputError:
        pytest.skip("undecodable page")
    dom = LexborHTMLParser(html)
    dom.strip_tags(sorted(SKIP_TAGS))          # the stage reads no script/style text
    before = _visible(dom)
    doc = HtmlComments().clean_html(Document(source=str(path), kind="html", html=html, dom=dom))
    after = _visible(doc.dom)
    cut_nonspace = _nonspace(before) - _nonspace(after)
    cut_spaced = len(" ".join(before.split())) - len(" ".join(after.split()))
    logged = [r for r in doc.removed if r.cleaner == CLEANER]
    kept = sum(len(c.text) for c in doc.comments)
    kept_nonspace = sum(_nonspace(c.text) for c in doc.comments)
    # nothing lost: every visible character cut is a comment's or a logged removal's
    assert cut_nonspace <= kept_nonspace + sum(r.chars for r in logged), (cut_nonspace, kept, logged)
    # nothing counted twice: comments and removals add up to no more than what was cut
    assert kept + sum(r.chars for r in logged) <= cut_spaced * 1.02 + 10 * (len(logged) + 1)
