"""Afrikaans (cleaners/lang/af.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Nuwe brug oor die Bergrivier ná drie jaar se bouwerk geopen"
ARTICLE = ["Die munisipaliteit van Paarl het Dinsdag die nuwe brug oor die Bergrivier geopen, wat die verkeer in die "
           "middedorp moet verlig.",
           "Die bouwerk het drie jaar geduur en byna veertig miljoen rand gekos, waarvan die grootste deel uit die "
           "provinsiale begroting gekom het.",
           "Inwoners van die omliggende woonbuurte sê hulle is tevrede, hoewel die werk aan die toegangspaaie tot "
           "aan die einde van die jaar sal voortduur."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """An Afrikaans text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "af", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Deur Marelize van Wyk", "byline"),
    ("Skrywer: Marelize van Wyk en Pieter Botha", "byline"),
    ("Gepubliseer: 14 Maart 2026 om 19:05", "date-line"),
    ("Foto: Pieter Botha / Reuters", "photo-credit"),
    ("Bron: Reuters", "agency-credit"),
    ("Lees ook: Raad keur nuwe begroting goed", "related-story"),
    ("Verwante nuus|Raad keur die nuwe begroting vir die dorp goed|Swaar reën sny bergdorpies van die wêreld af",
     "related-story"),
    ("Deel: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Paarl Nuus. Alle regte voorbehou.", "copyright"),
    ("Die menings uitgespreek is dié van die skrywer en weerspieël nie noodwendig die standpunt van die redaksie nie.",
     "disclaimer"),
    ("Hierdie artikel is met behulp van kunsmatige intelligensie geskryf en deur die redaksie nagegaan.",
     "disclaimer"),
    ("Ons gebruik koekies om jou ervaring te verbeter. Deur voort te gaan, stem jy in tot die gebruik daarvan.",
     "disclaimer"),
    ("Teken in op ons nuusbrief en kry die jongste nuus in jou inkassie.", "newsletter"),
    ("Volg ons op Facebook en Instagram.", "social"),
    ("Laai ons toep af vir Android en iOS.", "app-download"),
    ("Ondersteun onafhanklike joernalistiek: elke bydrae tel.", "donation-appeal"),
    ("Leestyd: 4 min", "reading-time"),
    ("Die artikel gaan voort na die advertensie", "ad-label"),
    ("Etikette: Paarl, Bergrivier, verkeer", "taxonomy-line"),
    ("Kommentaar is gesluit.", "comment-prompt"),
    ("Hierdie artikel is slegs vir intekenare.", "paywall"),
    ("Tuis » Nuus » Wes-Kaap", "breadcrumb"),
    ("As jy van hierdie artikel gehou het, deel dit met jou vriende.", "liked-this"),
    ("Hierdie artikel het oorspronklik op Maroela Media verskyn.", "original-source"),
    ("Mees gelees|1. Raad keur die nuwe begroting vir die dorp goed|2. Swaar reën sny bergdorpies van die wêreld af",
     "related-story"),
])
def test_afrikaans_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Deur die jare het die rivier al dikwels die dorp oorstroom.",
    "Die bron van die rivier is hoog in die Drakensteinberge.",
    "Ondersteun plaaslike boere, het die burgemeester by die opening van die mark gesê.",
    "Die kommentaar van inwoners was baie krities, volgens die inwonersvereniging.",
    "Volg die omleiding tot by die einde van die straat, het die verkeerspolisie bestuurders gevra.",
    "Die mees gelese boek van die jaar is deur 'n digter van Worcester geskryf, het die peiling bevind.",
    "Die munisipaliteit se advertensie vir nuwe poste het in Januarie verskyn.",
    "Alle regte van werkers sal beskerm word, het die minister belowe.",
    "Die skrywer van die brugontwerp is die argitek Johan Nel van Stellenbosch.",
    "Deel jou mening met die raad, het die burgemeester by die openbare vergadering gesê.",
    "Foto's van die opening is in die stadsaal uitgestal.",
])
def test_afrikaans_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Kommentaar (2)|Pieter Botha - 3 uur gelede|Eindelik, ons het tien jaar gewag.|Antwoord|"
    "Anri Steyn - 5 uur gelede|Jammer daar is nie 'n fietspad nie.|Antwoord",
    "Kommentaar|Pieter Botha sê:|Eindelik, ons het tien jaar gewag.|Anri Steyn sê:|Jammer.",
])
def test_afrikaans_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Pieter Botha", "Anri Steyn"], ARTICLE)
    empty = _cleaned("Nog geen kommentaar nie. Wees die eerste om kommentaar te lewer!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_afrikaans_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Deur Marelize van Wyk", "Leestyd: 4 min", "Foto: Pieter Botha / Reuters",
                 "Lees ook: Dorp kry nuwe mark", "Ondersteun ons werk. Elke bydrae tel.",
                 "Volg ons op Facebook en Instagram.", "Teken in op ons nuusbrief.", "Alle regte voorbehou.",
                 "Deel: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Die burgemeester het gesê die nuwe brug sal aparte bane vir fietsryers en voetgangers hê.",
                            "Volgens skattings sal meer as twintigduisend voertuie elke dag oor die brug ry."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "af", text, paragraphs, TITLE)     # no declared language: detected
