"""A text browser's link furniture (cleaners/builtin/_lynx.py, read by layout): link numbers glued before a word
(``link-number``), lines that are only a numbered link (``link-line``) and the label of the address list
(``link-list-label``), once the dump ends with numbered addresses; brackets of a dump without them stay."""
import pytest

from cleaners.builtin.layout import Layout

from ..conftest import run_cleaner, text_doc
from . import texts

PARAS = {
    "en": ("The harbour board voted on Tuesday to close the old ferry pier, after divers found", "cracks in two "
           "of its concrete pillars during a routine inspection."),
    "de": ("Der Hafenausschuss hat am Dienstag beschlossen, den alten Fähranleger zu sperren, nachdem", "Taucher "
           "Risse in zwei Betonpfeilern gefunden hatten."),
    "pl": ("Zarząd portu zdecydował we wtorek o zamknięciu starego pomostu, po tym jak", "nurkowie znaleźli "
           "pęknięcia w dwóch filarach."),
}
OTHER = {"en": "Ferries will dock at the cargo quay until the work is finished this summer.",
         "de": "Die Fähren legen bis zum Ende der Arbeiten im Sommer am Frachtkai an.",
         "pl": "Promy będą cumować przy nabrzeżu towarowym do końca prac latem."}
LINKS = {"en": ["Read more", "Bus firms fear losing passengers"], "de": ["Weiterlesen", "Busfirmen fürchten Verluste"],
         "pl": ["Czytaj więcej", "Przewoźnicy boją się strat"]}
LABEL = {"en": "References", "de": "Verweise", "pl": "Odnośniki"}
URLS = "\n".join(f"   {k}. https://news.example.org/region/{k}" for k in range(1, 5))


def _dump(code: str, refs: bool = True) -> str:
    a, b = PARAS[code]
    links = "\n".join(f"   [{k + 1}]{t}" for k, t in enumerate(LINKS[code]))
    parts = ["Title", f"   {a} [7]{b}", links, f"   {OTHER[code]}"] + ([LABEL[code], URLS] if refs else [])
    return "\n\n".join(parts)


@pytest.mark.parametrize("code", ["en", "de", "pl"])
def test_a_lynx_dumps_link_numbers_lines_and_list_label_go(code):
    doc = run_cleaner(Layout, _dump(code), language=code)
    a, b = PARAS[code]
    assert texts(doc) == [f"{a} {b}", OTHER[code]] or texts(doc) == ["Title", f"{a} {b}", OTHER[code]]
    rules = [(r.rule, r.text) for r in doc.removed]
    assert ("link-number", "[7]") in rules and ("link-list-label", LABEL[code]) in rules
    assert [t for r, t in rules if r == "link-line"] == [f"[{k + 1}]{t}" for k, t in enumerate(LINKS[code])]


def test_the_list_gone_before_layout_still_marks_the_dump():
    """An earlier cleaner took the address list with a dump or a thread above it: the input still shows it."""
    text = _dump("en")
    doc = text_doc(text.split("\n\nReferences")[0]).replace(raw=text.encode())
    out = texts(Layout().clean(doc))
    assert not any("[" in t for t in out) and "cracks in two" in " ".join(out)


@pytest.mark.parametrize("text", [
    "The report[1] said the pier was unsafe, and the board agreed [2] weeks later.",
    "[3]The council said on Tuesday that the pier would reopen in the autumn after the repairs.",
])
def test_citations_and_a_paragraph_opened_by_a_link_keep_their_words(text):
    doc = run_cleaner(Layout, "\n\n".join(["Title", text, "References", URLS]))
    body = " ".join(texts(doc))
    assert "report[1] said" in body or "The council said on Tuesday" in body


def test_a_dump_without_numbered_addresses_keeps_its_brackets():
    doc = run_cleaner(Layout, _dump("en", refs=False))
    assert "[7]" in " ".join(texts(doc)) and "[1]Read more" in texts(doc)
