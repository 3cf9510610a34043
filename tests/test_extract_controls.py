"""The control that opens a disclosure panel read as its heading (cleaners/extract_controls.py)."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_controls import controls_as_headings
from cleaners.pipeline import Pipeline

A1 = ("No. In many older houses ordinary radiators are enough when they are large enough; often it is "
      "sufficient to swap a few of them for bigger models.")
A2 = ("Not necessarily. Insulating the roof and new windows lower the heat demand, though, and with it the "
      "power bill of the pump.")
INTRO = ("A heat pump can heat an old house too, our energy adviser says, as long as a few conditions are met "
         "before the old boiler goes.")


def _faq(controls: str) -> str:
    return (f"<html><head><title>Heat pumps in old houses</title></head><body><article><h1>Heat pumps in old houses"
            f"</h1><p>{INTRO}</p><p>{INTRO}</p><div class='accordion'>{controls}</div></article></body></html>")


def _item(question: str, answer: str) -> str:
    return (f"<div class='item'><button class='acc-btn' aria-expanded='false'>{question}</button>"
            f"<div class='acc-panel' hidden><p>{answer}</p></div></div>")


def test_the_questions_of_an_accordion_come_before_their_answers():
    page = _faq(_item("Do I need underfloor heating?", A1) + _item("Must the house be insulated first?", A2))
    dom = LexborHTMLParser(page)
    assert controls_as_headings(dom) == 2 and [h.text() for h in dom.css("h3")][0] == "Do I need underfloor heating?"
    pipeline = Pipeline()
    lines = pipeline.record(pipeline.document("t.html", page.encode(), "html"))["body"].split("\n\n")
    assert lines.index("Do I need underfloor heating?") == lines.index(A1) - 1
    assert lines.index("Must the house be insulated first?") == lines.index(A2) - 1


def test_a_menu_button_a_load_more_button_and_a_linked_control_stay():
    menu = ("<button aria-expanded='false'>Menu</button><ul class='drawer'><li><a href='/a'>News</a></li>"
            "<li><a href='/b'>Sport</a></li><li><a href='/c'>Weather</a></li></ul>")
    more = "<button class='more'>Load more stories</button><div class='next'></div>"
    linked = (f"<div aria-expanded='false'><a href='/faq'>All questions</a></div>"
              f"<div class='acc-panel' hidden><p>{A1}</p></div>")
    dom = LexborHTMLParser(_faq(menu + more + linked))
    assert controls_as_headings(dom) == 0 and not dom.css("h3")
