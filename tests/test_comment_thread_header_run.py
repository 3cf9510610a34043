"""header_run (cleaners/builtin/comment_thread/header_run.py): a thread pasted as name lines over the
comments' lines, right under its header, with no verb, date or control the language files know."""
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.header_run import header_heads
from tests.conftest import run_cleaner

ARTICLE = ("The old lighthouse on the northern cape will be turned into a small museum, the parish "
           "council decided on Thursday after a long public consultation.\n\n"
           "Volunteers have already catalogued more than two hundred objects, from brass lamps to the "
           "keepers' logbooks, and the first rooms should open next summer.\n\n")


def test_name_lines_under_a_count_header_become_comments():
    thread = ("3 comments:\n\n  Morwenna\n  Wonderful news, my uncle kept that light for years.\n\n"
              "    T. Pascoe\n    Will it be open in winter too?\n\n"
              "  seabird_88\n  Hope they keep the old fog horn.\n")
    doc = run_cleaner(CommentThread, ARTICLE + thread, language="en")
    assert [c.author for c in doc.comments] == ["Morwenna", "T. Pascoe", "seabird_88"]
    assert [c.depth for c in doc.comments] == [0, 1, 0]
    assert "fog horn" not in "\n".join(b.text for b in doc.blocks)


def test_a_header_without_a_file_needs_a_count_and_the_units_shape():
    thread = ("4 sylw:\n\nGwenllian\nNewyddion da iawn i'r pentref.\n\n"
              "1. Dafydd ap Rhys · 2 awr yn ôl\nBydd hi ar agor yn y gaeaf?\n")
    doc = run_cleaner(CommentThread, ARTICLE + thread, language="cy")
    assert [c.author for c in doc.comments] == ["Gwenllian", "Dafydd ap Rhys"]


def test_subheadings_over_article_paragraphs_stay():
    text = ARTICLE + ("Opening hours\nThe museum will open on weekends from April to October, and by "
                      "appointment for schools.\n\nTickets\nEntry will be free for children under twelve, "
                      "the council said.\n")
    doc = run_cleaner(CommentThread, text, language="en")
    assert not doc.comments and len(doc.blocks) == len(run_cleaner(CommentThread, text).blocks)


def test_a_sentence_under_the_header_is_no_name_line():
    blocks = run_cleaner(CommentThread, "2 comments\n\nThe council voted. Then it rained.\nIt was cold.\n\n"
                         "Nobody came to the meeting.\nIt was late.\n").blocks
    assert header_heads(blocks, lambda t: t == "2 comments", {}) == {}
