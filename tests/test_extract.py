import json

from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from cleaners import extract, page_metadata
from cleaners.pipeline import Pipeline

LD = {"@context": "https://schema.org", "@graph": [
    {"@type": "NewsArticle", "headline": "Night buses extended to the north", "datePublished": "2024-03-05T08:00:00Z",
     "dateModified": "2024-03-06T10:00:00Z", "author": [{"@type": "Person", "name": "Jane Roe"}, {"name": "John Doe"}],
     "articleSection": "Transport", "keywords": ["buses", "council"], "publisher": {"name": "Example Times"}}]}


def _page(head: str, body: str = "", lang: str = "en-GB") -> str:
    return f"<html lang='{lang}'><head>{head}</head><body>{body}</body></html>"

def _spy_extractions(monkeypatch) -> list[bool]:
    """The ``fast`` flag of every trafilatura call the test makes, in order."""
    calls: list[bool] = []
    real = extract.trafilatura.bare_extraction

    def spy(source, **kwargs):
        calls.append(kwargs.get("fast", False))
        return real(source, **kwargs)

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", spy)
    return calls


def _council_paragraphs(n: int = 6) -> str:
    return "".join(f"<p>Paragraph {i}: the council voted to extend the night bus service after a long campaign "
                   f"by shift workers in district {i}.</p>" for i in range(n))



def test_metadata_from_json_ld_published_not_modified():
    head = (f"<script type='application/ld+json'>{json.dumps(LD)}</script>"
            "<link rel='canonical' href='https://example.org/n/1'><meta name='description' content='About buses.'>")
    meta = page_metadata.page_metadata(LexborHTMLParser(_page(head, "<h1>Night buses extended to the north</h1>")))
    assert meta["title"] == "Night buses extended to the north"
    assert meta["date"] == "2024-03-05T08:00:00Z"
    assert meta["author"] == "Jane Roe; John Doe"
    assert meta["site"] == "Example Times" and meta["section"] == "Transport"
    assert meta["tags"] == ["buses", "council"]
    assert meta["url"] == "https://example.org/n/1" and meta["description"] == "About buses."
    assert meta["language"] == "en"


def test_json_ld_strings_written_with_html_entities_are_decoded_and_the_declared_body_kept():
    ld = {"@type": "NewsArticle", "headline": "&#8216;Night buses&#8217; extended to the north &amp; east",
          "author": {"@type": "Person", "name": "Ren&eacute;e Roe"}, "articleBody": "Buses &amp; trams run.",
          "articleSection": "R&D at AT&T"}
    dom = LexborHTMLParser(_page(f"<script type='application/ld+json'>{json.dumps(ld)}</script>"))
    meta = page_metadata.page_metadata(dom)
    assert meta["title"] == "\u2018Night buses\u2019 extended to the north & east" and meta["author"] == "Renée Roe"
    assert meta["section"] == "R&D at AT&T"        # an ampersand that opens no entity stays
    assert page_metadata.article_body(dom) == "Buses &amp; trams run."      # as declared: extract_jsonld decodes it


def test_metadata_from_meta_tags_and_title_without_site_suffix():
    head = ("<meta property='og:title' content='Night buses extended to the north | Example Times'>"
            "<meta property='article:published_time' content='2024-03-05'><meta property='og:site_name' content='Example Times'>"
            "<meta name='author' content='Jane Roe'><meta property='article:tag' content='buses'>")
    meta = page_metadata.page_metadata(LexborHTMLParser(_page(head, lang="")))
    assert meta["title"] == "Night buses extended to the north"
    assert meta["date"] == "2024-03-05" and meta["author"] == "Jane Roe" and meta["tags"] == ["buses"]
    assert meta["language"] is None and meta["url"] is None


def test_normalise_language_and_date():
    assert page_metadata.normalise_language("pt-BR") == "pt" and page_metadata.normalise_language("EN_us") == "en"
    assert page_metadata.normalise_language("x-default") is None and page_metadata.normalise_language(None) is None
    assert page_metadata.normalise_date("2024-03-05 08:00") == "2024-03-05T08:00"
    assert page_metadata.normalise_date("Tue, 05 Mar 2024 08:00:00") == "2024-03-05T08:00:00"
    assert page_metadata.normalise_date("not a date") is None and page_metadata.normalise_date("1700-01-01") is None


def test_blocks_keep_text_after_headings_and_split_at_line_breaks():
    body = etree.fromstring("<body><head rend='h2'>Deal one</head>Text after the heading."
                            "<p>June 9 -- Arena, City<lb/>June 10 -- Stadium, Town</p></body>")
    blocks = extract.blocks_from_tree(body)
    assert [(b.kind, b.text) for b in blocks] == [
        ("heading", "Deal one"), ("p", "Text after the heading."),
        ("p", "June 9 -- Arena, City"), ("p", "June 10 -- Stadium, Town")]


def test_prune_for_extraction_drops_head_and_scripts():
    dom = LexborHTMLParser(_page("<title>T</title>", "<script>var x=1;</script><p>Kept</p><style>p{}</style>"))
    html = extract.prune_for_extraction(dom)
    assert "var x" not in html and "<title>" not in html and "Kept" in html


def test_pipeline_reads_metadata_before_cleaning_and_extracts_body():
    para = "<p>" + "The council voted to extend the night bus service after a long campaign by workers. " * 4 + "</p>"
    html = _page(f"<script type='application/ld+json'>{json.dumps(LD)}</script>",
                 f"<nav><a href='/'>Home</a></nav><article><h1>Night buses extended to the north</h1>{para}{para}</article>",
                 lang="en")
    pipeline = Pipeline()
    record = pipeline.process(pipeline.document("p.html", html.encode(), "html")).record()
    assert record["metadata"]["date"] == "2024-03-05T08:00:00Z" and record["metadata"]["language"] == "en"
    assert record["body"].startswith("The council voted") and "Home" not in record["body"]


def test_fast_result_is_doubted_only_when_it_disagrees_with_the_dom_estimate():
    assert not extract.fast_result_doubtful("x" * 900, 1000)         # about the article's size
    assert extract.fast_result_doubtful("x" * 100, 1000)             # missed most of the article
    assert extract.fast_result_doubtful("x" * 20_000, 1000)          # took a whole-page container
    assert extract.fast_result_doubtful("x" * 500, 0)                # no paragraphs: nothing vouches for it
    assert extract.fast_result_doubtful("x" * 500, extract.FAST_MIN_ESTIMATE - 1)
    assert not extract.fast_result_doubtful("x" * 500, extract.FAST_MIN_ESTIMATE * 4)
    assert extract.fast_result_doubtful("", 0)                       # nothing at all: try the full comparison
    probe = "Alana Thompson is one of the breakout stars of the show"
    assert extract.fast_result_doubtful("Related: five stories " * 40, 1000, probe)   # the article's text is not there
    assert not extract.fast_result_doubtful("x " * 200 + probe + " and more." + " y" * 100, 1000, probe)


def test_probe_is_found_in_the_fast_text_spacing_aside():
    probe = "Alana Thompson is one of the breakout stars of the show"
    text = "x " * 200 + "Alana\n  Thompson is\xa0one of the   breakout stars of the show" + " y" * 100
    assert not extract.fast_result_doubtful(text, 1000, probe)            # found once the spacing is collapsed
    assert not extract.fast_result_doubtful("x " * 200 + probe + " y" * 100, 1000, probe)    # found as it stands
    assert extract.fast_result_doubtful("x " * 200 + "Alana Thomp son is one of the breakout stars" + " y" * 100,
                                        1000, probe)                       # words that differ: not found


def test_pipeline_takes_the_fast_result_or_falls_back_to_the_full_comparison(monkeypatch):
    real = extract.trafilatura.bare_extraction
    calls = _spy_extractions(monkeypatch)
    paras = _council_paragraphs()
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("p.html", _page("", f"<article>{paras}</article>").encode(), "html"))
    assert calls == [True] and record["body"].startswith("Paragraph 0: the council voted")
    calls.clear()

    def missing_fast(source, **kwargs):     # a fast pass that missed the article
        calls.append(kwargs.get("fast", False))
        if kwargs.get("fast"):
            return real("<html><body><p>Menu</p></body></html>", **kwargs)
        return real(source, **kwargs)

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", missing_fast)
    record = pipeline.record(pipeline.document("p.html", _page("", f"<article>{paras}</article>").encode(), "html"))
    assert calls == [True, False] and record["body"].startswith("Paragraph 0: the council voted")


def test_a_doubted_fast_text_stays_when_recall_mode_would_compare_nothing():
    from cleaners.extract_fast import RECALL_KEEPS, full_run_needed
    long = "x" * (RECALL_KEEPS + 1)
    assert not full_run_needed(long, 100, recall=True)                  # the full run would extract it again
    assert full_run_needed(long, 100, recall=False)                      # precision mode compares: full run
    assert full_run_needed("x" * (RECALL_KEEPS - 1), 100, recall=True)  # short enough to be compared
    probe = "Paragraph 0: the council voted to extend the night bus service"
    assert not full_run_needed("Related " * 1000, 1000, probe, recall=True)   # without the article's text, as long
    assert full_run_needed("Related " * 100, 100, probe, recall=True)         # ... and short enough to be compared
    assert full_run_needed("x" * 10, 1000, recall=True)                  # missed the article
    assert not full_run_needed("x" * 900, 1000, recall=True)             # not doubted at all


def test_pipeline_keeps_a_long_fast_result_holding_the_article_in_recall_mode(monkeypatch):
    real = extract.trafilatura.bare_extraction
    calls: list[bool] = []
    filler = "".join(f"<p>Item {i}: another story of the week about the weather, the markets and the local "
                     f"football club, told at some length for readers.</p>" for i in range(80))

    def long_fast(source, **kwargs):      # a fast pass that took the article and a whole page around it
        calls.append(kwargs.get("fast", False))
        if kwargs.get("fast"):
            return real(_page("", f"<article>{_council_paragraphs()}{filler}</article>"), **kwargs)
        return real(source, **kwargs)

    monkeypatch.setattr(extract.trafilatura, "bare_extraction", long_fast)
    pipeline = Pipeline()
    page = _page("", f"<article>{_council_paragraphs()}</article>").encode()
    record = pipeline.record(pipeline.document("p.html", page, "html"))
    assert calls == [True] and "Item 79: another story" in record["body"]
    calls.clear()
    monkeypatch.setattr(extract, "FAVOR_RECALL", False)       # precision mode: its full run compares
    record = pipeline.record(pipeline.document("p.html", page, "html"))
    assert calls == [True, False]


def test_too_deep_finds_absurd_nesting_only():
    deep = "<html><body>" + "<div>" * 6000 + "deep text" + "</div>" * 6000 + "</body></html>"
    assert extract.too_deep(deep)
    wide = "<html><body>" + "<div><p>one</p><br><img src='x'></div>" * 6000 + "</body></html>"
    assert not extract.too_deep(wide)
    unclosed = "<html><body>" + "<p>para<li>item" * 6000 + "</body></html>"    # end tags left out: no nesting
    assert not extract.too_deep(unclosed)
    assert not extract.too_deep(_page("<title>T</title>", "<p>Short page.</p>"))


def test_absurdly_nested_page_skips_the_dom_pass_and_finishes_fast():
    import time
    html = ("<html><body>" + "<div>" * 100_000 + "<p>deep text</p>" + "</div>" * 100_000 + "</body></html>").encode()
    pipeline = Pipeline()
    started = time.monotonic()
    record = pipeline.record(pipeline.document("deep.html", html, "html"))
    assert time.monotonic() - started < 5
    assert record["schema"]


def test_block_elements_inside_items_and_cells_stay_apart_and_inline_ones_join():
    body = etree.fromstring(
        "<body><list><item><head>Carnival of flowers</head><p>Images from the capital</p></item>"
        "<item>Top<list><item>Nested</item></list>after</item></list>"
        "<table><row><cell><head>WebIDE</head><p>Develop, deploy</p></cell><cell>Two</cell></row></table>"
        "<p>Bold <hi>word</hi>s stay whole</p><p>Flags still stand today.<p>Second chunk.</p></p></body>")
    assert [(b.kind, b.text) for b in extract.blocks_from_tree(body)] == [
        ("item", "Carnival of flowers Images from the capital"), ("item", "Top after"), ("item", "Nested"),
        ("table", "WebIDE Develop, deploy | Two"), ("p", "Bold words stay whole"),
        ("p", "Flags still stand today."), ("p", "Second chunk.")]


def test_html_block_tags_left_in_trafilaturas_tree_stay_apart():
    """trafilatura sometimes keeps HTML tags as they were (``<li>`` items inside a ``<quote>``):
    each is a line of its own, never glued to the next ("incumbent.Some")."""
    body = etree.fromstring(
        "<body><quote><li>The ferry won the first vote.</li><li>Some members abstained.</li></quote>"
        "<p>Fares <b>stay</b> the same.</p></body>")
    assert [(b.kind, b.text) for b in extract.blocks_from_tree(body)] == [
        ("quote", "The ferry won the first vote."), ("quote", "Some members abstained."),
        ("p", "Fares stay the same.")]


def _bus_page() -> bytes:
    paras = "".join(f"<p>Paragraph {i}: the council voted to extend the night bus service after a long campaign "
                    f"by shift workers in district {i}.</p>" for i in range(5))
    lead = ("<div class='story-teaser'><p>Night buses will run until four in the morning on every line of the "
            "northern network from May.</p></div>")
    nav = "<ul class='site-links'>" + "".join(f"<li><a href='/s{i}'>Section number {i}</a></li>" for i in range(8)) + "</ul>"
    footer = "<div class='footer-links'><a href='/a'>About us</a> <a href='/c'>Contact the newsroom</a></div>"
    return _page("", f"{nav}<article>{lead}{paras}</article>{footer}").encode()


def test_recall_mode_keeps_a_lead_in_a_teaser_classed_block(monkeypatch):
    pipeline = Pipeline()
    body = pipeline.record(pipeline.document("p.html", _bus_page(), "html"))["body"]
    assert body.startswith("Night buses will run until four in the morning")
    monkeypatch.setattr(extract, "FAVOR_RECALL", False)          # trafilatura's precision rules drop it
    assert not pipeline.record(pipeline.document("p.html", _bus_page(), "html"))["body"].startswith("Night buses")


def test_recall_mode_still_leaves_out_link_lists_around_the_article():
    pipeline = Pipeline()
    body = pipeline.record(pipeline.document("p.html", _bus_page(), "html"))["body"]
    assert "Paragraph 4" in body
    assert "Section number" not in body and "About us" not in body and "Contact the newsroom" not in body


def test_a_page_without_paragraphs_gets_the_full_comparison(monkeypatch):
    calls = _spy_extractions(monkeypatch)
    cells = "".join(f"<div class='cell'>Photo {i}: a crowd waits for the night bus at the depot in district {i} "
                    f"after the council vote on Monday.</div>" for i in range(4))
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("p.html", _page("", f"<div class='gallery'>{cells}</div>").encode(), "html"))
    assert calls == [False] and "a crowd waits for the night bus" in record["body"]   # (no fast pass to doubt)


def test_script_text_in_a_paragraph_is_no_main_text(monkeypatch):
    """The DOM's main-text estimate and probe are read after the scripts are pruned: an ad
    script inside a paragraph neither inflates the estimate nor becomes the probe, so the
    fast result is trusted."""
    calls = _spy_extractions(monkeypatch)
    script = "<p><script>" + "ad_slot = 'unit-%d'; render(ad_slot);" * 150 + "</script></p>"
    paras = _council_paragraphs()
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("p.html", _page("", f"<article>{script}{paras}</article>").encode(),
                                               "html"))
    assert calls == [True] and record["body"].startswith("Paragraph 0: the council voted")
