"""Swahili (cleaners/lang/sw.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Daraja jipya la Mto Pangani lafunguliwa baada ya miaka mitatu ya ujenzi"
ARTICLE = ["Halmashauri ya jiji la Tanga siku ya Jumanne ilizindua rasmi daraja jipya la Mto Pangani, "
           "ambalo linatarajiwa kupunguza msongamano wa magari katikati ya jiji.",
           "Ujenzi ulichukua miaka mitatu na uligharimu karibu shilingi bilioni arobaini, sehemu "
           "kubwa ya fedha ikitolewa na serikali kuu.",
           "Wakazi wa vijiji jirani wanasema wameridhika, ingawa kazi ya kujenga barabara za kuingia "
           "itaendelea hadi mwisho wa mwaka."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "sw", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Na Juma Hamisi", "byline"),
    ("Imeandikwa na Asha Mohamed", "byline"),
    ("Imechapishwa: 14/03/2026 19:05", "date-line"),
    ("Picha: Juma Hamisi/AFP", "photo-credit"),
    ("Chanzo: Reuters", "agency-credit"),
    ("Soma pia: Halmashauri yapitisha bajeti mpya ya jiji", "related-story"),
    ("Habari zinazohusiana|Halmashauri yapitisha bajeti mpya ya jiji|Mafuriko yatenga vijiji vya milimani", "related-story"),
    ("Shiriki: Facebook · X · WhatsApp", "share-row"),
    ("Haki zote zimehifadhiwa.", "copyright"),
    ("© 2026 Sauti ya Tanga. Haki zote zimehifadhiwa. Matumizi yoyote ya maudhui bila idhini ya "
     "maandishi ni marufuku.", "copyright"),
    ("Maoni yaliyotolewa katika makala hii ni maoni ya mwandishi na si lazima yaakisi msimamo wa wahariri.", "disclaimer"),
    ("Makala hii imeandikwa kwa msaada wa akili bandia na imekaguliwa na mhariri.", "disclaimer"),
    ("Tovuti hii inatumia vidakuzi ili kukupa huduma bora. Kwa kuendelea kuvinjari, unakubali "
     "matumizi ya vidakuzi.", "disclaimer"),
    ("Jiandikishe kwa jarida letu upate habari muhimu kwenye barua pepe yako.", "newsletter"),
    ("Tufuate kwenye Facebook na Instagram.", "social"),
    ("Pakua programu yetu kwa Android na iOS.", "app-download"),
    ("Tuunge mkono: kuwa mwanachama kwa shilingi 5,000 tu kwa mwezi.", "donation-appeal"),
    ("Muda wa kusoma: dakika 4", "reading-time"),
    ("Makala inaendelea baada ya tangazo", "ad-label"),
    ("Lebo: Tanga, Pangani, usafiri", "taxonomy-line"),
    ("Maoni yamefungwa.", "comment-prompt"),
    ("Makala hii ni kwa wasajili pekee.", "paywall"),
    ("Mwanzo » Habari » Kitaifa", "breadcrumb"),
    ("Kama umependa makala hii, washirikishe marafiki zako.", "liked-this"),
    ("Makala hii ilichapishwa kwanza kwenye tovuti ya Mwananchi.", "original-source"),
    ("Zinazosomwa zaidi|1. Halmashauri yapitisha bajeti mpya ya jiji|2. Mafuriko yatenga vijiji vya milimani", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Na baada ya hapo, wakazi walianza kutumia daraja hilo kwa wingi.",
    "Chanzo cha Mto Pangani kiko kwenye milima ya Kilimanjaro.",
    "Tuunge mkono wakulima wa ndani, alisema mkuu wa mkoa alipofungua soko.",
    "Maoni ya wanasiasa kuhusu uamuzi huo yalitofautiana, na upinzani ulidai mjadala mpya.",
    "Tangazo la nafasi za kazi katika ujenzi wa daraja lilitolewa Januari.",
    "Haki za wafanyakazi zitalindwa kikamilifu, waziri aliahidi.",
    "Picha za ufunguzi zilipigwa na wanafunzi wa shule ya jirani.",
    "Mwandishi wa kitabu kuhusu historia ya jiji ni Juma Hamisi wa Tanga.",
    "Shiriki maoni yako nasi, alisema meya katika mkutano wa wakazi.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Maoni|Juma Hamisi alisema:|Hatimaye, tumesubiri miaka kumi.|Asha Mohamed alisema:|Inasikitisha "
     "hakuna njia ya baiskeli.",
     ["Juma Hamisi", "Asha Mohamed"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Hakuna maoni bado. Kuwa wa kwanza kutoa maoni!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Na Juma Hamisi",
                 "Muda wa kusoma: dakika 4",
                 "Picha: Asha Mohamed/AFP",
                 "Soma pia: Jiji lapata soko jipya",
                 "Tuunge mkono. Kila mchango una thamani.",
                 "Tufuate kwenye Facebook na Instagram.",
                 "Jiandikishe kwa jarida letu.",
                 "Haki zote zimehifadhiwa.",
                 "Shiriki: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Meya alisema daraja hilo jipya litakuwa na njia maalum kwa waendesha "
                            "baiskeli na watembea kwa miguu.",
                            "Inakadiriwa kuwa zaidi ya magari elfu ishirini yatavuka daraja hilo kila siku."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "sw", text, paragraphs, TITLE)     # no declared language: detected
