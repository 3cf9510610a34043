"""Rule `noscript-fallback` (`cleaners.extract_noscript`): a script-built page whose article stands only in its
``<noscript>`` fallback keeps that article as its body; a ``<noscript>`` beside an article (a notice, a pixel, a
lazy image) stays out."""
from selectolax.lexbor import LexborHTMLParser

from cleaners.extract_noscript import unwrap_noscript_article
from cleaners.pipeline import Pipeline

PARAS = ["Der Kreistag hat am Dienstag beschlossen, den alten Hafen auszubaggern und die Nordmole neu zu bauen.",
         "Befürworter sagen, die Arbeiten brächten die Fischereiflotte zurück, die mit der Versandung abgezogen war.",
         "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, sagte der Vorsitzende."]
NOTICE = ("Diese Website benötigt JavaScript. Bitte aktivieren Sie JavaScript in den Einstellungen Ihres Browsers, "
          "um alle Funktionen nutzen zu können, und laden Sie die Seite danach neu. Vielen Dank für Ihr Verständnis.")


def _paras(texts) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _shell(fallback: str, outside: str = "") -> str:
    return ("<html lang='de'><head><title>Hafen | Küstenbote</title><script src='/app.js'></script></head>"
            f"<body><div id='app'>{outside}</div><noscript>{fallback}</noscript>"
            "<noscript><img src='/pixel.gif' alt=''></noscript></body></html>")


def _record(html: str) -> dict:
    pipeline = Pipeline()
    return pipeline.process(pipeline.document("page.html", html.encode(), "html")).record()


def test_a_script_built_pages_article_in_noscript_is_its_body():
    html = _shell("<h1>Hafen wird ausgebaggert</h1>" + _paras(PARAS))
    assert unwrap_noscript_article(LexborHTMLParser(html))
    body = _record(html)["body"]
    assert all(p in body for p in PARAS)


def test_a_noscript_notice_beside_an_article_stays_out():
    html = _shell(f"<p>{NOTICE}</p>", outside="<article><h1>Hafen</h1>" + _paras(PARAS) + "</article>")
    assert not unwrap_noscript_article(LexborHTMLParser(html))
    body = _record(html)["body"]
    assert all(p in body for p in PARAS) and "JavaScript" not in body


def test_a_short_notice_in_an_empty_shell_is_not_an_article():
    html = _shell("<p>Bitte aktivieren Sie JavaScript, um diese Seite zu sehen.</p>")
    assert not unwrap_noscript_article(LexborHTMLParser(html))


def test_a_fallback_of_plain_text_without_block_markup_is_left():
    html = _shell(NOTICE + " " + NOTICE)
    assert not unwrap_noscript_article(LexborHTMLParser(html))
