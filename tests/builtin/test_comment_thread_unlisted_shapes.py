"""Comment heads of text dumps in a language without a file, known by shape and repetition: a date with a clock time
after connector words (`clock-tail`), a reply head closing with an earlier commenter's name (`reply-to-commenter`),
said lines with a date under them or before their colon (`said-dated`, `said-on-date`) and runs of said lines of
several verbs under three names (`said-names`)."""
from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.clock import clock_date
from cleaners.builtin.comment_thread.heads import vocabulary
from cleaners.builtin.comment_thread.replies import lead_and_name
from cleaners.builtin.comment_thread.said import dated_verb, learned_verbs
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts
from .test_comment_thread_rows import IS

REMARKS = ["Loksins gerist eitthvað, brúna hefur vantað í mörg ár.", "En hver borgar þetta á endanum?",
           "Ég hjóla þarna á hverjum degi."]


def _clean(lines: list[str]):
    assert lang.load("is") is None
    return run_cleaner(CommentThread, "\n\n".join(IS + lines), language="is")


def test_clock_tail_a_date_and_a_clock_time_after_short_connector_words_is_a_date():
    assert clock_date("13. mars 2024 kl. 10:34", ("is", "en")) == "2024-03-13T10:34:00"
    assert clock_date("13. mars 2024, — 9.05", ("is", "en")) == "2024-03-13T09:05:00"
    assert clock_date("13. mars 2024 kl. 25:10", ("is", "en")) is None          # no hour of a clock
    assert clock_date("12 May 2020 we met them at 10:30", ("en",)) is None       # a sentence: too many words
    assert clock_date("Gate B kl. 10:30", ("is", "en")) is None                   # no date before the clock


def test_clock_tail_heads_make_a_thread_and_give_each_comment_its_time():
    thread = ["Anna K. · 13. mars 2024 kl. 10:34", REMARKS[0], "gunni_77 · 14. mars 2024 kl. 8:02", REMARKS[1]]
    doc = _clean(thread)
    assert texts(doc) == IS
    assert [(c.author, c.date) for c in doc.comments] == [("Anna K.", "2024-03-13T10:34:00"),
                                                          ("gunni_77", "2024-03-14T08:02:00")]


def test_clock_tail_a_timetable_line_in_the_article_opens_no_comment():
    table = ["Ferja · 13. mars 2024 kl. 10:34", "Ferjan fer frá höfninni á hverjum morgni."]
    doc = _clean(table)
    assert texts(doc) == IS + table and doc.comments == ()      # one such line: no run of heads


def test_reply_to_commenter_a_lead_in_and_an_earlier_commenters_name_is_a_reply_head():
    assert lead_and_name("Svar til Anna K.:", {"anna k.": "Anna K."}) == "Anna K."
    assert lead_and_name("Bréf til Anna K.:", {"gunni_77": "gunni_77"}) is None      # no commenter of that name
    assert lead_and_name("Anna K.:", {"anna k.": "Anna K."}) is None                  # no lead-in: a label
    assert lead_and_name("Svar til Anna K.", {"anna k.": "Anna K."}) is None          # no colon


def test_reply_to_commenter_makes_a_reply_to_the_named_comment():
    thread = ["Anna K. · 3. mars 2024", REMARKS[0], "gunni_77 · 4. mars 2024", REMARKS[1], "Svar til Anna K.:", REMARKS[2]]
    doc = _clean(thread)
    assert texts(doc) == IS
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [("Anna K.", 0, None), ("gunni_77", 0, None),
                                                                     (None, 1, 0)]


def test_reply_to_commenter_a_line_naming_someone_no_head_gave_stays_in_the_article():
    letter = ["Bréf til Jóns Jónssonar:", "Kæri Jón, brúin verður opnuð í vor."]
    doc = _clean(IS[:1] + letter + ["Anna K. · 3. mars 2024", REMARKS[0], "gunni_77 · 4. mars 2024", REMARKS[1]])
    assert texts(doc) == IS + IS[:1] + letter and len(doc.comments) == 2


def test_said_dated_a_said_line_with_a_date_under_it_teaches_its_verb():
    thread = ["Anna K. skrifaði:", "13. mars 2024", REMARKS[0], "gunni_77 svaraði:", "14. mars 2024 kl. 8:02", REMARKS[1]]
    assert learned_verbs([Block(t) for t in IS + thread], ("is", "en")) == ("skrifaði", "svaraði")
    doc = _clean(thread)
    assert texts(doc) == IS and [(c.author, c.date) for c in doc.comments] == [
        ("Anna K.", "2024-03-13"), ("gunni_77", "2024-03-14T08:02:00")]


def test_said_dated_a_quote_under_a_said_line_teaches_nothing():
    quote = ["Ráðherra Jónsson sagði:", "„Brúin verður opnuð í vor.“", "Anna Leka bætti við:", "„Við erum tilbúin.“"]
    assert learned_verbs([Block(t) for t in IS + quote], ("is", "en")) == ()
    assert _clean(quote).comments == ()


def test_said_on_date_the_words_between_a_name_and_a_date_before_the_colon_are_a_verb():
    vocab = vocabulary(("is", "en"))
    assert dated_verb("Anna K. svaraði þann 13. mars 2024 kl. 10:34:", frozenset(), vocab) == "svaraði þann"
    assert dated_verb("Anna K. fæddist 13. mars 1950.", frozenset(), vocab) is None        # no colon: a sentence
    assert dated_verb("Anna K. fór þangað með okkur 13. mars 2024:", frozenset(), vocab) is None   # a clause
    thread = ["Anna K. svaraði þann 13. mars 2024:", REMARKS[0], "gunni_77 skrifaði þann 14. mars 2024:", REMARKS[1]]
    doc = _clean(thread)
    assert texts(doc) == IS and [c.author for c in doc.comments] == ["Anna K.", "gunni_77"]


def test_said_names_a_run_of_said_lines_under_three_names_teaches_every_verb():
    thread = ["Anna K. skrifaði:", REMARKS[0], "gunni_77 svaraði:", REMARKS[1], "Sigga sagði...", REMARKS[2]]
    assert learned_verbs([Block(t) for t in IS + thread], ("is", "en")) == ("skrifaði", "svaraði", "sagði")
    doc = _clean(thread)
    assert texts(doc) == IS and [c.author for c in doc.comments] == ["Anna K.", "gunni_77", "Sigga"]
    two = thread[:4] + ["> Sigga", REMARKS[2]]          # two names and a reply head
    assert learned_verbs([Block(t) for t in IS + two], ("is", "en")) == ("skrifaði", "svaraði")


def test_said_names_a_said_shaped_line_far_above_the_run_or_two_speakers_teach_nothing():
    heading = ["Helstu breytingar:", "- hærri bætur,", "- styttri frestur."] + IS + IS[:2]     # an article's list
    thread = ["Anna K. skrifaði:", REMARKS[0], "gunni_77 skrifaði:", REMARKS[1], "Sigga skrifaði:", REMARKS[2]]
    assert learned_verbs([Block(t) for t in heading + thread], ("is", "en")) == ("skrifaði",)
    doc = _clean(heading + thread)
    assert texts(doc) == IS + heading and [c.author for c in doc.comments] == ["Anna K.", "gunni_77", "Sigga"]
    two = ["Anna K. skrifaði:", REMARKS[0], "gunni_77 svaraði:", REMARKS[1]]     # two speakers, one line each
    assert learned_verbs([Block(t) for t in IS + two], ("is", "en")) == ()
