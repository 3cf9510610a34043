"""The words of page markup that name the parts of comment sections (class, id, itemprop and rel values), from
``markup.toml``: the same on every page, whatever its language."""
from __future__ import annotations

import re
from functools import lru_cache

from ...lines import CAPITAL, LOWER
from .attributes import attribute_words

# camelCase in any cased script ("commentAuthor", "комментарийАвтор", "σχόλιοΣυντάκτη": lines.LOWER, lines.CAPITAL);
# the words are parted by what is no letter or digit of any script
_SPLIT_CAMEL = re.compile(rf"([{LOWER}])([{CAPITAL}])")
_NON_ALNUM = re.compile(r"[\W_]+")
_OPENING_DIGITS = re.compile(r"(?<![^\W_])\d+")     # digits opening a name word: "123" of "comment-123"


@lru_cache(maxsize=8192)
def _name_words(value: str) -> list[str]:
    return [t for t in _NON_ALNUM.split(_SPLIT_CAMEL.sub(r"\1 \2", value).lower()) if t]


class MarkupWords:
    """The markup words of ``markup`` (the tables of ``markup.toml``) and the tests of class and id values."""

    def __init__(self, markup: dict):
        self.names_comments = lru_cache(maxsize=16384)(self._names_comments)    # (classes repeat on a page)
        self.author_tokens = frozenset(markup.get("author", []))
        self.author_last_tokens = frozenset(markup.get("author_last", []))
        self.date_tokens = frozenset(markup.get("date", []))
        self.chrome_tokens = frozenset(markup.get("chrome", []))
        self.reply_tokens = frozenset(markup.get("reply", []))
        self.reply_unit_tokens = frozenset(markup.get("reply_unit", []))
        self.vote_tokens = frozenset(markup.get("vote", []))
        self.attribute_prefixes = tuple(sorted(set(markup.get("attribute_prefix", []))))
        self.attribute_words = frozenset(markup.get("attribute_word", []))
        self.not_attribute = frozenset(markup.get("not_attribute", []))
        self.listing_tokens = frozenset(markup.get("listing", []))
        self.listing_modifiers = frozenset(markup.get("listing_modifier", []))
        self.review_tokens = frozenset(markup.get("review", []))
        self.comment_types = frozenset(markup.get("comment_type", []))
        # the screen of the elements whose id or class may name comments (`Tree.holding`)
        self.comment_words = attribute_words(set(self.attribute_prefixes) | self.attribute_words)
        self.attribute_hint = re.compile("|".join(map(re.escape, sorted(
            set(self.attribute_prefixes) | self.attribute_words, key=len, reverse=True))), re.I)

    # -- class and id names ----------------------------------------------------------
    @staticmethod
    def name_words(value: str) -> list[str]:
        """Lower-case words of an id/class value, camelCase split."""
        return _name_words(value)

    def _names_comments(self, value: str) -> bool:
        """An id/class value that names a comment section or a comment."""
        if not value or not self.attribute_hint.search(value):
            return False     # (a screen in C: most names hold no comment word at all)
        words = self.name_words(value)
        for word in words:
            if word in self.not_attribute:
                continue
            if word.startswith(self.attribute_prefixes) or word in self.attribute_words:
                return True
        return False

    def id_names_comments(self, value: str) -> bool:
        """`names_comments` of an id value, its numbers read as one ("comment-item-110981934" as
        "comment-item-0"): a word that opens with a digit is no markup word, so the answer is the
        same, and a page's numbered ids share one cached answer instead of one each."""
        return self.names_comments(_OPENING_DIGITS.sub("0", value))

    def names_author(self, value: str) -> bool:
        """A class/itemprop/rel value that names a commenter's name element."""
        for cls in value.split():
            words = self.name_words(cls)
            if words and (words[-1] in self.author_last_tokens or any(w in self.author_tokens for w in words)):
                return True
        return False

    def names_any(self, value: str, tokens: frozenset) -> bool:
        return any(w in tokens for w in self.name_words(value)) if value else False

    def names_listing(self, value: str) -> bool:
        """An id/class value that names a list of the site's comments ("recent-comments",
        "top_commenters", "most_read comment-thread"); a modifier alone ("top-ra") does not, nor one
        that does not open its name ("ipsSpacer_top", "margin-top": a layout class beside an id "comments")."""
        words = self.name_words(value) if value else []
        if any(w in self.listing_tokens for w in words):
            return True
        return any((w := self.name_words(name)) and w[0] in self.listing_modifiers for name in value.split()) \
            and self.names_comments(value)
