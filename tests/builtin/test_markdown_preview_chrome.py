"""A content management system's preview chrome in a text dump (cleaners/builtin/_preview_chrome.py, read by
markdown): status lines of the editor (``preview-status``) and its row of bracketed buttons (``preview-buttons``),
in the editor's language; sentences, footnote numbers and a lone chrome word inside the body stay."""
import pytest

from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner
from . import texts

CHROME = {
    "en": ("Preview · Draft saved 09:12 by Tom Reyes", "Slug: night-buses | Section: Transport",
           "Word count: 418 · SEO score: 64/100", "[Edit] [Schedule] [Publish]", "Edit post"),
    "de": ("Vorschau · Entwurf gespeichert 09:12 von Tom Reyes", "Titelform: nachtbusse | Ressort: Verkehr",
           "Wortanzahl: 418 · SEO-Bewertung: 64/100", "[Bearbeiten] [Planen] [Veröffentlichen]", "Beitrag bearbeiten"),
    "es": ("Vista previa · Borrador guardado 09:12 por Tom Reyes", "Slug: buses-nocturnos | Sección: Transporte",
           "Número de palabras: 418 · Puntuación SEO: 64/100", "[Editar] [Programar] [Publicar]", "Editar entrada"),
}
STORY = {
    "en": ("The county will run two night buses from Friday, the transport office said.",
           "Drivers were hired from a firm in the next town.", "The draft of the timetable was saved by the council in May."),
    "de": ("Der Landkreis lässt ab Freitag zwei Nachtbusse fahren, teilte das Verkehrsamt mit.",
           "Die Fahrer kommen von einer Firma aus der Nachbarstadt.", "Der Entwurf des Fahrplans wurde im Mai vorgelegt."),
    "es": ("El condado pondrá dos autobuses nocturnos desde el viernes, dijo la oficina de transporte.",
           "Los conductores vienen de una empresa del pueblo vecino.", "El borrador del horario se aprobó en mayo."),
}


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_an_editors_status_lines_and_buttons_go(code):
    status, slug, count, buttons, edit = CHROME[code]
    p1, p2, p3 = STORY[code]
    doc = run_cleaner(Markdown, "\n\n".join([status, slug, p1, p2, p3, count, buttons, edit]), language=code)
    assert texts(doc) == [p1, p2, p3]
    assert [r.rule for r in doc.removed] == ["preview-status"] * 2 + ["preview-status", "preview-buttons",
                                                                       "preview-status"]


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_sentences_footnotes_and_a_chrome_word_inside_the_body_stay(code):
    p1, p2, p3 = STORY[code]
    edit = CHROME[code][4]
    lines = [p1, "Preview · Bayern against Dortmund", p2, edit, "[1] [2] [3]", p3, "Notes: the 2019 figures."]
    doc = run_cleaner(Markdown, "\n\n".join(lines), language=code)
    assert texts(doc) == lines


EXPORT = {"en": "View original · https://www.coast-weekly.example.org/night-buses",
          "de": "Original anzeigen · https://www.kuestenbote.example.de/nachtbusse",
          "fr": "Voir l'original · https://www.cote-hebdo.example.fr/bus-de-nuit"}


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_read_later_exports_link_to_the_original_goes(code):
    body = STORY.get(code, STORY["en"])[:2]
    doc = run_cleaner(Markdown, "\n\n".join([*body, EXPORT[code]]), language=code)
    assert texts(doc) == list(body) and [r.rule for r in doc.removed] == ["preview-status"]


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_an_address_beside_a_word_that_is_no_chrome_stays(code):
    line = EXPORT[code].replace(EXPORT[code].split(" · ")[0], "Harbour Radio")
    doc = run_cleaner(Markdown, "\n\n".join([*STORY["en"][:2], line]), language=code)
    assert line in texts(doc)
