"""A credit line under an article's question, quote or two sentences in a dump of single line breaks takes the
credit only; a caption line over a credit still goes with it."""
import pytest

_DUMPS = {
    "en": ("Flooded streets", [
        "Heavy rain flooded the lower town on Tuesday, and the council opened two shelters for families.",
        "The river rose by almost two metres in a single night, the highest level recorded since the dam was built.",
        "Engineers will inspect the embankment next week before the repairs are planned.",
    ], "Photo: Getty Images", "Residents wade through a flooded street near the old market"),
    "de": ("Überflutete Straßen", [
        "Starker Regen hat am Dienstag die Unterstadt überflutet, und die Stadt hat zwei Notunterkünfte eröffnet.",
        "Der Fluss stieg in einer einzigen Nacht um fast zwei Meter, so hoch wie seit dem Bau des Damms nicht mehr.",
        "Ingenieure prüfen den Damm in der kommenden Woche, bevor die Reparaturen geplant werden.",
    ], "Foto: Getty Images", "Anwohner waten durch eine überflutete Straße nahe dem alten Markt"),
}
_LINES = {
    "en": ["Will the town be ready for the next storm?",
           "\"We were not warned in time,\" said the owner of a bakery on the square.",
           "The water fell by noon. Shops reopened in the afternoon."],
    "de": ["Ist die Stadt für das nächste Unwetter gerüstet?",
           "„Wir wurden nicht rechtzeitig gewarnt“, sagte die Besitzerin einer Bäckerei am Platz.",
           "Das Wasser sank bis Mittag. Die Geschäfte öffneten am Nachmittag wieder."],
}


@pytest.fixture(scope="module")
def pipeline():
    from cleaners.pipeline import Pipeline
    return Pipeline()


def _record(pipeline, code: str, line: str) -> dict:
    title, (a, b, c), credit, _ = _DUMPS[code]
    text = "\n".join([title, a, b, line, credit, c]) + "\n"
    return pipeline.record(pipeline.document("dump.txt", text.encode(), "text").with_metadata(language=code))


@pytest.mark.parametrize("code,k", [(c, k) for c in _LINES for k in range(3)])
def test_prose_over_a_credit_stays(pipeline, code, k):
    line = _LINES[code][k]
    rec = _record(pipeline, code, line)
    assert line in rec["body"]
    assert _DUMPS[code][2] not in rec["body"]


@pytest.mark.parametrize("code", list(_DUMPS))
def test_caption_over_a_credit_goes(pipeline, code):
    caption = _DUMPS[code][3]
    rec = _record(pipeline, code, caption)
    assert caption not in rec["body"]
    assert any(r["rule"] == "credited-caption" for r in rec["removed"])
    assert _DUMPS[code][1][2] in rec["body"]


def test_prose_line():
    from cleaners.builtin._caption_prose import prose_line
    assert prose_line("האם מחיר המים ירד בעקבות זאת?")
    assert prose_line("«Δεν μας ενημέρωσαν εγκαίρως», είπε ο ιδιοκτήτης.")
    assert not prose_line("Dr. Lee at the opening of the new clinic.")
    assert not prose_line("Fans at the gate before the match")
