"""`lines.word_count`'s byte count of ASCII texts (and of ASCII with U+2000-U+203F punctuation) gives what ``WORD``
counts, and the other texts still go to the pattern."""
import random

from cleaners.lines import SYLLABIC_LETTER, WORD, _SYLLABIC_RUN, _syllabic_words, word_count


def _pattern_count(text: str) -> int:
    n = len(WORD.findall(text))
    if SYLLABIC_LETTER.search(text):
        for run in _SYLLABIC_RUN.findall(text):
            n -= len(run) - _syllabic_words(run)
    return n


def test_ascii_and_general_punctuation_counted_in_bytes():
    assert word_count.__wrapped__("It’s a “test” — of 3_words, don't…") == 8
    assert word_count.__wrapped__("a\u200db c\u200cd") == 2       # joiners are marks inside a word
    assert word_count.__wrapped__("x² and ½ cup") == 4             # a superscript and a fraction are word characters


def test_same_as_pattern_on_random_texts():
    rng = random.Random(5)
    pool = [chr(c) for c in range(128)] + [chr(c) for c in range(0x2000, 0x2070)] + list("é½²ª\u0301漢かกข\U0001F600ß\u00a0")
    for _ in range(20000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 20)))
        assert word_count.__wrapped__(text) == _pattern_count(text), text


def test_suffix_bound():
    from cleaners.lines import suffix_bound
    text = "One two three, four five. Six seven eight nine ten."
    k = suffix_bound(text, 3)                     # the end of the fourth word from the end ("seven")
    assert text[:k].endswith("Six seven")
    assert all(word_count.__wrapped__(text[i:]) > 3 for i in range(k))
    assert word_count.__wrapped__(text[k:]) <= 3
    assert suffix_bound("Only three words", 3) == 0           # fewer words than that: nothing to skip
    assert suffix_bound("Ein schöner Tag für alle Leute hier", 2) == 0    # a letter out of ASCII: counted by the pattern
    curly = "“It’s done,” she said — and then she left the room."
    k = suffix_bound(curly, 4)
    assert all(word_count.__wrapped__(curly[i:]) > 4 for i in range(k)) and word_count.__wrapped__(curly[k:]) <= 4
