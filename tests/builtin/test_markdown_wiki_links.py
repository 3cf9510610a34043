"""A note-taking app's link syntax in a text dump (cleaners/builtin/_wiki_links.py, read by markdown): a line of
note links goes (``wiki-link-line``), a link inside a line keeps its label (``wiki-link``), a block reference ending a
paragraph goes (``block-id``); an exponent and a caret between spaces stay."""
import pytest

from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner
from . import texts

NOTE = {
    "en": ("The county will run two night buses from [[Harbour ferry|the ferry terminal]] from Friday.",
           "The county will run two night buses from the ferry terminal from Friday.",
           "Drivers were hired from a firm in the next town.", "[[Night buses 2025]] [[Transport]]"),
    "de": ("Der Landkreis lässt ab Freitag zwei Nachtbusse vom [[Fährhafen]] fahren.",
           "Der Landkreis lässt ab Freitag zwei Nachtbusse vom Fährhafen fahren.",
           "Die Fahrer kommen von einer Firma aus der Nachbarstadt.", "[[Nachtbusse im Landkreis]]"),
    "tr": ("İlçe cuma gününden itibaren [[Feribot iskelesi|iskeleden]] iki gece otobüsü çalıştıracak.",
           "İlçe cuma gününden itibaren iskeleden iki gece otobüsü çalıştıracak.",
           "Şoförler komşu kasabadaki bir firmadan işe alındı.", "![[harita.png]]"),
}


@pytest.mark.parametrize("code", ["en", "de", "tr"])
def test_note_links_are_reduced_link_lines_and_block_ids_go(code):
    linked, plain, second, line = NOTE[code]
    doc = run_cleaner(Markdown, "\n\n".join([linked, f"{second} ^k3v9qa", line]), language=code)
    assert texts(doc) == [plain, second]
    assert sorted({r.rule for r in doc.removed}) == ["block-id", "wiki-link", "wiki-link-line"]


@pytest.mark.parametrize("code", ["en", "de", "tr"])
def test_an_exponent_a_caret_and_single_brackets_stay(code):
    _, plain, second, _ = NOTE[code]
    lines = [plain, f"{second} x^2", "The index rose 10 ^ 6 times", "[Editor's note] A ^ b"]
    doc = run_cleaner(Markdown, "\n\n".join(lines), language=code)
    assert texts(doc) == lines
