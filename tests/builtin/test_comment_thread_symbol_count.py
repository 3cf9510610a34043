"""A count beside a pictograph or symbol in a comment's control line ("👍 33   Reply", "♥ 5 · Balas"): rule
`symbol-count` (cleaners/builtin/comment_thread/control_lines.py). The line is the comment's control, so the thread's
last comment ends at it and the article's paragraph printed right under it (a single line break) stays the body's."""
import pytest

from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.control_lines import is_control, recurring_controls
from cleaners.builtin.comment_thread.heads import vocabulary
from cleaners.document import Block

from ..conftest import run_cleaner
from . import texts

EN = ["The city opened its new ferry line on Monday, linking the old harbour with the islands in twenty minutes.",
      "Officials said the boats would run every half hour from six in the morning until midnight, all year round.",
      "Fares start at two euros, and monthly passes for the buses and trams are valid on the ferries as well."]
LAST = ("The harbour office said the line carried more than four thousand people on its first day, twice what it "
        "expected.")
REMARKS = ["Finally, this saves me an hour every day.", "Will there be a night boat at weekends?",
           "The pier needs a roof before winter comes."]
MS = ["Kerajaan negeri membuka laluan feri baharu pada hari Isnin yang menghubungkan pelabuhan lama dengan pulau.",
      "Menurut pegawai, bot akan bergerak setiap setengah jam dari pukul enam pagi hingga tengah malam.",
      "Tambang bermula dari dua ringgit dan pas bulanan bas juga sah digunakan di atas feri tersebut."]
MS_LAST = "Pejabat pelabuhan berkata laluan itu membawa lebih empat ribu penumpang pada hari pertama operasinya."
MS_REMARKS = ["Akhirnya, saya jimat sejam setiap hari.", "Adakah bot malam pada hujung minggu?",
              "Jeti perlu bumbung sebelum musim tengkujuh."]


def _thread(names: list[str], remarks: list[str], control: str) -> list[str]:
    out = []
    for k, (name, remark) in enumerate(zip(names, remarks)):
        out += [f"@{name} · {12 + 7 * k} min", remark, control.format(n=3 + 11 * k)]
    return out


@pytest.mark.parametrize("line,code", [("👍 33   Reply", "en"), ("♥ 5 · Reply", "en"), ("12 ❤️ · Reply", "en"),
                                       ("👍 33   Balas", "ms")])
def test_symbol_count_a_count_beside_a_pictograph_is_a_control_lines_count(line, code):
    assert is_control(line, vocabulary((code,)))


@pytest.mark.parametrize("line", ["👍 Great story · Reply", "Top 10 · Reply", "👍 33 people liked the ferry"])
def test_symbol_count_a_pictograph_beside_words_or_a_count_in_a_phrase_is_no_control(line):
    assert not is_control(line, vocabulary(("en",)))


def test_symbol_count_a_recurring_reaction_row_in_words_no_file_holds_is_a_control():
    rows = [Block(t) for t in ["Anna · 3 min", REMARKS[0], "👍 13   Svara", "Bo · 9 min", REMARKS[1], "👍 2   Svara"]]
    assert recurring_controls(rows, vocabulary(("is",))) == frozenset({2, 5})


@pytest.mark.parametrize("code,article,last,remarks,heading", [("en", EN, LAST, REMARKS, "Comments (3)"),
                                                              ("ms", MS, MS_LAST, MS_REMARKS, "3 komen")])
def test_symbol_count_the_paragraph_under_the_last_comments_reaction_row_stays_the_article(code, article, last,
                                                                                             remarks, heading):
    control = "👍 {n}   Reply" if code == "en" else "👍 {n}   Balas"
    lines = article + [heading] + _thread(["ann_lee", "Raju", "siti_kl"], remarks, control) + [last]
    doc = run_cleaner(CommentThread, "\n".join(lines), language=code)
    assert [c.text for c in doc.comments] == remarks
    assert last in " ".join(texts(doc)) and all(p in " ".join(texts(doc)) for p in article)


def test_symbol_count_a_comment_that_is_a_pictograph_and_words_keeps_its_text():
    remarks = ["👍 Great idea", REMARKS[1], REMARKS[2]]
    lines = EN + ["Comments (3)"] + _thread(["ann_lee", "Raju", "siti_kl"], remarks, "👍 {n}   Reply") + [LAST]
    doc = run_cleaner(CommentThread, "\n".join(lines), language="en")
    assert [c.text for c in doc.comments] == remarks and LAST in " ".join(texts(doc))
