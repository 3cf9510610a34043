"""Comment names of numbered ids are read once per shape (`markup.MarkupWords.names_comments`): a word of
digits alone is none of the comment words, so "comment-item-4471" is tested as "comment-item-0"; digits
inside a word stay (the word "remark42" is a comment word, "remark-42" is none)."""
from __future__ import annotations

import tomllib

from cleaners.builtin.comments.markup import MarkupWords
from cleaners.builtin.comments.vocabulary import MARKUP_FILE


def _words(**changed) -> MarkupWords:
    with MARKUP_FILE.open("rb") as f:
        markup = tomllib.load(f)
    markup.update(changed)
    return MarkupWords(markup)


def test_numbered_ids_name_comments_and_share_one_test():
    words = _words()
    assert words.names_comments("comment-item-4471")
    assert words.names_comments("comment_12")
    words.names_comments("comment-item-9")
    hits = words._names_comments_cached.cache_info().hits
    assert words.names_comments("comment-item-123456")
    assert words._names_comments_cached.cache_info().hits == hits + 1     # one shape, one test


def test_digits_inside_a_word_are_kept():
    words = _words()
    assert words.names_comments("remark42")          # a comment word holding digits
    assert not words.names_comments("remark-42")     # "remark" and a number: no comment word
    assert not words.names_comments("item-4471")     # a number alone names nothing
    assert not words.names_comments("commentary-12")  # a word that is not one, numbered


def test_a_word_of_digits_in_the_data_keeps_numbers_as_written():
    words = _words(attribute_word=["discussion", "2024"])
    assert words.names_comments("thread-2024")
    assert not words.names_comments("thread-2025")
