"""A control word ending in a combining vowel sign (Hindi "जवाब दें", Thai "ตอบกลับ") keeps that sign when
punctuation is cut from its edges (`vocabulary._EDGE_PUNCT`): the signs are no punctuation."""
from __future__ import annotations

from cleaners.builtin.comments.vocabulary import speaking, vocabulary


def test_a_control_ending_in_a_vowel_sign_is_chrome():
    with speaking(("hi", "en")):
        assert vocabulary().is_chrome("जवाब दें")
        assert vocabulary().is_chrome("(जवाब दें)")


def test_a_sentence_ending_in_a_vowel_sign_is_no_chrome():
    with speaking(("hi", "en")):
        assert not vocabulary().is_chrome("मुझे यह ख़बर पसंद आई, जवाब दें")
