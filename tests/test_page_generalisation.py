"""The HTML generalisation harness: whole pages of real article paragraphs (read from the
ScrapingHub ground truth at test time, skipped when absent) in varied article markup, with page
furniture and comment threads of several CMS shapes in every supported language
(tests/page_generalisation.py).

Properties, on the output of `Pipeline`: every article text is in the body, no furniture text
is, furniture leaves a trace (``removed``, comments or metadata), comments reach ``comments``
with their author and depth, replies deeper than their parent; an article that talks about
comments or quotes a reader stays whole, a page without comments gets none.
``CORPUS_HYPOTHESIS_PROFILE=long`` runs many more examples.

Classes the chain fails today are left out of the asserted set (``NOT_ASSERTED``) and stay in
the figures (``python -m tests.page_generalisation``)."""
from __future__ import annotations

import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from . import page_generalisation as pg

pytestmark = pytest.mark.skipif(not pg.GROUND_TRUTH.exists(), reason=f"benchmark data absent: {pg.GROUND_TRUTH}")
LONG = os.environ.get("CORPUS_HYPOTHESIS_PROFILE") == "long"
EXAMPLES = 3000 if LONG else 80      # about 30 ms each

# failing today, measured by the figures (python -m tests.page_generalisation N --unseen):
# comment shapes the comment stage does not read (none left: Disqus-like lists are read by their
# reply controls, vBulletin postbits by their posters' profile boxes)
NOT_ASSERTED_THREADS: set[str] = set()
# markups and thread look-alikes whose article text the extractor (cleaners/extract*.py) drops
# in part: deep div soup, native CMS boxes, <br> runs; FAQ questions, fan-fiction boxes, review
# lists (kept % < 100). Story-body blocks, quote lists and interview turns are asserted since
# their headings are put back (sandwiched subheadings, dom_split moving them with the chunks)
NOT_ASSERTED_KEPT_MARKUPS = {"soup", "native", "br-text"}
NOT_ASSERTED_KEPT_LOOKALIKES = {"faq", "fanfic", "reviews"}
# look-alikes of tests/page_lookalikes_wild.py (python -m tests.page_generalisation 600 --seed 4242
# --unseen): the extractor drops the quotes of a testimonial carousel (kept 82 %)
NOT_ASSERTED_KEPT_LOOKALIKES |= {"testimonials"}
# (class, language) of furniture whose wording the language data does not hold: Dutch
# "Lees verder"/"Meer lezen" over story links read as "continue reading", not as related
NOT_ASSERTED_FURNITURE = {("read-also", "nl")}
# blog and news furniture of tests/page_blog_furniture.py the chain fails today (figures:
# python -m tests.page_generalisation 300 --seed 4242 --unseen): Dutch "Meest gelezen" boxes
# whose titles are those of the read-also class above (one leak names both classes)
NOT_ASSERTED_FURNITURE |= {("most-read", "nl")}
# post meta rows, whose removed sample spaces a comma off its link ("Tagged floods , budget":
# not accounted, though removed)
NOT_ASSERTED_CLASSES = {"post-meta"}
# a sidebar "About me" box set in generic markup (tests/page_blog_furniture.plain): the extractor
# drops its heading and keeps the name and the first-person bio, which no text rule can tell
# from the article's last lines; it needs a DOM rule on the heading's words (dom_widgets)
NOT_ASSERTED_CLASSES |= {"about-me"}
# a "latest posts" list with authors, dates and excerpts (tests/page_lookalikes_wild.py): it leaves the body
# (removed 100 %: headed-related takes two teasers or more under the heading), its titles reach metadata.related,
# but the excerpts past the first 200 characters of the box are in no removed sample (accounted 80 %)
NOT_ASSERTED_CLASSES |= {"latest-posts"}
SETTINGS = dict(derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


@settings(max_examples=EXAMPLES, **SETTINGS)
@given(seed=st.integers(0, 2**32 - 1))
def test_article_stays_furniture_leaves_comments_arrive(pipeline, seed):
    page = pg.compose(random.Random(seed))
    record = pg.record(pipeline, page)
    v = pg.judge(page, record)
    if page.markup not in NOT_ASSERTED_KEPT_MARKUPS and page.lookalike not in NOT_ASSERTED_KEPT_LOOKALIKES:
        assert v.lost == [], (page.html, record["body"])
    ignored = {line for f in page.furniture for line in f.lines
               if (f.cls, f.language) in NOT_ASSERTED_FURNITURE or f.cls in NOT_ASSERTED_CLASSES}
    assert [x for x in v.leaked if x[1] not in ignored] == [], (page.html, record["body"])
    assert [x for x in v.silent if x[1] not in ignored] == [], (page.html, record["removed"])
    if page.thread not in NOT_ASSERTED_THREADS:
        assert v.missing_comments == [] and v.comments_in_body == [], (page.html, record["comments"])
    assert v.misplaced_replies == [] and v.spurious_comments == [], (page.html, record["comments"])


@settings(max_examples=EXAMPLES // 4, **SETTINGS)
@given(seed=st.integers(0, 2**32 - 1))
def test_an_article_about_comments_and_readers_stays_whole(pipeline, seed):
    """Paragraphs about comments, replies, sharing and newsletters and a quoted reader are article text."""
    page = pg.compose(random.Random(seed), with_thread=False, talk=True, unseen=False)
    record = pg.record(pipeline, page)
    v = pg.judge(page, record)
    assert v.lost == [] and record["comments"] == [], (page.html, record)


@settings(max_examples=EXAMPLES // 4, **SETTINGS)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_long_article_without_comments_is_never_a_thread(pipeline, seed):
    page = pg.compose(random.Random(seed), with_thread=False, length=20, unseen=False)
    record = pg.record(pipeline, page)
    v = pg.judge(page, record)
    assert record["comments"] == [] and v.lost == [], (page.html, record)


@settings(max_examples=EXAMPLES // 4, **SETTINGS)
@given(seed=st.integers(0, 2**32 - 1))
def test_a_page_that_looks_like_a_thread_gets_no_comments(pipeline, seed):
    """An interview, a FAQ, a list of quotes, fan-fiction boxes, product reviews, a live blog, testimonials,
    readers' questions, a timeline; a "latest posts" list, authors' boxes: no thread."""
    page = pg.compose(random.Random(seed), with_thread=False, unseen=True)
    record = pg.record(pipeline, page)
    assert record["comments"] == [], (page.lookalike, page.html, record["comments"])


def test_every_class_shape_markup_and_language_is_generated():
    rng = random.Random(3)     # (seed 1 composed no Russian AMP page once the press shapes joined UNSEEN, and
    pages = [pg.compose(rng) for _ in range(800)]     # seed 2 no Spanish Typepad footer once the wild ones did)
    classes = {"navigation", "cookie-banner", "share-row", "newsletter", "related", "tag-list", "figure", "byline",
               "footer", "read-also", "ad-slot", "newsletter-cta", "paywall", "author-bio", "consent", "most-read",
               "ad-label", "entry-footer", *pg.blog.ABOVE, *pg.blog.INSIDE, *pg.blog.AFTER, *pg.blog.BELOW,
               *pg.widgets.BELOW, *pg.localised.INSIDE, *pg.localised.AFTER, *pg.localised.BELOW,
               *pg.press.ABOVE, *pg.press.INSIDE, *pg.press.AFTER, *pg.press.BELOW, *pg.wild_lookalikes.BELOW,
               *pg.press_wild.INSIDE, *pg.press_wild.AFTER}
    assert {(f.cls, p.language) for p in pages for f in p.furniture} == {(c, code) for c in classes for code in pg.LANGS}
    assert {p.thread for p in pages} == set(pg.THREADS) | {None}
    assert {p.markup for p in pages} == set(pg.MARKUPS)
    assert {p.lookalike for p in pages} == set(pg.lookalikes.KINDS) | set(pg.wild_lookalikes.KINDS) | {None}
    assert {k for p in pages for k in p.kinds} == {"title", "paragraph", "subheading", "talk", "reader", "quote", "item",
                                                   "press-prose", *pg.lookalikes.KINDS, *pg.wild_lookalikes.KINDS,
                                                   *pg.press_wild.KINDS}
    nested = [p for p in pages if p.thread in pg.threads.NESTED or p.thread in pg.boards.NESTED
              or p.thread in pg.wild.NESTED]
    assert any(d > 0 for p in nested for _, d, _ in p.comments)
    assert all(p.thread in pg.boards.SHAPES + pg.wild.SHAPES and p.markup in pg.UNSEEN["markups"]
               for p in [pg.compose(rng, with_thread=True, unseen=True) for _ in range(5)])


def test_nested_threads_put_replies_inside_their_parent():
    items = [("A", 0, "First one."), ("B", 1, "Answer one."), ("C", 2, "Deeper one."), ("D", 0, "Second one.")]
    html = pg.threads.wordpress(random.Random(0), "en", items)
    assert html.index('<ul class="children">') < html.index("Answer one") < html.index("Deeper one") < html.index("Second one")
    assert html.count('<ul class="children">') == 2 and html.count("<li") == html.count("</li>") == 4
    drupal = pg.threads.drupal(random.Random(0), "en", items)
    assert drupal.count('<div class="indented">') == 2


def test_the_judge_can_fail():
    page = pg.compose(random.Random(3), with_thread=True)
    furniture = page.furniture[0].lines[0]
    record = {"body": "\n\n".join([furniture] + page.article[2:]), "removed": [],
              "metadata": {"title": None, "author": None, "date": None},
              "comments": [{"author": "Nobody", "depth": 0, "text": "x", "parent": None},
                           {"author": "Nobody", "depth": 0, "text": "y", "parent": 0}]}
    v = pg.judge(page, record)
    assert v.lost == page.article[:2] and (page.furniture[0].cls, furniture) in v.leaked
    assert v.missing_comments == page.comments and v.misplaced_replies == [1]
    page.comments = []
    assert pg.judge(page, record).spurious_comments == ["x", "y"]


def test_the_figures_entry_prints_every_table(capsys):
    from .page_figures import main
    main(["12", "--seed", "4"])
    out = capsys.readouterr().out
    for word in ("classe", "thread", "markup", "language", "\nall ", "comments", "accounted"):
        assert word in out, word


def test_out_of_sample_threads_nest_replies_as_their_systems_do():
    items = [("A", 0, "First one."), ("B", 1, "Answer one."), ("C", 2, "Deeper one."), ("D", 0, "Second one.")]
    viafoura = pg.boards.viafoura(random.Random(0), "en", items)
    assert viafoura.count('<ul class="vf-replies">') == 2 and viafoura.index("Answer one") < viafoura.index("Second one")
    margin = pg.boards.margin(random.Random(0), "en", items)
    assert [margin.count(f"margin-left: {d * 30}px") for d in (0, 1, 2)] == [2, 1, 1]
    drupal8 = pg.boards.drupal8(random.Random(0), "en", items)
    assert drupal8.count('<div class="indented">') == 2 and drupal8.count("<article") == 4
    shape, html, gold = pg.boards.thread(random.Random(1), "de", "typepad")
    assert all(d == 0 for _, d, _ in gold) and html.count("Geschrieben von:") == len(gold)


def test_look_alike_blocks_are_article_text_of_their_kind():
    paragraphs = ["One answer paragraph of the interview.", "Another answer paragraph.", "A third one."]
    parts, kept = pg.lookalikes.block(random.Random(0), "de", "interview", paragraphs)
    assert [k for k, _ in kept] == ["interview"] * 6 and kept[0][1].startswith("Frage: ")
    assert all(t.split(": ", 1)[1] in "".join(parts) for _, t in kept)
    parts, kept = pg.lookalikes.block(random.Random(0), "fr", "reviews", paragraphs)
    assert len(kept) == 2 and 'itemprop="review"' in parts[0]
