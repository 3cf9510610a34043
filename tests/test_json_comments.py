"""JSON comments (cleaners/builtin/_json_comments.py, read by php_dump): a dumped list of objects with an
author and a text goes to ``comments``; a story list still goes to ``metadata.related``."""
import json

from cleaners.builtin._json_comments import comment_items
from cleaners.builtin.php_dump import PhpDump
from tests.conftest import run_cleaner

ARTICLE = ("The tram line to the airport will run every ten minutes from May, the transport authority "
           "announced on Monday.\n\n")
THREAD = [{"id": 7, "user": {"name": "Kerttu"}, "created_at": "2024-05-02T08:15:00Z",
           "message": "Finally a direct connection, I will stop driving.", "parent_id": None},
          {"id": 8, "user": {"name": "olli_v"}, "created_at": "2024-05-02T09:40:00Z",
           "message": "Ten minutes is still too long at rush hour.", "parent_id": 7}]


def test_a_dumped_thread_goes_to_comments_with_its_replies():
    text = ARTICLE + f'string(999) "{json.dumps(THREAD)}"\n'
    doc = run_cleaner(PhpDump, text)
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("Kerttu", 0, None), ("olli_v", 1, 0)]
    assert doc.comments[0].date.startswith("2024-05-02")
    assert not doc.metadata.get("related")
    assert "rush hour" not in "\n".join(b.text for b in doc.blocks)


def test_a_story_list_is_no_thread():
    stories = [{"title": "Tram line opens in May", "url": "/a", "author": "Desk"},
               {"title": "Airport adds two gates", "url": "/b", "author": "Desk"}]
    assert comment_items(stories) == []
    doc = run_cleaner(PhpDump, ARTICLE + json.dumps(stories) + "\n")
    assert not doc.comments and [r["title"] for r in doc.metadata["related"]] == [s["title"] for s in stories]


def test_objects_without_a_sentence_of_text_are_no_thread():
    assert comment_items([{"user": "a", "text": "ok"}, {"user": "b", "text": "+1"}]) == []
