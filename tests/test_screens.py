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
