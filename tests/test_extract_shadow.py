"""Rule `shadow-root` (`cleaners.extract_shadow`): a page rendered from web components keeps the article written in
its declarative shadow roots, the host's children in the slots that show them; an inert ``<template>`` stays out."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_shadow import open_shadow_roots
from cleaners.pipeline import Pipeline

PARAS = ["Las obras del puente viejo empezaron el lunes y cerrarán un carril en cada sentido hasta finales de marzo.",
         "Los ingenieros encontraron grietas en dos de los apoyos durante una inspección la primavera pasada.",
         "Los autobuses seguirán cruzando el puente, pero la parada del lado este se traslada a la esquina siguiente."]


def _page(inner: str, attribute: str = 'shadowrootmode="open"') -> str:
    return ("<html lang='es'><head><title>Obras en el puente | Diario</title></head><body>"
            "<nav><a href='/'>Portada</a> <a href='/local'>Local</a></nav>"
            f"<story-page><template {attribute}><article><h1>Obras en el puente</h1><slot name='byline'></slot>"
            f"{inner}<slot></slot></article></template><span slot='byline'>Por Ana Ruiz</span>"
            f"<p>{PARAS[2]}</p></story-page></body></html>")


def _body(html: str) -> str:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).body


def test_an_article_in_a_shadow_root_is_the_body_with_the_hosts_children_in_their_slots():
    html = _page("".join(f"<p>{p}</p>" for p in PARAS[:2]))
    dom = LexborHTMLParser(html)
    assert open_shadow_roots(dom) == 1
    text = " ".join(dom.body.text(separator=" ").split())
    assert text.index("Por Ana Ruiz") < text.index(PARAS[0]) < text.index(PARAS[1]) < text.index(PARAS[2])
    assert all(p in _body(html) for p in PARAS)


def test_shadow_roots_inside_shadow_roots_and_the_older_attribute():
    inner = f"<p>{PARAS[0]}</p><story-part><template shadowroot='open'><p>{PARAS[1]}</p></template></story-part>"
    body = _body(_page(inner, attribute="shadowRootMode='open'"))
    assert all(p in body for p in PARAS)


def test_an_inert_template_stays_out_of_the_body():
    html = _page("".join(f"<p>{p}</p>" for p in PARAS[:2])).replace(
        "</story-page>", "</story-page><template id='row'><p>Este comentario fue eliminado por un moderador del "
                         "sitio porque no cumplía las normas de la comunidad.</p></template>")
    dom = LexborHTMLParser(html)
    assert open_shadow_roots(dom) == 1 and "eliminado" not in dom.body.text()
    assert "eliminado" not in _body(html)
