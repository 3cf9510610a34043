from cleaners.builtin.php_dump import PhpDump, related_items

from ..conftest import run_cleaner
from . import cuts, texts

STORIES = '[{"id":"41","title":"Bridge reopens after repairs","pic":"/img/b.jpg","url":"/news/41"},' \
          '{"id":"42","title":"Mayor opens new library","pic":"/img/l.jpg"}]'


def test_string_dump_cut_by_declared_length_keeps_text_after_closing_quote():
    doc = run_cleaner(PhpDump, 'string(11) "hello world" The harbour was closed on Monday.')
    assert texts(doc) == ["The harbour was closed on Monday."]
    assert cuts(doc, "php_dump") == [("var-dump", 'string(11) "hello world"')]


def test_declared_length_counts_bytes_not_characters():
    doc = run_cleaner(PhpDump, 'string(6) "héllo" and the rest of the line stays.')
    assert texts(doc) == ["and the rest of the line stays."]
    assert cuts(doc, "php_dump") == [("var-dump", 'string(6) "héllo"')]


def test_wrong_length_json_payload_cut_by_json_end_and_stories_go_to_related():
    text = f'string(3) "{STORIES}" Rescue teams reached the village at dawn.'
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == ["Rescue teams reached the village at dawn."]
    assert cuts(doc, "php_dump") == [("var-dump", f'string(3) "{STORIES}"')]
    assert doc.metadata["related"] == [
        {"title": "Bridge reopens after repairs", "url": "/news/41", "id": "41", "image": "/img/b.jpg"},
        {"title": "Mayor opens new library", "url": None, "id": "42", "image": "/img/l.jpg"},
    ]


def test_json_dump_inside_a_sentence_is_cut_but_the_sentence_stays():
    doc = run_cleaner(PhpDump, f'Officials said string({len(STORIES.encode())}) "{STORIES}" nothing more.')
    assert texts(doc) == ["Officials said nothing more."]
    assert len(doc.metadata["related"]) == 2


def test_var_dump_array_structure():
    doc = run_cleaner(PhpDump, 'array(2) {\n  [0]=>\n  int(1)\n  ["k"]=>\n  string(1) "}"\n}\n\nThe vote was held.')
    assert texts(doc) == ["The vote was held."]
    assert {rule for rule, _ in cuts(doc, "php_dump")} == {"var-dump"}
    assert len(cuts(doc, "php_dump")) == 6


def test_print_r_multiline_and_inline():
    doc = run_cleaner(PhpDump, "Array\n(\n    [0] => one\n    [1] => two\n)\n\nThe vote was held.")
    assert texts(doc) == ["The vote was held."]
    assert [r for r, _ in cuts(doc, "php_dump")] == ["print-r"] * 5
    doc = run_cleaner(PhpDump, "Array ( [0] => one [1] => two )\n\nThe vote was held.")
    assert cuts(doc, "php_dump") == [("print-r", "Array ( [0] => one [1] => two )")]


def test_serialize():
    doc = run_cleaner(PhpDump, 'a:2:{i:0;s:3:"one";i:1;s:3:"two";}\n\nThe vote was held.')
    assert texts(doc) == ["The vote was held."]
    assert cuts(doc, "php_dump") == [("php-serialize", 'a:2:{i:0;s:3:"one";i:1;s:3:"two";}')]


def test_bare_json_blob_with_stories_goes_to_related():
    blob = '{"items": [{"id": 9, "headline": "Storm hits coast", "link": "/s/9", "thumbnail": "/t.jpg"}]}'
    doc = run_cleaner(PhpDump, blob + "\n\nThe vote was held.")
    assert cuts(doc, "php_dump") == [("json-blob", blob)]
    assert doc.metadata["related"] == [{"title": "Storm hits coast", "url": "/s/9", "id": "9", "image": "/t.jpg"}]


def test_article_about_php_keeps_fenced_and_inline_examples():
    text = ('In PHP, var_dump("hello") prints string(5) "hello" and nothing else.\n\n'
            '```\nvar_dump("hello");\nstring(5) "hello"\n```\n\n'
            "The function also prints array(1) { [0]=> int(1) } for arrays.")
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == [
        'In PHP, var_dump("hello") prints string(5) "hello" and nothing else.',
        '```\nvar_dump("hello");\nstring(5) "hello"\n```',
        "The function also prints array(1) { [0]=> int(1) } for arrays.",
    ]
    assert doc.removed == ()


def test_a_fenced_block_that_is_one_dump_of_stories_is_cut_and_its_stories_go_to_related():
    fenced = f'```\nstring({len(STORIES.encode())}) "{STORIES}"\n```'
    array = ('~~~php\narray(2) {\n  [0]=>\n  array(2) {\n    ["id"]=>\n    string(2) "43"\n    ["title"]=>\n'
             '    string(20) "Ferry strike is over"\n  }\n}\n~~~')
    doc = run_cleaner(PhpDump, f"The harbour reopened on Monday.\n\n{fenced}\n\n{array}\n\nThe vote was held.")
    assert texts(doc) == ["The harbour reopened on Monday.", "The vote was held."]
    assert [rule for rule, _ in cuts(doc, "php_dump")] == ["fenced-dump", "fenced-dump"]
    assert [r["title"] for r in doc.metadata["related"]] == [
        "Bridge reopens after repairs", "Mayor opens new library", "Ferry strike is over"]


def test_a_fenced_block_with_code_beside_its_dump_or_a_dump_of_no_stories_stays():
    code = f'```php\n$stories = fetch();\nvar_dump($stories);\nstring({len(STORIES.encode())}) "{STORIES}"\n```'
    scalars = '```\narray(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  string(3) "two"\n}\n```'
    config = '```\n{"debug": true, "title": "Settings of the cache"}\n```'
    doc = run_cleaner(PhpDump, f"{code}\n\n{scalars}\n\n{config}\n\nThe vote was held.")
    assert texts(doc) == [code, scalars, config, "The vote was held."]
    assert doc.removed == ()


def test_prose_that_looks_like_structures_is_kept():
    text = ("Array\n\n(Reuters) - The bank said the figures {were final} on Friday.\n\n"
            'The ministry said {"x": 1} was a typo.\n\n'
            'string(4) "ab"cd" is not a valid dump.\n\n'
            "a:1:{ratio} was the score of the final.")
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == ["Array", "(Reuters) - The bank said the figures {were final} on Friday.",
                          'The ministry said {"x": 1} was a typo.', 'string(4) "ab"cd" is not a valid dump.',
                          "a:1:{ratio} was the score of the final."]
    assert doc.removed == ()


def test_related_items_shapes():
    assert related_items([{"name": "A  story", "href": "/a", "photo": "/p"}, {"id": 1}, "x"]) == [
        {"title": "A story", "url": "/a", "id": None, "image": "/p"}]
    assert related_items({"title": "Single"}) == [{"title": "Single", "url": None, "id": None, "image": None}]
    assert related_items(42) == []


def _titles(doc):
    return [r["title"] for r in doc.metadata.get("related") or []]


def test_var_dump_records_go_to_related():
    first, second = "Bahnstreik „beendet“", "Museum öffnet nach Umbau"
    text = (f'array(2) {{\n  [0]=>\n  array(2) {{\n    ["titel"]=>\n    string({len(first.encode())}) "{first}"\n'
            f'    ["url"]=>\n    string(4) "/a/1"\n  }}\n  [1]=>\n  array(2) {{\n    ["titel"]=>\n'
            f'    string({len(second.encode())}) "{second}"\n    ["url"]=>\n    string(4) "/a/2"\n  }}\n}}\n\n'
            "The vote was held.")
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == ["The vote was held."]
    assert _titles(doc) == [first, second]
    assert doc.metadata["related"][0]["url"] == "/a/1"


def test_print_r_and_serialize_records_go_to_related():
    print_r = ("Array\n(\n    [0] => Array\n        (\n            [titre] => Le musée rouvre ses portes\n"
               "            [url] => /a/1\n        )\n\n    [1] => Array\n        (\n"
               "            [titre] => La grève du rail prend fin\n            [url] => /a/2\n        )\n\n)")
    doc = run_cleaner(PhpDump, print_r + "\n\nThe vote was held.")
    assert _titles(doc) == ["Le musée rouvre ses portes", "La grève du rail prend fin"]
    title = 'Rada miasta przyjęła "budżet";'
    serialized = f'a:1:{{i:0;a:1:{{s:6:"tytuł";s:{len(title.encode())}:"{title}";}}}}'
    doc = run_cleaner(PhpDump, serialized + "\n\nThe vote was held.")
    assert texts(doc) == ["The vote was held."] and _titles(doc) == [title]


def test_dumps_of_scalars_list_no_stories():
    doc = run_cleaner(PhpDump, 'array(2) {\n  ["count"]=>\n  int(3)\n  ["status"]=>\n  string(2) "ok"\n}\n\n'
                               'a:1:{s:4:"code";s:3:"abc";}\n\nThe vote was held.')
    assert texts(doc) == ["The vote was held."] and _titles(doc) == []


def test_pretty_printed_and_wrapped_json_go_whole_and_give_their_stories():
    import json
    payload = {"data": {"total": 2, "results": [{"id": 1, "titel": "Museum öffnet nach Umbau", "url": "/a/1"},
                                                {"id": 2, "titel": "Bahnstreik beendet heute", "url": "/a/2"}]}}
    doc = run_cleaner(PhpDump, json.dumps(payload, indent=2) + "\n\nThe vote was held.")
    assert texts(doc) == ["The vote was held."]
    assert _titles(doc) == ["Museum öffnet nach Umbau", "Bahnstreik beendet heute"]
    assert {rule for rule, _ in cuts(doc, "php_dump")} == {"json-blob"}


def test_bracketed_lines_that_are_not_json_stay():
    text = "{\nThe council met on Tuesday.\n}\n\n[\nSee the list below.\n]\n\nThe vote was held."
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == ["{", "The council met on Tuesday.", "}", "[", "See the list below.", "]",
                          "The vote was held."]


def test_json_value_after_a_dump_is_still_found_when_candidates_are_skipped():
    text = ("Array\n(\n    [0] => 1\n)\n\nThe minister spoke.\n\n{\n\"title\": \"Budget vote today\",\n\"id\": 3\n}"
            "\n\nShe left.")
    doc = run_cleaner(PhpDump, text)
    assert [b.text for b in doc.blocks] == ["The minister spoke.", "She left."]
    assert [r.rule for r in doc.removed] == ["print-r"] * 4 + ["json-blob"] * 4


def test_unclosed_run_of_bracket_lines_is_left_whole_by_php_dump():
    lines = "\n".join(["["] * 300)
    doc = run_cleaner(PhpDump, f"The minister spoke.\n\n{lines}\n\nShe left.")
    assert doc.removed == () and len(doc.blocks) == 302 and doc.blocks[-1].text == "She left."


VAR_EXPORT = ("array (\n  0 => \n  array (\n    'id' => 7,\n    'title' => 'Harbour (east) reopens',\n  ),\n"
              "  1 => \n  (object) array(\n     'title' => 'Mayor\\'s plan approved',\n  ),\n)")


def test_var_export_is_a_dump_and_its_stories_go_to_related():
    doc = run_cleaner(PhpDump, VAR_EXPORT + "\n\nThe vote was held on Monday.")
    assert texts(doc) == ["The vote was held on Monday."]
    assert {rule for rule, _ in cuts(doc, "php_dump")} == {"var-export"}
    assert [r["title"] for r in doc.metadata["related"]] == ["Harbour (east) reopens", "Mayor's plan approved"]


def test_a_line_opening_with_array_but_no_export_item_stays():
    text = "array (\nThe word array opened the line above in the printed programme.\n\nThe vote was held."
    doc = run_cleaner(PhpDump, text)
    assert texts(doc) == ["array (", "The word array opened the line above in the printed programme.",
                          "The vote was held."]


def test_a_string_dump_cut_short_runs_to_the_end_of_its_block_and_keeps_the_whole_stories():
    whole = '[{"id": 1, "title": "Ferry service resumes"}, {"id": 2, "title": "Schools stay open in July"}]'
    cut = whole[:-12]
    doc = run_cleaner(PhpDump, f'string({len(whole)}) "{cut}\n\nThe vote was held.')
    assert texts(doc) == ["The vote was held."]
    assert [r["title"] for r in doc.metadata["related"]] == ["Ferry service resumes"]


def test_a_string_mention_cut_short_inside_prose_stays():
    text = 'The log showed string(900) "[{"id": 1, "title": and then the page stopped loading.'
    assert texts(run_cleaner(PhpDump, text)) == [text]


def test_an_object_holding_a_json_string_gives_its_stories():
    payload = '[{"id": "7", "title": "Bridge reopens after repairs"}, {"id": "8", "title": "Ferry fares rise in May"}]'
    for dump in (f'object(stdClass)#15 (1) {{ ["items"]=> string({len(payload)}) "{payload}" }}',
                 f'object(stdClass)#15 (1) {{\n  ["items"]=>\n  string({len(payload)}) "{payload}"\n}}'):
        doc = run_cleaner(PhpDump, f"The harbour reopened on Monday.\n\n{dump}")
        assert texts(doc) == ["The harbour reopened on Monday."]
        assert [r["title"] for r in doc.metadata["related"]] == ["Bridge reopens after repairs", "Ferry fares rise in May"]


def test_a_record_with_a_title_keeps_it_and_json_nested_twice_is_not_read():
    assert [r["title"] for r in related_items([{"title": "Storm closes port", "data": '[{"title": "x y z"}]'}])] == \
        ["Storm closes port"]
    twice = '[{"items": "[{\\"title\\": \\"Inner story here\\"}]"}]'
    assert "Inner story here" not in [r["title"] for r in related_items([{"items": twice}])]


def test_a_dump_closed_on_its_first_line_takes_no_paragraph_after_it():
    payload = '[{"id": "7", "title": "Bridge reopens after repairs"}]'
    after = "Ferry fares will rise in May, the operator said on Tuesday."
    for dump in (f'object(stdClass)#15 (1) {{ ["items"]=> string({len(payload)}) "{payload}" }}',
                 'array(1) { [0]=> int(5) }'):
        doc = run_cleaner(PhpDump, f"The harbour reopened on Monday.\n\n{dump}\n\n{after}")
        assert texts(doc) == ["The harbour reopened on Monday.", after]
    doc = run_cleaner(PhpDump, f'array(1) {{\n\n  [0]=>\n\n  int(5)\n\n}}\n\n{after}')   # over several lines: to its brace
    assert texts(doc) == [after]
