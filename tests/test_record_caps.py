"""Record-level caps: a huge dump in a page costs list items, counted, never the article."""
from __future__ import annotations

import json

from cleaners.document import LIST_CAP


def _text_with_related(n: int) -> bytes:
    items = [{"title": f"Story number {i} about the river crossing", "url": f"https://news.example/s/{i}"}
             for i in range(n)]
    return ("The harbour authority opened a new ferry terminal on Monday, replacing a building that had served "
            "passengers for more than sixty years.\n\n" + json.dumps({"related": items}) +
            "\n\nOfficials said the terminal can handle twice as many travellers.\n").encode()


def test_long_metadata_lists_keep_their_first_items_and_count_the_rest(pipeline, validator):
    record = pipeline.record(pipeline.document("dump.txt", _text_with_related(5000), "text"))
    related = record["metadata"]["related"]
    assert len(related) == LIST_CAP and related[0]["title"] == "Story number 0 about the river crossing"
    assert record["metadata"]["omitted"] == {"related": 5000 - LIST_CAP}
    assert "ferry terminal on Monday" in record["body"] and "twice as many travellers" in record["body"]
    assert not list(validator.iter_errors(record))


def test_short_lists_are_untouched_and_no_omitted_key(pipeline):
    record = pipeline.record(pipeline.document("dump.txt", _text_with_related(LIST_CAP), "text"))
    assert len(record["metadata"]["related"]) == LIST_CAP and "omitted" not in record["metadata"]
