import pytest

from benchmarks.scoring import aggregate, evaluate, score_page, shingles, tokens


def test_tokens_are_word_runs():
    assert tokens("It's 3:15 — café, ok?") == ["It", "s", "3", "15", "café", "ok"]
    assert tokens(None) == []


def test_shingles_are_4_token_multisets():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("a b c d a b c d")[("a", "b", "c", "d")] == 2
    assert shingles("one two") == {("one", "two"): 1}   # short text: one shingle
    assert shingles("") == {}


def test_perfect_prediction_ignores_punctuation_and_spacing():
    s = score_page("One two three four five.", "One, two\n\nthree four five")
    assert (s.precision, s.recall, s.exact) == (1.0, 1.0, True)


def test_extra_text_lowers_precision_only():
    s = score_page("a b c d e", "a b c d e f")          # 2 shared, 1 extra
    assert s.precision == pytest.approx(2 / 3)
    assert s.recall == 1.0
    assert not s.exact


def test_missing_text_lowers_recall_only():
    s = score_page("a b c d e f g", "a b c d e")        # 2 shared, 2 missing
    assert s.precision == 1.0
    assert s.recall == pytest.approx(0.5)


def test_repeated_text_counts_as_extra():
    s = score_page("a b c d", "a b c d a b c d")
    assert s.precision == pytest.approx(1 / 5)   # abcd, bcda, cdab, dabc, abcd vs abcd


def test_empty_prediction_is_left_out_of_precision():
    pages = [score_page("a b c d e", ""), score_page("a b c d e", "a b c d e x")]
    assert pages[0].precision is None and pages[0].recall == 0.0
    m = aggregate(pages)
    assert m["precision"] == pytest.approx(2 / 3)      # only the second page
    assert m["recall"] == pytest.approx(0.5)
    assert m["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))
    assert m["accuracy"] == 0.0


def test_evaluate_scores_every_expected_page():
    metrics, per_page = evaluate({"x": "a b c d", "y": "e f g h"}, {"x": "a b c d"})
    assert set(per_page) == {"x", "y"}
    assert metrics["accuracy"] == 0.5
    assert metrics["precision"] == 1.0 and metrics["recall"] == 0.5
