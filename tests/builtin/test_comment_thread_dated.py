"""comment_thread, rule dated-thread-name: where every head of a thread closed by control lines carries its comment's
age, an undated line under the last control line with no control under it (the article's subheading set in bold after
the thread) opens no comment; an undated name whose comment a control line closes still does."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

CASES = {
    "en": (["The new tram line to the airport opened on Thursday after four years of building work.",
            "The city expects about twenty thousand passengers a day in the first year of service."],
           ["@lena_k · 40 minutes ago", "Will it run at night too?", "👍 4   Reply",
            "@Marco · 12 minutes ago", "Finally, well done to everyone involved.", "👍 9   Reply"],
           "Ticket prices",
           "A single ride costs two euros, and a monthly pass for students costs half the usual price.",
           "Jonas Berg"),
    "de": (["Die neue Straßenbahnlinie zum Flughafen ist am Donnerstag nach vier Jahren Bauzeit eröffnet worden.",
            "Die Stadt rechnet im ersten Jahr mit rund zwanzigtausend Fahrgästen am Tag."],
           ["@lena_k · vor 40 Minuten", "Fährt sie auch nachts?", "👍 4   Antworten",
            "@Marco · vor 12 Minuten", "Endlich, Glückwunsch an alle Beteiligten.", "👍 9   Antworten"],
           "Die Fahrpreise",
           "Eine Einzelfahrt kostet zwei Euro, eine Monatskarte für Studierende die Hälfte des üblichen Preises.",
           "Jonas Berg"),
}


@pytest.mark.parametrize("code", sorted(CASES))
@pytest.mark.parametrize("mark", ["**", "__"])
def test_a_bold_subheading_after_a_dated_thread_opens_no_comment(code, mark):
    article, thread, sub, after, _ = CASES[code]
    heading = f"{mark}{sub}{mark}"
    doc = run_cleaner(CommentThread, "\n\n".join(article + thread + [heading, after]), language=code)
    assert texts(doc) == article + [heading, after]
    assert [c.author for c in doc.comments] == ["lena_k", "Marco"]


@pytest.mark.parametrize("code", sorted(CASES))
def test_an_undated_name_whose_comment_a_control_closes_is_the_threads(code):
    article, thread, _, _, name = CASES[code]
    reply = thread[2].split()[-1]
    doc = run_cleaner(CommentThread, "\n\n".join(article + thread + [name, "Good idea, should have come years ago.",
                                                                       f"👍 2   {reply}"]), language=code)
    assert texts(doc) == article
    assert [c.author for c in doc.comments] == ["lena_k", "Marco", name]
