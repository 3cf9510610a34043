"""Paragraphs that are one link holding a whole sentence: running text, not a teaser.

Rule ``sentence-link``. A teaser for another story is a headline: a few words, no full stop at
the end ("Council approves new budget", "SEE MORE: Floods close the pass"). A paragraph whose
one link holds a sentence of `MIN_WORDS` words or more that ends with a full stop ("The council
decided on Monday to extend line 7 to the station, with work to start in spring.") is the
author's text, linked to a source. `is_linked_sentence` tells the DOM cleaners to leave such a
paragraph (``dom_promos``'s link-only rule); `unwrap_sentence_links` reduces its link to its
text before extraction, as trafilatura drops a paragraph that is all link text.
"""
from __future__ import annotations

import re

from .lines import stop_class

MIN_WORDS = 15
_WORD = re.compile(r"\w+")
# a full stop at the end, after any closing quotes or brackets; not an ellipsis (a cut-off teaser)
_FULL_STOP = re.compile(rf"(?<![.…])[{stop_class('。')}][\"'”“’‘»«)\]]*$")


def is_linked_sentence(text: str) -> bool:
    """Whether ``text`` (a link's, or a paragraph's that is one link) reads as a sentence."""
    text = text.strip()
    return len(_WORD.findall(text)) >= MIN_WORDS and bool(_FULL_STOP.search(text)) and not text.isupper()


def unwrap_sentence_links(dom) -> int:
    """The link of each paragraph that is one link holding a sentence (the paragraph's text is
    the link's), reduced to its text. Returns how many."""
    unwrapped = 0
    for link in dom.css("p a[href]"):
        text = " ".join(link.text(deep=True).split())
        if not is_linked_sentence(text):
            continue
        p = link.parent
        while p is not None and p.tag != "p":
            p = p.parent
        if p is not None and " ".join(p.text(deep=True).split()) == text and len(p.css("a")) == 1:
            link.unwrap()
            unwrapped += 1
    return unwrapped
