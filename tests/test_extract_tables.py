"""Layout tables nested deep (cleaners/extract_tables.py): unwrapped up to `MAX_TABLE_NESTING` tables deep, the
deeper ones left as tables and their cells not read, so that thousands of nested tables cost their size."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_tables import MAX_TABLE_NESTING, unwrap_layout_tables

P1 = ("The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
      "petitions from shift workers who had no way home.")
P2 = ("The extension will cost about two million a year and starts in March, the council said in a statement "
      "published after the vote on the new budget.")


def _nested(depth: int, inner: str) -> str:
    return "<html><body>" + "<table><tr><td>" * depth + inner + "</td></tr></table>" * depth + "</body></html>"


def test_nested_layout_tables_are_all_unwrapped_within_the_limit():
    dom = LexborHTMLParser(_nested(3, f"<p>{P1}</p><p>{P2}</p>"))
    assert unwrap_layout_tables(dom) == 3
    assert dom.css_first("table, td, tr") is None and P1 in dom.body.text() and P2 in dom.body.text()


def test_tables_deeper_than_the_limit_stay_tables():
    depth = MAX_TABLE_NESTING + 8       # (every cell holds both paragraphs: each table is a layout table)
    dom = LexborHTMLParser(_nested(depth, f"<p>{P1}</p><p>{P2}</p>"))
    assert unwrap_layout_tables(dom) == MAX_TABLE_NESTING + 1
    assert len(dom.css("table")) == depth - MAX_TABLE_NESTING - 1 and P1 in dom.body.text()


def test_a_layout_cell_at_the_limit_unwraps_the_tables_within_it():
    depth = MAX_TABLE_NESTING + 1      # the innermost table is inside MAX_TABLE_NESTING tables: still read
    dom = LexborHTMLParser(_nested(depth, f"<p>{P1}</p><p>{P2}</p>"))
    assert unwrap_layout_tables(dom) == depth and not dom.css("table")


def test_data_tables_nested_thousands_deep_are_left_alone():
    dom = LexborHTMLParser(_nested(3000, "<p>A cell of a data table.</p>"))
    assert unwrap_layout_tables(dom) == 0 and len(dom.css("table")) == 3000
