"""When trafilatura's fast pass (no readability/justext comparison) is trusted, and when its
full run is made instead.

The fast text is checked against the DOM's main-text estimate (paragraph characters of the
page's main container) and the start of that container's longest paragraph (the probe):
far shorter or far longer than the estimate, or without the probe, it is doubted and the
full run replaces it, unless, in recall mode, it is longer than `RECALL_KEEPS`: the full
run would extract the same text again. Fast mode leaves out two things, and in recall mode
neither applies to such a text: the comparison with readability's and justext's
extractions (``compare_extraction`` of ``trafilatura.external`` keeps a text over 10 times
``MIN_EXTRACTED_SIZE`` as it is, in recall mode) and the pruning of teaser blocks on its
recovery path (done in the other modes only). (trafilatura tests the length of its raw
extraction, about that of the final text.)

Rule ``fast-list-kept`` (`lost_fast_list`): the full run may give a text that lost a list the
doubted fast text held: in recall mode trafilatura takes readability's extraction when it holds a
heading its own lacks, and readability drops a list of links as link-heavy, however much it is the
article (a post that is a list of links with a line under it). When the fast text's list items
(`MIN_LOST_ITEMS` or more) are all missing from the full text while every sentence of its own
paragraphs is in it (the list stood in the container the full run took: a sidebar's list comes
with no paragraph of the article), and the full text is not much longer (`MAX_FULL_GROWTH`), the
fast result stays. No extraction is added: both texts are there already.
"""
from __future__ import annotations

from trafilatura.settings import use_config

# the fast pass is trusted while its text stays within these bounds of the page's main
# text estimate (paragraph characters of the main container); outside them it most
# likely took a whole-page container or missed the article, and the full comparison runs
FAST_MIN_SHARE = 0.5
FAST_MAX_SHARE = 10.0
FAST_MIN_ESTIMATE = 50
PROBE_WORDS = 8          # words of the main container's longest paragraph the fast text must hold
# the text length beyond which trafilatura in recall mode compares nothing (10 x its minimum size)
RECALL_KEEPS = 10 * use_config().getint("DEFAULT", "MIN_EXTRACTED_SIZE")


MIN_LOST_ITEMS = 3       # list items of the fast text, all missing from the full text
MIN_PARAGRAPH_WORDS = 5  # words of a fast paragraph that must stand in the full text too
MAX_FULL_GROWTH = 2.0    # the full text at most this many times the fast text's length


def _spaced(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def lost_fast_list(fast, full) -> bool:
    """Whether the full run's result (``full``) lost the list of the doubted fast result (``fast``)
    and nothing else of it: see the module's docstring (rule ``fast-list-kept``)."""
    if fast is None or full is None or fast.body is None or not fast.text or not full.text:
        return False
    if len(full.text) > MAX_FULL_GROWTH * len(fast.text):
        return False
    text = " ".join(full.text.split())
    items = [t for item in fast.body.iter("item") if (t := _spaced(item))]
    if len(items) < MIN_LOST_ITEMS or any(item in text for item in items):
        return False
    paragraphs = [t for p in fast.body.iter("p") if len((t := _spaced(p)).split()) >= MIN_PARAGRAPH_WORDS]
    return bool(paragraphs) and all(p in text for p in paragraphs)


def holds_probe(text: str | None, probe: str) -> bool:
    """Whether ``text`` holds the probe's first `PROBE_WORDS` words, spacing aside (False for an empty probe).
    Found as they stand in ``text``, they are in its spaced-out form too (the head has single spaces between
    words that are no spaces, which collapsing the spacing leaves as they are): the text is spaced out, a
    pass over all of it, only when they are not (most texts hold them)."""
    head = " ".join(probe.split()[:PROBE_WORDS])
    text = text or ""
    return bool(head) and (head in text or head in " ".join(text.split()))


def _misses_probe(text: str, probe: str) -> bool:
    """Whether the probe's first words are missing from ``text``, spacing aside (`holds_probe`; an empty probe
    misses nothing)."""
    return bool(probe.split()) and not holds_probe(text, probe)


def fast_result_doubtful(text: str | None, estimate: int, probe: str = "") -> bool:
    """Whether trafilatura's fast (no fallback) text disagrees with the DOM's main-text
    estimate: far shorter or far longer than it, or without the start of the main text
    container's longest paragraph (``probe``). A page without a paragraph container
    (``estimate`` under `FAST_MIN_ESTIMATE`: a photo page whose caption is the article,
    text in bare divs) gives nothing to check the fast text against: it is doubted, and
    the full comparison decides (its readability/justext candidates are what such pages need)."""
    if estimate < FAST_MIN_ESTIMATE:
        return True
    n = len(text or "")
    if n < FAST_MIN_SHARE * estimate or n > FAST_MAX_SHARE * estimate:
        return True
    return _misses_probe(text or "", probe)


def full_run_needed(text: str | None, estimate: int, probe: str = "", recall: bool = False) -> bool:
    """Whether the fast text is replaced by a full run: it is doubted (`fast_result_doubtful`),
    and not, in recall mode, longer than `RECALL_KEEPS` (its full run would give it again:
    module docstring)."""
    return fast_result_doubtful(text, estimate, probe) and not (recall and len(text or "") > RECALL_KEEPS)
