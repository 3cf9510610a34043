"""Comment heads that end with a said-word and an ellipsis character, and the localised
said-words of Blogger ("a dit…", "hat gesagt…", "powiedział(a)...")."""
from cleaners.builtin.comments.vocabulary import vocabulary


def test_a_head_ending_with_a_said_word_and_an_ellipsis_character_gives_the_name():
    voc = vocabulary()
    assert voc.strip_name("Jean Dupont a dit\u2026") == "Jean Dupont"
    assert voc.strip_name("Lena Vogel hat gesagt\u2026") == "Lena Vogel"
    assert voc.strip_name("Piotr Nowak powiedział(a)...") == "Piotr Nowak"
    assert voc.strip_name("Иван Петров сказал(а)...") == "Иван Петров"


def test_an_ellipsis_after_other_words_or_a_said_word_ending_a_sentence_is_no_head():
    voc = vocabulary()
    assert not voc.has_said("Wir warten noch auf die Zahlen\u2026")
    assert not voc.has_said("Das hat er uns gestern gesagt.")
