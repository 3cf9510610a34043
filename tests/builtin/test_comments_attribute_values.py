"""`attributes.holding_numbered`: the values holding a word, each numbered value searched once, the same
answer as `holding_values` (which searches every value)."""
from cleaners.builtin.comments.attributes import attribute_words, holding_distinct, holding_numbered, holding_values

WORDS = attribute_words(["comment", "remark42", "sr-only"])


def _ids(n: int) -> list[str]:
    return [f"comment-{k}" if k % 3 else f"post_{k}" for k in range(n)] + ["Remark42-box", "remark47", "x-sr-only"]


def test_numbered_values_found_as_each_value_searched():
    values = _ids(200)
    found = holding_numbered(values, WORDS)
    assert found == holding_values(values, WORDS)
    assert values.index("Remark42-box") in found and values.index("x-sr-only") in found
    assert values.index("comment-1") in found


def test_a_number_is_no_word_holding_a_digit():
    values = _ids(200)      # ("remark47" read as "remark00" still holds no "remark42")
    found = holding_numbered(values, WORDS)
    assert values.index("remark47") not in found and values.index("post_3") not in found


def test_distinct_values_and_nul_values_searched_as_they_are():
    distinct = [f"box-{chr(97 + k % 26)}{k}" for k in range(100)] + ["comment-x"]
    assert holding_numbered(distinct, WORDS) == holding_values(distinct, WORDS) == [100]
    nul = ["comment\x00-1"] * 70 + ["plain-2"] * 70
    assert holding_numbered(nul, WORDS) == holding_values(nul, WORDS) == list(range(70))


def test_distinct_values_searched_once_and_mapped_back_in_order():
    values = ["comment x", "nav", "comment x", "a-sr-only", "nav", "comment x"]
    distinct = list(dict.fromkeys(values))
    assert holding_distinct(values, distinct, WORDS) == holding_values(values, WORDS) == [0, 2, 3, 5]
    assert holding_distinct(["nav", "nav"], ["nav"], WORDS) == []
