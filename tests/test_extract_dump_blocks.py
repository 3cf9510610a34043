"""A short post's chrome taken out of a kept page dump, read in the page's own blocks
(cleaners/extract_dump.drop_dump_chrome, rule ``dump-chrome``): its stamp, counters and prompts no
longer run into its one sentence; the rest of the dump is read in the page's blocks, one block each."""
import trafilatura

from cleaners.extract_dump import drop_dump_chrome
from cleaners.document import Document
from cleaners.pipeline import Pipeline

POST = "Simply lovely! An unreleased song from a band we have followed for years."
PAGE = ("<html lang='en'><body><div class='post'><h3>Running late</h3>"
        "<div class='meta'><a href='/c/5'>music</a> &#8212; annelee @ 12:52</div>"
        f"<div class='story'><p>{POST.replace('band', '<a href=/s>band</a>')}</p></div>"
        "<div class='feedback'><a href='#respond'>Comments (0)</a></div></div>"
        "<h2 id='comments'>0 Comments <a href='#c'>&raquo;</a></h2><p>No comments yet.</p></body></html>")
DOC = Document(source="page.html", kind="html", raw=PAGE.encode()).with_metadata(language="en")


def _clean(html: str) -> dict:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).record()


def test_the_chrome_of_a_tiny_posts_dump_goes():
    bare = trafilatura.bare_extraction(PAGE)
    assert len(bare.body) == 1 and bare.body[0].text.count("\n") >= 5     # the trap: one paragraph of text nodes
    result, cut = drop_dump_chrome(bare, PAGE, DOC)
    assert [(e.tag, e.text) for e in result.body] == [("head", "Running late"), ("p", POST)]
    assert [(r.rule, r.text) for r in cut] == [("dump-chrome", t) for t in
                                               ("music — annelee @ 12:52", "Comments (0)", "0 Comments »",
                                                "No comments yet.")]


def test_a_tiny_posts_body_is_its_title_and_post():
    record = _clean(PAGE)
    assert "annelee" not in record["body"] and "Comments" not in record["body"]
    assert POST in record["body"]


def test_a_dump_of_a_short_real_post_keeps_every_line_in_blocks():
    page = ("<html lang='en'><body><div class='post'><h3>Running late</h3>"
            "<div class='meta'>Doors open at 19:30 &#8212; bring a friend</div>"
            f"<div class='story'><p>{POST.replace('band', '<a href=/s>band</a>')}</p></div>"
            "<div class='feedback'>Lunch @ 12:52</div></div><p>Edit</p></body></html>")
    bare = trafilatura.bare_extraction(page)
    text = bare.body[0].text
    assert len(bare.body) == 1 and text.count("\n") >= 4        # a dump
    result, cut = drop_dump_chrome(bare, page, DOC)
    assert cut == ()
    assert [(e.tag, e.text) for e in result.body] == [
        ("head", "Running late"), ("p", "Doors open at 19:30 — bring a friend"), ("p", POST), ("p", "Lunch @ 12:52"),
        ("p", "Edit")]


def test_a_dump_never_glues_the_page_blocks_into_one_line():
    """A blog's logo, its tagline, the post's headline and its one sentence, in the page dump
    (trafilatura's last resort on a post this short): each stays a line of its own, and the
    words of one line that inline elements split ("by <span>Ann Lee</span>") stay on it."""
    page = ("<html lang='en'><head><title>Why the lights are still out - Gridwatch</title></head><body>"
            "<div id='header'><h1><a href='/'>Gridwatch</a></h1><div class='tagline'>Notes on the power grid,"
            " written from a house without power.</div></div><div class='post'><h2><a href='/p/1'>Why the lights"
            " are still out</a></h2><div class='info'><span>May 3, 2024</span> by <span>Ann Lee</span></div>"
            "<div class='entry'><p>Nine days without power now, and the utility still gives no date.</p></div>"
            "</div></body></html>")
    bare = trafilatura.bare_extraction(page)
    assert len(bare.body) == 1 and bare.body[0].text.count("\n") >= 4       # the dump
    result, _ = drop_dump_chrome(bare, page, DOC)
    lines = [e.text for e in result.body]
    assert lines[0] == "Gridwatch" and "Notes on the power grid, written from a house without power." in lines
    assert "Why the lights are still out" in lines and "May 3, 2024 by Ann Lee" in lines
    assert lines[-1] == "Nine days without power now, and the utility still gives no date."


def test_a_result_that_is_no_dump_stays():
    page = "<html><body><article>" + "".join(f"<p>{POST} Part {k} of the story.</p>" for k in range(4)) + \
        "</article></body></html>"
    bare = trafilatura.bare_extraction(page)
    assert len(bare.body) > 1
    texts = [e.text for e in bare.body]
    result, cut = drop_dump_chrome(bare, page, DOC)
    assert cut == () and [e.text for e in result.body] == texts


def test_a_dump_whose_text_the_page_does_not_give_again_stays():
    bare = trafilatura.bare_extraction(PAGE)
    text = bare.body[0].text
    result, cut = drop_dump_chrome(bare, PAGE.replace("annelee", "someone else"), DOC)
    assert cut == () and result.body[0].text == text
