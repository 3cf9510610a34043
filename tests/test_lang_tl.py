"""Tagalog (cleaners/lang/tl.toml): artefact lines leave, article sentences that use the same words stay,
comment threads are found, a composed document whose language is detected keeps its paragraphs and loses its
artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Bagong tulay sa Ilog Pasig, binuksan matapos ang tatlong taon ng konstruksiyon"
ARTICLE = ["Binuksan ng pamahalaang lungsod ng Maynila noong Martes ang bagong tulay sa Ilog Pasig na "
           "inaasahang magpapaluwag sa trapiko sa sentro ng lungsod.",
           "Tumagal ng tatlong taon ang konstruksiyon at umabot sa halos dalawang bilyong piso ang "
           "gastos, na karamihan ay mula sa pambansang pamahalaan.",
           "Sinabi ng mga residente ng kalapit na barangay na masaya sila, bagaman magpapatuloy "
           "hanggang katapusan ng taon ang pagsasaayos ng mga daan papunta sa tulay."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "tl", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Ni Juan dela Cruz", "byline"),
    ("Isinulat ni Maria Santos", "byline"),
    ("Inilathala: 03/14/2026 7:05 PM", "date-line"),
    ("Larawan: Juan dela Cruz/AFP", "photo-credit"),
    ("Pinagmulan: Reuters", "agency-credit"),
    ("Basahin din: Konseho ng lungsod, inaprubahan ang bagong badyet", "related-story"),
    ("Mga kaugnay na balita|Konseho ng lungsod, inaprubahan ang bagong badyet|Baha, pinutol ang daan "
     "sa mga bayan sa bundok", "related-story"),
    ("Ibahagi: Facebook · X · Viber", "share-row"),
    ("Lahat ng karapatan ay nakalaan.", "copyright"),
    ("© 2026 Balitang Maynila. Lahat ng karapatan ay nakalaan. Mahigpit na ipinagbabawal ang paggamit "
     "ng nilalaman nang walang pahintulot.", "copyright"),
    ("Ang mga pananaw sa artikulong ito ay opinyon ng may-akda at hindi sumasalamin sa paninindigan "
     "ng patnugutan.", "disclaimer"),
    ("Ang artikulong ito ay isinulat sa tulong ng AI at sinuri ng editor.", "disclaimer"),
    ("Gumagamit kami ng cookies para sa mas magandang karanasan. Sa patuloy na paggamit ng site, "
     "sumasang-ayon ka sa aming paggamit ng cookies.", "disclaimer"),
    ("Mag-subscribe sa aming newsletter at tumanggap ng pinakamahalagang balita diretso sa iyong email.", "newsletter"),
    ("Sundan kami sa Facebook at Instagram.", "social"),
    ("I-download ang aming app para sa Android at iOS.", "app-download"),
    ("Suportahan ang malayang pamamahayag: maging miyembro sa halagang 100 piso kada buwan.", "donation-appeal"),
    ("Oras ng pagbasa: 4 minuto", "reading-time"),
    ("Nagpapatuloy ang artikulo pagkatapos ng patalastas", "ad-label"),
    ("Mga tag: Maynila, Ilog Pasig, trapiko", "taxonomy-line"),
    ("Sarado na ang mga komento.", "post-template"),
    ("Ang artikulong ito ay para lamang sa mga subscriber.", "paywall"),
    ("Home » Balita » Metro", "breadcrumb"),
    ("Kung nagustuhan mo ang artikulong ito, ibahagi ito sa iyong mga kaibigan.", "liked-this"),
    ("Unang nailathala ang artikulong ito sa Rappler.", "original-source"),
    ("Pinakabinabasa|1. Konseho ng lungsod, inaprubahan ang bagong badyet|2. Baha, pinutol ang daan "
     "sa mga bayan sa bundok", "related-story"),
])
def test_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Ni minsan ay hindi nagsara ang tulay sa panahon ng bagyo, ayon sa mga opisyal.",
    "Ang pinagmulan ng Ilog Pasig ay ang Lawa ng Laguna.",
    "Suportahan ang mga lokal na magsasaka, sabi ng alkalde sa pagbubukas ng palengke.",
    "Magkakaiba ang mga komento ng mga pulitiko sa desisyon, at humiling ang oposisyon ng bagong talakayan.",
    "Ang patalastas para sa mga trabaho sa tulay ay inilabas noong Enero.",
    "Mapoprotektahan ang lahat ng karapatan ng mga manggagawa, pangako ng kalihim.",
    "Ang mga larawan ng pagbubukas ay kinuha ng mga estudyante ng kalapit na paaralan.",
    "Ang may-akda ng aklat tungkol sa kasaysayan ng lungsod ay si Juan dela Cruz.",
    "Ibahagi ninyo ang inyong mga ideya, sabi ng alkalde sa pulong ng mga residente.",
])
def test_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread,authors", [
    ("Mga komento (2)|Jose Reyes - 3 oras na ang nakalipas|Sa wakas, sampung taon kaming "
     "naghintay.|Sumagot|Maria Santos - 5 oras ang nakalipas|Sayang, walang bike lane.|Sumagot",
     ["Jose Reyes", "Maria Santos"]),
])
def test_comment_threads(thread, authors, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), authors, ARTICLE)



def test_an_empty_thread_note_leaves(pipeline):
    assert _cleaned("Wala pang komento. Maging unang magkomento!", pipeline, last=True)["body"].split("\n\n")[-1] == ARTICLE[2]



def test_a_composed_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Ni Juan dela Cruz",
                 "Oras ng pagbasa: 4 minuto",
                 "Larawan: Maria Santos/AFP",
                 "Basahin din: Lungsod, magkakaroon ng bagong palengke",
                 "Suportahan kami. Mahalaga ang bawat donasyon.",
                 "Sundan kami sa Facebook at Instagram.",
                 "Mag-subscribe sa aming newsletter.",
                 "Lahat ng karapatan ay nakalaan.",
                 "Ibahagi: Facebook · X · Viber"]
    paragraphs = ARTICLE + ["Sinabi ng alkalde na magkakaroon ng hiwalay na daanan ang bagong tulay "
                            "para sa mga siklista at mga naglalakad.",
                            "Tinatayang mahigit dalawampung libong sasakyan ang dadaan sa tulay araw-araw."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "tl", text, paragraphs, TITLE)     # no declared language: detected


@pytest.mark.parametrize("code,line,author", [
    ("tl", "Ni Juan dela Cruz", "Juan dela Cruz"),
    ("en", "By Maria delos Santos", "Maria delos Santos"),      # Philippine names in English bylines too
])
def test_filipino_particles_stand_inside_a_name(code, line, author):
    from cleaners.builtin.dateline import Dateline
    from tests.conftest import run_cleaner
    body = ARTICLE[0] if code == "tl" else "The city opened the new bridge over the river on Tuesday, officials said."
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{body}", language=code)
    assert line not in [b.text for b in doc.blocks] and doc.metadata["author"] == author
