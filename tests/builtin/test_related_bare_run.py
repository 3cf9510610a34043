"""Rule `related-bare-run` (cleaners/builtin/_related_bare.py): related headlines without a heading between the
article's paragraphs, as teaser cards with a count or an age under each, or as a run of three set apart; an
article's own list, a subheading over prose and a wrapped paragraph stay."""
from cleaners.builtin._related_bare import is_meta

P1 = "The council voted on Tuesday to extend the night bus network to the northern suburbs from next spring."
P2 = "Officials said the extra routes would cost about four million a year, paid for from parking fees."
P3 = "Residents of the estates along the ring road had asked for the service for more than a decade."
CARDS = ["Flooding closes the coastal road for a second day", "Harbour workers strike over new shift rota",
         "School meals to cost more from September"]


def _body(pipeline, text: str) -> str:
    return pipeline.process(pipeline.document("bare.txt", text.encode(), "text")).record()["body"]


def test_meta_lines_are_counts_or_ages():
    assert all(is_meta(x) for x in ("67 min", "15 h", "23 \U0001f441", "1.2K", "2024-05-04", "3 comments"))
    assert not any(is_meta(x) for x in ("In 2024 the council met twice.", "Flooding closes the road", "67"[:0]))


def test_teaser_cards_between_paragraphs_go(pipeline):
    box = f"{CARDS[0]}\n67 min\n{CARDS[1]}\n{CARDS[2]}\n15 h"
    body = _body(pipeline, "\n\n".join([P1, P2, box, P3]) + "\n")
    assert not any(c in body for c in CARDS) and "67 min" not in body
    assert all(p in body for p in (P1, P2, P3))


def test_a_run_of_three_headlines_set_apart_after_prose_goes(pipeline):
    body = _body(pipeline, "\n\n".join([P1, P2, "\n".join(CARDS), P3]) + "\n")
    assert not any(c in body for c in CARDS) and all(p in body for p in (P1, P2, P3))


def test_an_article_list_after_a_lead_in_stays(pipeline):
    items = ["Night buses every twenty minutes", "Two new stops near the hospital", "A later last tram on weekdays"]
    for lead in ("The plan in short:", "What changes"):
        body = _body(pipeline, "\n\n".join([P1, lead + "\n" + "\n".join(items), P2, P3]) + "\n")
        assert all(x in body for x in items), lead


def test_a_list_that_runs_into_a_paragraph_or_quotes_stays(pipeline):
    items = ["Night buses every twenty minutes", "Two new stops near the hospital", "A later last tram on weekdays"]
    body = _body(pipeline, "\n\n".join([P1, "\n".join(items) + "\n" + P2, P3]) + "\n")
    assert all(x in body for x in items)
    quoted = ["\u201cWe waited for years", "and nobody listened to us", "until the petition\u201d"]
    body = _body(pipeline, "\n\n".join([P1, "\n".join(quoted), P2]) + "\n")
    assert all(x in body for x in quoted)


def test_subheadings_over_prose_and_two_plain_lines_stay(pipeline):
    text = "\n\n".join([P1, "Who pays for the new routes", P2, CARDS[0] + "\n" + CARDS[1], P3]) + "\n"
    body = _body(pipeline, text)
    assert "Who pays for the new routes" in body and CARDS[0] in body and CARDS[1] in body


def test_questions_stay_in_a_run(pipeline):
    qs = ["Will the buses run all night long?", "Who will pay for the extra drivers?", "When do the new routes open?"]
    body = _body(pipeline, "\n\n".join([P1, "\n".join(qs), P2]) + "\n")
    assert all(q in body for q in qs)


def test_a_list_of_three_word_names_after_prose_stays(pipeline):
    names = ["Aoife Ní Dhomhnaill", "Ana García López", "Jan van Dijk"]
    body = _body(pipeline, "\n\n".join([P1, P2, "\n".join(names), P3]) + "\n")
    assert all(n in body for n in names)


def test_a_run_of_three_title_case_headlines_of_four_words_still_goes(pipeline):
    cards = ["Floods Close Coast Road", "Harbour Workers Strike Again", "School Meals Cost More"]
    body = _body(pipeline, "\n\n".join([P1, P2, "\n".join(cards), P3]) + "\n")
    assert not any(c in body for c in cards) and P3 in body
