"""Paragraphs that are one link holding a whole sentence: running text, not a teaser.

Rule ``sentence-link``. A teaser for another story is a headline: a few words, no full stop at
the end ("Council approves new budget", "SEE MORE: Floods close the pass"). A paragraph whose
one link holds a sentence of `MIN_WORDS` words or more that ends with a full stop ("The council
decided on Monday to extend line 7 to the station, with work to start in spring.") is the
author's text, linked to a source. `is_linked_sentence` tells the DOM cleaners to leave such a
paragraph (``dom_promos``'s link-only rule); `unwrap_sentence_links` reduces its link to its
text before extraction, as trafilatura drops a paragraph that is all link text.

Rule ``lead-in-link``: a short paragraph ending with a colon right before a quotation or a list
("<a>The agency reports that</a>:", "Read <a>the minister's letter</a>:") introduces it: the
author's text naming a source, never a teaser (a teaser has no colon at its end, nothing after it
to introduce); its links are reduced to their text as well, up to `LEAD_IN_WORDS` words. A list
mostly of links after it is a box of related stories, and its label ("<a>More stories</a>:") no lead-in.

Rule ``punctuated-link``: a paragraph that is one link of two words or more and, after it, the
full stop of the sentence (any script's) ("<a>Photos of some of our food</a>.") is the author's
sentence with a link in it: a teaser or a button carries no stop of the text around it. Its link is
reduced to its text too (`is_punctuated_link`).
"""
from __future__ import annotations

import re

from .builtin._dom import link_text_share
from .lines import stop_class

MIN_WORDS = 15
LEAD_IN_WORDS = 30      # words of a paragraph introducing a quotation or a list, at most
_INTRODUCED = frozenset({"blockquote", "ul", "ol"})
_WORD = re.compile(r"\w+")
# a full stop at the end, after any closing quotes or brackets; not an ellipsis (a cut-off teaser)
_FULL_STOP = re.compile(rf"(?<![.…])[{stop_class('。')}][\"'”“’‘»«)\]]*$")


def is_linked_sentence(text: str) -> bool:
    """Whether ``text`` (a link's, or a paragraph's that is one link) reads as a sentence."""
    text = text.strip()
    return len(_WORD.findall(text)) >= MIN_WORDS and bool(_FULL_STOP.search(text)) and not text.isupper()


def is_lead_in(p, text: str | None = None) -> bool:
    """Whether paragraph ``p`` introduces the quotation or list right after it (rule lead-in-link);
    ``text``: the paragraph's text, when read already."""
    text = " ".join(p.text(deep=True).split()) if text is None else text
    if not text.endswith(":") or not 2 <= len(_WORD.findall(text)) <= LEAD_IN_WORDS:
        return False
    after = p.next
    while after is not None and after.tag in ("-text", "_text", "-comment", "_comment") and \
            not (after.text_content or "").strip():
        after = after.next
    if after is None or after.tag not in _INTRODUCED:
        return False
    return after.tag == "blockquote" or link_text_share(after) < 0.5     # (a list of links: related stories)


_STOP_AFTER = re.compile(rf"^\s*[{stop_class('。')}]$")


def is_punctuated_link(p, text: str | None = None) -> bool:
    """Whether paragraph ``p`` is one link of two words or more with the sentence's full stop after it
    (rule punctuated-link); ``text``: the paragraph's text, when read already."""
    text = " ".join(p.text(deep=True).split()) if text is None else text
    if not _STOP_AFTER.search(text[-1:]):
        return False
    links = p.css("a[href]")
    if len(links) != 1:
        return False
    linked = " ".join(links[0].text(deep=True).split())
    return len(_WORD.findall(linked)) >= 2 and text.startswith(linked) and \
        bool(_STOP_AFTER.match(text[len(linked):]))


def unwrap_sentence_links(dom) -> int:
    """The link of each paragraph that is one link holding a sentence (the paragraph's text is
    the link's), the links of a paragraph introducing a quotation or a list (`is_lead_in`) and the
    link of a paragraph that is one link with the sentence's stop after it (`is_punctuated_link`),
    reduced to their text. Returns how many."""
    unwrapped = 0
    lead_ins: dict[int, bool] = {}          # paragraph mem_id -> introduces what follows it
    for link in dom.css("p a[href]"):
        p = link.parent
        while p is not None and p.tag != "p":
            p = p.parent
        if p is None:
            continue
        if p.mem_id not in lead_ins:
            text = " ".join(p.text(deep=True).split())
            lead_ins[p.mem_id] = is_lead_in(p, text) or is_punctuated_link(p, text)
        if lead_ins[p.mem_id]:
            link.unwrap()
            unwrapped += 1
            continue
        text = " ".join(link.text(deep=True).split())
        if is_linked_sentence(text) and " ".join(p.text(deep=True).split()) == text and len(p.css("a")) == 1:
            link.unwrap()
            unwrapped += 1
    return unwrapped
