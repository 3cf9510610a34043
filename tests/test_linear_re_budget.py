"""RE2's memory budget (`cleaners.linear_re.compile`): a large pattern, such as the calls' screen over the words of
Serbian (Latin and Cyrillic) and English, runs on RE2's DFA; under the default budget RE2 left the DFA for its NFA,
about a hundred times slower, and wrote "DFA out of memory" to stderr at every search."""
from cleaners import linear_re
from cleaners.builtin.calls_to_action import _screen

TEXT = "Gradsko veće je u utorak odlučilo da produži noćne autobuske linije do severnih naselja.\n" * 40


def test_a_large_screen_searches_on_the_dfa(capfd):
    screen = _screen(("sr", "en"))
    capfd.readouterr()
    assert screen.search(TEXT) is None and screen.search("📲 Subscribe to our newsletter") is not None
    assert "DFA out of memory" not in capfd.readouterr().err


def test_a_small_pattern_keeps_the_default_budget_and_matches_alike():
    small = linear_re.compile(r"(?:^|\s)newsletter(?:\s|,|$)", ignore_case=True)
    assert small.search("Our NEWSLETTER, weekly") is not None and small.search("news letter") is None
    assert linear_re.MAX_MEM < linear_re.MAX_MEM_LARGE
