"""A live ticker's paragraph that trafilatura deletes with the links beside it in its entry is put back where it
stood (cleaners/extract_entries.py, rule entry-paragraphs); a list of entries the extraction left out gives nothing
back, and neither does a paragraph of links. Pages written here."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.document import Block
from cleaners.extract_entries import entry_paragraphs, reinstate_entries

LONG = ["The ferry company said on Tuesday that the first boats would run again from the north pier once the "
        "divers had checked the hull of the stranded freighter and the harbour master had cleared the channel.",
        "Rescue crews worked through the night to pump water out of the lower decks, and by morning the ship was "
        "upright again, though two of its holds were still flooded and its cargo of timber was lost.",
        "Fishermen who had kept their boats in the outer harbour during the storm were allowed back to the quays "
        "in the afternoon, after the coast guard had towed the last of the drifting containers away.",
        "The town council will meet on Thursday to decide who pays for the repairs to the breakwater, which the "
        "waves broke in two places during the night of the storm, the mayor's office said."]
SHORT = "Divers found the freighter's anchor chain torn off near the old lighthouse on Tuesday."
CARD = ("<div class='card'><img src='/a.jpg' alt=''><a href='/a/1'>Tom Baker</a><a href='/x'>@baker</a>"
        "<a href='mailto:desk@example.org'>Email</a></div>")


def _entry(k: int, text: str, extra: str = "") -> str:
    return (f"<div class='ticker-entry'><time>1{k}:0{k}</time><div class='ticker-entry__text'><p>{text}</p>{extra}"
            "</div></div>")


def _ticker(texts: list[str], extras: dict[int, str]) -> str:
    entries = "".join(_entry(k, t, extras.get(k, "")) for k, t in enumerate(texts))
    return (f"<html lang='en'><body><main><article class='liveblog'><h1>Storm in the harbour</h1><div class='ticker'>"
            f"{entries}</div></article></main></body></html>")


def _body(html: str) -> str:
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("page.html", html.encode(), "html"))["body"]


def test_a_short_ticker_entry_beside_a_card_of_links_stays_in_the_body():
    texts = LONG[:2] + [SHORT] + LONG[2:]
    body = _body(_ticker(texts, {2: CARD}))
    assert all(t in body for t in texts)
    assert body.index(LONG[1]) < body.index(SHORT) < body.index(LONG[2])
    assert "@baker" not in body


def test_the_last_entry_goes_back_after_the_one_before_it():
    entries = tuple(entry_paragraphs(LexborHTMLParser(_ticker(LONG + [SHORT], {}))))
    assert [e.text for e in entries] == LONG + [SHORT] and all(e.prose for e in entries)
    blocks = reinstate_entries(tuple(Block(t) for t in LONG), entries)
    assert [b.text for b in blocks] == LONG + [SHORT]


def test_entries_the_extraction_left_out_give_nothing_back():
    entries = entry_paragraphs(LexborHTMLParser(_ticker(LONG + [SHORT], {})))
    blocks = (Block(LONG[0]), Block("A paragraph of the article above the list of teasers, on its own."))
    assert reinstate_entries(blocks, entries) == blocks


def test_a_paragraph_of_links_or_a_label_in_an_entry_is_never_put_back():
    links = ("<a href='/1'>Ferry timetable for the winter</a> <a href='/2'>Harbour webcam</a> "
             "<a href='/3'>Storm warnings for the coast today</a>")
    entries = entry_paragraphs(LexborHTMLParser(_ticker(LONG[:2] + [links, "Updated: 3:20 p.m."] + LONG[2:], {})))
    assert [e.prose for e in entries] == [True, True, False, False, True, True]
    blocks = tuple(Block(t) for t in LONG)
    assert reinstate_entries(blocks, entries) == blocks


def test_paragraphs_outside_repeated_boxes_are_no_entries():
    page = "<html><body><div class='story'>" + "".join(f"<p>{t}</p>" for t in LONG) + "</div></body></html>"
    assert entry_paragraphs(LexborHTMLParser(page)) == ()


def test_a_left_out_line_of_an_entry_whose_other_paragraphs_are_read_stays_out():
    footer = "You can follow this discussion by subscribing to the feed of the harbour office for this post today."
    page = _ticker(LONG, {k: f"<p>{footer.replace('today', f'day {k}')}</p>" for k in range(4)})
    entries = entry_paragraphs(LexborHTMLParser(page))
    blocks = tuple(Block(t) for t in LONG)
    assert len(entries) == 8 and reinstate_entries(blocks, entries) == blocks
