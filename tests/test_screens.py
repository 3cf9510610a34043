"""Batch screens never change what a cleaner does (cleaners/screen.py): every text cleaner
gives the same document (body, audit trail, metadata, comments) with its screen and with
screening off, on the seeds, on harness documents and on generated text."""
from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners import screen
from cleaners.chain import Chain
from cleaners.pipeline import Pipeline

from . import generalisation as gen
from .conftest import SEEDS, text_doc
from .test_properties import EXAMPLES, _line

CHAIN = Chain.build()
PIPELINE = Pipeline(CHAIN)
# lines of artefact classes in several languages, beside the generated ones
_ARTEFACTS = st.sampled_from([
    "Von Anna Schmidt", "Par Jean Dupont, AFP", "Publié le 3 mars 2021", "Aktualisiert am 09.12.2016, 18:30 Uhr",
    "5 min read", "3 Min. Lesezeit", "Quelle: dpa", "Fonte: ANSA", "Foto: Lena Vogel/dpa", "Zum Vergrößern klicken",
    "Jetzt spenden", "Soutenez notre travail : faites un don !", "Kommentar schreiben", "Abonnez-vous à notre newsletter",
    "Anna schrieb am 9. Dezember 2016 um 18:30:", "Jean a écrit le 3 mars 2021 :", "↳ Anna", "Antwort an Anna:",
    "Ann Lee | 3 hours ago", "vor 3 Stunden", "1.2. Marco Rossi", "\tLena Vogel", "Lesen Sie auch", "À lire aussi",
    "Home > World > Europe", "Share: [Facebook](http://f.example) [Twitter](http://t.example)",
    "Chart: Datawrapper", "Grafik: Statista", "© 2020 Reuters. All rights reserved.", "Tags: politics, budget",
    "About Acme Corp", "A", "a", "-", "•", "12 500 €", "$5", "Array", "(", "[Anna](/u/anna)",
    "and then the minister left the room without a word", "continued", "the budget for the coming year and",
])


def _same(a, b) -> bool:
    return (a.blocks, a.removed, dict(a.metadata), a.comments) == (b.blocks, b.removed, dict(b.metadata), b.comments)


def check_chain(doc) -> None:
    """Run the text chain on ``doc``; at every cleaner compare the screened and the unscreened result."""
    doc = doc.numbered()
    for cleaner in CHAIN.text_cleaners:
        if not cleaner.applies_to(doc):
            continue
        screened = cleaner.clean(doc)
        screen.ENABLED = False
        try:
            unscreened = cleaner.clean(doc)
        finally:
            screen.ENABLED = True
        assert _same(screened, unscreened), cleaner.name
        doc = screened


@pytest.mark.parametrize("path", sorted(p for p in SEEDS.iterdir() if p.suffix in (".txt", ".md")), ids=lambda p: p.name)
def test_seeds(path):
    check_chain(PIPELINE.document(path.name, path.read_bytes(), "text"))


@pytest.mark.skipif(not gen.GROUND_TRUTH.exists(), reason="benchmark data absent")
def test_harness_documents():
    rng = random.Random(16)
    for _ in range(25):
        check_chain(gen.document(PIPELINE, gen.compose(rng)))


@settings(derandomize=True, max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(st.one_of(_line, _ARTEFACTS, _ARTEFACTS), st.sampled_from(["\n", "\n\n", "\n\n\n"])),
                min_size=1, max_size=30))
def test_generated_text(lines):
    text = "".join(line + sep for line, sep in lines)
    doc = text_doc(text)
    if doc.blocks:
        check_chain(doc)


def test_the_check_can_fail(monkeypatch):
    """A screen that misses a line changes the result, and the check sees it."""
    from cleaners.builtin import php_dump
    monkeypatch.setattr(php_dump, "_SCREEN", screen.compile("nothing-matches-this"))
    with pytest.raises(AssertionError):
        check_chain(text_doc("A paragraph of text.\n\narray(1) {\n  [0]=> int(1)\n}\n"))


def test_candidates_map_matches_to_blocks():
    doc = text_doc("alpha\n\nbeta gamma\n\nünïcode délta\n\ndelta")
    assert screen.candidates(doc.blocks, screen.compile(r"(?:^|[^\w])delta$")) == [3]
    assert screen.candidates(doc.blocks, screen.compile(r"^d[ée]lta|gamma")) == [1, 3]
    assert screen.candidates(doc.blocks, screen.compile(r"délta")) == [2]



def test_navigation_screens_find_what_their_alternation_found():
    """Navigation's line screen is two RE2 patterns (the pager line apart from the words, one
    alternation of both is five times slower): each finds its lines, prose neither."""
    from cleaners.builtin.navigation import _vocabulary
    doc = text_doc("Page 2 of 14\n\nShare this\n\nHome > World\n\nPrint\n\nThe mayor spoke on Tuesday evening."
                   "\n\nAdvertisement\n\nIn 2012 the council met in the old hall and voted on the budget for the "
                   "harbour and the night buses again.")
    pager, words = _vocabulary(("en",))[3]
    assert screen.candidates(doc.blocks, pager) == [0]
    assert screen.candidates(doc.blocks, words) == [1, 2, 3, 5]
    assert screen.candidates(doc.blocks, pager, words) == [0, 1, 2, 3, 5]     # (prose, with a year or without, neither)

def test_lines_maps_matches_to_texts():
    texts = ["alpha", "beta gamma", "ünïcode délta", "delta"]
    assert screen.lines(texts, screen.compile(r"^d[ée]lta|gamma")) == [1, 3]
    assert screen.lines(texts, screen.compile(r"^délta")) == []
    assert screen.lines([], screen.compile("alpha")) == []


_BOXES = """<html><body><article><p>{prose}</p><p>{prose}</p></article>
<div><h3>Related stories</h3><ul><li><a href="/a">The council votes on the night buses</a></li>
<li><a href="/b">Fares stay the same for another year</a></li><li><a href="/c">A new depot opens in the north</a></li></ul></div>
<div><h4>Lesen Sie auch:</h4><ul><li><a href="/d">Der Rat stimmt über die Nachtbusse ab</a></li>
<li><a href="/e">Die Preise bleiben ein weiteres Jahr gleich</a></li><li><a href="/f">Ein neues Depot im Norden</a></li></ul></div>
<div><span>More</span><span>stories from the council and the harbour</span><p>Popular</p><p>{prose}</p></div>
<div><h3>Recent Comments</h3><ul><li><a href="/g">Ann on Night buses</a></li><li><a href="/h">Bo on Fares</a></li>
<li><a href="/i">Cy on the depot</a></li></ul></div></body></html>"""


def test_headed_boxes_are_the_same_with_their_screen_and_without():
    """The DOM stage's heading screen (`dom_widgets.headed_boxes`) finds every box its per-heading
    tests find, in English and German, and a heading split over two elements stays whole."""
    from selectolax.lexbor import LexborHTMLParser
    from cleaners import lang
    from cleaners.builtin._dom import protected_ids
    from cleaners.builtin.dom_widgets import headed_boxes
    dom = LexborHTMLParser(_BOXES.format(prose=" ".join(["The council met on Tuesday and voted."] * 8)))
    langs = lang.languages("de")

    def found():
        return [(node.html, rule) for node, rule in headed_boxes(dom, langs, protected_ids(dom), 400, 0.25)]
    screened = found()
    screen.ENABLED = False
    try:
        assert found() == screened
    finally:
        screen.ENABLED = True
    assert [rule for _, rule in screened] == ["headed-related", "headed-related", "headed-widget"]
