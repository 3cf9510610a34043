"""The Arabic-script question mark ("؟": Arabic, Persian, Urdu) in every sentence-end class that holds "?"
(`lines.stop_chars`, `lines.QUESTION_MARKS`), and not in the classes without "?"."""
from cleaners.builtin import _comment_lines, author_bio, calls_to_action, donation, post_furniture
from cleaners.extract_lead import _SENTENCE_END
from cleaners.lines import stop_chars, stop_class

AR = "هل سيفتح الجسر الجديد هذا العام؟"            # Arabic: "Will the new bridge open this year?"
FA = "آیا پل جدید امسال باز می‌شود؟"               # Persian
UR = "کیا نیا پل اس سال کھلے گا؟"                 # Urdu
AFTER = "قال رئيس البلدية إن الأعمال ستنتهي في الصيف."


def test_a_class_with_a_question_mark_holds_the_arabic_one_and_one_without_does_not():
    assert "\u061f" in stop_chars("!?") and "\u061f" in stop_class("!?;:,")
    assert "\u061f" not in stop_chars("!") and "\u061f" not in stop_chars()
    assert stop_chars("!?").count("?") == 1


def test_a_line_ending_in_the_arabic_question_mark_ends_a_sentence_for_the_lead():
    for line in (AR, FA, UR, AR + "»"):
        assert _SENTENCE_END.search(line)
    assert not _SENTENCE_END.search(AR[:-1] + "\u060c")      # the Arabic comma ends no sentence


def test_sentences_split_after_the_arabic_question_mark():
    for pattern in (_comment_lines.SENTENCES, post_furniture._SENTENCE, donation._SENTENCE):
        for question in (AR, FA, UR):
            assert pattern.split(f"{question} {AFTER}") == [question, AFTER]
        assert len(pattern.split(f"{AR[:-1]}\u060c {AFTER}")) == 1      # after a comma the sentence goes on


def test_a_bio_counts_a_question_as_a_sentence_and_a_clause_opens_after_it():
    assert author_bio._sentences(f"{AR} {AFTER}") == 2 and author_bio._sentences(f"{AR[:-1]} {AFTER}") == 1
    assert author_bio._first_sentence(f"{FA} {AFTER}").strip() == FA
    starts = [m.end() for m in calls_to_action._CLAUSE.finditer(f"{UR} {AFTER}")]
    assert starts == [0, len(UR) + 1]
    assert [m.end() for m in calls_to_action._CLAUSE.finditer(f"{UR[:-1]} {AFTER}")] == [0]
