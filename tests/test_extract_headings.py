"""A subheading over a data table is put back before the table's first row, not after the table
(cleaners/extract_headings.py)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Block
from cleaners.extract_headings import main_headings, reinstate_headings

P1 = ("Turnout rose to 61 percent, and the ruling party kept its lead on the county council despite "
      "losing votes in most of the towns.")
P2 = "The results for the single towns will be counted on Monday, the returning officer said."
TABLE = ("<table><tr><th>Party</th><th>Share</th><th>Seats</th></tr><tr><td>Greens</td><td>12.7</td>"
         "<td>8</td></tr><tr><td>Liberals</td><td>5.1</td><td>3</td></tr></table>")
ROWS = (Block("Party | Share | Seats", kind="table"), Block("Greens | 12.7 | 8", kind="table"),
        Block("Liberals | 5.1 | 3", kind="table"))


def test_a_heading_over_a_data_table_goes_before_its_first_row():
    page = f"<div><p>{P1}</p><h2>County council: results</h2>{TABLE}<p>{P2}</p></div>"
    headings = main_headings(LexborHTMLParser(page))
    assert headings == (("County council: results", 2, "Party | Share | Seats", ""),)
    blocks = reinstate_headings((Block(P1),) + ROWS + (Block(P2),), headings)
    assert [b.text for b in blocks[:3]] == [P1, "County council: results", "Party | Share | Seats"]


def test_a_row_of_a_layout_table_is_no_anchor():
    page = (f"<div><p>{P1}</p><h2>Around the county</h2><table><tr><td><p>{P2}</p></td><td><p>{P1}</p></td>"
            f"</tr></table></div>")
    headings = main_headings(LexborHTMLParser(page))
    assert headings == (("Around the county", 2, P2[:60], ""),)
