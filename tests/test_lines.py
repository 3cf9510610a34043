import re

import pytest

from cleaners.lines import (CAPITAL, COLON, FULL_STOPS, LOWER, SENTENCE_STOPS, ends_sentence, is_headline_like, is_prose,
                            is_quoted, key, opens_lower, opens_name, opens_uncased, self_concatenation, stop_chars,
                            stop_class, word_count, words)


def test_words():
    assert words("It's 9:30, José.") == ["It", "s", "9", "30", "José"]
    assert word_count("") == 0


def test_ends_sentence():
    assert ends_sentence("He left.") and ends_sentence('"We stay."  ') and ends_sentence("Why?")
    assert not ends_sentence("Budget talks resume") and not ends_sentence("Note:")


def test_is_prose():
    assert is_prose("The council voted on the new budget on Tuesday evening after a long debate.")
    assert not is_prose("The council voted on the new budget")
    assert is_prose(" ".join(["word"] * 40))


def test_is_headline_like():
    assert is_headline_like("Floods Cut Off Mountain Village")
    assert not is_headline_like("Floods cut off the village.")
    assert not is_headline_like("2016")
    assert not is_headline_like("A 1")
    assert not is_headline_like("x" * 251)


def test_a_khmer_or_burmese_sentence_closed_by_its_full_stop_is_no_headline():
    assert not is_headline_like("ផ្លូវ ថ្មី នឹង បើក នៅ ខែ ក្រោយ។")          # Khmer khan (U+17D4)
    assert not is_headline_like("ဧည့်သည်များ ရောက်ရှိလာ ကြသည်။")            # Myanmar section mark (U+104B)
    assert is_headline_like("ផ្លូវ ថ្មី នៅ ភ្នំពេញ") and is_headline_like("ဧည့်သည်များ ရောက်ရှိလာ")


def test_is_quoted():
    assert is_quoted("\u201cWe stay,\u201d she said.") and is_quoted(' "Yes"')
    assert not is_quoted("She said \"yes\".")


def test_key():
    assert key("  Floods   Cut Off.  ") == key("floods cut off") == "floods cut off"
    assert key("\uff26loods") == "floods"


def test_self_concatenation():
    assert self_concatenation("Rescuers carry a childRescuers carry a child") == "Rescuers carry a child"
    assert self_concatenation("Rescuers carry a child Rescuers carry a child") == "Rescuers carry a child"
    assert self_concatenation("No more war. No more war.") is None
    assert self_concatenation("No more war.No more war.") == "No more war."
    assert self_concatenation("Yes yesYes yes") is None
    assert self_concatenation("One twoOne two") is None
    assert self_concatenation("Rescuers carry a child to safety") is None


def test_a_sentence_said_twice_in_a_script_without_spaces_is_not_a_doubled_caption():
    twice = "市議会は火曜日、来年度の予算について審議した。" * 2
    assert self_concatenation(twice) is None
    assert self_concatenation("ምክር ቤቱ በጀቱን ማክሰኞ ተወያየ።" * 2) is None
    assert self_concatenation("「予算は承認された。」" * 2) is None
    assert self_concatenation("No more war.No more war.") == "No more war."       # a Latin caption glued after its stop
    assert self_concatenation("満開の桜と観光客で賑わう上野公園" * 2) == "満開の桜と観光客で賑わう上野公園"   # no stop: a caption


def test_self_concatenation_of_two_words_glued_at_a_capital():
    assert self_concatenation("Что дальшеЧто дальше") == "Что дальше"
    assert self_concatenation("Comerciantes divididosComerciantes divididos") == "Comerciantes divididos"
    assert self_concatenation("Quel calendrier ?Quel calendrier ?") == "Quel calendrier ?"
    assert self_concatenation("Comerciantes divididos Comerciantes divididos") is None   # spaced: three words needed
    assert self_concatenation("SOUTH DAKOTASOUTH DAKOTA") is None                         # capitals throughout
    assert self_concatenation("trzy miastatrzy miasta") is None                           # not glued at a capital


def test_keys_fold_the_turkish_i_letters_of_either_casing():
    assert key("YILIN İLK DOKUZ AYI") == key("Yılın ilk dokuz ayı") == key("YILIN ILK DOKUZ AYI")   # Turkish, Python capitals
    assert key("İstanbul'da kış") == key("ISTANBUL'DA KIŞ")
    assert key("kır") != key("kar") and key("Işık") != key("Aşık")


ZH = "北京时间3月14日，国家统计局发布数据显示，今年前两个月工业增加值同比增长百分之七。"
JA = "首相は記者会見で「国民の生活を守るため、あらゆる手段を講じる」と強調した。"


def test_unspaced_scripts_count_a_word_per_character():
    assert word_count(ZH) == 38 and word_count(JA) > 25          # not one "word" per line
    assert words("东京 Tokyo 2024年") == ["东", "京", "Tokyo", "2024", "年"]
    assert is_prose(ZH) and is_prose(JA)
    assert word_count("Rescue teams reached the village") == 5   # spaced scripts as before


def test_sentence_ends_of_other_scripts():
    assert ends_sentence(ZH) and ends_sentence(JA) and ends_sentence("“我们会继续努力。”")
    assert ends_sentence("他为什么没有来？") and ends_sentence("「終わり！」") and ends_sentence("यह एक वाक्य है।")
    assert not ends_sentence("工业增加值同比增长百分之七") and not ends_sentence("责任编辑：")


def test_unspaced_headlines():
    assert is_headline_like("前两个月工业增加值同比增长百分之七")
    assert not is_headline_like(ZH) and not is_headline_like("七")


TH = "รัฐบาลประกาศเมื่อวันอังคารว่าจะเปิดโรงพยาบาลแห่งใหม่ในเมืองหลวง ซึ่งมีเตียงผู้ป่วยสามร้อยเตียง"


def test_thai_lao_myanmar_khmer_are_unspaced_too():
    assert is_prose(TH) and not is_headline_like(TH)          # Thai writes no full stop: its length tells
    assert is_headline_like("เปิดโรงพยาบาลใหม่")
    assert is_headline_like("รัฐบาลประกาศเปิดโรงพยาบาลแห่งใหม่ในเมืองหลวงปีหน้า")     # a headline of 48 characters
    assert not is_prose("รัฐบาลประกาศเปิดโรงพยาบาลแห่งใหม่ในเมืองหลวงปีหน้า")
    assert ends_sentence("ရန်ကုန်မြို့တွင် မိုးရွာသည်။") and ends_sentence("ភ្លៀងធ្លាក់នៅភ្នំពេញ។")


def test_a_thai_word_is_counted_per_three_characters():
    # a word is four characters or so with its marks: "ดาวน์โหลด แอป ของ เรา" (download our app) is four words
    assert word_count("ดาวน์โหลดแอปของเรา") == 6                       # 18 characters: a short line, not eighteen words
    assert word_count("ดาวน์โหลด แอป") == 4 and word_count("ก") == 1
    assert word_count("อ่าน 3 นาที") == 5 and word_count("Bangkok กรุงเทพ") == 4
    assert word_count("前两个月") == 4                                  # a Han character is still a word


def test_a_word_holds_its_combining_marks():
    # Devanagari vowel signs and Arabic harakat are marks, not letters: "\w" alone parted each word at them
    assert words("हमारा न्यूज़लेटर सब्सक्राइब करें") == ["हमारा", "न्यूज़लेटर", "सब्सक्राइब", "करें"]
    assert word_count("اقرأ أيضاً") == 2
    assert words("naïve cafe\u0301 3.5") == ["naïve", "cafe\u0301", "3", "5"]     # a combining accent, and digits parted
    assert word_count("\u0301 \u093e") == 0                                        # marks alone are no word
    assert words("می\u200cتوانید بروید") == ["می\u200cتوانید", "بروید"]                # a half-space inside a word


def test_stop_class_holds_every_full_stop_and_the_extras():
    ends = re.compile(rf"[{stop_class('!?')}]$")
    for sentence in ("He left.", "Why?", "वह चला गया।", "وہ چلا گیا۔", "Stop!"):
        assert ends.search(sentence), sentence
    assert stop_chars("!") == "".join(FULL_STOPS) + "!\uff01"
    assert set(stop_chars("?", SENTENCE_STOPS)) == set(SENTENCE_STOPS)


def test_stop_class_escapes_and_leaves_out_other_marks():
    ends = re.compile(rf"[{stop_class('-^]')}]$")     # escaped: no range, negation or early close
    assert ends.search("a-") and ends.search("a^") and ends.search("a]")
    for line in ("Budget talks resume", "Note:", "a,", "a\\"):
        assert not ends.search(line), line
    assert not re.compile(rf"[{stop_class()}]$").search("Why?")


def test_capital_and_lower_read_every_cased_script():
    capital, lower = re.compile(f"[{CAPITAL}]"), re.compile(f"[{LOWER}]")
    for upper, small in zip("AÀŁȘẠΩΪЖЄҐӘԱ", "aàłșạωϊжєґәա"):
        assert capital.fullmatch(upper) and lower.fullmatch(small), (upper, small)
        assert not capital.fullmatch(small) and not lower.fullmatch(upper), (upper, small)


def test_capital_and_lower_leave_out_digits_marks_and_scripts_without_case():
    capital, lower = re.compile(f"[{CAPITAL}]"), re.compile(f"[{LOWER}]")
    for char in ("7", "_", "-", "^", "\u0301", "א", "ع", "क", "王"):
        assert not capital.fullmatch(char) and not lower.fullmatch(char), char


@pytest.mark.parametrize("word", ["Anna", "Άννα", "Ǆuro", "אנה", "آنا", "अन्ना", "安娜", "ანა", "Աննա"])
def test_a_capital_or_a_letter_of_a_script_without_capitals_opens_a_name(word):
    assert opens_name(word) and not opens_lower(word)


@pytest.mark.parametrize("word", ["anna", "άννα", "анна", "ǆuro", "ß", "ĸ", "աննա", "1990", ""])
def test_a_lower_case_letter_of_a_cased_script_opens_no_name(word):
    assert not opens_name(word)
    assert opens_lower(word) == word[:1].isalpha()


def test_georgian_letters_are_uncased_though_python_reads_them_as_lower_case():
    assert "ა".islower() and opens_uncased("ანა") and opens_uncased("آنا")
    assert not opens_uncased("Anna") and not opens_uncased("anna") and not opens_uncased("Աննա")


def test_the_armenian_full_stop_ends_a_sentence_and_its_marks_inside_a_word_part_none():
    assert ends_sentence("Կամուրջը բացվեց։") and not is_headline_like("Քաղաքապետը նոր կամուրջ բացեց։")
    assert is_headline_like("Քաղաքապետը նոր կամուրջ բացեց")
    assert words("Ունե՞ք հաշիվ, դու՛") == ["Ունե՞ք", "հաշիվ", "դու՛"]
    assert re.fullmatch(COLON, "\u055d") and not re.fullmatch(COLON, ",")
