"""A notice or a call glued after a short paragraph's own sentences (cleaners/builtin/_notice_split.py): the tail
goes under the rule that would have cut the block whole, the paragraph stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.legal import Legal
from cleaners.document import Block, Document

from ..conftest import run_cleaner
from . import texts

LEAD = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("cleaner,code,para,tail,rule", [
    (Legal, "en", "The bakery reopened on Friday.", "© 2025 Riverside Courier. All rights reserved.", "copyright"),
    (Legal, "de", "Die Brücke bleibt bis März gesperrt.",
     "Bei Käufen über diese Links erhalten wir eine Provision.", "editorial-notice"),
    (Legal, "hi", "किसानों का भुगतान अब तक नहीं हुआ।", "© 2026 अवध टाइम्स। सर्वाधिकार सुरक्षित।", "copyright"),
    (CallsToAction, "de", "Die Grundschule bleibt morgen geschlossen.", "Folgen Sie uns auf Instagram und Facebook.",
     "appeal-tail"),          # a call glued on is logged as the glued calls are (_appeal_tail)
])
def test_a_notice_glued_after_a_short_paragraph_goes_alone(cleaner, code, para, tail, rule):
    for glue in ("  ", " ", ""):
        doc = run_cleaner(cleaner, f"{LEAD}\n\n{para}{glue}{tail}", language=code)
        assert texts(doc) == [LEAD, para], glue
        assert [(r.rule, r.text, r.inline) for r in doc.removed] == [(rule, tail, True)]


@pytest.mark.parametrize("code,para,tail", [
    ("he", "האם מחירי הדירות בעיר ירדו בשנה הבאה?", "כל הזכויות שמורות © 2025 חדשות העמק"),
    ("es", "¿Bajará el precio del agua el año que viene?", "Todos los derechos reservados © 2025 Diario del Valle"),
])
def test_a_question_before_a_copyright_sign_stays(code, para, tail):
    """A question closing the article's paragraph before a rights line: no call answers it, it stays."""
    doc = run_cleaner(Legal, f"{LEAD}\n\n{para}  {tail}", language=code)
    assert texts(doc) == [LEAD, para] and [r.text for r in doc.removed] == [tail]


def test_a_notice_glued_to_the_last_line_of_a_wrapped_paragraph_leaves_the_line_its_words():
    lines = ["The harbour office said the ferry timetable", "changes on Monday.  © 2025 Riverside Courier. All rights reserved."]
    doc = Document(source="test.txt", kind="text", raw=b"", blocks=(Block(lines[0]), Block(lines[1], gap=0)))
    doc = Legal().clean(doc)
    assert texts(doc) == [lines[0], "changes on Monday."]
    assert [(r.rule, r.inline) for r in doc.removed] == [("copyright", True)]
    doc = Legal().clean(Document(source="test.txt", kind="text", raw=b"", blocks=(Block(lines[0]), Block(lines[1]))))
    assert texts(doc) == [lines[0]]          # a line of its own (a blank line above it): two words are no paragraph


@pytest.mark.parametrize("cleaner,code,line", [
    (Legal, "en", "This article contains affiliate links. We may earn a commission on purchases."),   # a notice of two
    (Legal, "en", "Photos © Ann Lee 2025. All rights reserved."),                  # the sign in the first sentence
    (Legal, "en", "Thanks!  © 2025 Riverside Courier. All rights reserved."),      # no article sentence before it
    (CallsToAction, "en", "Liked this story? Follow us on Facebook and Instagram."),   # a call answering a question
    (CallsToAction, "de", "Danke!  Folgen Sie uns auf Instagram und Facebook."),
])
def test_a_notice_of_its_own_sentences_still_goes_whole(cleaner, code, line):
    doc = run_cleaner(cleaner, f"{LEAD}\n\n{line}", language=code)
    assert texts(doc) == [LEAD] and [r.inline for r in doc.removed] == [False]


@pytest.mark.parametrize("cleaner,line", [
    (Legal, "The publisher said the copyright of the photographs stays with the family. The court agreed on Monday."),
    (Legal, "The photographer sued. All rights reserved, the label said, but the court found the notice was added later."),
    (CallsToAction, "The council opened a page. Follow us on Facebook, the mayor told the crowd on Saturday."),
    (CallsToAction, "More than 4,000 people now follow the council on Facebook and Instagram, its spokesman said."),
])
def test_a_paragraph_about_copyright_or_following_a_page_stays_whole(cleaner, line):
    doc = run_cleaner(cleaner, f"{LEAD}\n\n{line}")
    assert texts(doc) == [LEAD, line] and not doc.removed


def test_notice_tail_gives_where_the_notice_starts_or_none():
    from cleaners.builtin._notice_split import notice_tail
    blocks = (Block("The bakery reopened on Friday.  © 2025 Riverside Courier. All rights reserved."),)
    assert notice_tail(blocks, 0, lambda s: s.startswith("©")) == len("The bakery reopened on Friday.  ")
    assert notice_tail(blocks, 0, lambda s: False) is None


@pytest.mark.parametrize("code,tail,rule", [
    ("en", "Correction: The vote was held on Tuesday, not on Monday.", "editorial-notice"),
    ("de", "Korrektur: Die Abstimmung fand am Dienstag statt, nicht am Montag.", "editorial-notice"),
])
def test_a_notice_no_rule_reads_whole_goes_from_a_paragraph_of_eight_words(code, tail, rule):
    para = {"en": "The new ferry will carry two hundred passengers from the harbour in March.",
            "de": "Die neue Fähre soll ab März zweihundert Fahrgäste über den Fluss bringen."}[code]
    doc = run_cleaner(Legal, f"{LEAD}\n\n{para} {tail}", language=code)
    assert texts(doc) == [LEAD, para] and [(r.rule, r.text, r.inline) for r in doc.removed] == [(rule, tail, True)]


@pytest.mark.parametrize("para", [
    "The ferry sails in March. Correction: The vote was held on Tuesday.",   # the head too short for a paragraph
    "The publisher's lawyer said the ruling changes nothing for readers. Copyright 2026 is the year the law "
    "changes, the court said.",                                            # the notice reports someone
    "The firm printed a correction in the Saturday paper after the mayor's office complained. Correction: the "
    "station reported the wrong date, the editor wrote.",
])
def test_a_short_head_or_a_reported_notice_after_a_paragraph_stays(para):
    doc = run_cleaner(Legal, f"{LEAD}\n\n{para}")
    assert texts(doc) == [LEAD, para]


PARAGRAPH = ("Residents of the estate by the mill stream have put notices on every door inviting neighbours to a meeting "
             "on Thursday evening.")


@pytest.mark.parametrize("tail", [
    "This text was written with the help of AI tools. It was reviewed by an editor before publication.",
    "The views expressed are the author's own. They do not necessarily reflect those of this site.",
])
def test_a_disclaimer_glued_after_a_paragraph_goes_alone(tail):
    """legal's ``disclaimer`` (two legal phrases over its sentences) glued after a paragraph of `MIN_DISCLAIMER_HEAD`
    words: the paragraph stays (it was cut whole with it)."""
    for glue in (" ", ""):
        doc = run_cleaner(Legal, f"{LEAD}\n\n{PARAGRAPH}{glue}{tail}", language="en")
        assert texts(doc) == [LEAD, PARAGRAPH], glue
        assert [(r.rule, r.inline) for r in doc.removed] == [("disclaimer", True)]


@pytest.mark.parametrize("line", [
    "Opinion pieces on this site are written by guest contributors from the region. The views expressed are the "
    "author's own and do not necessarily reflect ours.",
    "Opinions here belong to their writer. They do not necessarily reflect the views expressed by this site.",
])
def test_a_disclaimer_whose_first_sentence_holds_no_legal_phrase_still_goes_whole(line):
    doc = run_cleaner(Legal, f"{LEAD}\n\n{line}", language="en")
    assert texts(doc) == [LEAD] and [r.inline for r in doc.removed] == [False]
