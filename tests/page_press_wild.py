"""Article blocks of multilingual news pages that look like press furniture but are prose, an
out-of-sample check of the HTML harness (tests/page_generalisation.py, unseen shapes): a
paragraph that opens with "read also" and runs on as a sentence, a one-line quote standing
alone, a subheading "more on <topic>" with prose under it, a numbered list of facts, an
interview's question and answer lines (one answer a single word), a paragraph that is one
link holding a whole sentence, a table of results. All of it is article text and must stay in
the body. Furniture (``INSIDE``, ``AFTER``, renderers as tests/page_press.py's): one-word tool
lines in a row between paragraphs, a newsletter sign-up box without a telling class, the
agencies' credit line closing the story. Words are in
tests/page_press_wild_words.py.

``block(rng, lang, kind)`` gives ``(html parts, [(kind, text that must stay)])``; ``insert``
puts one or two such blocks between the article's paragraphs.
"""
from __future__ import annotations

from html import escape

from .page_press import prose
from .page_press_wild_words import CREDIT, TOOLS, W
from .page_press_words import AGENCIES
from .page_press_words import W as PRESS

KINDS = ("wild-read", "wild-quote", "wild-more", "wild-facts", "wild-interview", "wild-link", "wild-table")


def _read(rng, w):
    return [f"<p>{escape(w['read'])}</p>"], [w["read"]]


def _quote(rng, w):
    tag = rng.choice(["p", "blockquote"])
    inner = f"<p>{escape(w['quote'])}</p>" if tag == "blockquote" else escape(w["quote"])
    return [f"<{tag}>{inner}</{tag}>"], [w["quote"]]


def _more(rng, w):
    head, text = w["more"]
    tag = rng.choice(["h2", "h3"])
    return [f"<{tag}>{escape(head)}</{tag}>", f"<p>{escape(text)}</p>"], [head, text]


def _facts(rng, w):
    lead, items = w["facts"]
    html = f"<p>{escape(lead)}</p><ol>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ol>"
    return [html], [lead, *items]


def _interview(rng, w):
    strong = rng.choice(["strong", "b"])
    html = "".join(f"<p><{strong}>{escape(q)}</{strong}></p><p>{escape(a)}</p>" for q, a in w["interview"])
    return [html], [t for pair in w["interview"] for t in pair]


def _link(rng, w):
    return [f'<p><a href="/{rng.choice(["politik", "stadt", "lokales"])}/{rng.randint(10**5, 10**6)}.html">'
            f'{escape(w["link"])}</a></p>'], [w["link"]]


def _table(rng, w):
    caption, header, rows = w["table"]
    head = "".join(f"<th>{escape(c)}</th>" for c in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    html = f"<p>{escape(caption)}</p><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    return [html], [caption] + [c for row in rows for c in row if len(c) >= 3]   # (a bare seat count: in any body)


_MAKERS = dict(zip(KINDS, (_read, _quote, _more, _facts, _interview, _link, _table)))


def block(rng, lang: str, kind: str) -> tuple[list[str], list[tuple[str, str]]]:
    """The html parts of one block of ``kind`` and the ``(kind, text)`` of each text that must stay."""
    parts, texts = _MAKERS[kind](rng, W[lang])
    return parts, [(kind, t) for t in texts]


def insert(rng, lang: str, parts: list[str], kept: list[tuple[str, str]]) -> None:
    """On half the pages a sentence in the words of news furniture (tests/page_press.prose, kind
    "press-prose"), on half of them one or two blocks of distinct ``KINDS``, put between the
    article's paragraphs (never before the first: a page opens with its lead); what must stay is
    added to ``kept``."""
    if rng.random() < 0.5:
        line = prose(rng, lang)
        parts.insert(rng.randint(1, len(parts)), f"<p>{escape(line)}</p>")
        kept.append(("press-prose", line))
    if rng.random() < 0.5:
        for kind in rng.sample(KINDS, rng.randint(1, 2)):
            html, texts = block(rng, lang, kind)
            at = rng.randint(1, len(parts))
            parts[at:at] = html
            kept += texts


def agency(rng, lang):
    """The agencies' credit line closing the story."""
    line = rng.choice(CREDIT[lang]).format(a=AGENCIES[lang])
    return f"<p>{escape(line)}</p>", [line]


def tool_words(rng, lang):
    """Two or three one-word tools, each a line of its own, in a row between paragraphs (no link, no button)."""
    words = TOOLS[lang][:rng.randint(2, 3)]
    tag = rng.choice(["p", "div"])
    return "<div>" + "".join(f"<{tag}>{escape(w)}</{tag}>" for w in words) + "</div>", words


def signup(rng, lang):
    """A newsletter sign-up between paragraphs, in class-less boxes: its heading, blurb, e-mail field and button."""
    head, blurb, button, consent = PRESS[lang]["letter"]
    tag = rng.choice(["h3", "p"])
    return (f"<div><div><{tag}>{escape(head)}</{tag}><p>{escape(blurb)}</p></div><form action='/nl'><input "
            f"type='email' placeholder='E-Mail'><button type='submit'>{escape(button)}</button></form></div>"), \
        [head, blurb, button]


INSIDE = {"press-tool-words": tool_words, "press-signup": signup}
AFTER = {"press-agency": agency}
