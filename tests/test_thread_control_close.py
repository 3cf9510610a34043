"""A thread whose control lines close each comment with its own count ("Reply | Like (17)", "Reply | Like (4)"):
the last comment ends at its control line too, and the article going on under it in a dump of single line breaks
stays (rule `closed-last-comment`), short lines that no rule reads as the article's prose too."""
import pytest

_DUMPS = {
    "en": (["Flooded streets in the lower town",
            "Heavy rain flooded the lower town on Tuesday, and the council opened two shelters for families.",
            "The river rose by almost two metres in a single night, the highest level since the dam was built.",
            "12 comments"],
           [("Maria K · 3 hours ago", "The drains have not been cleaned for years.", "Reply | Like (17)"),
            ("old_harbour · 2 hours ago", "We had water in the cellar again this morning.", "Reply | Like (4)"),
            ("Tom · 1 hour ago", "Thanks to the firefighters who came so quickly.", "Reply | Like (23)")],
           ["The repairs start in May.", "Will the town be ready for the next storm?"]),
    "de": (["Überflutete Straßen in der Unterstadt",
            "Starker Regen hat am Dienstag die Unterstadt überflutet, und die Stadt hat zwei Notunterkünfte eröffnet.",
            "Der Fluss stieg in einer einzigen Nacht um fast zwei Meter, so hoch wie seit dem Bau des Damms nicht mehr.",
            "12 Kommentare"],
           [("Maria K · vor 3 Stunden", "Die Abflüsse wurden seit Jahren nicht gereinigt.", "Antworten | Gefällt mir (17)"),
            ("alter_hafen · vor 2 Stunden", "Wir hatten heute Morgen wieder Wasser im Keller.", "Antworten | Gefällt mir (4)"),
            ("Tom · vor 1 Stunde", "Danke an die Feuerwehr, die so schnell gekommen ist.", "Antworten | Gefällt mir (23)")],
           ["Die Reparaturen beginnen im Mai.", "Ist die Stadt für das nächste Unwetter gerüstet?"]),
}


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


def _record(pipeline, code: str, after: bool) -> dict:
    head, comments, last = _DUMPS[code]
    lines = head + [line for c in comments for line in c] + (last if after else [])
    text = "\n".join(lines) + "\n"
    return pipeline.record(pipeline.document("dump.txt", text.encode(), "text").with_metadata(language=code))


@pytest.mark.parametrize("code", list(_DUMPS))
def test_article_under_the_last_closed_comment_stays(pipeline, code):
    rec = _record(pipeline, code, after=True)
    for line in _DUMPS[code][2]:
        assert line in rec["body"]
        assert all(line not in c["text"] for c in rec["comments"])


@pytest.mark.parametrize("code,after", [(c, a) for c in _DUMPS for a in (True, False)])
def test_comments_still_taken(pipeline, code, after):
    rec = _record(pipeline, code, after)
    for _, text, control in _DUMPS[code][1]:
        assert text not in rec["body"] and control not in rec["body"]
    assert [c["text"] for c in rec["comments"]] == [text for _, text, _ in _DUMPS[code][1]]


def test_closed_by():
    from cleaners.builtin.comment_thread.closing import closed_by
    enders = frozenset({"reply | like (17)"})
    assert closed_by(enders, "Reply | Like (4)", "The repairs start in May.")
    assert not closed_by(enders, "Reply | Like (4)", "Share ›")      # chrome under it stays the last comment's
    assert closed_by(enders, "Reply | Like (17)", "Share ›")
    assert not closed_by(enders, "Report (4)", "The repairs start in May.")
