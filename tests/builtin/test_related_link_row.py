"""related_list, rule related-story (cleaners/builtin/_related_rows.py): a related label followed by several story
links on one line, parted by a middle dot, a bar, a bullet, a comma or a slash, is cut with every story into
metadata.related; a link inside a sentence after the label, or a part that is no story link, keeps the line."""
import pytest

from cleaners.builtin.related_list import RelatedList

from ..conftest import run_cleaner
from . import texts

STORY = {"en": ["The council approved the budget on Tuesday after a debate that lasted six hours.",
                "The regional government must still approve it; a decision is expected in February."],
         "de": ["Der Stadtrat hat den Haushalt am Dienstag nach einer sechsstündigen Debatte beschlossen.",
                "Die Bezirksregierung muss ihn noch genehmigen; eine Entscheidung wird im Februar erwartet."]}


@pytest.mark.parametrize("code,line,titles", [
    ("en", "**Related:** [Waste fees to rise in spring](https://example.org/n/1) · [Library hours cut on "
           "Sundays](https://example.org/n/2)", ["Waste fees to rise in spring", "Library hours cut on Sundays"]),
    ("en", "Read more: [Waste fees to rise in spring](https://example.org/n/1) | [Library hours cut on Sundays]"
           "(https://example.org/n/2) | [New tram line opens in May](https://example.org/n/3)",
     ["Waste fees to rise in spring", "Library hours cut on Sundays", "New tram line opens in May"]),
    ("de", "Mehr zum Thema: [Müllgebühren steigen im Frühjahr](https://example.org/n/1) • [Bibliothek kürzt "
           "Öffnungszeiten](https://example.org/n/2)",
     ["Müllgebühren steigen im Frühjahr", "Bibliothek kürzt Öffnungszeiten"]),
])
def test_a_row_of_story_links_after_a_related_label_goes_to_metadata(code, line, titles):
    doc = run_cleaner(RelatedList, "\n\n".join([STORY[code][0], line, STORY[code][1]]), language=code)
    assert texts(doc) == STORY[code]
    assert [s["title"] for s in doc.metadata["related"]] == titles and all(s["url"] for s in doc.metadata["related"])


@pytest.mark.parametrize("line", [
    # a link inside a sentence, then another link
    "Related: [Waste fees to rise in spring](https://example.org/n/1), which the council said it needed, and "
    "[more](https://example.org/n/2)",
    # a part that is no link
    "Related: [Waste fees to rise in spring](https://example.org/n/1) · the council's own report on the fees",
])
def test_a_row_with_a_part_that_is_no_story_link_stays(line):
    doc = run_cleaner(RelatedList, "\n\n".join([STORY["en"][0], line, STORY["en"][1]]), language="en")
    assert line in texts(doc) and not doc.metadata.get("related")
