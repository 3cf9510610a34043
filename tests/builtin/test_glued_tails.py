"""Furniture glued to the end of an article paragraph, cut alone (cleaners/builtin/_glued_tails.py and the glued calls
of _appeal_tail.py): a date stamp (dateline, ``glued-date``), a taxonomy line (post_furniture, ``glued-tags``), a
picture prompt (captions, ``glued-prompt``), a read-more link and a comment prompt after its question (calls_to_action,
``appeal-tail``); the paragraph before it stays whole, and sentences that only hold such words stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.captions import Captions
from cleaners.builtin.dateline import Dateline
from cleaners.builtin.post_furniture import PostFurniture

from ..conftest import run_cleaner
from . import cuts, texts

PARAS = {
    "en": ("The regional water authority said on Monday that reservoir levels had fallen to their lowest point in two "
           "decades, after a summer with almost no rain across the valley.",
           "Farmers in the lower districts have already cut their planting by a third, and the authority warned that "
           "households could face rationing before the end of the year."),
    "de": ("Die regionale Wasserbehörde teilte am Montag mit, dass die Pegel der Stauseen auf den tiefsten Stand seit "
           "zwanzig Jahren gefallen seien, nach einem Sommer fast ohne Regen.",
           "Die Bauern in den unteren Bezirken haben ihre Aussaat bereits um ein Drittel reduziert, und die Behörde "
           "warnte vor einer Rationierung noch vor Jahresende."),
    "fr": ("L'autorité régionale de l'eau a annoncé lundi que le niveau des réservoirs était tombé au plus bas depuis "
           "vingt ans, après un été presque sans pluie.",
           "Les agriculteurs des districts du sud ont déjà réduit leurs semis d'un tiers, et l'autorité a averti que "
           "les ménages pourraient subir des restrictions avant la fin de l'année."),
    "es": ("La autoridad regional del agua informó el lunes de que el nivel de los embalses había caído a su punto más "
           "bajo en dos décadas, tras un verano casi sin lluvia.",
           "Los agricultores de los distritos del sur ya han reducido sus siembras en un tercio, y la autoridad advirtió "
           "de que los hogares podrían sufrir restricciones antes de fin de año."),
}


def _glued(cleaner, code, tail, glue):
    first, para = PARAS[code]
    doc = run_cleaner(cleaner, f"{first}\n\n{para}{glue}{tail}\n\n{first[:60]} again, said the mayor.", language=code)
    return doc, [first, para, f"{first[:60]} again, said the mayor."]


@pytest.mark.parametrize("code,tail,iso", [
    ("en", "Updated: March 3, 2024 10:15", "2024-03-03"),
    ("en", "UPDATED: 03/03/2024 10:15", "2024-03-03"),
    ("en", "Updated March 3, 2024 10:15", "2024-03-03"),
    ("de", "Aktualisiert: 3. März 2024, 10:15 Uhr", "2024-03-03"),
    ("fr", "Mis à jour le 3 mars 2024 à 10h15", "2024-03-03"),
    ("es", "Actualizado: 3 de marzo de 2024 10:15", "2024-03-03"),
])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_glued_date_stamp_leaves_alone(code, tail, iso, glue):
    doc, article = _glued(Dateline, code, tail, glue)
    assert texts(doc) == article
    assert cuts(doc, "dateline") == [("glued-date", tail)]


def test_a_glued_date_stamp_in_the_head_gives_the_date():
    first, para = PARAS["en"]
    doc = run_cleaner(Dateline, f"{para} Updated: March 3, 2024 10:15\n\n{first}", language="en")
    assert texts(doc) == [para, first] and doc.metadata["date"].startswith("2024-03-03")


@pytest.mark.parametrize("tail", [
    " The report was last updated on March 3, 2024",            # the label inside a sentence
    " updated: March 3, 2024 10:15",                             # in lower case after no stop: the sentence goes on
    " Updated figures will follow on March 3, 2024",             # a sentence opening with the word, no stamp
    " Published in 2024, the study found the canal was sound",   # a clause after the date
])
def test_a_sentence_with_a_date_word_stays(tail):
    first, para = PARAS["en"]
    text = para[:-1] + tail if tail.startswith(" updated") else para + tail
    doc = run_cleaner(Dateline, f"{first}\n\n{text}", language="en")
    assert text in texts(doc) and not [c for c in cuts(doc, "dateline") if c[0] == "glued-date"]


@pytest.mark.parametrize("code,tail,tags", [
    ("en", "Tags: politics, water, drought", ["politics", "water", "drought"]),
    ("en", "TAGS: Politics, Water, Drought", ["Politics", "Water", "Drought"]),
    ("en", "Tags: drought", ["drought"]),
    ("de", "Schlagwörter: Politik, Wasser, Dürre", ["Politik", "Wasser", "Dürre"]),
    ("fr", "Mots-clés : politique, eau, sécheresse", ["politique", "eau", "sécheresse"]),
    ("es", "Etiquetas: política | agua | sequía", ["política", "agua", "sequía"]),
])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_glued_taxonomy_line_leaves_for_the_tags(code, tail, tags, glue):
    doc, article = _glued(PostFurniture, code, tail, glue)
    assert texts(doc) == article
    assert cuts(doc, "post_furniture") == [("glued-tags", tail)]
    assert doc.metadata["tags"] == tags


@pytest.mark.parametrize("tail", [
    " It added new tags: it was the first time the list had changed since 1990.",   # "tags:" inside a sentence
    " Topics: the canal, the budget and the consultation were all discussed.",     # a sentence after the label
    " Tags: water, drought, the mayor said",                                          # reported
    " Tags: the new canal that the engineers want to reopen in the north of the valley",   # no short values
])
def test_a_sentence_with_a_taxonomy_word_stays(tail):
    first, para = PARAS["en"]
    text = para + tail
    doc = run_cleaner(PostFurniture, f"{first}\n\n{text}", language="en")
    assert texts(doc) == [first, text] and doc.removed == ()


@pytest.mark.parametrize("code,tail", [
    ("en", "Click here to see more photos."),
    ("en", "Click here for more photos."),
    ("en", "click here to see more photos!"),
    ("de", "Klicken Sie hier für weitere Fotos."),
    ("fr", "Cliquez ici pour voir plus de photos."),
    ("es", "Haga clic aquí para ver más fotos."),
])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_glued_picture_prompt_leaves_alone(code, tail, glue):
    if glue == "" and tail[0].islower():
        glue = " "
    doc, article = _glued(Captions, code, tail, glue)
    assert texts(doc) == article
    assert cuts(doc, "captions") == [("glued-prompt", tail)]


@pytest.mark.parametrize("tail", [
    " Readers can click here to see more photos, the editor wrote, but the page was down.",   # inside a sentence
    " Click here to see more photos, the mayor said.",                                         # reported
])
def test_a_sentence_about_clicking_stays(tail):
    first, para = PARAS["en"]
    doc = run_cleaner(Captions, f"{first}\n\n{para}{tail}", language="en")
    assert texts(doc) == [first, para + tail] and doc.removed == ()


@pytest.mark.parametrize("code,tail", [
    ("en", "Read more: Drought forces farmers to sell their herds"),
    ("en", "READ MORE: Drought forces farmers to sell their herds"),
    ("en", "Read More - Council Approves New Canal Budget"),
    ("de", "Lesen Sie auch: Dürre zwingt Bauern zum Verkauf"),
    ("fr", "Lire aussi : La sécheresse frappe les agriculteurs"),
    ("es", "Leer más: La sequía obliga a vender el ganado"),
    ("en", "What do you think? Let us know in the comments."),
    ("en", "What do you think? Let us know in the comments below!"),
    ("de", "Was meinen Sie? Schreiben Sie es in die Kommentare."),
    ("es", "¿Qué opinas? Déjanos tu comentario."),
])
@pytest.mark.parametrize("glue", [" ", ""])
def test_a_glued_read_more_link_or_asked_comment_prompt_leaves_alone(code, tail, glue):
    if glue == "" and tail.split()[0].isupper():      # "year.READ" is no lost break (nor "U.S.NASA")
        glue = " "
    doc, article = _glued(CallsToAction, code, tail, glue)
    assert texts(doc) == article
    assert cuts(doc, "calls_to_action") == [("appeal-tail", tail)]


@pytest.mark.parametrize("tail", [
    " Read more about the plan in the report, she said.",                    # a sentence about reading
    " What do you think of the canal? Residents were asked the same in 2019.",   # a question and prose
    " What do you think? The council wants an answer by Friday, the mayor said.",
])
def test_a_sentence_about_reading_or_a_question_stays(tail):
    first, para = PARAS["en"]
    doc = run_cleaner(CallsToAction, f"{first}\n\n{para}{tail}", language="en")
    assert texts(doc) == [first, para + tail] and doc.removed == ()


def test_two_questions_closing_an_article_stay():
    first, para = PARAS["en"]
    text = para + " Is it a good decision? What do you think?"
    doc = run_cleaner(CallsToAction, f"{first}\n\n{text}", language="en")
    assert texts(doc) == [first, text] and doc.removed == ()


def test_a_long_paragraph_is_read_only_at_its_end():
    """A call is short: only the sentence starts of the block's last characters are tried (the scan was quadratic)."""
    from cleaners.builtin._appeal_tail import appeal_tail
    seen = []
    text = "The council met on Monday and talked about the water plan. " * 4000 + "Share this story with your friends."
    assert appeal_tail(text, lambda s: seen.append(s) or s.startswith("Share")) == len(text) - 35
    assert len(seen) < 100
