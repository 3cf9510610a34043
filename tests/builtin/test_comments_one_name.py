"""html_comments `one-name-thread`: one name on every unit is a label ("Summary", "Notes") unless the units sit under
a comment heading, each with a time of its own: a blog's "Anonymous" readers, a board's "名無しさん", a site's
"Guest"s are a thread; labels over parts of a text, with or without a heading, stay on the page."""
import pytest

from cleaners.builtin.comments import HtmlComments

from ._html import page, run
from ._html_comments import ARTICLE

SAYS = ["The night bus should stop at the hospital too.", "Tickets are still too dear for students.",
        "Finally, I have waited years for this.", "Will it run on Sundays as well?", "The drivers deserve better pay."]


def _thread(heading: str, name: str, stamp) -> str:
    units = "".join(f'<div class="x"><div class="y"><b>{name}</b> {stamp(i)}</div><p>{s}</p></div>'
                    for i, s in enumerate(SAYS))
    return page(f"{ARTICLE}<div><h3>{heading}</h3>{units}</div>")


@pytest.mark.parametrize("heading, name, stamp, lang", [
    ("5 Comments", "Anonymous", lambda i: f"on 3 May 2012 at 9:{10 + i}", "en"),
    ("コメント", "名無しさん", lambda i: f"2012/05/03 09:{10 + i}", "ja"),
    ("5 Kommentare", "Gast", lambda i: f"am 3. Mai 2012 um 9:{10 + i} Uhr", "de"),
])
def test_one_name_under_a_comment_heading_each_at_its_time_is_a_thread(heading, name, stamp, lang):
    doc, text = run(HtmlComments(), _thread(heading, name, stamp), language=lang)
    assert [c.text for c in doc.comments] == SAYS
    assert {c.author for c in doc.comments} == {name}
    assert not any(s in text for s in SAYS)


def test_labels_over_the_parts_of_a_text_stay():
    parts = ["The chapter opens in the harbour at dawn, where the keeper waits for the boat.",
             "Thanks to everyone who read the first part and wrote to me about it.",
             "The keeper's daughter comes home in the next chapter, and so does the storm."]
    labelled = "".join(f'<div class="x"><div class="y"><b>{label}</b></div><p>{p}</p></div>'
                       for label, p in zip(["Notes", "Notes", "Notes"], parts))
    for html in (page(ARTICLE + f"<div>{labelled}</div>"), page(ARTICLE + f"<div><h3>Comments</h3>{labelled}</div>")):
        doc, text = run(HtmlComments(), html)
        assert doc.comments == () and all(p in text for p in parts)
    same_time = _thread("5 Comments", "Anonymous", lambda i: "on 3 May 2012")     # one stamp on all: no sign
    doc, text = run(HtmlComments(), same_time)
    assert doc.comments == () and all(s in text for s in SAYS)
