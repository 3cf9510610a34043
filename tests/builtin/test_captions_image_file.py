"""An image's file name printed alone on a line, and the caption under it (cleaners/builtin/_caption_marks.py: rules
image-file, caption-under-file), in any language; a file named inside a sentence, or a paragraph under a file name,
stays."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


@pytest.mark.parametrize("name,caption", [
    ("[dsc_0412_1200x800.jpg]", "Fishing boats return to the old harbour at dusk"),
    ("IMG_20240311_093512.JPG", "Die Blaskapelle spielt bei der Ankunft des ersten Zuges"),
    ("/media/2024/03/harbour-ferry.webp", "Рибари у старој луци у сумрак"),
    ("[k3x9a7_1024x683.png]", "港口的渔船在黄昏时分归来"),
])
def test_a_file_name_and_the_caption_under_it_go(name, caption):
    doc = run_cleaner(Captions, f"{SENTENCES['en']}\n\n{name}\n{caption}\n\n{SENTENCES['en']}")
    assert texts(doc) == [SENTENCES["en"], SENTENCES["en"]]
    assert cuts(doc, "captions") == [("image-file", name), ("caption-under-file", caption)]
    assert doc.metadata["captions"] == [caption]


@pytest.mark.parametrize("lines", [
    ["The council said the file harbour.jpg had been removed from its website after the complaint."],
    ["[harbour.jpg]", "The ferry, which has run since 1952, carries about two hundred passengers a day in summer and "
                      "fewer than fifty in the coldest months of the year, the operator said on Monday."],
    ["Photos of the new pier"],
])
def test_a_sentence_naming_a_file_or_a_paragraph_under_one_stays(lines):
    doc = run_cleaner(Captions, "\n\n".join([SENTENCES["en"], "\n".join(lines), SENTENCES["en"]]))
    assert lines[-1] in texts(doc) and "caption-under-file" not in [r.rule for r in doc.removed]


@pytest.mark.parametrize("lines", [
    ["![Volunteers clear the water hyacinth from the lake](https://example.org/img/", "k3x9a7.jpg)",
     "The campaign has been given three million rupees"],
    ["![Volunteers clear the water hyacinth from the lake]", "(https://example.org/img/k3x9a7.jpg)",
     "The campaign has been given three million rupees"],
])
def test_the_line_under_a_wrapped_markdown_image_stays(lines):
    doc = run_cleaner(Captions, "\n\n".join([SENTENCES["en"], "\n".join(lines), SENTENCES["en"]]))
    assert lines[-1] in texts(doc)
