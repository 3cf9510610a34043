"""What trafilatura leaves out of the pruned page is logged (cleaners/extract_audit.py)."""
from cleaners.pipeline import Pipeline

P1 = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
      "petitions from shift workers who had no way home.")
P2 = ("The extension will cost about two million a year and starts in March, the council said in a statement "
      "published after the vote on the new budget.")


def _record(body: str) -> dict:
    html = f"<html><head><title>Night buses</title></head><body>{body}</body></html>"
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("t.html", html.encode(), "html"))


def test_text_the_extraction_drops_is_logged_as_not_extracted():
    record = _record(f"<div><h1>Night buses</h1><p>{P1}</p><p>{P2}</p></div>"
                     "<div class='x'><ul><li><a href='/a'>Daily Ledger newsroom</a></li><li><a href='/b'>Imprint</a></li>"
                     "<li><a href='/c'>Archive of past years</a></li></ul></div>")
    assert "Daily Ledger newsroom" not in record["body"]
    logged = [r for r in record["removed"] if r["rule"] == "not-extracted"]
    assert logged and all(r["cleaner"] == "extract" for r in logged)
    assert "Daily Ledger newsroom" in " ".join(r["text"] for r in logged)


def test_text_that_reached_the_body_or_the_title_is_not_logged():
    record = _record(f"<div><h1>Night buses</h1><p>{P1}</p><p>{P2}</p></div>")
    assert P1 in record["body"]
    assert [r for r in record["removed"] if r["rule"] == "not-extracted"] == []


def test_paragraphs_written_between_line_breaks_are_units_of_their_own():
    """Loose text of one container cut at its <br>s and at the blocks it holds: a paragraph the
    extraction dropped from such an article is logged whole, not hidden past the sample of one
    entry holding the whole article."""
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.extract_audit import text_units
    dom = LexborHTMLParser(f"<html><body><div>{P1}<br><br>{P2}<h2>What next</h2>The vote is final."
                           "<br><br>Fares <b>stay</b> the same.</div></body></html>")
    assert text_units(dom) == [P1, P2, "What next", "The vote is final.", "Fares stay the same."]


def test_a_paragraph_with_a_link_glued_to_the_next_word_is_not_logged():
    glued = ("<p><a href='/tag/ann-lee'>Ann Lee</a>’s bakery on the corner of the market square reopened on Tuesday "
             "after a year of repairs, and the queue reached the church by eight.</p>")
    record = _record(f"<div><h1>Night buses</h1>{glued}<p>{P1}</p><p>{P2}</p></div>")
    assert "Ann Lee’s bakery" in record["body"]
    assert [r for r in record["removed"] if r["rule"] == "not-extracted"] == []


def _doc(texts):
    from cleaners.document import Block, Document
    return Document(source="t.html", kind="html", blocks=tuple(Block(t) for t in texts))


def test_the_kept_text_is_searched_in_order_first_so_ten_thousand_cells_cost_no_whole_text_search():
    from cleaners.extract_audit import _Kept
    cells = [f"District {i} reported {i * 37 % 1000} votes" for i in range(10_000)]
    found = _Kept("".join("".join(c.split()) + "|" for c in cells))
    assert all("".join(c.split()) in found for c in cells)
    assert found.full_searches == 0                    # (was one whole-text search per cell: quadratic)
    assert "Districtnowhere" not in found and found.full_searches == 1


def test_a_block_kept_out_of_the_page_order_is_still_found_and_not_logged():
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.extract_audit import log_unextracted
    filler = [f"Paragraph {i} of the article about the night buses of the city." for i in range(200)]
    dom = LexborHTMLParser("<body>" + "".join(f"<p>{t}</p>" for t in [P1, *filler, P2]) + "</body>")
    doc = log_unextracted(_doc([P2, *filler, P1]), dom)  # the first unit sits at the kept text's end
    assert [r for r in doc.removed if r.rule == "not-extracted"] == []


def test_past_the_search_budget_a_part_of_a_block_far_out_of_order_is_logged_never_dropped_from_the_body():
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.extract_audit import log_unextracted
    filler = [f"Paragraph {i} of the article about the night buses of the city." for i in range(200)]
    dom = LexborHTMLParser("<body>" + "".join(f"<p>{t}</p>" for t in [P1, *filler]) + "</body>")
    doc = log_unextracted(_doc([*filler, P1 + " " + P2]), dom, budget=0)    # P1 is only part of a kept block
    assert [r.text for r in doc.removed if r.rule == "not-extracted"] == [P1]
    assert doc.blocks[-1].text == P1 + " " + P2


def test_past_the_search_budget_a_whole_kept_block_far_out_of_order_is_found_not_logged():
    """A page whose menus spent the search budget (units in no kept text) keeps its article's
    paragraphs found: a unit that is a whole block of the body is never logged as left out."""
    from selectolax.lexbor import LexborHTMLParser
    from cleaners.extract_audit import log_unextracted
    menus = [f"Section {i} Archive {i} Contact {i}" for i in range(300)]
    filler = [f"Paragraph {i} of the article about the night buses of the city." for i in range(200)]
    dom = LexborHTMLParser("<body>" + "".join(f"<p>{t}</p>" for t in [*menus, P1, *filler]) + "</body>")
    doc = log_unextracted(_doc([*filler, P1]), dom, budget=0)
    logged = " ".join(r.text for r in doc.removed if r.rule == "not-extracted")
    assert "Section 299 Archive 299" in logged and P1 not in logged
