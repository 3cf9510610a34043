"""The other short boxes of a widget column (cleaners/builtin/dom_column.py), through the dom_boilerplate cleaner."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import ARTICLE, page, rules, run


def box(head: str, *items: str, cls: str = "bx") -> str:
    return f"<div class='{cls}'><div class='{cls}-h'>{head}</div>" + \
        "".join(f"<div class='{cls}-i'>{i}</div>" for i in items) + "</div>"


def popular(head: str, *titles: str) -> str:
    return box(head, *(f"<a href='/s/{n}'>{t}</a>" for n, t in enumerate(titles)))


def column(*boxes: str) -> str:
    return page(f"<div class='main'><div class='story'>{ARTICLE}</div></div><div class='col'>{''.join(boxes)}</div>")


def test_weather_box_beside_a_cut_popular_box_goes_german():
    html = column(popular("Meistgelesen", "Blitzer-Marathon am Mittwoch", "Neues Café am Hafen", "Stau auf der A 20"),
                  box("Wetter", "7 °C, bewölkt"))
    doc, text = run(DomBoilerplate(), html, language="de")
    assert "bewölkt" not in text and "Meistgelesen" not in text and "night bus" in text
    assert rules(doc) == ["headed-related", "widget-column"]
    assert doc.removed[-1].text == "Wetter 7 °C, bewölkt"


def test_markets_and_weather_boxes_go_english():
    html = column(box("Markets", "FTSE 100 7,512 +0.4%", "Dow 38,100 -0.2%"),
                  popular("Most read", "Council extends night bus service", "New depot for the tram line",
                          "Bridge closed for repairs"),
                  box("Weather", "<span>12°C</span> <span>Light rain</span>"))
    doc, text = run(DomBoilerplate(), html)
    assert "FTSE" not in text and "Light rain" not in text and "night bus" in text
    assert sorted(rules(doc)) == ["headed-related", "widget-column", "widget-column"]


def test_poll_and_follow_us_boxes_go_french():
    html = column(popular("Les plus lus", "Le conseil prolonge le bus de nuit", "Un nouveau dépôt pour le tram",
                          "Le pont fermé pour travaux"),
                  box("Sondage", "Oui 54 %", "Non 46 %"),
                  box("Suivez-nous", "<a href='/fb'>Facebook</a>", "<a href='/ig'>Instagram</a>"))
    doc, text = run(DomBoilerplate(), html, language="fr")
    assert "Sondage" not in text and "Instagram" not in text and "night bus" in text
    assert rules(doc).count("widget-column") == 2


def test_box_of_the_same_class_holding_a_paragraph_stays():
    html = column(popular("Most read", "Council extends night bus service", "New depot for the tram line",
                          "Bridge closed for repairs"),
                  box("Our view", "<p>The council was right to listen to the shift workers, and the cost is small "
                      "beside what the city spends on roads every year.</p>"))
    doc, text = run(DomBoilerplate(), html)
    assert "shift workers, and the cost" in text and rules(doc) == ["headed-related"]


def test_fact_box_with_a_sentence_stays():
    html = column(popular("Meistgelesen", "Blitzer-Marathon am Mittwoch", "Neues Café am Hafen", "Stau auf der A 20"),
                  box("Zur Sache", "Der Verein hat 4000 Mitglieder."))
    doc, text = run(DomBoilerplate(), html, language="de")
    assert "4000 Mitglieder" in text and rules(doc) == ["headed-related"]


def test_box_of_another_class_or_shape_stays():
    html = column(popular("Most read", "Council extends night bus service", "New depot for the tram line",
                          "Bridge closed for repairs"),
                  box("Weather", "12°C, light rain", cls="wx"), "<div class='bx'>Opening hours 9-17</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "light rain" in text and "Opening hours" in text and rules(doc) == ["headed-related"]


def test_column_where_no_box_was_cut_keeps_all_boxes():
    html = column(box("Wetter", "7 °C, bewölkt"), box("Börse", "DAX 18.432 +0,4 %"))
    doc, text = run(DomBoilerplate(), html)
    assert "bewölkt" in text and "DAX" in text and rules(doc) == []


def test_boxes_in_the_article_container_stay():
    """The cut box's column holds the main text: its sibling boxes are the article's."""
    story = f"<div class='bx'><div class='bx-h'>The vote</div><div class='bx-i'>{ARTICLE}</div></div>"
    html = page("<div class='col'>" + story + box("Key figures", "2 million a year", "March") +
                popular("Most read", "Council extends night bus service", "New depot for the tram line",
                        "Bridge closed for repairs") + "</div>")
    doc, text = run(DomBoilerplate(), html)
    assert "night bus" in text and "2 million a year" in text and rules(doc) == ["headed-related"]


def test_related_list_inside_a_column_box_keeps_its_links_in_metadata():
    """A box of the column holding a related list: the list is cut first (its links to related), then the box."""
    inner = "<div class='related'>" + "".join(f"<a href='/r/{n}'>Story number {n} about the bridge</a>"
                                              for n in range(3)) + "</div>"
    html = column(popular("Most read", "Council extends night bus service", "New depot for the tram line",
                          "Bridge closed for repairs"), box("More", inner))
    doc, text = run(DomBoilerplate(), html)
    assert "Story number" not in text and "More" not in text
    assert rules(doc) == ["related-box", "headed-related", "widget-column"]
    assert doc.removed[-1].text == "More"
    assert len(doc.metadata["related"]) == 6
