"""Rule `dl-replies` (`comments/dl_replies.py`): replies nested as definition lists inside the description of the
entry they answer, their depth and parent from the nesting. Pages written here."""
from __future__ import annotations

from tests.builtin._html_comments import ARTICLE, cleaned

ENTRIES = [("Aino Virtanen", "12.3.2024 klo 9.14", "Uusi pyörätie sillan yli on hieno asia, vanha oli vaarallinen."),
           ("Mikko L.", "12.3.2024 klo 10.02", "Poikani ajaa siitä kouluun joka aamu, joten tämä on tärkeää."),
           ("Sanna Koski", "12.3.2024 klo 11.40", "Samaa mieltä, mutta talvikunnossapito pitää hoitaa kunnolla."),
           ("Jussi", "13.3.2024 klo 7.55", "Kuka maksaa vanhan sillan korjaukset, kun uusi avataan?")]


def _entry(e, inner: str = "") -> str:
    return f"<dt><b>{e[0]}</b>, {e[1]}</dt><dd><p>{e[2]}</p>{inner}</dd>"


def _thread() -> str:
    a, b, c, d = ENTRIES
    reply = f"<dl>{_entry(b, f'<dl>{_entry(c)}</dl>')}</dl>"
    return f"<h3>Kommentit (4)</h3><dl class='kommentit'>{_entry(a, reply)}{_entry(d)}</dl>"


def test_replies_in_nested_definition_lists_are_comments_of_their_own():
    doc, left = cleaned(ARTICLE + _thread())
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Aino Virtanen", ENTRIES[0][2], 0, None), ("Mikko L.", ENTRIES[1][2], 1, 0),
        ("Sanna Koski", ENTRIES[2][2], 2, 1), ("Jussi", ENTRIES[3][2], 0, None)]
    assert "pyörätie" not in left and "night bus" in left


def test_a_glossary_with_nested_sub_terms_in_the_article_stays():
    glossary = ("<dl><dt>Night bus</dt><dd><p>A bus running between midnight and five in the morning.</p>"
                "<dl><dt>Owl line</dt><dd>A night bus route that follows a day route.</dd>"
                "<dt>Relay stop</dt><dd>A stop where two night lines meet and wait for each other.</dd></dl></dd>"
                "<dt>Shift worker</dt><dd><p>A worker whose hours fall outside the usual working day.</p></dd>"
                "<dt>Petition</dt><dd><p>A written request signed by many residents to the council.</p></dd></dl>")
    doc, left = cleaned(f"<article>{ARTICLE}{glossary}</article>")
    assert doc.comments == ()
    assert "Owl line" in left and "wait for each other" in left and "outside the usual" in left


def test_a_list_of_one_entry_holding_its_replies_gives_every_entry():
    a, b, c, d = ENTRIES
    replies = "".join(_entry(e) for e in (b, c, d))
    doc, _ = cleaned(ARTICLE + f"<h3>Kommentit (4)</h3><dl class='kommentit'>{_entry(a, f'<dl>{replies}</dl>')}</dl>")
    assert [(c.author, c.depth, c.parent) for c in doc.comments] == [
        ("Aino Virtanen", 0, None), ("Mikko L.", 1, 0), ("Sanna Koski", 1, 0), ("Jussi", 1, 0)]


def _classed_entry(e, inner: str = "") -> str:
    """An entry whose term and description share one meaningless class (a template's), no list of two entries."""
    return (f"<dt class='rxh'><img class='av' src='/a.png' width='44'><span class='fz'>{e[0]}</span> "
            f"<span class='uk'><a href='#c1'>{e[1]}</a></span></dt><dd class='rxh'><p>{e[2]}</p>"
            f"<p><a class='lq' href='?replytocom=1#respond'>Vastaa</a></p>{inner}</dd>")


def test_one_entry_and_its_one_reply_nested_in_its_description_are_comments():
    """Rule `dl-terms`: one entry at each level is no family of entries, only of terms: read as their entries."""
    a, b = ENTRIES[:2]
    thread = f"<p>{{ 2 kommenttia }}</p><dl class='kx'>{_classed_entry(a, f'<dl class=qq>{_classed_entry(b)}</dl>')}</dl>"
    doc, left = cleaned(ARTICLE + thread)
    assert [(c.author, c.text, c.depth, c.parent) for c in doc.comments] == [
        ("Aino Virtanen", a[2], 0, None), ("Mikko L.", b[2], 1, 0)]
    assert "pyörätie" not in left and "Poikani" not in left


def test_terms_of_a_glossary_with_a_sub_glossary_stay():
    glossary = ("<dl><dt class='g'>Night bus</dt><dd class='g'><p>A bus running between midnight and five.</p>"
                "<dl><dt class='g'>Owl line</dt><dd class='g'>A night bus route that follows a day route.</dd></dl>"
                "</dd></dl>")
    doc, left = cleaned(f"<article>{ARTICLE}{glossary}</article>")
    assert doc.comments == () and "Owl line" in left and "follows a day route" in left
