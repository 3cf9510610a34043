"""Comments from trafilatura's comment pass, when the page shows no thread we can parse.

trafilatura finds comment sections by their names and gives their text as paragraphs,
without authors or nesting. Those paragraphs become comments here: a short line that
holds a name with a date or "says:" ("Ann Lee on 3 May 2012 at 9:59", "Ann says:")
opens a comment and gives its author and date; the paragraphs after it are its text; a
control ("Reply", "12 points") is chrome, and so are the section's own lines that the text
cleaners know as calls to action or post furniture ("You must be logged in to post a
comment.", "You can follow this conversation by subscribing to the comment feed for this
post."), read in the page's language: a section made of them holds no comment; a time on a
line of its own is meta. With no header line, the text is one comment by an unknown author. A reblog notice
("Reblogged this on …", `notices.is_reblog`) is no comment (rule `reblog-notice`).
Depth is 0: trafilatura's text keeps no nesting.
"""
from __future__ import annotations

import re
from typing import Any

from ...document import Block, Comment, Document, Removal, removal
from ... import lang
from ...lines import SENTENCE_STOPS
from .notices import REBLOG, is_reblog
from .vocabulary import speaking, vocabulary, written_date

RULE_SOURCE = "extract"          # the cleaner name of these removals: trafilatura made the cut
HEADER_WORDS = 14
TITLE_WORDS = 10                 # of a section's only line in title case: its heading
NOTICE_WORDS = 40                # of a section's only line that names comments: its notice, no comment


def _paragraphs(body: Any) -> list[str]:
    out: list[str] = []
    for element in body:
        text = " ".join("".join(element.itertext()).split())
        if text:
            out.append(text)
        tail = " ".join((element.tail or "").split())
        if tail:
            out.append(tail)
    return out


def _section_furniture(paragraphs: list[str], language: str | None) -> set[str]:
    """The paragraphs the calls-to-action and post-furniture cleaners would take, in ``language``."""
    from ..calls_to_action import CallsToAction
    from ..post_furniture import PostFurniture
    doc = Document(source="", kind="text", blocks=tuple(Block(p) for p in paragraphs)).with_metadata(
        language=language or "en")
    for cleaner in (CallsToAction(), PostFurniture()):
        doc = cleaner.clean(doc)
    kept = {b.text for b in doc.blocks}
    return {p for p in paragraphs if p not in kept}


def _is_notice(text: str, voc) -> bool:
    """A short line that names the comments themselves: the section's notice or policy, when it
    is all the section holds, with no author line."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return len(words) <= NOTICE_WORDS and any(w in voc.heading_nouns or w.rstrip("s") in voc.heading_nouns
                                               for w in words)


def _is_title(text: str) -> bool:
    """A box's title in title case, a few words without a sentence's stop ("Similar Great Lists on
    Our Site"): all a section holds, it is the heading of a box of links, no comment (rule `lone-title`)."""
    from ..related_list import title_case
    return len(text.split()) <= TITLE_WORDS and not text.rstrip().endswith(SENTENCE_STOPS) and title_case(text)


def comments_from_text(paragraphs: list[str], language: str | None = None) -> tuple[list[Comment], list[Removal]]:
    """Comments (author and date from header lines) and the removals of the other lines
    (``language``: the page's, whose words name the section's furniture and its comments' heads;
    None: English furniture, and the heads in every installed language)."""
    with speaking(lang.languages(language) if language else None):
        return _comments(paragraphs, language)


def _comments(paragraphs: list[str], language: str | None) -> tuple[list[Comment], list[Removal]]:
    voc = vocabulary()
    furniture = _section_furniture(paragraphs, language)
    comments: list[tuple[str | None, str | None, list[str]]] = []
    meta: list[str] = []
    chrome: list[str] = []
    for text in paragraphs:
        words = len(text.split())
        if voc.is_chrome(text) or text in furniture:
            chrome.append(text)
            continue
        if words <= HEADER_WORDS and (written_date(text) or voc.has_said(text)) and (name := voc.name_in(text)):
            found = written_date(text)
            comments.append((name, found.iso if found else None, []))
            meta.append(text)
            continue
        if (found := written_date(text)) and found.start == 0 and found.end == len(text):
            meta.append(text)   # a time on a line of its own: a header without a name, no comment's text
            continue
        if not comments:
            comments.append((None, None, []))
        comments[-1][2].append(text)
    if len(comments) == 1 and comments[0][0] is None and len(comments[0][2]) == 1 and \
            (_is_notice(comments[0][2][0], voc) or voc.is_heading(comments[0][2][0]) or _is_title(comments[0][2][0])):
        chrome += comments.pop()[2]     # "You must be logged in to post comments.", "No comments yet.", "Leave a Reply"
    out = [Comment(author, "\n\n".join(texts), 0, None, date) for author, date, texts in comments if texts]
    reblogs = [c.text for c in out if is_reblog(c.text)]      # "Reblogged this on …": a notice, no comment
    out = [c for c in out if c.text not in reblogs]
    removed = [removal(RULE_SOURCE, rule, " ".join(texts))
               for rule, texts in (("comment-meta", meta), ("comment-chrome", chrome), (REBLOG, reblogs)) if texts]
    return out, removed


def comments_from_trafilatura(body: Any, language: str | None = None) -> tuple[list[Comment], list[Removal]]:
    """Comments from trafilatura's comment body (an lxml element), or ([], []) when it has none."""
    if body is None or len(body) == 0:
        return [], []
    return comments_from_text(_paragraphs(body), language)
