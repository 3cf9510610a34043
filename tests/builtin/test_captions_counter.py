"""A gallery's counter opening a caption (cleaners/builtin/_caption_marks.py, ``caption-mark``), in any language: the
caption goes to metadata; a number above its count and a sentence stay."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line,caption", [
    ("en", "4/9 · Fishing boats in the old harbour at dusk", "Fishing boats in the old harbour at dusk"),
    ("de", "3 von 8 – Fischerboote im alten Hafen bei Sonnenuntergang", "Fischerboote im alten Hafen bei Sonnenuntergang"),
    ("hi", "2 / 6 | पुराने बंदरगाह में मछली पकड़ने वाली नावें", "पुराने बंदरगाह में मछली पकड़ने वाली नावें"),
])
def test_a_counted_caption_goes_to_the_captions(code, line, caption):
    body = SENTENCES[code]
    doc = run_cleaner(Captions, f"{body}\n\n{line}\n\n{body}", language=code)
    assert texts(doc) == [body, body] and doc.metadata["captions"] == [caption]


@pytest.mark.parametrize("line", ["24/7 – the shop stays open all night long", "1/2 · The ferry will run twice a day from January.",
                                  "3 of 8 – most of the residents voted against it in the end."])
def test_a_number_above_its_count_or_a_sentence_stays(line):
    doc = run_cleaner(Captions, f"{SENTENCES['en']}\n\n{line}\n\n{SENTENCES['en']}")
    assert line in texts(doc)
