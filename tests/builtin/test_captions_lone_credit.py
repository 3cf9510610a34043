"""captions, a credit line alone under a line of a dump of single line breaks: the line over it is the picture's caption
(rule credited-caption) when it reads as one, and an article paragraph, kept, when it is a sentence of more than
MAX_STOPPED_CAPTION_WORDS words (the picture had no caption; its credit follows the paragraph it was placed after)."""
import pytest

from cleaners.builtin.captions import Captions

from ..conftest import run_cleaner
from . import cuts, texts

OPENING = {
    "en": "The council opened the new ferry pier on Friday morning after two years of building work.",
    "it": "Il comune ha aperto venerdì mattina il nuovo molo dei traghetti dopo due anni di lavori.",
    "pl": "Miasto otworzyło w piątek rano nowe nabrzeże promowe po dwóch latach budowy.",
    "fi": "Kaupunki avasi uuden lauttalaiturin perjantaiaamuna kahden vuoden rakennustöiden jälkeen.",
}
PARAGRAPH = {     # one sentence of 16 words' worth or more (of long words in Finnish), the credit's line right under it
    "en": "According to the harbour office, the pier will serve about four thousand passengers a day, "
          "and the works cost twelve million.",
    "it": "Secondo l'autorità portuale, il molo servirà circa quattromila passeggeri al giorno, "
          "mentre i lavori sono costati dodici milioni di euro.",
    "pl": "Według zarządu portu z nabrzeża będzie korzystać około czterech tysięcy pasażerów dziennie, "
          "a budowa kosztowała dwanaście milionów złotych.",
    "fi": "Satamaviranomaisen mukaan laituria käyttää päivittäin noin neljätuhatta matkustajaa, "
          "ja rakennustyöt maksoivat kaksitoista miljoonaa euroa.",
}
CAPTION = {       # a caption's words over the credit: no full stop, or a short sentence
    "en": "Passengers wait for the first ferry at the new pier on Friday morning",
    "it": "Passeggeri in attesa del primo traghetto al nuovo molo.",
    "pl": "Pasażerowie czekają na pierwszy prom przy nowym nabrzeżu w piątek rano",
    "fi": "Matkustajat odottavat ensimmäistä lauttaa uudella laiturilla.",
}
CREDIT = {"en": "Photo: Ann Lee / Reuters", "it": "Foto: Marco Bianchi / ANSA", "pl": "Fot. Jan Nowak / PAP",
          "fi": "Kuva: Matti Virtanen / Lehtikuva"}


@pytest.mark.parametrize("code", sorted(CREDIT))
def test_a_long_sentence_over_a_lone_credit_is_a_paragraph_and_stays(code):
    doc = run_cleaner(Captions, f"{OPENING[code]}\n{PARAGRAPH[code]}\n{CREDIT[code]}", language=code)
    assert texts(doc) == [OPENING[code], PARAGRAPH[code]]
    assert doc.metadata.get("captions", []) == [] and doc.metadata["credits"]


@pytest.mark.parametrize("code", sorted(CREDIT))
def test_a_caption_over_its_credit_still_goes_to_metadata(code):
    doc = run_cleaner(Captions, f"{OPENING[code]}\n{CAPTION[code]}\n{CREDIT[code]}", language=code)
    assert texts(doc) == [OPENING[code]]
    assert doc.metadata["captions"] == [CAPTION[code]]
    assert ("credited-caption", CAPTION[code]) in cuts(doc, "captions")
