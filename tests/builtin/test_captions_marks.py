"""Captions known by their mark in any language (cleaners/builtin/_caption_marks.py): an image's attributes printed
as a line, a caption after a camera emoji or an up-pointing triangle; a sentence or a list with the marks stays."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("line,caption", [
    ('alt="Fishing boats in the old harbour at dusk" title="Fishing boats in the old harbour at dusk"',
     "Fishing boats in the old harbour at dusk"),
    ("alt='Radnici na gradilištu novog mosta' width=\"640\"", "Radnici na gradilištu novog mosta"),
    ("▲ Fishing boats in the old harbour at dusk", "Fishing boats in the old harbour at dusk"),
    ("📷 Рибари у старој луци у сумрак · Фото: Градски лист", "Рибари у старој луци у сумрак"),
    ("📸 港口的渔船在黄昏时分归来 · 图片：海滨日报", "港口的渔船在黄昏时分归来"),
])
def test_a_caption_known_by_its_mark_goes_to_the_captions(line, caption):
    doc = run_cleaner(Captions, f"{SENTENCES['en']}\n\n{line}\n\n{SENTENCES['en']}")
    assert texts(doc) == [SENTENCES["en"], SENTENCES["en"]] and doc.metadata["captions"] == [caption]


@pytest.mark.parametrize("lines", [
    ['Use alt="" on a purely decorative image, the accessibility guide says.'],
    ["▲ The ferry will run twice a day from January.", ],
    ["▲ Ferries to the islands", "▲ Buses to the airport"],     # a list of marked lines
    ["📷 Photos"],
])
def test_a_sentence_or_a_list_with_the_marks_stays(lines):
    doc = run_cleaner(Captions, "\n\n".join([SENTENCES["en"], *lines, SENTENCES["en"]]))
    assert texts(doc) == [SENTENCES["en"], *lines, SENTENCES["en"]]


def test_the_rules_are_named_by_the_mark():
    doc = run_cleaner(Captions, f"{SENTENCES['en']}\n\nalt=\"Boats at dusk in the harbour\"\n\n📷 Boats at dusk in the harbour\n\n"
                                f"{SENTENCES['en']}")
    assert [r.rule for r in doc.removed] == ["caption-attributes", "caption-mark"]
