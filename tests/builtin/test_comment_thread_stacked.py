"""Comment heads set as a name alone, the comment's date or age alone under it, the text under that
(signal ``stacked``, cleaners/builtin/comment_thread `_stacked_heads`): "Olga P." / "12.03.2024 14:05" / text."""
from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

DE = ["Die Stadtwerke haben den Bau des neuen Wasserwerks um ein Jahr verschoben, wie ein Sprecher mitteilte.",
      "Als Grund nannte das Unternehmen gestiegene Baukosten und Lieferschwierigkeiten bei den Filteranlagen."]


def test_names_over_their_dates_open_comments():
    thread = ["Olga P.\n12.03.2024 14:05\nDas war doch absehbar, warum hat niemand früher reagiert?",
              "citizen42\n13.03.2024 09:12\nIch wohne direkt daneben und finde das gut.",
              "Hannes77\nvor 3 Stunden\nUnd am Ende zahlt wieder der Bürger."]
    doc = run_cleaner(CommentThread, "\n\n".join(DE + thread), language="de")
    assert texts(doc) == DE
    assert [(c.author, c.text, c.depth) for c in doc.comments] == [
        ("Olga P.", "Das war doch absehbar, warum hat niemand früher reagiert?", 0),
        ("citizen42", "Ich wohne direkt daneben und finde das gut.", 0),
        ("Hannes77", "Und am Ende zahlt wieder der Bürger.", 0)]
    assert doc.comments[0].date and doc.comments[0].date.startswith("2024-03-12")


def test_one_name_over_a_date_or_a_heading_over_a_date_line_is_no_thread():
    byline = ["Petra Lindner\n12.03.2024 14:05\n" + DE[0], DE[1]]
    doc = run_cleaner(CommentThread, "\n\n".join(byline), language="de")
    assert doc.comments == () and texts(doc) == byline[0].split("\n") + [DE[1]]
    sections = [DE[0], "Chronik\n2019\nDer Plan wurde im Stadtrat zum ersten Mal vorgestellt, damals noch ohne Kosten.",
                "Kritik\nMärz 2024\nDie Opposition sprach von einem vorhersehbaren Planungsfehler der Verwaltung."]
    doc = run_cleaner(CommentThread, "\n\n".join(sections), language="de")
    assert doc.comments == ()
