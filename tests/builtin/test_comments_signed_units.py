"""Comments that only their signatures tell (cleaners/builtin/comments/signed.py, rule `signed-units`): units of one
template in neutral markup (no comment class, no reply control, no "says:"), each signed by a name and a time to the
minute or an age, by several names, under a heading no language file names ("Readers' views") or under none. And
what only looks like them: cards of other stories with a headline, units dated to the day, one name on every
unit. Pages written here."""
from __future__ import annotations

import pytest

from ._html_comments import ARTICLE, cleaned, table

UNIT = ("<div class='item'><div class='head'><b>{name}</b> <span>{when}</span></div>"
        "<div class='txt'>{text}</div></div>")
NAMES = ["Ivan Petrov", "Maria K.", "alex_77", "Olga", "Sergei Ivanov"]
TEXTS = ["About time they did this, the night service was a disgrace.",
         "And who is going to pay for all this? Us taxpayers again, I suppose.",
         "I agree with the previous commenter, the money will vanish somewhere.",
         "Good news for shift workers, I hope it works out as promised.",
         "The consultation was a formality, it was all decided beforehand."]
RU_TEXTS = ["Давно пора было это сделать, ночью уехать было невозможно.",
            "А кто будет платить за всё это? Опять мы, налогоплательщики.",
            "Согласен с предыдущим комментатором, деньги уйдут непонятно куда.",
            "Хорошая новость для тех, кто работает в ночную смену.",
            "Обсуждение было формальностью, всё решили заранее."]


RU_ARTICLE = ("<h1>Ночные автобусы пойдут в северные районы</h1>"
              "<p>С первого апреля городские власти продлевают работу ночных автобусов до северных районов: маршруты "
              "будут ходить каждые двадцать минут до трёх часов ночи.</p>"
              "<p>Решение приняли после публичных слушаний, на которых жители жаловались, что после полуночи до окраин "
              "можно добраться только на такси.</p>")


def _box(heading: str, whens: list[str], names=NAMES, texts=TEXTS, unit=UNIT, article=ARTICLE) -> str:
    units = "".join(unit.format(name=n, when=w, text=t) for n, w, t in zip(names, whens, texts))
    return article + f"<div class='box'>{f'<h3>{heading}</h3>' if heading else ''}{units}</div>"


TIMES = [f"March {12 + k}, 2024 at 2:3{k} pm" for k in range(5)]


@pytest.mark.parametrize("body", [
    _box("Readers' views", TIMES),
    _box("", TIMES),
    _box("Мнения читателей", [f"{12 + k} марта 2024 в 14:3{k}" for k in range(5)], texts=RU_TEXTS,
         article=RU_ARTICLE),
    _box("", [f"{k + 2} hours ago" for k in range(5)]),
], ids=["unknown-heading", "no-heading", "ru-unknown-heading", "ages"])
def test_units_signed_by_names_and_times_are_comments(body):
    doc, left = cleaned(body)
    assert [c.author for c in doc.comments] == NAMES
    assert all(c.depth == 0 and c.parent is None for c in doc.comments)
    assert [c.text for c in doc.comments] in (TEXTS, RU_TEXTS)
    assert not any(t in left for t in TEXTS + RU_TEXTS)


def test_the_dates_of_signed_units_are_read():
    doc, _ = cleaned(_box("Readers' views", TIMES))
    assert [d for *_, d in table(doc)][:2] == ["2024-03-12T14:30:00", "2024-03-13T14:31:00"]


CARD = ("<div class='card'><h3><a href='/story{k}'>Story headline number {k} about the region</a></h3>"
        "<div class='meta'><b>{name}</b> <span>{when}</span></div><div class='dek'>{text}</div></div>")
LINKED = ("<div class='card'><div class='meta'><b>{name}</b> <span>{when}</span></div>"
          "<div class='dek'><a href='/story'>{text}</a></div></div>")


@pytest.mark.parametrize("body", [
    _box("More from the region", TIMES, unit=CARD.replace("{k}", "1")),                  # headlines: other stories
    _box("More from the region", TIMES, unit=LINKED),                                    # the text is a link away
    _box("", [f"March {12 + k}, 2024" for k in range(5)]),                               # dated to the day
    _box("", TIMES, names=["Ann Lee"] * 5),                                              # one name on every unit
    _box("", TIMES[:2], names=NAMES[:2], texts=TEXTS[:2]),                               # two units: no pattern
], ids=["headline-cards", "linked-text", "day-dates", "one-name", "two-units"])
def test_what_only_looks_like_signed_units_stays(body):
    doc, left = cleaned(body)
    assert not doc.comments
    assert all(t in left for t in TEXTS[:2])


ANSWERS = ["The council said the cost of the night service had fallen after the new contract with the operator was "
           "signed last year, and the money saved will pay for the extension.",
           "The depot will be sold to the city's housing company, which plans to build two hundred flats on the site "
           "once the buses have moved to the new garage in the north.",
           "The works on the new garage start in April and should take eighteen months, according to the transport "
           "office, which has already ordered the electric buses."]


@pytest.mark.parametrize("label", ["Asked by {n}, {w}", "{n}, {w}"])
def test_signed_units_inside_the_articles_container_are_its_text(label):
    """Readers' questions answered inside the article: each signed by its asker, a question and an answer."""
    units = "".join(f"<div class='qa-item'><p class='qa-asker'>{label.format(n=n, w=w)}</p><p class='qa-question'>"
                    f"<strong>{t}</strong></p><div class='qa-answer'><p>{a}</p></div></div>"
                    for n, w, t, a in zip(NAMES, TIMES, TEXTS, ANSWERS))
    body = ("<div class='story'><h1>Your questions on the night buses</h1>"
            "<p>The council voted on Tuesday to extend the night bus service to the northern districts, after a year of "
            "petitions from shift workers.</p><p>Readers sent us their questions, and the transport office answered "
            f"them in writing this week.</p><div class='reader-qa'>{units}</div></div>")
    doc, left = cleaned(body)
    assert not doc.comments
    assert all(t in left for t in TEXTS[:3] + ANSWERS)


QUESTIONS = ["Why did the council change its mind?", "What happens to the old depot?", "How long will the works take?",
             "Who pays for the new buses?", "When does the first line open?"]


def _asked(bold: bool) -> str:
    texts = [f"<p>{'<strong>' if bold else ''}{q}{'</strong>' if bold else ''}</p><p>{t}</p>"
             for q, t in zip(QUESTIONS, TEXTS)]
    return _box("", TIMES, texts=texts)


def test_signed_units_each_opening_with_a_bold_question_are_readers_questions_no_thread():
    doc, left = cleaned(_asked(bold=True))      # (rule asked-units)
    assert not doc.comments and all(q in left for q in QUESTIONS) and all(t in left for t in TEXTS)


def test_signed_units_opening_with_a_plain_question_are_still_comments():
    doc, _ = cleaned(_asked(bold=False))
    assert [c.author for c in doc.comments] == NAMES
    assert all(c.text.startswith(q) for c, q in zip(doc.comments, QUESTIONS))
