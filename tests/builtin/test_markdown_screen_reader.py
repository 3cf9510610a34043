"""A screen reader's transcript in a text dump (cleaners/builtin/_screen_reader.py, read by markdown): landmark lines
go (``screen-reader-landmark``) and the role said before a line's text is cut, the text staying
(``screen-reader-role``), in the voice's language; a document with one such line keeps it."""
import pytest

from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner
from . import texts

VOICE = {
    "en": ("banner landmark", "main landmark", "end of main landmark", "heading level 1, ", "link, ", "image, ",
           "list, 4 items, ", "button, "),
    "de": ("Banner Orientierungspunkt", "Hauptbereich Orientierungspunkt", "Ende Hauptbereich Orientierungspunkt",
           "Überschrift Ebene 1, ", "Link, ", "Grafik, ", "Liste mit 4 Einträgen, ", "Schalter, "),
    "fr": ("repère bannière", "repère principal", "fin du repère principal", "titre de niveau 1, ", "lien, ",
           "image, ", "liste de 4 éléments, ", "bouton, "),
}
STORY = {
    "en": ("Night buses return to the valley", "The county will run two night buses from Friday, the transport "
           "office said.", "Timetables for the winter", "Drivers were hired from a firm in the next town.", "Share"),
    "de": ("Nachtbusse fahren wieder ins Tal", "Der Landkreis lässt ab Freitag zwei Nachtbusse fahren, teilte das "
           "Verkehrsamt mit.", "Fahrpläne für den Winter", "Die Fahrer kommen von einer Firma aus der Nachbarstadt.",
           "Teilen"),
    "fr": ("Les bus de nuit reviennent dans la vallée", "Le département fera circuler deux bus de nuit dès vendredi, "
           "a indiqué le service des transports.", "Horaires d'hiver", "Les chauffeurs viennent d'une entreprise de "
           "la ville voisine.", "Partager"),
}


def _transcript(code: str) -> str:
    banner, main, end, h1, link, image, lst, button = VOICE[code]
    title, p1, more, p2, share = STORY[code]
    return "\n\n".join([banner, h1 + title, main, p1, link + more, image + more, p2, lst + more, button + share, end])


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_transcripts_landmarks_go_and_roles_are_cut_from_their_text(code):
    doc = run_cleaner(Markdown, _transcript(code), language=code)
    title, p1, more, p2, share = STORY[code]
    assert texts(doc) == [title, p1, more, more, p2, more, share]
    assert doc.blocks[0].kind == "heading" and doc.blocks[0].level == 1
    rules = [r.rule for r in doc.removed]
    assert rules.count("screen-reader-landmark") == 3 and rules.count("screen-reader-role") == 5
    assert VOICE[code][6].strip(" ,") in [r.text.rstrip(",") for r in doc.removed]


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_one_role_word_opening_a_line_of_an_ordinary_text_stays(code):
    title, p1, more, p2, share = STORY[code]
    line = VOICE[code][4] + p2
    doc = run_cleaner(Markdown, "\n\n".join([title, p1, line, VOICE[code][0]]), language=code)
    assert texts(doc) == [title, p1, line, VOICE[code][0]]
    assert not doc.removed
