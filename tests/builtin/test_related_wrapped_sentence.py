"""related_list, rule wrapped-sentence: the touching lines that end the body open with one sentence a dump wrapped over
them, closed inside a later line (a call glued on after it): an article's paragraph, not a closing run of headlines.
Headlines on touching lines, none closing a sentence inside, are still a closing run."""
import pytest

from cleaners.builtin.related_list import RelatedList
from cleaners.document import Document, numbered_blocks

from . import texts


def run(paragraph: str, lines: list[str], code: str) -> Document:
    """The cleaner over a paragraph, a blank line and ``lines`` one block each, as a dump's lines reach it when no
    reader joined them (a script without case, a capital going on)."""
    rows = [(paragraph, "p", 0, 1)] + [(line, "p", 0, 1 if n == 0 else 0) for n, line in enumerate(lines)]
    text = paragraph + "\n\n" + "\n".join(lines)
    doc = Document(source="test.txt", kind="text", raw=text.encode(), blocks=numbered_blocks(rows))
    return RelatedList().clean(doc.with_metadata(language=code))

CASES = {     # the paragraph before, the last paragraph wrapped with a call glued after its stop, closing headlines
    "hi": ("नगर निगम ने मंगलवार को बताया कि नई रोपवे सेवा अगले महीने की शुरुआत में खुलेगी और टिकट स्टेशन पर मिलेंगे।",
           ["नगर निगम के फेसबुक पेज पर उद्घाटन की पोस्ट को दो हज़ार से अधिक",
            "टिप्पणियाँ मिलीं, और पहले ही सप्ताह में मासिक पास की बिक्री दोगुनी",
            "हो गई। 👉 हमारे दैनिक न्यूज़लेटर की सदस्यता लें"],
           ["उत्तरी शहर में नया स्कूल खुला", "केंद्रीय चौक का पुनर्निर्माण वसंत तक पूरा होगा",
            "झील किनारे बना नया लाइफगार्ड स्टेशन"]),
    "de": ("Die Stadt teilte am Dienstag mit, dass die neue Seilbahn Anfang nächsten Monats öffnet und Karten an der Station verkauft werden.",
           ["Der Beitrag der Stadt zur Eröffnung bekam mehr als zweitausend",
            "Kommentare, und der Verkauf der Monatskarten hat sich in der ersten",
            "Woche verdoppelt. 👉 Abonnieren Sie unseren Newsletter"],
           ["Neue Schule im Norden der Stadt eröffnet", "Zentraler Platz wird bis zum Frühjahr umgebaut",
            "Badestrand am See bekommt eine Rettungsstation"]),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_wrapped_paragraph_ending_the_body_is_no_closing_list(code):
    before, wrapped, _ = CASES[code]
    doc = run(before, wrapped, code)
    assert texts(doc) == [before] + wrapped and not doc.metadata.get("related")


@pytest.mark.parametrize("code", sorted(CASES))
def test_headlines_on_touching_lines_ending_the_body_are_still_a_closing_list(code):
    before, _, titles = CASES[code]
    doc = run(before, titles, code)
    assert texts(doc) == [before]
    assert [r["title"] for r in doc.metadata["related"]] == titles
