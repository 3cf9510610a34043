"""reader_calls, rule wrapped-end: a line that ends a paragraph a dump wrapped into lines (the line above touches it and
ends no sentence) and closes the paragraph's sentence before a closing call keeps the sentence's end, the call cut
after it as a tail; the same call on a line after a finished sentence goes whole (closing-call)."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls
from cleaners.document import Document, numbered_blocks

from . import cuts, texts

CASES = [     # the paragraph's wrapped lines, the last one's sentence end, the call
    ("tr", ["Belediyenin açılış paylaşımına iki binden fazla yorum yapıldı ve aylık",
            "Kart satışları ilk haftada"], "ikiye katlandı.", "👉 Yeni haberler için bildirimleri aktif edin"),
    ("hi", ["नगर निगम के फेसबुक पेज पर उद्घाटन की पोस्ट को दो हज़ार से अधिक",
            "टिप्पणियाँ मिलीं, और पहले ही सप्ताह में मासिक पास की बिक्री दोगुनी"], "हो गई।",
     "👉 चैनल को सब्सक्राइब करें"),
]


def run(lines: list[str], code: str) -> Document:
    """The cleaner over ``lines``, one block each, touching (a dump's wrapped lines no reader joined)."""
    rows = [(line, "p", 0, 1 if n == 0 else 0) for n, line in enumerate(lines)]
    doc = Document(source="test.txt", kind="text", raw="\n".join(lines).encode(), blocks=numbered_blocks(rows))
    return ReaderCalls().clean(doc.with_metadata(language=code))


@pytest.mark.parametrize("code,wrapped,end,call", CASES)
def test_the_wrapped_sentence_end_stays_and_the_call_after_it_goes(code, wrapped, end, call):
    doc = run(wrapped + [f"{end} {call}"], code)
    assert texts(doc) == wrapped + [end]
    assert [text for _, text in cuts(doc, "reader_calls")] == [call]


@pytest.mark.parametrize("code,wrapped,end,call", CASES)
def test_the_call_on_a_line_after_a_finished_sentence_goes_whole(code, wrapped, end, call):
    doc = run(wrapped[:-1] + [f"{wrapped[-1]} {end}", call], code)
    assert texts(doc) == [wrapped[0], f"{wrapped[-1]} {end}"]
    assert cuts(doc, "reader_calls") == [("closing-call", call)]
