"""`_glued_tails._screen` reads its words as a trie (`_factored`): it finds a word where the plain alternation does."""
import random
import re

from cleaners import lang
from cleaners.builtin._glued_tails import _factored, _screen
from cleaners.builtin._lone_line import screen_words


def test_trie_of_phrases():
    assert _factored(["photos", "photo", "pictures"]) == "(?:p(?:hoto(?:s|)|[i\u0130]ctures))"
    assert re.fullmatch(_factored(["click here", "click"]), "click   here")


def test_screen_finds_what_the_alternation_finds():
    rng = random.Random(3)
    pool = list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ.,-'\u2019\u0130\u0131\u212a\u017f\u0301\u00e9\n")
    for langs in [("en",), ("de", "en"), ("tr",), ("ru",), ("he",)]:
        for key in ("enlarge", "taxonomy"):
            words = screen_words(key, langs, True)
            plain = re.compile(rf"(?<!\w){lang.alternation(words)}(?!\w)", re.I)
            screen = _screen(key, langs)
            for _ in range(500):
                word = "".join(rng.choice([c, c.upper()]) for c in rng.choice(words))
                text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 4))) + word + \
                    "".join(rng.choice(pool) for _ in range(rng.randint(0, 4)))
                pos = rng.randint(0, len(text))
                assert bool(plain.search(text, pos)) == bool(screen.search(text, pos)), (langs, key, text, pos)


def test_screen_keeps_words_whole():
    screen = _screen("enlarge", ("en",))
    assert screen.search("See more photos.")
    assert not screen.search("The photographers left.")     # a word of the list inside a longer word
