"""Captions printed twice (rule caption-repeated) and picture prompts whose words stand apart
or carry a typographic apostrophe ("Zum Vergrößern auf das Bild klicken", "Cliquez sur l’image
pour l’agrandir"): the blind harness's failure classes (tests/generalisation_blind.py)."""
import pytest

from cleaners.builtin.captions import Captions
from cleaners.builtin.markdown import Markdown

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

BODY = SENTENCES["en"]
CAPTION = "The flooded road seen from the old bridge"


def test_caption_printed_twice_goes_to_metadata():
    doc = run_cleaner(Captions, f"{BODY}\n\n{CAPTION}\n\n{CAPTION}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY]
    assert doc.metadata["captions"] == [CAPTION]
    assert cuts(doc, "captions") == [("caption-repeated", CAPTION)] * 2


def test_caption_after_its_image_alt_text_goes():
    doc = run_cleaner(Markdown, f"{BODY}\n\n![{CAPTION}](https://cdn.example.org/a.jpg)\n\n{CAPTION}")
    assert doc.metadata["captions"] == [CAPTION]     # the alt text, taken by the markdown cleaner
    assert cuts(doc, "markdown") == [("image-caption-echo", CAPTION), ("md-image", f"![{CAPTION}]"
                                                                       "(https://cdn.example.org/a.jpg)")]
    doc = Captions().clean(doc)      # (the line right under its image went with it: _image_caption)
    assert texts(doc) == [BODY]
    assert doc.metadata["captions"] == [CAPTION]     # once


@pytest.mark.parametrize("line", [
    "By Train To Paris",                                   # a title-case heading printed twice: article
    "The river rose. The river rose.",                     # not a caption: a sentence
    "Officials said the water kept rising all night.",     # a sentence, ends with its stop
])
def test_repeated_headings_and_sentences_stay(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [BODY, line, line, BODY]


def test_a_caption_shaped_line_printed_once_stays():
    doc = run_cleaner(Captions, f"{BODY}\n\n{CAPTION}\n\n{BODY}")
    assert texts(doc) == [BODY, CAPTION, BODY]


@pytest.mark.parametrize("code,line", [
    ("de", "Zum Vergrößern auf das Bild klicken"),
    ("fr", "Cliquez sur l\u2019image pour l\u2019agrandir"),
    ("it", "Clicca sull\u2019immagine per ingrandirla"),
    ("es", "Haz clic en la imagen para ampliarla"),
    ("pt", "Clique na foto para ampliar"),
    ("pl", "Kliknij w zdjęcie aby powiększyć"),
])
def test_picture_prompts_with_words_between(code, line):
    doc = run_cleaner(Captions, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]] and cuts(doc, "captions") == [("caption-prompt", line)]


@pytest.mark.parametrize("code,line", [
    ("de", "Zum Vergrößern der Anlage bewilligte der Rat am Dienstag fünf Millionen Euro für den Umbau."),
    ("fr", "Cliquez sur le lien reçu par courriel, a expliqué la mairie aux habitants inquiets lundi soir."),
    ("es", "Haz clic y compra, decía el anuncio que la empresa retiró el lunes tras las quejas de los vecinos."),
])
def test_sentences_opening_with_a_prompt_word_stay(code, line):
    doc = run_cleaner(Captions, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line]


@pytest.mark.parametrize("code,line", [
    ("es", "Ampliar la red de metro"),          # a heading whose verb is also a one-word picture prompt
    ("fr", "Agrandir la famille"),
    ("pt", "Ampliar a rede de escolas"),
    ("it", "Ingrandisci la piazza »"),        # a heading with an arrow after it
])
def test_a_heading_that_opens_with_a_one_word_prompt_stays(code, line):
    text = f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}"
    assert run_cleaner(Captions, text, language=code).removed == ()


@pytest.mark.parametrize("code,line", [("es", "Ampliar"), ("es", "Ampliar la imagen"), ("fr", "Agrandir"),
                                       ("es", "Ampliar »"), ("pt", "Ampliar imagem"), ("it", "Ingrandisci immagine »"),
                                       ("ru", "Увеличить фото (+)"), ("es", "Ver imagen ampliada")])
def test_a_one_word_prompt_alone_or_a_listed_phrase_is_a_prompt(code, line):
    doc = run_cleaner(Captions, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert [r.rule for r in doc.removed] == ["caption-prompt"]


@pytest.mark.parametrize("code,line", [("de", "Jonas Reiter/dpa"), ("ru", "Дмитрий Волков/ТАСС"), ("pl", "Łukasz Żak/PAP"),
                                       ("en", "Konstantin Leipher/TASS")])
def test_a_name_and_an_agency_in_any_script_is_a_credit(code, line):
    doc = run_cleaner(Captions, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert [r.rule for r in doc.removed] == ["photo-credit"] and doc.metadata["credits"] == [line]


@pytest.mark.parametrize("code,line", [("de", "Jonas Reiter/der Verlag"), ("ru", "Москва и/или Казань"),
                                       ("en", "Small Farms / Big Data"), ("de", "Ärzte und/oder Pfleger")])
def test_a_slash_between_words_that_name_no_agency_stays(code, line):
    assert run_cleaner(Captions, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code).removed == ()


@pytest.mark.parametrize("caption", ["جانب من أعمال الحفر في أحد الأحياء الشرقية", "पुराने बाज़ार का मुख्य द्वार आज सुबह"])
def test_caption_printed_twice_in_a_script_without_capitals_goes(caption):
    doc = run_cleaner(Captions, f"{BODY}\n\n{caption}\n\n{caption}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY]
    assert cuts(doc, "captions") == [("caption-repeated", caption)] * 2


@pytest.mark.parametrize("code,line", [("ar", "ردود فعل السكان"),                   # a short heading printed twice: article
                                       ("hi", "योजना का ब्योरा"),
                                       ("ar", "وقال رئيس البلدية إن المشروع سيكلف نحو 12 مليون دولار.")])   # a sentence, reported
def test_short_uncased_headings_and_sentences_printed_twice_stay(code, line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}\n\n{line}\n\n{BODY}", language=code)
    assert texts(doc) == [BODY, line, line, BODY]


CREDIT = "Photo: Ann Lee / Coastal Press"


def test_caption_on_both_sides_of_its_credit_goes():
    doc = run_cleaner(Captions, f"{BODY}\n\n{CAPTION}\n{CREDIT}\n{CAPTION}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY]
    assert doc.metadata["captions"] == [CAPTION]
    assert doc.metadata["credits"] == ["Ann Lee / Coastal Press"]
    assert ("caption-repeated", CAPTION) in cuts(doc, "captions")


def test_a_different_line_under_the_credit_stays():
    after = "The ferry had been closed since the storm in March"      # the article goes on, not the caption again
    doc = run_cleaner(Captions, f"{BODY}\n\n{CAPTION}\n{CREDIT}\n{after}\n\n{BODY}")
    assert texts(doc) == [BODY, after, BODY]


def test_caption_glued_to_a_name_and_agency_credit_goes():
    doc = run_cleaner(Captions, f"{BODY}\n\n{CAPTION} {CREDIT}\n\n{BODY}")
    assert texts(doc) == [BODY, BODY]
    assert doc.metadata["captions"] == [CAPTION]
    assert doc.metadata["credits"] == ["Ann Lee / Coastal Press"]
    assert cuts(doc, "captions") == [("credited-caption", f"{CAPTION} {CREDIT}")]


@pytest.mark.parametrize("line", [
    f"{CAPTION} Photo: Ann Lee",                          # no agency after a slash, no stop before the label: kept
    "The committee voted on the photo: yes / no answers were counted by hand in the hall",   # too long, a sentence
])
def test_line_with_a_label_and_no_name_agency_credit_stays(line):
    doc = run_cleaner(Captions, f"{BODY}\n\n{line}\n\n{BODY}")
    assert texts(doc) == [BODY, line, BODY]
