"""Related stories printed as other code (rule `code-dump`, cleaners/builtin/_code_dumps.py): a script's JSON
assignment, a Python repr, RSS items printed as text; code holding no story stays."""
import pytest

from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import cuts, texts

ARTICLE = ["The first passenger train in three decades pulled into the station on Sunday morning.",
           "Trains will now run every hour to the county town, a journey of twenty-six minutes."]


@pytest.mark.parametrize("line", [
    'window.__RELATED__ = [{"id": 276783, "title": "Old signal box becomes a museum", "url": "https://n.example/1"}];',
    "var related = {\"items\": [{\"title\": \"Old signal box becomes a museum\", \"link\": \"https://n.example/1\"}]}",
    "[{'id': 276783, 'title': 'Old signal box becomes a museum', 'url': 'https://n.example/1'}]",
    '<item><title>Old signal box becomes a museum</title><link>https://n.example/1</link>'
    '<guid isPermaLink="false">276783</guid></item>',
])
def test_stories_printed_as_code_go_to_related(line):
    doc = run_cleaner(PhpDump, "\n\n".join([ARTICLE[0], line, ARTICLE[1]]))
    assert texts(doc) == ARTICLE and cuts(doc, "php_dump") == [("code-dump", line)]
    assert [r["title"] for r in doc.metadata["related"]] == ["Old signal box becomes a museum"]


@pytest.mark.parametrize("line", [
    "window.dataLayer = [{'event': 'pageview'}];",
    "x = [1, 2, 3]",
    "{'note': 'a dictionary printed in a tutorial, with no story in it'}",
    "<item>An item of a list, in prose</item> the council said on Monday.",
])
def test_code_without_stories_stays(line):
    assert texts(run_cleaner(PhpDump, "\n\n".join([ARTICLE[0], line, ARTICLE[1]]))) == [ARTICLE[0], line, ARTICLE[1]]
