"""calls_to_action: a call to the site's own membership, app or sign-up that opens the line may run on for
`MAX_OWN_TAIL_WORDS` (12) words of purpose
("... and get ... every Friday"); a longer run, or one that reports someone, is prose."""
from cleaners.builtin.calls_to_action import MAX_OWN_TAIL_WORDS as MAX_TAIL_WORDS, CallsToAction


def test_a_call_with_a_purpose_tail_of_ten_words_is_taken():
    text = "Subscribe to our weekly digest and get the best of the week's reporting."
    assert CallsToAction().rule_for(text, ("en",)) is not None


def test_a_sentence_running_on_past_the_tail_limit_stays():
    tail = " ".join(["the", "long", "road", "north"] * 4)[: 200]
    text = "Join us " + " ".join(tail.split()[:MAX_TAIL_WORDS + 3]) + "."
    assert CallsToAction().rule_for(text, ("en",)) is None


def test_a_reported_call_stays():
    assert CallsToAction().rule_for("Join us at the harbour on Sunday for the regatta, the mayor said.", ("en",)) is None
