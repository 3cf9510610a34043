"""comment_thread, rule one-run-thread: where two comments or more before the last each held one run of lines touching
its head, the last one ends at its first blank line too, and the article's paragraphs after it stay; where an earlier
comment ran over a blank line, or a blank line parts each head from its text, or fewer than three blocks follow (the
comment's own last paragraph at the body's end), the last may hold two paragraphs."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

CASES = {
    "nl": (["De gemeente heeft de oude schouwburg na twee jaar verbouwen woensdag heropend voor het publiek.",
            "De renovatie kostte ruim veertien miljoen euro, waarvan de provincie een derde betaalde."],
           [("1. Ria – 4 december 2026, 21:14", "Wat mooi dat het gebouw bewaard is gebleven."),
            ("2. Kees B. – 5 december 2026, 07:02", "Weet iemand al wat de kaartjes gaan kosten?"),
            ("3. toneelfan – 3 uur geleden", "Eindelijk weer voorstellingen in de stad.")],
           ["Ook gezelschappen uit Utrecht en Groningen willen er volgend jaar spelen.",
            "De eerste voorstelling staat op 20 december op het programma.",
            "Kaartjes zijn vanaf maandag te koop aan de kassa en online."]),
    "en": (["The town reopened its old theatre on Wednesday after two years of building work.",
            "The restoration cost fourteen million, a third of it paid by the county."],
           [("1. Ria – 4 December 2026, 21:14", "So glad the building was saved."),
            ("2. Ken B. – 5 December 2026, 07:02", "Does anyone know what tickets will cost?"),
            ("3. stagefan – 3 hours ago", "Plays in town again at last.")],
           ["Companies from the north and the coast already want to play there next year.",
            "The first play is on the programme for 20 December.",
            "Tickets go on sale on Monday at the box office and online."]),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_paragraphs_after_a_thread_of_one_run_comments_stay(code):
    article, thread, after = CASES[code]
    text = "\n\n".join(article + [f"{head}\n{body}" for head, body in thread] + after)
    doc = run_cleaner(CommentThread, text, language=code)
    assert texts(doc) == article + after
    assert [c.text for c in doc.comments] == [body for _, body in thread]


@pytest.mark.parametrize("code", sorted(CASES))
def test_the_last_comment_keeps_its_second_paragraph_where_an_earlier_one_ran_over_a_blank_line(code):
    article, thread, after = CASES[code]
    (h1, b1), (h2, b2), (h3, b3) = thread
    text = "\n\n".join(article + [f"{h1}\n{b1}", b2, f"{h2}\n{b2}", f"{h3}\n{b3}", after[1]])
    doc = run_cleaner(CommentThread, text, language=code)
    assert texts(doc) == article
    assert doc.comments[-1].text == f"{b3}\n\n{after[1]}"


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_second_paragraph_of_the_last_comment_at_the_bodys_end_stays_with_it(code):
    article, thread, after = CASES[code]
    text = "\n\n".join(article + [f"{head}\n{body}" for head, body in thread] + after[:1])
    doc = run_cleaner(CommentThread, text, language=code)
    assert texts(doc) == article
    assert doc.comments[-1].text == f"{thread[-1][1]}\n\n{after[0]}"
