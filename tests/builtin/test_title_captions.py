"""A picture's caption under a photo label at the head of a dump is no title (title.py `_captions`)."""
from cleaners.builtin.title import Title

from ..conftest import run_cleaner
from . import texts

ES = ["El Consejo de Ministros aprobó este martes un paquete de ayudas para los agricultores afectados por la sequía.",
      "La ministra explicó que las ayudas se pagarán por hectárea y que los pequeños productores tendrán prioridad."]
HEADLINE = "El Gobierno aprueba ayudas para los agricultores afectados por la sequía"
CAPTION = "Un agricultor revisa un campo de cereal seco en la provincia de Jaén"


def test_a_labelled_caption_and_its_copy_above_the_headline_are_no_title():
    doc = run_cleaner(Title, "\n\n".join([f"Foto: {CAPTION}", CAPTION, HEADLINE, *ES]), language="es")
    assert doc.metadata["title"] == HEADLINE
    assert texts(doc) == [f"Foto: {CAPTION}", CAPTION, *ES]     # (the captions are captions.py's to take)


def test_a_headline_opening_with_the_word_photo_is_the_title():
    headline = "Photo exhibition of the old harbour opens in the restored mill"
    body = ["The exhibition shows two hundred pictures taken by dock workers between 1950 and 1980, most never shown.",
            "The curators found the negatives in a cellar of the port authority last spring."]
    doc = run_cleaner(Title, "\n\n".join([headline, *body]), language="en")
    assert doc.metadata["title"] == headline and texts(doc) == body
