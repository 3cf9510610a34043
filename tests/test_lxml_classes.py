"""The C class lookup of lxml.html trees (`cleaners.lxml_classes`): same classes, no Python call."""
import lxml.html
import pytest
import trafilatura.utils
import htmldate.utils

import cleaners.extract  # noqa: F401 (installs the lookup on the libraries' parsers)
from cleaners.lxml_classes import use_c_lookup

PAGE = (b"<html><body><form><input name=q><label>Q</label><select><option>a</option></select>"
        b"<textarea>t</textarea></form><!-- note --><div><p>Text &amp; more</p></div></body></html>")


def _classes(parser) -> list[type]:
    return [type(node) for node in lxml.html.fromstring(PAGE, parser=parser).iter()]


def test_the_c_lookup_gives_the_classes_of_lxml_html():
    fast = lxml.html.HTMLParser()
    use_c_lookup(fast)
    classes = _classes(fast)
    assert classes == _classes(lxml.html.HTMLParser())
    assert {lxml.html.FormElement, lxml.html.InputElement, lxml.html.LabelElement, lxml.html.SelectElement,
            lxml.html.TextareaElement, lxml.html.HtmlComment,
            lxml.html.HtmlElement} <= set(classes)


def test_the_parsers_of_trafilatura_and_htmldate_call_no_python_lookup(monkeypatch):
    def refuse(*args):
        raise AssertionError("python lookup called")
    monkeypatch.setattr(lxml.html.HtmlElementClassLookup, "lookup", refuse)
    for parser in (trafilatura.utils.HTML_PARSER, htmldate.utils.HTML_PARSER):
        assert lxml.html.HtmlElement in _classes(parser)
    with pytest.raises(AssertionError, match="python lookup"):      # a parser left as it was
        _classes(lxml.html.HTMLParser())
