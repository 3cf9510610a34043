"""Consent and legal notices in a language without a file, by an English loanword and their place
(cleaners/builtin/_notice_shape.py, rule notice-shape of the legal cleaner)."""
import pytest

from cleaners import lang
from cleaners.builtin._notice_shape import is_button
from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

SQ = ["Këshilli bashkiak vendosi të martën që ura e vjetër mbi kanal të zëvendësohet vitin e ardhshëm me një urë më të gjerë.",
      "Ndërtimi pritet të zgjasë dy vjet dhe të kushtojë gati tridhjetë milionë euro, tha këshilltari i kryetarit.",
      "Kryetari i bashkisë tha se ura e re do të ketë korsi të veçanta për çiklistët dhe këmbësorët."]
NOTICE = "Kjo faqe përdor cookies për t'ju ofruar një përvojë më të mirë. Duke vazhduar shfletimin, ju pranoni."


@pytest.mark.parametrize("button", ["OK", "Prano | Cilësimet", "\u2713"])
def test_a_notice_over_a_button_line_goes_with_the_button(button):
    assert lang.load("sq") is None
    doc = run_cleaner(Legal, "\n\n".join([SQ[0], NOTICE, button, SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == [SQ[0], SQ[1], SQ[2]]
    assert [(r.rule, r.text) for r in doc.removed] == [("notice-shape", NOTICE), ("notice-button", button)]


def test_a_notice_that_opens_or_closes_the_body_goes():
    for parts in ([NOTICE] + SQ, SQ + [NOTICE]):
        doc = run_cleaner(Legal, "\n\n".join(parts), language="sq")
        assert texts(doc) == SQ and [r.rule for r in doc.removed] == ["notice-shape"]


def test_a_paragraph_on_cookies_inside_the_article_or_in_a_language_with_a_file_stays():
    law = "Komisioni Evropian ka propozuar që rregullat për cookies të thjeshtohen deri vitin e ardhshëm."
    doc = run_cleaner(Legal, "\n\n".join([SQ[0], law, SQ[1], SQ[2]]), language="sq")
    assert texts(doc) == [SQ[0], law, SQ[1], SQ[2]]          # between paragraphs, no button under it
    doc = run_cleaner(Legal, "\n\n".join([SQ[0], law, "Rregulla të reja", SQ[1], SQ[2]]), language="sq")
    assert law in texts(doc)                                   # a two-word subheading is no button line
    de = "Die EU-Kommission will die Regeln für Cookies bis zum kommenden Jahr deutlich vereinfachen."
    doc = run_cleaner(Legal, "\n\n".join([de, "OK", SQ[1]]), language="de")
    assert de in texts(doc)                                    # German has a file: its words are read


def test_button_lines():
    assert is_button("OK") and is_button("Prano | Cilësimet") and is_button("\u2713") and is_button("Accept all · Reject")
    assert not is_button("Ura e re u hap.") and not is_button("Çmimet rriten 3 për qind") and not is_button("Rregulla të reja") \
        and not is_button("Këshilli bashkiak vendosi")


GLUED = "Ndalohet riprodhimi i materialeve pa lejen me shkrim të redaksisë."


@pytest.mark.parametrize("notice", [f"© 2019–2024 Gazeta e Qytetit\n{GLUED}", f"{GLUED}\nE-mail: redaksia@example.org"])
def test_a_line_glued_to_a_copyright_or_contact_line_at_the_end_goes(notice):
    doc = run_cleaner(Legal, "\n\n".join(SQ + [notice]), language="sq")
    assert texts(doc) == SQ and ("notice-glued", GLUED) in [(r.rule, r.text) for r in doc.removed]


def test_a_paragraph_touching_a_copyright_line_stays_where_every_line_touches_the_next():
    doc = run_cleaner(Legal, "\n".join(SQ + ["© 2019–2024 Gazeta e Qytetit"]), language="sq")
    assert texts(doc) == SQ and [r.rule for r in doc.removed] == ["copyright"]


def test_a_line_glued_to_a_copyright_line_in_the_middle_stays():
    body = SQ + SQ + SQ + SQ
    doc = run_cleaner(Legal, "\n\n".join(body[:2] + [f"© 2019 Gazeta e Qytetit\n{GLUED}"] + body[2:]), language="sq")
    assert GLUED in texts(doc) and [r.rule for r in doc.removed] == ["copyright"]


def test_a_paragraph_over_a_cut_separator_line_is_not_glued_to_the_copyright_line(pipeline):
    # "* * *" had the blank line before it; once cut, the copyright line must not reach the paragraph over it
    text = "\n\n".join(SQ) + "\n\n* * *\n© 2019 Gazeta e Qytetit. Të gjitha të drejtat të rezervuara."
    rec = pipeline.record(pipeline.document("sep.txt", text.encode(), "text"))
    assert all(p in rec["body"] for p in SQ)
    assert "Gazeta e Qytetit" not in rec["body"]
