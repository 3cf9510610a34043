"""Comment threads of text dumps in a language without a file (cleaners/lang/borrowed.py), and
the guards that keep an article out of a thread (cleaners/builtin/comment_thread)."""
import pytest

from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

BE = ["Горад сёння адкрыў новы мост праз раку, які павінен палегчыць рух у цэнтры горада.",
      "Будаўніцтва працягвалася тры гады і каштавала амаль два мільярды рублёў, паведаміў прэс-сакратар гарвыканкама.",
      "Старшыня гарвыканкама сказаў, што мост гатовы і для трамвайнай лініі ў наступныя гады."]


def test_a_language_without_a_file_borrows_dateparsers_relative_time_words():
    assert lang.load("be") is None
    assert {"гадзіны", "дні"} <= set(lang.words("time_units", ("be",))) and "таму" in lang.words("ago", ("be",))
    assert "учора" in lang.words("relative_days", ("be",))
    assert lang.words("donate", ("be",)) == ()                       # only the relative-time keys are borrowed
    assert all(len(w) > 1 for w in lang.words("time_units", ("be",)))   # no one-letter abbreviation
    assert "sekunde" in lang.words("time_units", ("de",)) and "sek" not in lang.words("time_units", ("de",))   # a file wins


def test_a_thread_with_relative_times_in_a_language_without_a_file_is_found():
    thread = ["Марыя Пятрова — 3 гадзіны таму", "Нарэшце нешта адбываецца, моста не хапала гадамі.",
              "piotr_k — 2 дні таму", "А хто ў выніку заплаціць?"]
    doc = run_cleaner(CommentThread, "\n\n".join(BE + thread), language="be")
    assert texts(doc) == BE
    assert [(c.author, c.text) for c in doc.comments] == [("Марыя Пятрова", thread[1]), ("piotr_k", thread[3])]


def test_a_sentence_with_a_relative_time_in_a_language_without_a_file_stays():
    line = "3 гадзіны таму міліцыя зачыніла мост з-за аварыі."
    doc = run_cleaner(CommentThread, "\n\n".join(BE + [line, BE[0]]), language="be")
    assert texts(doc) == BE + [line, BE[0]] and doc.comments == ()


def test_a_date_line_does_not_open_a_thread_of_heads_of_another_joint():
    head = head_of(Block("Апублікавана 9 сакавіка 2026, 9:05"), ("be", "en"))
    assert head is not None and head.joint == ""                     # a name, a space, a date: a date line's shape
    assert head_of(Block("piotr_k — 2 дні таму"), ("be", "en")).joint == "\u2014"
    thread = ["Марыя — 3 гадзіны таму", "Нарэшце нешта адбываецца.", "piotr_k — 2 дні таму", "А хто заплаціць?"]
    text = "\n\n".join(["Загаловак", "Паведамленне пра файлы cookie на гэтым сайце.", "Апублікавана 9 сакавіка 2026, 9:05"] + BE + thread)
    doc = run_cleaner(CommentThread, text, language="be")
    assert all(p in texts(doc) for p in BE) and [c.author for c in doc.comments] == ["Марыя", "piotr_k"]


def test_a_first_comment_far_longer_than_the_others_is_the_article():
    long_run = [BE[i % 3] + f" ({i})" for i in range(7)]
    text = "\n\n".join([BE[0], "Ann Lee | 9 March 2026"] + long_run + ["Bob | 3 hours ago", "Agreed.",
                                                                       "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert all(p in texts(doc) for p in long_run) and [c.author for c in doc.comments] == ["Bob", "Eve"]


def test_a_first_comment_of_a_few_paragraphs_stays_a_comment():
    text = "\n\n".join([BE[0], BE[1], "Ann Lee | 9 March 2026", "One.", "Two.", "Three.",
                        "Bob | 3 hours ago", "Agreed.", "Eve | 2 hours ago", "Same here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bob", "Eve"] and texts(doc) == [BE[0], BE[1]]


def test_recurring_control_lines_in_words_no_file_holds_end_the_comments():
    thread = ["maria_p", "Нарэшце нешта адбываецца, моста не хапала гадамі.", "Адказаць · Падабаецца (12)",
              "piotr_k", "А хто ў выніку заплаціць?", "Адказаць · Падабаецца (3)",
              "Марта", "Я жыву каля ракі і вельмі рада.", "▲ 4 ▼ · Адказаць", "olda", "Згодны.", "▲ 1 ▼ · Адказаць"]
    doc = run_cleaner(CommentThread, "\n\n".join(BE + thread), language="be")
    assert texts(doc) == BE
    assert [(c.author, c.text) for c in doc.comments] == [
        ("maria_p", thread[1]), ("piotr_k", thread[4]), ("Марта", thread[7]), ("olda", thread[10])]
    assert [r.rule for r in doc.removed].count("comment-chrome") == 4


def test_recurring_rows_without_a_control_word_or_with_an_age_are_no_controls():
    from cleaners.builtin.comment_thread.control_lines import recurring_controls
    from cleaners.builtin.comment_thread.heads import vocabulary
    lines = ["Галоўная | Навіны", "Галоўная | Навіны", "• 3 гадзіны таму", "• 5 гадзін таму", "Рэклама", "Рэклама",
             "12 | 14", "13 | 15", "Адказаць · Падабаецца (2)", "Адказаць · Падабаецца (7)"]
    assert recurring_controls([Block(t) for t in lines], vocabulary(("be", "en"))) == frozenset({8, 9})
    once = ["Адказаць · Падабаецца (2)", "Тэкст артыкула."]       # a control shape that does not come back
    assert recurring_controls([Block(t) for t in once], vocabulary(("be", "en"))) == frozenset()


BE_THREAD = ["Марыя Пятрова — 3 гадзіны таму", "Нарэшце нешта адбываецца, моста не хапала гадамі.",
             "piotr_k — 2 дні таму", "А хто ў выніку заплаціць?"]


def test_a_threads_header_in_words_no_file_holds_is_cut_by_its_place_and_shape():
    for header in ("Каментарыі (2)", "2 каментарыі", "## Каментарыі", "Далучайцеся да размовы:"):
        doc = run_cleaner(CommentThread, "\n\n".join(BE + [header] + BE_THREAD), language="be")
        assert texts(doc) == BE and len(doc.comments) == 2
        assert ("comment-header-shape", header) in [(r.rule, r.text) for r in doc.removed]


def test_a_threads_header_in_a_script_with_vowel_signs_has_the_headers_shape():
    from cleaners.builtin.comment_thread.header_run import header_shape
    for header in ("వ్యాఖ్యలు (2)", "ਟਿੱਪਣੀਆਂ (12)", "අදහස් (4)", "## ಪ್ರತಿಕ್ರಿಯೆಗಳು"):
        assert header_shape(header), header
    # a sentence; five words or more
    for line in ("మాకు చాలా సంతోషంగా ఉంది.", "ਇਹ ਖ਼ਬਰ ਅਸੀਂ ਕੱਲ੍ਹ ਸ਼ਾਮ ਨੂੰ ਪੜ੍ਹੀ ਸੀ ਅਤੇ ਅੱਜ ਫਿਰ"):
        assert not header_shape(line), line


def test_a_short_sentence_or_a_long_line_above_a_thread_stays():
    for line in ("Мост адкрыты.",                         # a sentence, however short
                 "Што вы думаеце пра новы мост"):         # more than four words
        doc = run_cleaner(CommentThread, "\n\n".join(BE + [line] + BE_THREAD), language="be")
        assert texts(doc) == BE + [line] and len(doc.comments) == 2


def test_a_line_above_a_thread_in_a_language_with_a_file_is_read_by_its_words_only():
    thread = ["Ann Lee | 3 hours ago", "Finally.", "piotr_k | 2 days ago", "Who pays for it?"]
    doc = run_cleaner(CommentThread, "\n\n".join([BE[0], "Bridge opening day"] + thread), language="en")
    assert "Bridge opening day" in texts(doc) and len(doc.comments) == 2


SQ = ["Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë më të gjerë.",
      "Ndërtimi pritet të zgjasë dy vjet dhe të kushtojë gati tridhjetë milionë euro, tha këshilltari i kryetarit.",
      "Kryetari i bashkisë tha se ura e re do të ketë korsi të veçanta për çiklistët dhe këmbësorët."]


def test_a_verb_of_writing_no_file_gives_is_read_from_said_heads_that_come_back():
    from cleaners.builtin.comment_thread.said import learned_verbs
    assert lang.load("sq") is None
    thread = ["Arben Hoxha shkruan:", "Më në fund, ajo urë nuk ishte më e sigurt.",
              "ana_l shkruan:", "Po me dyqanet çfarë do të bëhet?", "Marta K. shkruan:", "Unë kaloj çdo ditë aty."]
    assert learned_verbs([Block(t) for t in SQ + thread], ("sq", "en")) == ("shkruan",)
    doc = run_cleaner(CommentThread, "\n\n".join(SQ + thread), language="sq")
    assert texts(doc) == SQ
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Arben Hoxha", thread[1]), ("ana_l", thread[3]), ("Marta K.", thread[5])]


def test_a_said_line_that_does_not_come_back_or_a_language_with_a_file_teaches_no_verb():
    from cleaners.builtin.comment_thread.said import learned_verbs
    quote = ["Ministri Hoxha tha:", "„Ura do të hapet në vjeshtë.“", "Ana Leka shtoi:", "„Ne jemi gati.“"]
    assert learned_verbs([Block(t) for t in SQ + quote], ("sq", "en")) == ()      # two verbs, each once
    doc = run_cleaner(CommentThread, "\n\n".join(SQ + quote), language="sq")
    assert texts(doc) == SQ + quote and doc.comments == ()
    lines = [Block(t) for t in ("Anna Weber sagte:", "Tom Berg sagte:", "Der Minister sagt:", "Die Ministerin sagt:")]
    assert learned_verbs(lines, ("de", "en")) == ()             # German has a file: its `wrote` words are read
    assert learned_verbs([Block("Ann Lee sagte:"), Block("Tom Berg sagte:")], ("en",)) == ()
    assert learned_verbs([Block("Das ist gut:"), Block("Das ist schlecht:"), Block("Arben und:"), Block("Ana und:")],
                         ("sq", "en")) == ()    # a capitalised word then a lower-case one is no name


def test_an_interview_whose_one_speaker_comes_back_under_the_same_verb_teaches_no_verb():
    from cleaners.builtin.comment_thread.said import learned_verbs
    interview = ["Arben Hoxha thotë:", "„Ura do të hapet në vjeshtë, nëse moti e lejon.“",
                 "Arben Hoxha thotë:", "„Për çiklistët do të ketë një korsi të veçantë.“",
                 "Arben Hoxha thotë:", "„Dyqanet do të mbeten të hapura gjatë gjithë punimeve.“"]
    assert learned_verbs([Block(t) for t in SQ + interview], ("sq", "en")) == ()     # one name three times
    doc = run_cleaner(CommentThread, "\n\n".join(SQ + interview), language="sq")
    assert texts(doc) == SQ + interview and doc.comments == ()
    two = interview[:2] + ["Ana L. thotë:", "Unë kaloj çdo ditë aty."]
    assert learned_verbs([Block(t) for t in SQ + two], ("sq", "en")) == ("thotë",)     # two names: a thread's template
