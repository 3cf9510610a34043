"""A PHP dump glued to the end of a paragraph (cleaners/builtin/_php_tail.py, rule dump-tail)."""
from cleaners.builtin.php_dump import PhpDump

from ..conftest import run_cleaner
from . import texts

P = "The new bus lines will open in the summer, the transport company said on Monday."
VAR_DUMP = ('array(2) { [0]=> array(2) { ["id"]=> int(4411) ["title"]=> string(20) "Ferry fares to go up" } '
            '[1]=> array(2) { ["id"]=> int(4412) ["title"]=> string(19) "New rail link opens" } }')
PRINT_R = "Array\n(\n    [0] => Array\n        (\n            [id] => 4411\n            [title] => Ferry fares to go up\n        )\n\n)"


def test_a_dump_glued_to_a_paragraph_is_cut_and_its_stories_kept():
    doc = run_cleaner(PhpDump, f"{P} {VAR_DUMP}\n\nNext paragraph of the story stays here.")
    assert texts(doc) == [P, "Next paragraph of the story stays here."]
    assert [r.rule for r in doc.removed] == ["dump-tail"] and doc.removed[0].inline
    assert [r["title"] for r in doc.metadata["related"]] == ["Ferry fares to go up", "New rail link opens"]
    doc = run_cleaner(PhpDump, f"{P} {PRINT_R.replace(chr(10) + chr(10), chr(10))}")
    assert texts(doc) == [P] and {r.rule for r in doc.removed} == {"dump-tail"}


def test_prose_naming_an_array_or_a_dump_left_open_stays():
    for text in (f"{P} Array", f"{P} Array\n\n(Photo: the new radio array)",
                 f"{P} array(3) {{ is what the call prints\n\nThe story goes on (and on) here."):
        doc = run_cleaner(PhpDump, text)
        assert doc.removed == () and texts(doc)[0] == text.split("\n\n")[0], text


JSON_LINES = '[\n  {\n    "id": 4411,\n    "title": "Ferry fares to go up"\n  }\n]'


def test_a_string_dump_over_lines_of_pretty_printed_json_goes():
    doc = run_cleaner(PhpDump, f'{P}\n\nstring(60) "{JSON_LINES}"\n\n{P}')
    assert texts(doc) == [P, P] and {r.rule for r in doc.removed} == {"var-dump"}
    assert [r["title"] for r in doc.metadata["related"]] == ["Ferry fares to go up"]


def test_a_string_dump_over_lines_left_open_or_parted_by_a_blank_line_stays():
    for dump in (f'string(60) "{JSON_LINES}', f'string(60) "{JSON_LINES.replace("  }", chr(10) + "  }")}"'):
        doc = run_cleaner(PhpDump, f"{P}\n\n{dump}\n\n{P}")
        assert texts(doc)[0] == P and 'string(60) "[' in texts(doc), dump       # (its inner object is json-blob's)
