"""The "load more" control ending a text dump right after a thread whose comments close with their controls
(rule `thread-more-control`, cleaners/builtin/comment_thread/closing.py), in any language."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

HR = ["Gradsko vijeće odlučilo je u utorak da će stari most preko kanala biti zamijenjen sljedeće godine.",
      "Radovi bi trebali trajati dvije godine i stajati gotovo trideset milijuna eura, rekao je savjetnik.",
      "Novi most imat će zasebne staze za bicikliste i pješake, dodao je gradonačelnik."]
THREAD = ["Marija K. — prije 3 sata", "Konačno, most je bio opasan godinama.", "Odgovori · 2 odgovora",
          "ivan_z — prije 2 sata", "Tko će to platiti na kraju?", "Odgovori · 1 odgovor"]


def _rules(doc):
    return [(r.rule, r.text) for r in doc.removed]


def test_a_short_control_line_ending_the_dump_after_a_closed_thread_goes():
    for more in ("Prikaži još komentara", "Показать больше", "ਹੋਰ ਟਿੱਪਣੀਆਂ ਦੇਖੋ"):
        doc = run_cleaner(CommentThread, "\n\n".join(HR + THREAD + [more]), language="hr")
        assert texts(doc) == HR and len(doc.comments) == 2
        assert ("thread-more-control", more) in _rules(doc)


def test_a_sentence_a_count_or_a_thread_without_controls_keeps_its_last_line():
    for last in ("Hvala svima na komentarima.", "Prikaži još 12 komentara"):
        doc = run_cleaner(CommentThread, "\n\n".join(HR + THREAD + [last]), language="hr")
        assert "thread-more-control" not in [r for r, _ in _rules(doc)]
    bare = [t for t in THREAD if not t.startswith("Odgovori")]
    doc = run_cleaner(CommentThread, "\n\n".join(HR + bare + ["Prikaži još komentara"]), language="hr")
    assert "thread-more-control" not in [r for r, _ in _rules(doc)]
