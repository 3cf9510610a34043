"""benchmarks/scrambled_names.py: a page's class and id names become meaningless words, its templates and text stay."""
import gzip
import json

from benchmarks.scrambled_names import scrambled, write_copy

PAGE = (b"<div id='comments' class='comment-list'><div class='comment even depth-1' id='comment-12'>"
        b"<p class=\"text\">Ann says: it is in the text</p></div>"
        b"<div class='comment odd depth-1' id='comment-13'><p class='text'>Bob</p></div></div>")


def test_names_become_letters_and_a_repeated_class_the_same_word():
    out = scrambled(PAGE).decode()
    assert "comment-list" not in out and "depth" not in out and "even" not in out and "comment-12" not in out
    units = [part.split("'")[0] for part in out.split("<div class='")[1:]]
    assert len(units) == 2 and units[0] == units[1] and units[0].isalpha()      # (per-unit classes dropped)
    assert ">Bob<" in out and "Ann says:" in out


def test_text_tags_and_other_attributes_stay():
    page = b"<a href='/comment/12' title='comment'>Comment</a><img alt='comments' class='avatar'>"
    out = scrambled(page)
    assert out.startswith(b"<a href='/comment/12' title='comment'>Comment</a><img alt='comments' class='")
    assert b"avatar" not in out


def test_the_copy_holds_every_page_and_the_ground_truth(tmp_path):
    data, target = tmp_path / "data", tmp_path / "copy"
    (data / "html").mkdir(parents=True)
    (data / "ground-truth.json").write_text(json.dumps({"1": {"articleBody": "x"}}))
    with gzip.open(data / "html" / "1.html.gz", "wb") as f:
        f.write(PAGE)
    assert write_copy(data, target) == 1
    assert json.loads((target / "ground-truth.json").read_text()) == {"1": {"articleBody": "x"}}
    with gzip.open(target / "html" / "1.html.gz", "rb") as f:
        assert f.read() == scrambled(PAGE)
