"""Words of class and id values in any cased script (`comments/markup._SPLIT_CAMEL`, lines.LOWER, lines.CAPITAL)."""
from cleaners.builtin.comments.markup import MarkupWords


def test_camel_case_is_split_in_cyrillic_and_greek():
    assert MarkupWords.name_words("комментарийАвтор") == ["комментарий", "автор"]
    assert MarkupWords.name_words("σχόλιοΣυντάκτη-2") == ["σχόλιο", "συντάκτη", "2"]
    assert MarkupWords.name_words("commentAuthor_name") == ["comment", "author", "name"]


def test_capitals_alone_or_lower_case_alone_are_one_word():
    assert MarkupWords.name_words("КОММЕНТАРИИ") == ["комментарии"]
    assert MarkupWords.name_words("σχόλια") == ["σχόλια"]
    assert MarkupWords.name_words("kommentär") == ["kommentär"]       # a letter outside ASCII parts no word
