"""A commenter's picture as its alt text above the name (rule `commenter-picture`), a sort control under the
thread's header (`comment-sort`) and controls parted by wide gaps ("Reply  Like (16)"):
cleaners/builtin/comment_thread/opening.py and `control_lines.is_control`."""
import pytest

from cleaners.builtin.comment_thread import CommentThread
from cleaners.builtin.comment_thread.control_lines import is_control
from cleaners.builtin.comment_thread.heads import vocabulary
from cleaners.builtin.comment_thread.opening import is_picture, is_sort_control

from ..conftest import run_cleaner
from . import cuts, texts

EN = ["Dock workers returned to work on Tuesday after union leaders accepted a revised offer on night pay.",
      "Exporters had warned that the delays were costing them customers, and several cargoes were sold at a loss."]
DE = ["Der Stadtrat hat am Donnerstagabend mit knapper Mehrheit ein neues Konzept für den Busverkehr beschlossen.",
      "Die Kosten von rund vier Millionen Euro will die Stadt zum Teil über höhere Parkgebühren decken."]


def _thread(header, sort, rows, reply, like):
    lines = [header, sort]
    for name, age, text, indent in rows:
        pad = " " * indent
        lines += [f"{pad}{name} avatar", f"{pad}{name}", f"{pad}{age}", f"{pad}{text}", f"{pad}{reply}  {like} (12)"]
    return "\n".join(lines)


ROWS_EN = [("jonas_w", "6 hours ago", "About time, I have been driving two hours a day because of this.", 0),
           ("Peter N.", "4 hours ago", "Who is going to pay for it in the end? We are, as always.", 4),
           ("Maria Costa", "2 hours ago", "Great news for the town, hope they keep the promise this time.", 0),
           ("Carlos Ruiz", "1 hour ago", "Same story every year, nothing changes.", 4)]
ROWS_DE = [("Ayse Demir", "vor 3 Stunden", "Endlich tut sich etwas, wir warten seit Jahren darauf.", 0),
           ("Arben Hoxha", "vor 2 Stunden", "Und wer bezahlt das am Ende? Natürlich wieder wir Bürger.", 4),
           ("Maria K.", "vor 1 Stunde", "Gute Nachricht, hoffentlich halten sie den Zeitplan ein.", 0)]


@pytest.mark.parametrize("body, rows, language, header, sort, reply, like", [
    (EN, ROWS_EN, "en", "4 Comments", "Sort by: Newest", "Reply", "Like"),
    (DE, ROWS_DE, "de", "3 Kommentare", "Sortieren nach: Neueste", "Antworten", "Gefällt mir"),
])
def test_pictures_sort_control_and_wide_controls_are_a_threads_chrome(body, rows, language, header, sort, reply, like):
    doc = run_cleaner(CommentThread, "\n\n".join(body) + "\n\n" + _thread(header, sort, rows, reply, like),
                      language=language)
    assert texts(doc) == body
    assert [(c.author, c.text, c.depth) for c in doc.comments] == [
        (name, text, 1 if indent else 0) for name, _, text, indent in rows]
    assert ("comment-sort", sort) in cuts(doc, "comment_thread")
    assert ("comment-chrome", f"{rows[0][0]} avatar") in cuts(doc, "comment_thread")


def test_picture_needs_the_name_under_it():
    assert is_picture("Ann Lee avatar", "Ann Lee") and is_picture("Profilbild Ann Lee", "Ann Lee")
    assert is_picture("![Ann](https://example.org/a.png)")
    assert not is_picture("Ann Lee avatar", "Bob Tran")           # another commenter's name
    assert not is_picture("Ann Lee", "Ann Lee")                    # the name itself
    assert not is_picture("Ann Lee said on Monday that 3 buses", "Ann Lee")
    assert not is_picture("Annabel avatar", "Ann")                 # a word that starts like the name


def test_sort_control_shape():
    assert is_sort_control("Sort by: Newest") and is_sort_control("Trier par : les plus récents")
    assert not is_sort_control("Fotos: Reuters, dpa")             # a credit: a list, not a choice
    assert not is_sort_control("Update: the council has now voted.")
    assert not is_sort_control("Stand: 12.03.2024")


def test_a_label_line_under_a_header_in_the_article_stays():
    """A colon line under a heading that opens no thread stays: the sort control goes only with a thread."""
    text = "\n\n".join(EN + ["Comments", "Source: Reuters", EN[0] + " More text follows here."])
    doc = run_cleaner(CommentThread, text, language="en")
    assert doc.comments == () and "Source: Reuters" in texts(doc)


def test_wide_gaps_part_controls_but_not_prose():
    vocab = vocabulary(("en",))
    assert is_control("Reply  Like (16)", vocab) and is_control("Reply\tShare", vocab)
    assert not is_control("Reply  to this letter we will", vocab)
    assert not is_control("The reply  came late", vocab)


@pytest.mark.parametrize("header, language", [("コメント（8件）", "ja"), ("7টি মন্তব্য", "bn"), ("评论（12）", "zh")])
def test_a_header_with_a_count_in_full_width_brackets_or_a_glued_classifier_goes(header, language):
    from cleaners.builtin.comment_thread.header_run import is_header
    assert is_header(header, vocabulary((language,)), False)
    assert not is_header("7টি নতুন বাস", vocabulary(("bn",)), False)     # "7 new buses"
    rows = "\n\n".join(f"{name} 3時間前\n\n{text}\n\n返信" for name, text in
                       [("たなか", "夜8時間なんて昔に比べれば大したことない。"), ("山田花子", "じゃあなぜホテルはまだプールに水を入れているの？")])
    body = ["市は水の使用制限を発表し、夜間の断水は少なくとも秋まで続く見通しだ。", "農家はオリーブの収穫を心配している。"]
    if language == "ja":
        doc = run_cleaner(CommentThread, "\n\n".join(body + [header, rows]), language="ja")
        assert texts(doc) == body and len(doc.comments) == 2


def test_a_picture_with_a_caption_for_alt_text_is_no_avatar():
    assert is_picture("![Profilbild des Nutzers](https://example.org/u/7.png)", "Ann Lee")
    assert is_picture("![Photo of Ann Lee, our reader from Leeds](https://example.org/a.png)", "Ann Lee")
    assert not is_picture("![Dock workers walk past the idle cranes on Monday](https://example.org/d.jpg)", "Ann Lee")


def test_the_article_picture_over_a_thread_stays_in_the_body():
    picture = "![Dock workers walk past the idle cranes at the harbour](https://example.org/docks.jpg)"
    thread = ["Ann Lee (21 March 2023)\nI read the report too and the figures look right to me.",
              "Bob Tran (22 March 2023)\nJust what I expected from them.\nReply"]
    doc = run_cleaner(CommentThread, "\n\n".join(EN + [picture] + thread), language="en")
    assert texts(doc) == EN + [picture]
    assert [c.author for c in doc.comments] == ["Ann Lee", "Bob Tran"]
    # a picture whose alt names the commenter, over the first head, is the commenter's
    doc = run_cleaner(CommentThread, "\n\n".join(EN + ["![Ann Lee](https://example.org/ann.png)"] + thread),
                      language="en")
    assert texts(doc) == EN and ("comment-chrome", "![Ann Lee](https://example.org/ann.png)") in cuts(doc, "comment_thread")
