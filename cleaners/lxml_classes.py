"""lxml.html's element classes, chosen in C for the parsers of trafilatura, htmldate and readability.

Each time Python touches an element of an lxml.html tree that has no Python object yet, lxml
asks the parser's class lookup which class to give it; lxml.html's own lookup
(``HtmlElementClassLookup``) is a Python method, called about 1.8 million times over the 966
Dragnet pages (trafilatura's and htmldate's walks of their trees). `c_lookup` gives the same
classes (``HtmlElement``, its form, input, label, select and textarea subclasses, ``HtmlComment``,
``HtmlProcessingInstruction``, ``HtmlEntity``) from lxml's C lookups: a namespace-class table
of the tag names, over a default-class lookup. `use_c_lookup` installs it on the libraries'
module-level parsers; the trees, and so the extractions, are the same.
"""
from __future__ import annotations

from functools import lru_cache

from lxml import etree
from lxml import html as lxml_html


@lru_cache(maxsize=None)
def c_lookup() -> etree.ElementNamespaceClassLookup:
    """The classes of lxml.html's default lookup, looked up in C."""
    default = etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)
    lookup = etree.ElementNamespaceClassLookup(default)
    tags = lookup.get_namespace(None)
    for tag, cls in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        tags[tag] = cls
    return lookup


def use_c_lookup(*parsers: etree.HTMLParser) -> None:
    """Give ``parsers`` (lxml.html parsers, with lxml.html's default lookup) the C lookup."""
    for parser in parsers:
        parser.set_element_class_lookup(c_lookup())
