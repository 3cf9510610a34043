"""php_dump: related stories printed as a JSON-LD script, a YAML list or CSV/TSV rows (_story_text)."""
import json

import pytest

from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import cuts, texts

STORIES = {
    "pt": (["Câmara aprova orçamento para obras", "Nova ciclovia liga o centro ao rio"],
           "O presidente da câmara disse que as obras começam em março."),
    "sk": (["Mesto schválilo rozpočet na opravy ciest", "Nová cyklotrasa spojí centrum s riekou"],
           "Primátor povedal, že práce sa začnú v marci."),
    "ar": (["البلدية تقر ميزانية إصلاح الطرق", "مسار جديد للدراجات في وسط المدينة"],
           "وقال رئيس البلدية إن الأشغال ستبدأ في مارس."),
}
URLS = ["https://paper.example.com/a/1", "https://paper.example.com/a/2"]


def _run(code: str, data: str):
    titles, para = STORIES[code]
    doc = run_cleaner(PhpDump, f"{para}\n\n{data}\n\n{para} 2")
    assert texts(doc) == [para, f"{para} 2"]
    assert [(s["title"], s["url"]) for s in doc.metadata["related"]] == list(zip(titles, URLS))
    return doc


def _graph(titles: list[str], wrap: bool) -> str:
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Home", "url": "/"}] + [
        {"@type": "Article", "headline": t, "url": u} for t, u in zip(titles, URLS)]}
    text = f'<script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    if wrap:       # a PDF export's lines, cut anywhere (inside strings too)
        words, lines, line = text.split(" "), [], ""
        for w in words:
            if len(line) + len(w) > 60:
                lines.append(line)
                line = ""
            line += (" " if line else "") + w
        text = "\n".join(lines + [line])
    return text


@pytest.mark.parametrize("code", sorted(STORIES))
@pytest.mark.parametrize("wrap", [False, True])
def test_a_json_ld_script_printed_as_text_goes_whole_and_its_graph_gives_stories(code, wrap):
    doc = _run(code, _graph(STORIES[code][0], wrap))
    assert {rule for rule, _ in cuts(doc, "php_dump")} == {"script-json"}


def test_a_page_s_own_json_ld_object_goes_and_names_no_story():
    data = '<script type="application/ld+json">\n{"@type": "NewsArticle", "headline": "Bridge reopens"}\n</script>'
    doc = run_cleaner(PhpDump, f"{data}\n\nThe bridge reopened on Monday.")
    assert texts(doc) == ["The bridge reopened on Monday."]
    assert not doc.metadata["related"]


@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_yaml_list_of_stories_goes_to_related(code):
    titles = STORIES[code][0]
    rows = ["related_articles:"]
    for t, u in zip(titles, URLS):
        rows += [f'  - title: "{t}"', f"    url: {u}", "    published: 2026-03-01"]
    doc = _run(code, "\n".join(rows))
    assert [rule for rule, _ in cuts(doc, "php_dump")] == ["yaml-stories"] * len(rows)


@pytest.mark.parametrize("code", sorted(STORIES))
@pytest.mark.parametrize("sep", [";", ",", "\t"])
def test_csv_rows_under_a_header_naming_title_and_address_go_to_related(code, sep):
    titles = STORIES[code][0]
    rows = [sep.join(["id", "headline", "link", "section"])]
    rows += [sep.join([str(n), f'"{t}"' if sep != "\t" else t, u, "local"]) for n, (t, u) in enumerate(zip(titles, URLS))]
    doc = _run(code, "\n".join(rows))
    assert [rule for rule, _ in cuts(doc, "php_dump")] == ["csv-stories"] * 3


def test_a_table_of_figures_a_list_of_names_and_prose_with_title_stay():
    text = ("Jahr;Einwohner;Fläche\n2024;10400;12,5\n2025;10650;12,5\n\n"
            "name,party,votes\nAnna Weber,SPD,4120\nJan Roth,CDU,3980\n\n"
            "- title: the mayor's new book\n- author: a local historian\n\n"
            "Der Titel: \"Die Brücke\" – url: https://example.org stand im Programmheft.\n\n"
            "title;url\nEin Titel ohne Adresse;keine")
    doc = run_cleaner(PhpDump, text)
    assert doc.removed == ()
    assert not doc.metadata["related"]


def test_csv_rows_wrapped_inside_a_quoted_title_are_read_whole():
    rows = ["id;title;url", '1;"Câmara aprova orçamento', 'para obras";https://paper.example.com/a/1',
            '2;"Nova ciclovia liga o centro ao rio";https://paper.example.com/a/2']
    doc = run_cleaner(PhpDump, "\n".join(rows) + "\n\nO presidente da câmara disse que as obras começam em março.")
    assert texts(doc) == ["O presidente da câmara disse que as obras começam em março."]
    assert [s["title"] for s in doc.metadata["related"]] == ["Câmara aprova orçamento para obras",
                                                              "Nova ciclovia liga o centro ao rio"]
