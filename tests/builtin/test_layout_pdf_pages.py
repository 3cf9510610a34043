"""A PDF's page furniture in a text dump (cleaners/builtin/_pdf_pages.py, read by layout): page numbers
(``page-number``), the running header printed after each (``running-header``) and words broken with a hyphen at a
line's end (``pdf-hyphen``); the halves of a paragraph the page break parted are joined again. Numbers out of order,
a single number and suspended compounds stay."""
import pytest

from cleaners.builtin.layout import Layout

from ..conftest import run_cleaner
from . import texts

# (first half, with a word broken at the line's end, its second line; the half after the page break; header)
PAGE = {
    "en": ("The harbour board voted on Tuesday to close the old ferry pier after divers found cracks in two",
           "of its pillars during a routine inspec-", "tion last month,", "and the repairs will take a year.",
           "Coast Weekly · 4 December 2026"),
    "de": ("Der Hafenausschuss hat am Dienstag beschlossen, den alten Anleger zu sperren, nachdem Taucher Risse",
           "in zwei Pfeilern bei einer routinemäßigen Unter-", "suchung gefunden hatten,", "und die Reparatur dauert ein Jahr.",
           "Küstenbote · 4. Dezember 2026"),
    "pl": ("Zarząd portu zdecydował we wtorek o zamknięciu starego pomostu, po tym jak nurkowie znaleźli",
           "pęknięcia w dwóch filarach podczas rutynowej kon-", "troli w zeszłym miesiącu,", "a naprawa potrwa rok.",
           "Tygodnik Wybrzeże · 4 grudnia 2026"),
}
JOINED = {"en": "inspection", "de": "Untersuchung", "pl": "kontroli"}


def _export(code: str, fmt: str, feed: bool) -> str:
    a, b, c, d, header = PAGE[code]
    sep = "\n\f" if feed else "\n"
    return "\n".join([header, "", a, b, c, "", fmt.format(n=1), sep, header, "", d, "", fmt.format(n=2), sep])


@pytest.mark.parametrize("code,fmt,feed", [("en", "– {n} –", False), ("de", "{n} / 2", False), ("pl", "{n}", True)])
def test_page_numbers_and_running_headers_go_and_the_broken_paragraph_is_whole_again(code, fmt, feed):
    a, b, c, d, header = PAGE[code]
    doc = run_cleaner(Layout, _export(code, fmt, feed), language=code)
    whole = f"{a} {b[:-1]}{c} {d}"
    assert texts(doc) == [whole] and JOINED[code] in whole
    rules = sorted(r.rule for r in doc.removed)
    assert rules == ["page-number", "page-number", "pdf-hyphen", "running-header", "running-header"]


@pytest.mark.parametrize("code", ["en", "de", "pl"])
def test_numbers_out_of_order_a_lone_number_and_suspended_compounds_stay(code):
    a, _, _, d, header = PAGE[code]
    compound = {"en": "Cycle lanes, pre-\nand post-war houses were surveyed.",
                "de": "Geplant sind neue Rad-\nund Fußwege entlang der Mole.",
                "pl": "Przebadano domy przed-\ni powojenne przy nabrzeżu."}[code]
    lines = [header, a, "2", d, "1", compound, "– 3 –", d + " " + a]
    doc = run_cleaner(Layout, "\n\n".join(lines), language=code)
    assert "2" in texts(doc) and "1" in texts(doc) and "– 3 –" in texts(doc) and header in texts(doc)
    assert not [r for r in doc.removed if r.rule in ("page-number", "running-header", "pdf-hyphen")]


@pytest.mark.parametrize("code", ["en", "de", "pl"])
def test_a_suspended_compound_broken_at_a_lines_end_keeps_its_hyphen_in_an_export(code):
    start, end = {"en": ("Over the winter the county surveyors counted and photographed the pre-",
                         "and post-war houses along the quay."),
                  "de": ("Nach den Plänen der Stadt entstehen im kommenden Frühjahr neue Rad-",
                         "und Fußwege entlang der Mole."),
                  "pl": ("Zimą urzędnicy powiatu policzyli i sfotografowali wszystkie domy przed-",
                         "i powojenne przy nabrzeżu.")}[code]
    text = _export(code, "– {n} –", True).replace(f"{PAGE[code][3]}\n", f"{PAGE[code][3]}\n\n{start}\n{end}\n")
    doc = run_cleaner(Layout, text, language=code)
    assert f"{start} {end}" in texts(doc)
    assert [r.rule for r in doc.removed].count("pdf-hyphen") == 1
