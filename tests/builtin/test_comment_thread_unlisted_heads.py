"""Comment heads of text dumps in a language without a file: a learned verb of two words or closed by an ellipsis
(said.py), an abbreviated time unit with its full stop, a one-word age closing the line (heads.py)."""
from cleaners.builtin.comment_thread import CommentThread, head_of
from cleaners.builtin.comment_thread.said import said_verb
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts
from .test_comment_thread_rows import IS
from .test_comment_thread_unlisted import BE

REMARKS = ["Loksins gerist eitthvað, brúna hefur vantað í mörg ár.", "En hver borgar þetta á endanum?",
           "Ég hjóla þarna á hverjum degi."]


def test_a_verb_of_two_words_or_closed_by_an_ellipsis_is_read():
    assert said_verb("Jean Dupont a dit :", frozenset()) == "a dit"
    assert said_verb("Anna pisze...", frozenset()) == "pisze"
    assert said_verb("kestrel_77 a répondu\u2026", frozenset()) == "a répondu"
    assert said_verb("Le ministre a dit :", frozenset()) is None        # no name before the verb
    assert said_verb("Anna Kowalska pisze", frozenset()) is None        # no colon, no ellipsis
    assert said_verb("Anna hefur lengi skrifað:", frozenset()) is None   # three lower-case words: a clause


def test_a_thread_of_heads_with_a_learned_verb_of_two_words_goes_to_comments():
    thread = ["Anna K. hefur skrifað:", REMARKS[0], "gunni_77 hefur skrifað:", REMARKS[1],
              "Sigga hefur skrifað...", REMARKS[2]]
    doc = run_cleaner(CommentThread, "\n\n".join(IS + thread), language="is")
    assert texts(doc) == IS and [c.author for c in doc.comments] == ["Anna K.", "gunni_77", "Sigga"]


def test_one_name_with_a_verb_of_two_words_in_the_article_stays():
    quote = ["Borgarstjórinn hefur skrifað:", "Brúin er tilbúin fyrir sporvagninn."]
    doc = run_cleaner(CommentThread, "\n\n".join(IS + quote + IS[:1]), language="is")
    assert texts(doc) == IS + quote + IS[:1] and doc.comments == ()


def test_an_abbreviated_unit_with_its_full_stop_or_an_age_closing_the_line_is_a_heads_date():
    assert head_of(Block("Марыя • 3 гадз. таму"), ("be",)).author == "Марыя"
    assert head_of(Block("Ann Lee — yesterday"), ("en",)).author == "Ann Lee"
    assert head_of(Block("Markets fell yesterday"), ("en",)) is None
    assert head_of(Block("Марыя • 3 гадз. пазней і болей"), ("be",)) is None


def test_a_thread_of_heads_with_a_one_word_age_goes_to_comments():
    thread = ["Марыя Пятрова — учора", "Нарэшце нешта адбываецца, моста не хапала гадамі.",
              "piotr_k • 3 гадз. таму", "А хто ў выніку заплаціць?"]
    doc = run_cleaner(CommentThread, "\n\n".join(BE + thread), language="be")
    assert texts(doc) == BE and [c.author for c in doc.comments] == ["Марыя Пятрова", "piotr_k"]


def test_a_word_and_a_one_word_age_without_a_sign_between_them_opens_no_comment():
    call = "Ахвяруйце сёння"        # "Donate today": a call, no name and age
    thread = ["Марыя Пятрова — учора", "Нарэшце нешта адбываецца, моста не хапала гадамі.",
              "> Марыя Пятрова", "А хто ў выніку заплаціць?"]      # a reply head goes with a head of any shape
    doc = run_cleaner(CommentThread, "\n\n".join(BE[:2] + [call] + BE[2:] + thread), language="be")
    assert texts(doc) == BE[:2] + [call] + BE[2:] and len(doc.comments) == 2
