"""Dumps that a markdown export decorated: a quote's marker before the dump ("> Array"), and links or bold marks
inside pretty-printed JSON (rule `demarked-json`, `_php_stories.loads_json`; `php_dump._json_end`)."""
import json

from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import texts

ARTICLE = ["The city will open three new metro stations before the end of the year, the mayor's office said.",
           "Residents of nearby streets complain about the noise of the night works and closed pavements."]
STORIES = [{"id": 90845, "title": "Bus fares to rise in January", "url": "https://news.example/90845"},
           {"id": 96043, "title": "Ring road junction closed for repairs", "url": "https://news.example/96043"}]
PRINT_R = """> Array
(
    [0] => Array
        (
            [id] => 90845
            [title] => Bus fares to rise in January
        )
)"""


def test_a_print_r_dump_under_a_quote_marker_goes():
    doc = run_cleaner(PhpDump, "\n\n".join([ARTICLE[0], PRINT_R, ARTICLE[1]]))
    assert texts(doc) == ARTICLE
    assert [r["title"] for r in doc.metadata["related"]] == ["Bus fares to rise in January"]


def test_pretty_json_with_a_link_and_bold_marks_inside_goes():
    dump = json.dumps(STORIES, indent=4, ensure_ascii=False)
    dump = dump.replace("rise in January", "rise [in January").replace('January",\n', 'January",\n](https://news.example/t/7)', 1)
    dump = dump.replace("\n    },", "\n    **},", 1)
    assert json.loads(dump.replace("**", "").replace("[in", "in").replace("](https://news.example/t/7)", "")) == STORIES
    doc = run_cleaner(PhpDump, "\n\n".join([ARTICLE[0], dump, ARTICLE[1]]))
    assert texts(doc) == ARTICLE
    assert [r["title"] for r in doc.metadata["related"]] == [s["title"] for s in STORIES]


def test_quoted_prose_and_links_in_prose_stay():
    text = ["> (the mayor said the works would end in May, not in March)",
            "> [Array of options](https://news.example/options) for the new line were shown to residents on Monday.",
            "See the **plan** [here](https://news.example/plan) and the map of the stations."]
    doc = run_cleaner(PhpDump, "\n\n".join(ARTICLE + text))
    assert texts(doc) == ARTICLE + text
