"""A CMS's JSON export of content blocks read as a text input (`cleaners.json_input`): its blocks are the body, in
order; furniture blocks go to ``removed``; ``metadata.input_format`` says it was an export. A list of linked stories
and a thread of comments printed as JSON lines are no export and stay the cleaners' (related stories, comments)."""
import json

from cleaners.pipeline import Pipeline

P1 = ("The council voted on Tuesday to close two of the town's three libraries, citing a budget gap of four million "
      "that the state grant no longer covers.")
P2 = "Residents who packed the hall said the decision was rushed and asked for a second vote next spring."
P3 = "The mayor said the branch in the old market square would stay open at least until the end of next year."


def clean(text):
    pipe = Pipeline()
    return pipe.process(pipe.document("export.txt", text.encode(), "text")).record()


def ndjson(rows):
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"


def test_json_lines_of_blocks_are_the_body():
    rec = clean(ndjson([{"i": 0, "type": "h1", "text": "Two libraries to close"},
                        {"i": 1, "type": "p", "text": P1}, {"i": 2, "type": "p", "text": P2},
                        {"i": 3, "type": "li", "text": "Longer hours at the main library"},
                        {"i": 4, "type": "p", "text": P3}]))
    assert rec["body"].split("\n\n") == [P1, P2, "Longer hours at the main library", P3]
    assert rec["metadata"]["input_format"] == "json-lines"
    assert rec["metadata"]["title"] == "Two libraries to close"


def test_other_block_shapes_of_json_lines():
    rec = clean(ndjson([{"type": "heading", "content": "Two libraries to close"}, {"block": "paragraph", "value": P1},
                        {"type": "paragraph", "content": "<p>" + P2 + "</p>"}, {"block": "paragraph", "value": P3}]))
    assert rec["body"].split("\n\n") == [P1, P2, P3]


def test_editorjs_contentful_and_portable_text_documents():
    editorjs = {"time": 1, "blocks": [{"type": "header", "data": {"text": "Two libraries to close", "level": 2}},
                                      {"type": "paragraph", "data": {"text": P1}},
                                      {"type": "list", "data": {"style": "unordered", "items": ["Longer hours", "A mobile <b>library</b>"]}},
                                      {"type": "paragraph", "data": {"text": P2}}]}
    rec = clean(json.dumps(editorjs))
    assert rec["body"].split("\n\n") == [P1, "Longer hours", "A mobile library", P2]
    assert rec["metadata"]["input_format"] == "json"
    contentful = {"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": P1, "marks": []}]},
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": P2, "marks": []}]}]}
    assert clean(json.dumps(contentful, indent=2))["body"].split("\n\n") == [P1, P2]
    portable = [{"_type": "block", "style": "normal", "children": [{"_type": "span", "text": P1[:50]},
                                                                   {"_type": "span", "text": P1[50:]}]},
                {"_type": "block", "style": "normal", "children": [{"_type": "span", "text": P2}]}]
    assert clean(json.dumps(portable))["body"].split("\n\n") == [P1, P2]


def test_furniture_blocks_are_removed_with_their_rule():
    rec = clean(ndjson([{"type": "paragraph", "text": P1}, {"type": "ad", "text": "Sofas half price this week"},
                        {"type": "embed", "text": "Watch the council meeting"}, {"type": "paragraph", "text": P2}]))
    assert rec["body"].split("\n\n") == [P1, P2]
    assert {(r["cleaner"], r["rule"], r["text"]) for r in rec["removed"]} >= {
        ("text_input", "json-export:ad", "Sofas half price this week"),
        ("text_input", "json-export:embed", "Watch the council meeting")}


def test_raw_blocks_go_through_the_cleaners_line_by_line():
    rec = clean(ndjson([{"type": "p", "text": P1}, {"type": "raw", "text": "Related stories\nLibrary fines abolished\n"
                                                                         "New reading room opens\nBook sale on Saturday"},
                        {"type": "p", "text": P2}]))
    assert P1 in rec["body"] and P2 in rec["body"] and "Library fines abolished" not in rec["body"]


def test_a_list_of_linked_stories_is_still_removed():
    rows = [{"id": i, "title": f"Story {i}: the town budget vote and what comes next", "url": f"https://news.example/{i}"}
            for i in range(4)]
    rec = clean(P1 + "\n\n" + ndjson(rows))
    assert rec["body"] == P1 and len(rec["metadata"]["related"]) == 4 and "input_format" not in rec["metadata"]
    rec = clean(ndjson(rows))
    assert rec["body"] == "" and "input_format" not in rec["metadata"]


def test_comments_as_json_lines_are_no_export():
    rows = [{"author": "Ann", "date": "2026-12-01T10:00:00Z", "body": "Closing libraries is a terrible idea for the town.",
             "parent": None}, {"author": "Bo", "date": "2026-12-01T11:00:00Z", "body": "Agreed, we use ours every week.",
                               "parent": 0}]
    rec = clean(P1 + "\n\n" + P2 + "\n\nComments\n" + ndjson(rows))
    assert "input_format" not in rec["metadata"] and P1 in rec["body"]


def test_the_record_of_an_export_validates(validator):
    rec = clean(ndjson([{"type": "p", "text": P1}, {"type": "ad", "text": "Sofas half price"}, {"type": "p", "text": P2}]))
    validator.validate(rec)
