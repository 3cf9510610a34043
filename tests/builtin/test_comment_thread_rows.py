"""Reaction rows of a comment thread in a language without a file, known by their shape (rule `aged-control-row`,
cleaners/builtin/comment_thread/control_lines.py): "Mér líkar þetta · Svara · 5 á", "Svara · Mér líkar þetta (12)"."""
from cleaners import lang
from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.control_lines import recurring_controls
from cleaners.builtin.comment_thread.heads import vocabulary
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

IS = ["Borgin opnaði í dag nýja brú yfir ána sem á að létta umferðina í miðbænum verulega.",
      "Framkvæmdir stóðu yfir í þrjú ár og kostuðu nærri tvo milljarða króna, sagði talsmaður borgarinnar.",
      "Borgarstjórinn sagði að brúin væri einnig tilbúin fyrir sporvagnalínu á næstu árum."]


def _rows(lines: list[str]) -> frozenset[int]:
    return recurring_controls([Block(t) for t in lines], vocabulary(("is", "en")))


def test_a_reaction_row_with_an_age_or_a_count_and_a_control_of_three_words_is_a_control():
    assert lang.load("is") is None
    assert _rows(["Mér líkar þetta · Svara · 5 á", "Texti.", "Mér líkar þetta · Svara · 2 á"]) == frozenset({0, 2})
    assert _rows(["Svara | Mér líkar þetta (12)", "Texti.", "Svara | Mér líkar þetta (3)"]) == frozenset({0, 2})


def test_a_name_and_an_age_a_byline_or_a_breadcrumb_is_no_reaction_row():
    assert _rows(["Jón Páll Sigurðsson · 3 klst", "Jón Páll Sigurðsson · 5 klst"]) == frozenset()   # a head: one word part
    assert _rows(["Eftir Jón Jónsson · 5 mín lestur", "Eftir Jón Jónsson · 5 mín lestur"]) == frozenset()   # a byline
    assert _rows(["Heim · Fréttir · Innlent", "Heim · Fréttir · Innlent"]) == frozenset()    # a breadcrumb: no age
    assert _rows(["Mér líkar þetta mjög vel · Svara · 5 á"] * 2) == frozenset()   # a part of more than three words
    assert _rows(["Mér líkar þetta · Svara · 5 á"]) == frozenset()     # a shape that does not come back


def test_a_thread_cut_by_reaction_rows_goes_to_comments_with_the_names_above():
    thread = ["Anna K.", "Loksins gerist eitthvað, brúna hefur vantað í mörg ár.", "Mér líkar þetta · Svara · 5 á",
              "gunni_77", "En hver borgar þetta á endanum?", "Mér líkar þetta · Svara · 3 á",
              "Sigga", "Ég hjóla þarna á hverjum degi.", "Mér líkar þetta · Svara · 1 á"]
    doc = run_cleaner(CommentThread, "\n\n".join(IS + thread), language="is")
    assert texts(doc) == IS
    assert [(c.author, c.text) for c in doc.comments] == [
        ("Anna K.", thread[1]), ("gunni_77", thread[4]), ("Sigga", thread[7])]
    assert [r.rule for r in doc.removed].count("comment-chrome") == 3


def test_prose_with_middle_dots_stays_in_the_article():
    prose = ["Reykjavík · Akureyri · Ísafjörður: þrjár borgir, ein áætlun fyrir árið 2026.",
             "Mér líkar þetta · Svara · 5 á er ekki setning sem neinn skrifar í grein."]
    doc = run_cleaner(CommentThread, "\n\n".join(IS + prose + IS), language="is")
    assert texts(doc) == IS + prose + IS and doc.comments == ()
