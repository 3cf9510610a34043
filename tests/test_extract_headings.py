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


# rule box-headings: a list article's item headings set as boxes among the main container's paragraphs
ITEMS = [("Maria Lopez", "Maria Lopez ran the harbour ferry for thirty years and never missed a crossing, "
                         "not even in the great storm of the winter she retired."),
         ("Tom Berg", "Tom Berg kept the lighthouse on the north shore, where he wrote the weather down "
                      "every morning in a book the town library still keeps."),
         ("Ann Lee", "Ann Lee founded the market on the square, which started as three stalls of fish "
                     "and bread and now fills the whole square every Saturday.")]
INTRO = ("The town has always had people who kept it running without anyone noticing, and these are "
         "three of them, as our readers chose them this spring.")


def _list_article(heading: str) -> str:
    items = "".join(f"<div class='item-head'>{heading.format(n=n, name=name)}</div><p><img src='/{n}.jpg'></p>"
                    f"<p>{text}</p><p>More about {name.split()[0]} in the town's archive, which opens on weekdays "
                    f"and holds the letters, photographs and logbooks of the harbour.</p>"
                    for n, (name, text) in zip((3, 2, 1), ITEMS))
    return f"<html><body><div class='post'><p>{INTRO}</p>{items}</div></body></html>"


def _body(page: str) -> str:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("list.html", page.encode(), "html"))["body"]


def test_item_headings_set_as_boxes_between_paragraphs_are_put_back():
    body = _body(_list_article("<span class='num'>{n}</span> <div class='name'>{name}</div>"))
    paragraphs = body.split("\n\n")
    assert "3 Maria Lopez" in paragraphs and "1 Ann Lee" in paragraphs
    assert paragraphs.index("2 Tom Berg") == paragraphs.index(next(p for p in paragraphs if p.startswith("Tom Berg kept"))) - 1


def test_boxes_that_are_sentences_links_or_alone_are_no_headings():
    page = _list_article("Photo of {name}, taken by the town's archive.")        # captions: sentences
    assert not [h for h in main_headings(LexborHTMLParser(page)) if "Photo of" in h[0]]
    page = _list_article("<a href='/p/{n}'>{name}</a>")                           # links to the people
    assert not [h for h in main_headings(LexborHTMLParser(page)) if h[0] in ("Maria Lopez", "Tom Berg")]
    # one box of its class among the paragraphs: a label, not the headings of a list
    page = (f"<div><p>{INTRO}</p><div class='label'>Advertisement feature</div><p>{ITEMS[0][1]}</p>"
            f"<p>{ITEMS[1][1]}</p></div>")
    assert main_headings(LexborHTMLParser(page)) == ()
