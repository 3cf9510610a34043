from cleaners.builtin.pull_quotes import PullQuotes
from cleaners.document import Block, Document

from ..conftest import run_cleaner, text_doc
from . import SENTENCES, cuts, texts

LEAD = "The council met on Tuesday to debate the budget for the coming year, which had been delayed twice."
MAYOR = ("The mayor said the plan would fund more teachers and repair roads across the city, "
         "and that taxes would not rise before the next election.")
CRITICS = "Critics argued that small businesses downtown would pay for most of it, and several owners spoke."


def _doc(*blocks: tuple[str, str]) -> Document:
    return Document(source="p.html", kind="html", blocks=tuple(Block(t, kind=k) for k, t in blocks)).numbered()


def test_a_quote_block_repeating_part_of_a_paragraph_goes():
    pulled = "“The plan would fund more teachers and repair roads across the city”"
    doc = PullQuotes().clean(_doc(("p", LEAD), ("quote", pulled), ("p", MAYOR), ("p", CRITICS)))
    assert texts(doc) == [LEAD, MAYOR, CRITICS]
    assert cuts(doc, "pull_quotes") == [("pull-quote", pulled)]


def test_in_any_language_and_after_its_paragraph_too():
    sentence = SENTENCES["de"]
    pulled = "Die Rettungskräfte erreichten das überflutete Dorf am Dienstag im Morgengrauen"
    doc = PullQuotes().clean(_doc(("p", LEAD), ("p", sentence), ("quote", pulled), ("p", CRITICS)))
    assert texts(doc) == [LEAD, sentence, CRITICS]


def test_a_markdown_quote_in_a_text_dump_goes():
    from cleaners.builtin.markdown import Markdown
    text = f"{LEAD}\n\n> The plan would fund more teachers and repair roads\n\n{MAYOR}\n\n{CRITICS}"
    doc = PullQuotes().clean(Markdown().clean(text_doc(text)))
    assert texts(doc) == [LEAD, MAYOR, CRITICS]


def test_quotations_printed_once_or_too_short_stay():
    quote = "“We will not raise taxes on families this year, whatever the council decides,” she wrote."
    short = "“fund more teachers”"
    doc = _doc(("p", LEAD), ("quote", quote), ("quote", short), ("p", MAYOR))
    assert texts(PullQuotes().clean(doc)) == [LEAD, quote, short, MAYOR]


def test_paragraphs_items_and_a_quote_repeated_whole_stay():
    heading = "Fund more teachers and repair roads across the city"     # a table of contents' line
    doc = _doc(("p", LEAD), ("item", heading), ("p", heading), ("p", MAYOR), ("quote", CRITICS), ("quote", CRITICS))
    assert len(PullQuotes().clean(doc).blocks) == 6


def test_the_first_block_stays():
    first = "The plan would fund more teachers and repair roads across the city"
    doc = _doc(("quote", first), ("p", MAYOR), ("p", CRITICS))
    assert texts(PullQuotes().clean(doc)) == [first, MAYOR, CRITICS]
    assert texts(run_cleaner(PullQuotes, f"{LEAD}\n\n{MAYOR}")) == [LEAD, MAYOR]
