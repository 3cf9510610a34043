"""Related lists in a dump that wraps its paragraphs into short lines (lynx, w3m, an e-mail): the article's prose is
read once a wrapped paragraph's lines are joined (`_related_shapes.wrapped_prose`), a wrapped paragraph after a list is
no story of it, and a line of two sentences is no headline (cleaners/builtin/related_list.py); in a language without a
file, three bulleted headlines under a heading without a colon that end the body are a list."""
import pytest

from cleaners.builtin.related_list import RelatedList, story
from cleaners.document import Document, numbered_blocks

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file


def run_lines(text: str, language: str = "de") -> Document:
    """The related-list cleaner over ``text`` read one block a line, as a dump's wrapped lines reach it when no reader
    joined them (lines going on with a capital or in a script without case; the gap: blank lines before a line)."""
    rows, gap = [], 1
    for line in text.split("\n"):
        if not line.strip():
            gap += 1
            continue
        rows.append((line, "p", 0, gap))
        gap = 0
    doc = Document(source="test.txt", kind="text", raw=text.encode(), blocks=numbered_blocks(rows))
    return RelatedList().clean(doc.with_metadata(language=language))

# the lines go on with a capital (a German noun): no reader joins them back into one block
WRAPPED = ("Der Gemeinderat hat am Dienstagabend nach langer Debatte den Beschluss\n"
           "Nummer zwölf gefasst, die alte Brücke über den Kanal im kommenden\n"
           "Jahr durch einen breiteren Neubau mit eigenen Spuren zu ersetzen.")
ONE_LINE = "Der Gemeinderat hat am Dienstagabend beschlossen, die alte Brücke über den Kanal zu ersetzen."
LIST = ("Weitere Artikel\n» Stadtrat stoppt den Ausbau des Radwegs\n» Polizei sucht Zeugen nach einem Unfall\n"
        "» Weihnachtsmarkt öffnet mit neuem Konzept")
AFTER = ("Die Kosten schätzt die Verwaltung auf rund zwölf Millionen Euro, von denen\n"
         "Land und Bund nach ersten Zusagen etwa die Hälfte übernehmen wollen.")


def test_a_list_after_the_first_wrapped_paragraph_goes():
    doc = run_lines(f"{WRAPPED}\n\n{LIST}\n\n{AFTER}")
    assert ("related-heading", "Weitere Artikel") in cuts(doc, "related_list")
    assert "» Weihnachtsmarkt öffnet mit neuem Konzept" not in texts(doc)


def test_a_wrapped_paragraph_after_a_list_stays():
    para = ("Die Anwohner der Siedlung am Mühlbach wollen nun bis zum Sonntag ihre\n"
            "Unterschriften sammeln und eine Versammlung noch vor Weihnachten verlangen.")
    plain = LIST.replace("» ", "")        # headlines without a bullet: a plain line after a blank line may go on with them
    doc = run_lines(f"{ONE_LINE}\n\n{plain}\n\n{para}\n\n{AFTER}")
    assert ("related-story", "Weihnachtsmarkt öffnet mit neuem Konzept") in cuts(doc, "related_list")
    kept = " ".join(texts(doc))
    assert "Die Anwohner der Siedlung am Mühlbach wollen nun bis zum Sonntag ihre" in kept
    assert "Unterschriften sammeln und eine Versammlung noch vor Weihnachten verlangen." in kept


def test_a_list_above_the_first_wrapped_paragraph_stays():
    doc = run_lines(f"{LIST}\n\n{WRAPPED}\n\n{AFTER}")
    assert "» Weihnachtsmarkt öffnet mit neuem Konzept" in texts(doc)


def test_a_line_of_two_sentences_is_no_headline():
    assert story("♥ Our paper lives on its readers. Give from 5 € → https://paper.example/give") is None
    assert story("Dr. Ann Lee wins the county award") is not None
    assert story("U.S. lifts its ban on island imports") is not None


SQ = ("Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë më "
      "të gjerë, tha këshilltari i kryetarit.")


def test_bulleted_headlines_under_a_heading_ending_the_body_go_in_a_language_without_a_file():
    lines = "Lajme të tjera\n- Shkolla e re hapet në shtator\n- Policia kërkon dëshmitarë të aksidentit\n- Tregu i Krishtlindjeve zgjerohet"
    doc = run_cleaner(RelatedList, f"{SQ}\n\n{SQ}\n\n{lines}", language="sq")
    assert texts(doc) == [SQ, SQ] and ("related-heading", "Lajme të tjera") in cuts(doc, "related_list")


def test_bulleted_points_after_a_lead_in_or_two_of_them_stay():
    for lines in ("Masat e reja:\n- Shkolla e re hapet në shtator\n- Policia kërkon dëshmitarë të aksidentit\n- Tregu i ri zgjerohet",
                  "Lajme të tjera\n- Shkolla e re hapet në shtator\n- Policia kërkon dëshmitarë të aksidentit"):
        doc = run_cleaner(RelatedList, f"{SQ}\n\n{SQ}\n\n{lines}", language="sq")
        assert "- Policia kërkon dëshmitarë të aksidentit" in texts(doc)


def test_a_list_in_a_cms_block_export_goes():
    para = "<p>" + SQ + "</p>"       # a paragraph in its HTML tags, as a block export prints it
    lines = ("Lexoni edhe\n* Shkolla e re hapet në shtator (https://lajme.example/a/1)\n"
             "* Policia kërkon dëshmitarë të aksidentit (https://lajme.example/a/2)")
    doc = run_cleaner(RelatedList, f"<!-- wp:paragraph -->\n{para}\n<!-- /wp:paragraph -->\n\n{lines}\n\n{para}",
                      language="sq")
    assert ("related-heading", "Lexoni edhe") in cuts(doc, "related_list")
    assert doc.metadata["related"][0]["url"] == "https://lajme.example/a/1"


def test_a_story_line_may_end_with_its_address_in_brackets():
    found = story("* Shkolla e re hapet në shtator (https://lajme.example/a/1)")
    assert found is not None and found.title == "Shkolla e re hapet në shtator" and found.url == "https://lajme.example/a/1"
    assert story("The report (https://council.example/report) was published on Monday.") is None


FR = "Le conseil municipal a adopté mardi soir, après un long débat, le budget de la ville pour l'année prochaine."


def test_a_bulleted_list_of_story_links_is_no_wrapped_paragraph():
    """Touching bulleted lines of linked headlines are the list, not a wrapped paragraph after its heading: the heading
    goes with them (it was left alone, read as over a paragraph, in a language without a file)."""
    lines = ("Les plus lus\n\n- [La grève du rail prend fin](https://news.example/fr/0)\n"
             "- [Le musée rouvre ses portes](https://news.example/fr/1)\n"
             "- [Le conseil adopte le budget](https://news.example/fr/2)\n"
             "- [Les inondations isolent des villages](https://news.example/fr/3)")
    doc = run_lines(f"{FR}\n\n{FR}\n\n{lines}", "xx")
    assert texts(doc) == [FR, FR] and ("related-heading", "Les plus lus") in cuts(doc, "related_list")


def test_a_wrapped_paragraph_after_a_bulleted_list_still_ends_it():
    lines = "Les plus lus\n\n- [La grève du rail prend fin](https://news.example/fr/0)\n- [Le musée rouvre ses portes](https://news.example/fr/1)"
    para = ("Les habitants du quartier veulent maintenant recueillir des signatures jusqu'à dimanche et\n"
            "demander une réunion publique avant la fin de l'année avec le maire et ses adjoints.")
    doc = run_lines(f"{FR}\n\n{FR}\n\n{lines}\n\n{para}", "xx")
    assert para.split("\n")[0] in texts(doc) and para.split("\n")[1] in texts(doc)
