"""A markdown link broken over two lines by a dump's wrap (cleaners/builtin/_split_links.py, read by markdown,
``md-link``): the brackets and the address go, the words stay; a bracket closed on its own line or a blank line between
stay as they are."""
from cleaners.builtin.markdown import Markdown
from cleaners.document import Document, numbered_blocks

from . import cuts, texts


def run_lines(*rows: tuple[str, int]) -> Document:
    """The markdown cleaner over lines as a wrapping dump's reader leaves them: (text, blank lines before)."""
    doc = Document(source="test.txt", kind="text", raw=b"", blocks=numbered_blocks([(t, "p", 0, g) for t, g in rows]))
    return Markdown().clean(doc)


def test_a_link_broken_over_two_lines_keeps_its_words():
    doc = run_lines(("Islanders were told of the change in a letter that arrived two [days", 1),
                    ("after](https://news.example/tag/4821) the decision had been taken.", 0))
    assert texts(doc) == ["Islanders were told of the change in a letter that arrived two days",
                          "after the decision had been taken."]
    assert ("md-link", "[](https://news.example/tag/4821)") in cuts(doc, "markdown")


def test_a_link_broken_in_a_script_without_case_keeps_its_words():
    doc = run_lines(("وقال مدير التربية: لا يمكن [أن", 1), ("نطلب](https://news.example/tag/7) من الطلاب ذلك.", 0))
    assert texts(doc) == ["وقال مدير التربية: لا يمكن أن", "نطلب من الطلاب ذلك."]


def test_brackets_apart_or_closed_on_their_line_stay():
    rows = [("The council [met", 1), ("on Monday](https://news.example/a) again.", 1)]      # a blank line between
    assert texts(run_lines(*rows)) == [t for t, _ in rows]
    rows = [("The vote [12 to 3] passed.", 1), ("See](the annex) for the figures.", 0)]
    assert "The vote [12 to 3] passed." in texts(run_lines(*rows))
