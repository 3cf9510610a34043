"""Rule `signed-run` (`comments/signed.py`): bare comments signed "Name | date" under a short heading,
in a language without a file, are a thread; the same shape under a heading with a count of other
things, a list signed by one name, or a page in a language whose file knows no such heading are
not. Pages written here, in Albanian (no file for it)."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaners.builtin.comments import HtmlComments
from cleaners.builtin.comments.signed import RULE
from cleaners.document import Document

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

ARTICLE = ("<div class='post'><h1>Autobusët e qytetit qarkullojnë më shpesh nga qershori</h1>"
           "<p>Ndërmarrja e transportit publik do të fusë një orar të ri në dymbëdhjetë linja nga qershori. Autobusët "
           "do të qarkullojnë çdo dhjetë minuta në mëngjes dhe çdo njëzet minuta në mbrëmje.</p>"
           "<p>Ndryshimet vijnë pas një ankete me më shumë se katër mijë udhëtarë. Shumica e ankesave kishin të bënin "
           "me mbipopullimin gjatë orëve të pikut.</p></div>")
TEXTS = ["Më në fund! Prej vitesh presim që linja gjashtë të qarkullojë më shpesh në mëngjes.",
         "Po fundjavat? Të shtunën pritet edhe gjysmë ore për autobusin, por askush nuk shkruan për këtë.",
         "Çmimi i biletës mbetet i njëjtë, lajm i mirë për studentët dhe pensionistët."]
SIGNS = ["Arta Hoxha | 12. 5. 2021 14:32", "Besnik Kola | 12. 5. 2021 15:10", "Drita Leka, 13. 5. 2021 08:05"]
AUTHORS = ["Arta Hoxha", "Besnik Kola", "Drita Leka"]
FOOTER = "<div class='footer'><p>© 2021 Gazeta e Qytetit. Të gjitha të drejtat e rezervuara.</p></div>"


def run(body: str, language: str = "sq") -> Document:
    html = f"<html lang='{language}'><body>{body}</body></html>"
    return HtmlComments().clean_html(Document(source="t.html", kind="html", html=html, dom=LexborHTMLParser(html)))


def _thread(heading: str = "Komentet", signs=SIGNS, cls: str = "", before: bool = False) -> str:
    attr = f" class='{cls}'" if cls else ""
    pairs = ((f"<p{attr}>{s}</p>", f"<p>{t}</p>") for s, t in zip(signs, TEXTS))
    return f"<h3>{heading}</h3>" + "".join(s + t if before else t + s for s, t in pairs)


def test_bare_comments_signed_after_their_text_are_a_thread():
    doc = run(ARTICLE + _thread() + FOOTER)
    assert [c.author for c in doc.comments] == AUTHORS
    assert [c.text for c in doc.comments] == TEXTS
    assert doc.comments[0].date.startswith("2021-05-12")
    assert "Besnik Kola" in " ".join(r.text for r in doc.removed if r.rule == "comment-meta")
    assert TEXTS[1] not in doc.dom.body.text()


def test_signature_lines_with_a_class_of_their_own_and_a_closing_paragraph():
    doc = run(ARTICLE + _thread(cls="posted") + "<p>Lini komentin tuaj më poshtë, ju lutemi shumë.</p>" + FOOTER)
    assert [c.author for c in doc.comments] == AUTHORS
    assert [c.text for c in doc.comments] == TEXTS


def test_signatures_before_the_text():
    signs = ["Arta Hoxha | 12.05.2021 14:32", "Besnik Kola | 12.05.2021 15:10", "Drita Leka, 13.05.2021 08:05"]
    doc = run(ARTICLE + _thread("Mendimet e lexuesve", signs, before=True) + FOOTER)
    assert [c.author for c in doc.comments] == AUTHORS
    assert [c.text for c in doc.comments] == TEXTS


def test_one_name_on_every_unit_is_a_label_not_a_thread():
    signs = ["Redaksia | 12. 5. 2021 14:32", "Redaksia | 12. 5. 2021 15:10", "Redaksia | 13. 5. 2021 08:05"]
    doc = run(ARTICLE + _thread("Lajme", signs) + FOOTER)
    assert doc.comments == ()
    assert TEXTS[1] in doc.dom.body.text()


def test_a_heading_with_a_number_is_no_bare_comment_heading():
    doc = run(ARTICLE + _thread("Top 3 lajme") + FOOTER)
    assert doc.comments == ()


def test_unsigned_paragraphs_under_a_short_heading_stay():
    doc = run(ARTICLE + "<h3>Sfondi</h3>" + "".join(f"<p>{t}</p>" for t in TEXTS) + FOOTER)
    assert doc.comments == ()
    assert TEXTS[2] in doc.dom.body.text()


def test_in_a_language_with_a_file_a_heading_that_names_no_comments_is_no_thread():
    texts = ["The new timetable finally adds early buses on route six.", "Weekend services were not mentioned.",
             "Fares stay the same, good news for students."]
    signs = ["Arta Hoxha | 12 May 2021 at 14:32", "Besnik Kola | 12 May 2021 at 15:10", "Drita Leka | 13 May 2021 at 08:05"]
    body = "<h3>Updates</h3>" + "".join(f"<p>{t}</p><p>{s}</p>" for t, s in zip(texts, signs))
    doc = run("<div class='post'><h1>Buses</h1><p>" + "The city bus company adds trips on twelve lines. " * 6
              + "</p></div>" + body + FOOTER, "en")
    assert not any(r.rule == "comment-meta" and "Besnik" in r.text for r in doc.removed)
    assert RULE == "signed-run"
