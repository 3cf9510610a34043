"""The article text a page declares in JSON-LD, as the body when its HTML holds much less (cleaners/extract_jsonld.py)."""
import json

from cleaners.extract_jsonld import declared_text
from cleaners.pipeline import Pipeline

PARAGRAPHS = ["The city council voted on Tuesday to approve a new budget for the coming year, ending months of debate.",
              "The mayor said the plan would fund more teachers and repair roads across the city.",
              "Critics argued that taxes would rise for small businesses downtown, and several owners spoke."]


def _page(article_body: str, shown: str = "<div class='loading'>Loading…</div>", kind: str = "NewsArticle") -> bytes:
    data = {"@context": "https://schema.org", "@type": kind, "headline": "Council approves budget",
            "articleBody": article_body}
    return (f"<html lang='en'><head><title>Council approves budget</title><script type='application/ld+json'>"
            f"{json.dumps(data)}</script></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            f"<h1>Council approves budget</h1>{shown}<footer>© 2024 City News</footer></body></html>").encode()


def _record(page: bytes) -> dict:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("page.html", page, "html"))


def test_a_shell_page_takes_the_declared_article_in_its_paragraphs():
    record = _record(_page("\n\n".join(PARAGRAPHS)))
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert ("replaced-by-json-ld", "Loading…") in [(r["rule"], r["text"]) for r in record["removed"]]


def test_markup_in_the_declared_text_ends_paragraphs():
    marked = "".join(f"<p>{p.replace('budget', '<a href=/b>budget</a>')}</p>" for p in PARAGRAPHS)
    assert declared_text(marked).split() == " ".join(PARAGRAPHS).split()
    assert _record(_page(marked))["body"].split("\n\n") == PARAGRAPHS


def test_the_extraction_stays_when_it_holds_the_article():
    shown = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])     # two of three paragraphs: over half of it
    record = _record(_page("\n\n".join(PARAGRAPHS), shown))
    assert record["body"].split("\n\n") == PARAGRAPHS[:2]
    assert "replaced-by-json-ld" not in [r["rule"] for r in record["removed"]]


def test_a_declared_teaser_or_a_page_that_is_no_article_changes_nothing():
    for page in (_page(PARAGRAPHS[0]), _page("\n\n".join(PARAGRAPHS), kind="WebPage")):
        record = _record(page)
        assert "replaced-by-json-ld" not in [r["rule"] for r in record["removed"]]
        assert "The mayor said" not in record["body"]
