import gzip

from benchmarks.baselines import readability_text, run_readability
from cleaners.extract_agreement import blocks_text


def test_outermost_blocks_one_per_line_nested_counted_once():
    fragment = ("<div><h2>Heading</h2><p>First <b>bold</b> paragraph.</p>"
                "<ul><li><p>Item one</p></li><li>Item two</li></ul>"
                "<table><tr><td>Cell</td><td><p>Cell paragraph</p></td></tr></table></div>")
    assert blocks_text(fragment).split("\n") == [
        "Heading", "First bold paragraph.", "Item one", "Item two", "Cell", "Cell paragraph"]


def test_adjacent_blocks_are_not_glued_and_blockless_text_is_kept():
    assert blocks_text("<h3>WebIDE</h3><p>Develop here</p>") == "WebIDE\nDevelop here"
    assert blocks_text("<div>Only <span>inline</span> text</div>") == "Only inline text"
    assert blocks_text("") == ""


ARTICLE = " ".join(["The council voted on Tuesday to rebuild the old harbour wall before the winter storms."] * 6)
PAGE = (f"<html><body><div id='page'><nav class='menu'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='content'><article><h1>Harbour</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></div>"
        f"<div class='sidebar'><a href='/a'>Most read</a></div>"
        f"<footer>Copyright 2026 Example</footer></div></body></html>")


def test_readability_takes_the_article_and_leaves_the_navigation(tmp_path):
    text = readability_text(PAGE.encode())
    assert ARTICLE in text
    assert "Copyright" not in text and "Home" not in text
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    out, seconds = run_readability([path], lambda p: ("page", gzip.open(p, "rb").read()))
    assert out == {"page": text} and seconds >= 0


def test_readability_failure_is_empty_text():
    assert readability_text(b"") == ""


def test_loose_text_beside_blocks_is_scored_too():
    """readability often returns paragraphs written as text in a div beside real ones: they are
    its article's text and count for it."""
    assert blocks_text("<div><p>First paragraph.</p>Loose second paragraph.<br><br>Third one.</div>").split("\n") == [
        "First paragraph.", "Loose second paragraph.", "Third one."]
