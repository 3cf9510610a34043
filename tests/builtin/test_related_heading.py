"""A related box's heading over short headline, name or role lines (cleaners/builtin/_related_heading.py, read by
related_list, rule ``related-heading-run``): positive and negative cases, in text and HTML inputs."""
import pytest

from cleaners.builtin._related_heading import RULE, is_heading, is_run_line
from cleaners.builtin.related_list import RelatedList
from cleaners.document import Block
from cleaners.pipeline import Pipeline

from ..conftest import run_cleaner
from . import texts

BODY = ("Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said, "
        "and the first families were taken to the school in the valley.")
LATER = ("The council will meet again next month to decide how the money is shared among the villages, and the "
         "mayor said the families would be told first.")


@pytest.mark.parametrize("box,language", [
    (["Related Content", "Can cities share their streets?", "Ann Lee", "Curator of Urban Planning, City Museum"],
     "en"),
    (["More on Flood Watch", "Will the dams hold?", "Ann Lee", "Flood warden, Valley Council"], "en"),
    (["Lesen Sie auch", "Hält der Damm?", "Anna Lehmann", "Kuratorin, Stadtmuseum"], "de"),
    (["À lire aussi", "La digue tiendra-t-elle ?", "Anne Martin", "Conservatrice, musée de la ville"], "fr"),
])
def test_a_related_heading_and_the_short_lines_under_it_leave_the_body(box, language):
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, BODY, *box]), language=language)
    assert texts(doc) == [BODY, BODY]
    assert {r.rule for r in doc.removed} == {RULE}
    assert sum(r.chars for r in doc.removed) == sum(len(line) for line in box)


def test_the_run_ends_at_the_next_paragraph_of_prose():
    box = ["Related stories", "Council approves the new budget", "Rail strike ends after talks"]
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, *box, LATER]), language="en")
    assert texts(doc) == [BODY, LATER]
    assert [r["title"] for r in doc.metadata["related"]] == box[1:]


def test_an_html_page_loses_its_related_box_and_keeps_its_article():
    paragraphs = [BODY, LATER, BODY.replace("Tuesday", "Wednesday")]
    page = ("<html lang='en'><head><title>Flood reaches the valley</title></head><body><article>"
            "<h1>Flood reaches the valley</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs) +
            "<h3>Related Content</h3><p>Can cities share their streets?</p><p>Ann Lee</p>"
            "<p>Curator of Urban Planning, City Museum</p></article></body></html>").encode()
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("p.html", page, "html"))
    assert all(p in record["body"] for p in paragraphs)
    assert "Ann Lee" not in record["body"] and "Curator of Urban Planning" not in record["body"]
    assert any(r["rule"] == RULE and r["text"] == "Ann Lee" for r in record["removed"])


@pytest.mark.parametrize("tail,language", [
    (["More on this later", LATER], "en"),                                        # an article's subheading over prose
    (["Related steps", "1. Preheat the oven to 180 degrees.", "2. Mix the flour and the sugar.",
      "3. Bake for forty minutes."], "en"),                                        # steps ended by stops
    (["Tengdar fréttir", "Bæjarstjórn samþykkir fjárhagsáætlun", "Verkfalli lýkur eftir viðræður"], "is"),  # no file
    (["Read more:", "The report of the flood commission"], "en"),                  # one plain line under a label
    (["\u201cRelated Content\u201d", "Ann Lee", "Curator, City Museum"], "en"),    # quoted
])
def test_the_articles_own_lines_stay(tail, language):
    text = "\n\n".join([BODY, *tail])
    doc = run_cleaner(RelatedList, text, language=language)
    assert texts(doc) == [BODY, *tail]
    assert not doc.removed


def test_a_heading_before_the_articles_first_prose_is_no_box():
    head = ["Related Content", "Ann Lee", "Curator, City Museum"]
    doc = run_cleaner(RelatedList, "\n\n".join([*head, BODY, LATER]), language="en")
    assert texts(doc) == [*head, BODY, LATER]


def test_heading_and_line_shapes():
    langs = ("en",)
    assert is_heading("## Related Content", langs) and is_heading("More on Flood Watch", langs)
    assert is_heading("**Related stories:**", langs)
    assert not is_heading("More on this later", langs) and not is_heading("More on the council's plans", langs)
    assert is_run_line(Block("Are the Dams Safe Enough?")) and is_run_line(Block("Ann Lee"))
    assert not is_run_line(Block("The council met on Monday."))
    assert not is_run_line(Block("and the mayor said"))
    assert not is_run_line(Block("You will need:"))
    assert not is_run_line(Block("\u201cWe will rebuild,\u201d she said"))
    assert not is_run_line(Block("Why did the council wait so long before it finally decided to tell the "
                                 "families of the valley?"))


def test_a_paragraph_a_notice_was_glued_to_ends_the_run():
    """Two sentences glued at a stop ("differently.This"), a line wrapped under them: a paragraph, no headline."""
    glued = "The council sees it differently.This article contains"
    assert not is_run_line(Block(glued))
    box = ["More on Flood Watch", "Can the dams hold?", "Ann Lee"]
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, *box, glued, LATER]), language="en")
    assert glued in texts(doc) and [r.text for r in doc.removed] == box


@pytest.mark.parametrize("line", ["Dr. Lee opens the new clinic", "U.S. Senate passes the bill",
                                  "Example.com buys a rival"])
def test_a_headline_with_a_stop_before_a_space_or_a_lower_case_word_is_a_run_line(line):
    assert is_run_line(Block(line))


@pytest.mark.parametrize("box, language", [
    (["Lesen Sie auch", "U-Bahn-Linie verzögert sich um ein Jahr"], "de"),
    (["Czytaj także:", "Metro na Bródnie opóźnione o rok"], "pl"),
    (["Leia também", "Governo anuncia ajuda de R$ 200 milhões para agricultores"], "pt"),
    (["Related", "Rail strike ends after talks"], "en"),
])
def test_one_headline_under_a_related_heading_between_paragraphs_leaves_the_body(box, language):
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, *box, LATER]), language=language)
    assert texts(doc) == [BODY, LATER]
    assert [r["title"] for r in doc.metadata["related"]] == box[1:]


@pytest.mark.parametrize("heading, language", [("Read more. . .", "en"), ("Weiterlesen", "de"), ("Leia mais", "pt")])
def test_a_subheading_under_a_jump_link_stays(heading, language):
    """A blog's "Read more" jump left in the text, then the post's own subheading and its prose."""
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, heading, "The polarized debate", LATER]), language=language)
    assert "The polarized debate" in texts(doc) and not doc.metadata.get("related")


def test_one_line_under_a_related_heading_at_the_end_stays():
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, LATER, "Related", "Rail strike ends after talks"]), language="en")
    assert texts(doc) == [BODY, LATER, "Related", "Rail strike ends after talks"]


def test_the_articles_subheading_under_an_emptied_related_heading_stays():
    """A related label whose links are gone, then the article's own markdown subheading and its prose."""
    doc = run_cleaner(RelatedList, "\n\n".join([BODY, "**Read also**", "#### How much it cost", LATER]), language="en")
    assert "How much it cost" in " ".join(texts(doc)) and not doc.metadata.get("related")
