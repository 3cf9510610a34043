"""Captions glued to their credits (cleaners/builtin/captions.py): a credit label glued to the caption without a space
(rule credited-caption), a caption printed again with its credit in the next paragraph (rule caption-before-credited),
and a long sentence with a credit glued on, whose prose stays (rule credited-paragraph)."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "The council approved the new budget on Tuesday after a long debate about the harbour."



@pytest.mark.parametrize("code,para,credit", [
    ("en", "Farmers in the valley fear for the olive harvest, while the port plans to bring water by tanker "
     "this spring.", "Photo: Ann Lee / Reuters"),
    ("pt", "Os agricultores do vale temem pela colheita da azeitona, e o porto planeia trazer água potável em "
     "navios.", "Foto: Ana Souza/Agência Sul"),
])
def test_a_long_sentence_with_a_credit_glued_on_keeps_its_prose(code, para, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{para} {credit}", language=code)
    assert texts(doc) == [BODY, para]
    assert doc.metadata.get("captions", []) == [] and doc.metadata["credits"]
    assert [rule for rule, _ in cuts(doc, "captions")] == ["credited-paragraph"]


@pytest.mark.parametrize("code,line,caption,credit", [
    ("en", "Cracked mud by the reservoirPhoto: Ann Lee/Harbour Wire", "Cracked mud by the reservoir", "Ann Lee/Harbour Wire"),
    ("vi", "Bùn nứt nẻ bên bờ hồ chứaẢnh: Lê Hoàng/Thông tấn Duyên Hải", "Bùn nứt nẻ bên bờ hồ chứa",
     "Lê Hoàng/Thông tấn Duyên Hải"),
    ("bn", "জলাধারের কিনারে ফাটল ধরা কাদাছবি: রিনা দাস / উপকূল বার্তা", "জলাধারের কিনারে ফাটল ধরা কাদা",
     "রিনা দাস / উপকূল বার্তা"),
    ("ar", "طين متشقق على حافة السد العلوي يوم الأحدتصوير: أبو محمد - وكالة الساحل", "طين متشقق على حافة السد العلوي يوم الأحد",
     "أبو محمد - وكالة الساحل"),                                 # a dash parts the name and the agency
    ("he", "בוץ סדוק בשולי המאגר העליון ביום ראשון צילום: יוסי כ., סוכנות החוף", "בוץ סדוק בשולי המאגר העליון ביום ראשון",
     "יוסי כ., סוכנות החוף"),                                    # a comma parts them
])
def test_a_caption_glued_to_its_credit_label_without_a_space_goes_to_metadata(code, line, caption, credit):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY]
    assert doc.metadata["captions"] == [caption] and doc.metadata["credits"] == [credit]


@pytest.mark.parametrize("line", ["The teleshopPhoto: a glued word and a colon with no name and agency after it",
                                  "Our photo:the readers sent theirs in and we printed every one of them in May",
                                  "The jury chose Photo: Ann Lee, the mayor, and the whole council.",
                                  "The teleshopPhoto: one - two - three - four - five - six - seven - eight - nine - ten - eleven"])
def test_a_glued_label_without_a_name_and_an_agency_after_it_stays(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


def test_a_caption_printed_again_with_its_credit_in_the_next_paragraph_goes_with_it():
    caption = "Cracked mud at the edge of the upper reservoir on Sunday"
    doc = run_cleaner(Captions, f"{BODY}\n\n{caption}\n\n{caption} Photo: Ann Lee / Reuters\n\n{BODY}")
    assert texts(doc) == [BODY, BODY]
    assert ("caption-repeated", caption) in cuts(doc, "captions")
    other = "Volunteers fill sandbags near the harbour wall"     # another caption over it: a line of the article
    doc = run_cleaner(Captions, f"{BODY}\n\n{other}\n\n{caption} Photo: Ann Lee / Reuters")
    assert texts(doc) == [BODY, other]


def test_a_long_sentence_with_its_credit_in_brackets_is_a_caption():
    line = ("The exhibition stays open until the end of June from Tuesday to Sunday between ten and six o'clock. "
            "(Photo: Peter Lange)")
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY] and doc.metadata["credits"] == ["Peter Lange"]


def test_credited_caption_reads_a_caption_up_to_its_word_limit_and_no_longer():
    """The word limit of `credited_caption` (checked before its patterns run) holds on both sides: a caption
    line of `max_caption_words` words with its credit is read, one word more is not, though the patterns match it."""
    from cleaners.builtin._credit_forms import credited_caption
    from cleaners.builtin._credit_patterns import language_patterns
    from cleaners.lines import word_count
    patterns = language_patterns(("en",))
    words = "Fans wait at the old gate of the stadium before the match on a cold and windy evening in late October"
    line = f"{words} (Photo: Ann Lee/AFP)"
    assert word_count(line) == Captions.max_caption_words
    assert credited_caption(line, patterns) == (words, "Ann Lee/AFP")
    longer = f"{words} again (Photo: Ann Lee/AFP)"
    assert patterns.captioned.match(longer) is not None
    assert credited_caption(longer, patterns) is None
    assert credited_caption(longer, patterns, max_words=Captions.max_caption_words + 1) == (f"{words} again", "Ann Lee/AFP")


@pytest.mark.parametrize("code,line,caption", [
    ("ja", "日曜日、上流の貯水池のほとりでひび割れた泥（写真：共同通信）", "日曜日、上流の貯水池のほとりでひび割れた泥"),
    ("zh", "周日，上游水库边缘龟裂的泥土和枯死的芦苇。图：李明／海岸通讯社", "周日，上游水库边缘龟裂的泥土和枯死的芦苇。"),
])
def test_a_chinese_or_japanese_caption_of_more_than_25_characters_before_its_credit_goes(code, line, caption):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}", language=code)     # (two Han or kana characters count as a word)
    assert texts(doc) == [BODY] and doc.metadata["captions"] == [caption]


def test_a_long_chinese_paragraph_ending_with_a_credit_keeps_its_prose():
    para = ("市政府周一宣布，河边的老市场在施工期间将继续部分开放，而在这几个月里损失大部分收入的商户，"
            "将从该市去年设立的一项基金中获得补偿，补偿标准将在下月公布。")
    doc = run_cleaner(Captions, f"{BODY}\n\n{para}图：李明／海岸通讯社", language="zh")
    assert texts(doc) == [BODY, para]
