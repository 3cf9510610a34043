"""A plug-in embed's fallback (cleaners/builtin/dom_plugin.py, read by dom_service): the "Get Flash player" line
after an embed and an object's alternative text go; a sentence about Flash with its link and an object holding
prose stay."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import ARTICLE, page, run

VIDEO = ('<object width="400" height="300"><param name="movie" value="http://video.example.org/v/abc"></param>'
         '<embed src="http://video.example.org/v/abc" type="application/x-shockwave-flash"></embed></object>')


def test_a_flash_fallback_goes():
    for fallback in (f'{VIDEO}<div class="alt"><a href="http://www.adobe.com/go/getflashplayer">Install the Flash '
                     f'plugin to watch</a></div>',
                     '<object data="/media/clip.swf" type="application/x-shockwave-flash"><p>This clip needs a newer '
                     'Flash player.</p></object>'):
        doc, text = run(DomService(), page(f"<main><div class='entry'>{ARTICLE}{fallback}</div></main>"))
        assert "Flash" not in text and "night bus" in text, fallback
        assert [r.rule for r in doc.removed] == ["plugin-fallback"], fallback


def test_a_sentence_about_flash_and_an_object_of_prose_stay():
    sentence = ('<p>The museum site still asks for the <a href="http://get.adobe.com/flashplayer/">Flash player</a>, '
                'which browsers dropped years ago.</p>')
    prose = ('<object data="/media/map.swf"><p>The map shows the night bus routes to the northern districts, with '
             'the new stops marked in red and the old ones in grey for comparison.</p></object>')
    doc, text = run(DomService(), page(f"<main><div class='entry'>{ARTICLE}{sentence}{prose}</div></main>"))
    assert "asks for the Flash player , which" in text and "new stops marked" in text and doc.removed == ()
