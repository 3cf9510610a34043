"""Galician (cleaners/lang/gl.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "A nova ponte sobre o Lérez abre tras tres anos de obras"
ARTICLE = ["O Concello de Pontevedra inaugurou este martes a nova ponte sobre o Lérez, que debería aliviar o tráfico "
           "no centro da cidade.",
           "As obras duraron tres anos e custaron case corenta millóns de euros, a maior parte procedentes dos fondos "
           "europeos.",
           "Os veciños dos barrios próximos din que están satisfeitos, aínda que as obras nos accesos seguirán ata "
           "finais de ano."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Galician text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "gl", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Por Uxía Rodríguez", "byline"),
    ("Texto: Uxía Rodríguez e Brais Castro", "byline"),
    ("Publicado o 14/03/2026 ás 19:05", "date-line"),
    ("Foto: Uxía Rodríguez / Europa Press", "photo-credit"),
    ("Fonte: Europa Press", "agency-credit"),
    ("Le tamén: O Concello aproba os orzamentos", "related-story"),
    ("Noticias relacionadas|O Concello aproba os orzamentos|As choivas inundan o porto", "related-story"),
    ("Compartir: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Diario de Pontevedra. Todos os dereitos reservados.", "copyright"),
    ("As opinións expresadas son responsabilidade do autor e non reflicten necesariamente a liña editorial.",
     "disclaimer"),
    ("Este artigo foi xerado con intelixencia artificial e revisado pola redacción.", "disclaimer"),
    ("Utilizamos cookies propias e de terceiros. Se continúa navegando, acepta o seu uso.", "disclaimer"),
    ("Subscríbete ao noso boletín e recibe as noticias no teu correo electrónico.", "newsletter"),
    ("Síguenos en Facebook e Instagram.", "social"),
    ("Descarga a nosa app para Android e iOS.", "app-download"),
    ("Apoia o xornalismo en galego: faite socio por 5 euros ao mes.", "donation-appeal"),
    ("Tempo de lectura: 4 min", "reading-time"),
    ("A nova continúa despois da publicidade", "ad-label"),
    ("Etiquetas: Pontevedra, Lérez, tráfico", "taxonomy-line"),
    ("Os comentarios están pechados.", "comment-prompt"),
    ("Este artigo é exclusivo para subscritores.", "paywall"),
    ("Inicio » Noticias » Galicia", "breadcrumb"),
    ("Se che gustou este artigo, compárteo cos teus amigos.", "liked-this"),
    ("Este artigo foi publicado orixinalmente en Praza.gal.", "original-source"),
    ("O máis lido|1. O Concello aproba os orzamentos|2. As choivas inundan o porto", "related-story"),
])
def test_galician_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Por primeira vez en vinte anos, o río desbordou no centro da cidade.",
    "A fonte da praza da Ferrería volverá funcionar en maio.",
    "Apoiade o comercio local, dixo a alcaldesa na inauguración do mercado.",
    "Os comentarios dos veciños foron moi críticos coa obra, segundo a asociación.",
    "Síguenos ata o final da rúa, pediron os axentes aos condutores.",
    "O máis lido dos autores galegos deste ano é un poeta de Lugo, segundo a enquisa.",
    "A publicidade institucional do Concello custou trescentos mil euros.",
    "Todos os dereitos dos traballadores serán respectados, prometeu o conselleiro.",
    "O autor do proxecto da ponte é o arquitecto Xoán Pérez, de Santiago.",
    "Compartir o coche reduce o tráfico, explicou a técnica municipal.",
    "Descarga de mercadorías só ata as dez da mañá, anunciou a policía local.",
])
def test_galician_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "Comentarios (2)|Brais Castro - hai 3 horas|Por fin, levabamos dez anos agardando.|Responder|"
    "Uxía Pereira - hai 5 horas|Mágoa que non teña carril bici.|Responder",
    "Comentarios|Brais Castro dixo:|Por fin, levabamos dez anos agardando.|Uxía Pereira dixo:|Mágoa.",
])
def test_galician_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Brais Castro", "Uxía Pereira"], ARTICLE)
    empty = _cleaned("Aínda non hai comentarios. Sé o primeiro en comentar!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_galician_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Por Uxía Rodríguez", "Tempo de lectura: 4 min", "Foto: Brais Castro / Europa Press",
                 "Le tamén: A cidade terá un novo mercado", "Apoia o xornalismo independente. Cada achega conta.",
                 "Síguenos en Facebook e Instagram.", "Subscríbete ao noso boletín.", "Todos os dereitos reservados.",
                 "Compartir: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["A alcaldesa dixo que a nova ponte terá carrís separados para bicicletas e peóns.",
                            "Segundo as estimacións, máis de vinte mil vehículos cruzarán a ponte cada día."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "gl", text, paragraphs, TITLE)     # no declared language: detected
