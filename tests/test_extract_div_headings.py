"""Rule div-headings: a story written in bare divs keeps its subheadings when trafilatura's fast pass drops
them (cleaners/extract_headings.py); headings outside the story do not come into the body."""
import pytest

from cleaners.pipeline import Pipeline

STORIES = {
    "en": (["The council voted on Tuesday to close the old bridge for repairs, a de",
            "Traffic will be sent through the eastern ring road, which the city say",
            "Shop owners on the western bank fear that fewer customers will cross t",
            "The mayor said the city would look at the request but gave no promise,",
            "A public meeting about the plans will be held next week in the town ha"],
           ["Traffic plans", "Shops worried", "Timetable"]),
    "de": (["Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für Reparatur",
            "Der Verkehr wird über die östliche Ringstraße geleitet, die nach Angaben",
            "Ladenbesitzer am westlichen Ufer fürchten, dass weniger Kunden den Fluss",
            "Der Bürgermeister sagte, die Stadt werde die Bitte prüfen, machte aber k",
            "Eine öffentliche Versammlung zu den Plänen findet nächste Woche im Rath"],
           ["Umleitung", "Sorgen der Händler"]),
    "es": (["El ayuntamiento votó el martes cerrar el viejo puente para repararlo, u",
            "El tráfico se desviará por la ronda este, que según la ciudad puede abs",
            "Los comerciantes de la orilla oeste temen que menos clientes crucen el",
            "El alcalde dijo que la ciudad estudiaría la petición pero no prometió n",
            "La próxima semana se celebrará una reunión pública sobre los planes en"],
           ["Plan de tráfico", "Comercios preocupados", "Calendario", "Reunión"]),
}


LEADS = {"en": "The old bridge closes in March for eight months of repairs, the council decided.",
         "de": "Die alte Brücke wird ab März für acht Monate gesperrt, hat der Stadtrat beschlossen.",
         "es": "El viejo puente cerrará en marzo durante ocho meses de obras, decidió el ayuntamiento."}


def _page(lang: str, extra: str = "", tag: str = "h2", side: str = "") -> str:
    paragraphs, heads = STORIES[lang]
    story = f"<div>{paragraphs[0]}</div>"
    for k, text in enumerate(paragraphs[1:]):
        story += (f"<{tag}>{heads[k]}</{tag}>" if k < len(heads) else "") + f"<div>{text}</div>"
    return (f"<html lang='{lang}'><body><h1>Bridge</h1><div class='zz'><p>{LEADS[lang]}</p>{extra}"
            f"<div class='xq'>{story}</div></div>{side}"
            "<div class='foot'><p>Copyright 2013 The Daily Paper. All rights reserved.</p></div></body></html>")


def _body(page: str) -> list[str]:
    pipeline = Pipeline()
    return pipeline.record(pipeline.document("story.html", page.encode(), "html"))["body"].split("\n\n")


@pytest.mark.parametrize("lang", sorted(STORIES))
@pytest.mark.parametrize("tag", ["h2", "h3"])
@pytest.mark.parametrize("extra", ["", "<div class='badge'>LIVE</div><figure><img src='/b.jpg'></figure>"])
def test_subheadings_between_bare_div_paragraphs_stay_in_place(lang, tag, extra):
    paragraphs, heads = STORIES[lang]
    body = _body(_page(lang, extra, tag))
    for k, head in enumerate(heads):
        assert head in body
        assert body[body.index(head) + 1] == paragraphs[k + 1]


SIDEBAR = ("<div class='side'><h3>Most read</h3><div>{0}</div><h3>Related links</h3>"
           "<div><a href='/a'>Fire in the harbour district</a></div></div>")


def test_a_sidebars_or_related_links_heading_stays_out():
    paragraphs, _ = STORIES["en"]
    body = _body(_page("en", side=SIDEBAR.format("A lorry lost its load on the coast road, where the police closed "
                                                 "both lanes for four hours on Monday.")))
    assert "Most read" not in body and "Related links" not in body


def test_a_heading_over_a_link_list_or_outside_the_story_stays_out():
    side = ("<div class='more'><div>More news from the city and the county, read by our readers today</div>"
            "<h2>Elsewhere</h2><div><a href='/x'>The harbour market opens again after the storm damage</a></div></div>")
    body = _body(_page("en", side=side))
    assert "Elsewhere" not in body
