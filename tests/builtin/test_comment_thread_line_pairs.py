"""Threads pasted with no blank line: a name line and a one-sentence comment in pairs right under the header (rule
`line-pairs`, comment_thread/header_run.py), and stacked heads under a long date line ("5 de marzo de 2025 a las 2:14")."""
import pytest

from cleaners.builtin.comment_thread import CommentThread

from ..conftest import run_cleaner
from . import texts

ES = ["El pleno aprobó el plan el martes por la noche tras un debate de casi cuatro horas, con nueve votos a favor.",
      "Los primeros contratos se firmarán antes de fin de año y el nuevo edificio abrirá en la primavera de 2027."]
KO = ["기술자들에 따르면 옛 터미널은 지난 2월 강이 범람했을 때 복구가 불가능할 정도로 파손됐다.",
      "첫 계약은 연말 이전에 체결될 예정이며 새 건물은 2027년 봄 승객들에게 문을 열 계획이다."]


@pytest.mark.parametrize("body, header, rows, language", [
    (KO, "댓글 3개:", [("바다사나이", "드디어네요, 겨울에 임시 부두는 정말 최악이에요.", 1),
                       ("이서연", "할아버지가 옛 터미널에서 일하셨는데 마음이 아프네요.", 2),
                       ("파도소리", "다들 예상한 결론에 네 시간이나 토론했다니.", 2)], "ko"),
    (ES, "3 comentarios:", [("pescador_viejo", "Cuatro horas de debate para algo que todos sabíamos.", 0),
                            ("Iñaki R.", "¿Y quién lo va a pagar con el presupuesto tan justo?", 0),
                            ("Marisa", "Ya era hora, el muelle provisional es una vergüenza en invierno.", 0)], "es"),
])
def test_name_and_sentence_pairs_under_a_header_are_comments(body, header, rows, language):
    thread = "\n".join([header] + [f"{chr(9) * tabs}{line}" for name, text, tabs in rows for line in (name, text)])
    doc = run_cleaner(CommentThread, "\n\n".join(body) + "\n\n" + thread, language=language)
    assert texts(doc) == body
    depth = {tabs: k for k, tabs in enumerate(sorted({t for _, _, t in rows}))}
    assert [(c.author, c.text, c.depth) for c in doc.comments] == [(n, t, depth[tabs]) for n, t, tabs in rows]


def test_pairs_under_another_heading_or_without_sentences_stay():
    quotes = ["Voices from the harbour", "Ana Pérez", "It is a good day for the town.", "Luis Gómez", "We waited for years."]
    doc = run_cleaner(CommentThread, "\n\n".join(ES) + "\n\n" + "\n".join(quotes), language="en")
    assert doc.comments == ()
    lists = ["3 comments", "Ferry times", "Monday to Friday", "Harbour office", "Open until six"]
    doc = run_cleaner(CommentThread, "\n\n".join(ES) + "\n\n" + "\n".join(lists), language="en")
    assert doc.comments == ()


def test_stacked_heads_under_a_date_line_of_nine_words():
    thread = ["pescador_viejo\n5 de marzo de 2025 a las 2:14\nCuatro horas de debate para algo que todos sabíamos.",
              "Marisa\n7 de marzo de 2025 a las 4:14\nYa era hora, el muelle provisional es una vergüenza."]
    doc = run_cleaner(CommentThread, "\n\n".join(ES + thread), language="es")
    assert texts(doc) == ES
    assert [(c.author, c.date[:10]) for c in doc.comments] == [("pescador_viejo", "2025-03-05"), ("Marisa", "2025-03-07")]


@pytest.mark.parametrize("language, rows", [
    ("en", [("K. Adeyemi 19h ago", "Why are the hotels still filling their pools then?"),
            ("Helen Marsh 6h ago", "Eight hours every night is nothing compared to what we had in 2008."),
            ("dryvalley_farmer 3d ago", "Good decision, should have been taken a month ago.")]),
    ("sw", [("mwanapwani saa 15 zilizopita", "Basi kwa nini hoteli bado zinajaza mabwawa yao?"),
            ("Hassan Ali saa 18 zilizopita", "Uamuzi sahihi, ulipaswa kufanywa mwezi uliopita.")]),
])
def test_heads_with_a_compact_age(language, rows):
    """"19h ago": a unit glued to its number; "saa 15 zilizopita": the unit before the number (heads.vocabulary, ages.compact_age)."""
    thread = [line for head, text in rows for line in (head, text, "Reply")]
    doc = run_cleaner(CommentThread, "\n\n".join(ES + thread), language=language)
    assert texts(doc) == ES
    assert [(c.author, c.text) for c in doc.comments] == [(h.rsplit(" ", 3 if language == "sw" else 2)[0], t) for h, t in rows]


def test_an_ordinal_before_ago_is_no_age():
    lines = ["The 5th ago", "Some text of the article that goes on here.", "Built 20th ago", "More text of the article."]
    doc = run_cleaner(CommentThread, "\n\n".join(ES + lines), language="en")
    assert doc.comments == ()
