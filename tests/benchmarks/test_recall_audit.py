"""The recall audit: a lost gold span goes to the cut that took it, to metadata or comments when it was moved
there, else to the extraction; only fold D tuning pages are ever read."""
import json

from benchmarks.ablation import fold
from benchmarks.datasets import held_out
from benchmarks.recall_audit import NEVER, Sources, audit, cause_class, fold_d_pages
from benchmarks.scoring import shingles

PROSE = "The river rose four feet overnight and the mayor closed the old bridge to traffic"
TITLE = "Flood Closes Old Bridge Downtown"
WIDGET = "Sign up for our weekly newsletter today"


def _record(body, removed=(), metadata=None, comments=()):
    return {"body": body, "removed": [{"cleaner": c, "rule": r, "text": t} for c, r, t in removed],
            "metadata": metadata or {}, "comments": [{"text": t} for t in comments]}


def _one(shingle_text: str) -> tuple:
    return next(iter(shingles(shingle_text)))


def test_a_span_cut_by_a_rule_is_charged_to_that_rule():
    sources = Sources(_record("", removed=[("calls_to_action", "appeal-tail", PROSE)]))
    assert sources.cause(_one("mayor closed the old")) == "calls_to_action/appeal-tail"


def test_a_title_moved_to_metadata_is_metadata_not_a_loss_of_the_chain():
    sources = Sources(_record("", removed=[("title", "title", TITLE)], metadata={"title": TITLE}))
    assert sources.cause(_one("Closes Old Bridge Downtown")) == "metadata <- title/title"
    assert cause_class("metadata <- title/title") == "metadata"


def test_text_in_no_cut_and_nowhere_else_was_never_extracted():
    sources = Sources(_record("", removed=[("legal", "taxonomy-line", WIDGET)], metadata={"title": TITLE}))
    assert sources.cause(_one("mayor closed the old")) == NEVER
    assert cause_class(NEVER) == "extraction"


def test_a_shingle_straddling_a_cut_edge_goes_to_the_cut():
    sources = Sources(_record("", removed=[("post_furniture", "post-meta", "Posted on Monday by Ann")]))
    assert sources.cause(("by", "Ann", "The", "river")) == "post_furniture/post-meta"


def test_audit_counts_only_what_the_reference_has_and_we_lack():
    gold = {"a": PROSE, "b": PROSE}
    half = " ".join(PROSE.split()[:8])
    records = {"a": _record(half, removed=[("dom_promos", "link-paragraph", PROSE)]), "b": _record(PROSE)}
    result = audit(gold, {"a": PROSE, "b": half}, records)
    total = sum(shingles(PROSE).values())
    lost = sum((shingles(PROSE) - shingles(half)).values())
    assert abs(result["causes"]["dom_promos/link-paragraph"]["recall"] - lost / total / 2) < 1e-12
    assert list(result["per_page"]) == ["a"]
    assert abs(result["gained"] - lost / total / 2) < 1e-12     # page b: we have what the reference lacks


def test_audit_charges_nothing_when_the_reference_lacks_the_text_too():
    result = audit({"a": PROSE}, {"a": ""}, {"a": _record("")})
    assert result["lost"] == 0 and result["per_page"] == {}


def test_only_fold_d_tuning_pages_are_read(tmp_path):
    ids = [str(n) for n in range(60)]
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth.json").write_text(json.dumps({i: {"articleBody": i} for i in ids}))
    for i in ids:
        (tmp_path / "html" / f"{i}.html.gz").write_bytes(b"")
    gold, paths = fold_d_pages(tmp_path)
    assert gold and all(fold(i) == "D" and not held_out(i) for i in gold)
    assert {p.name.split(".")[0] for p in paths} == set(gold)
    assert set(gold) == {i for i in ids if fold(i) == "D" and not held_out(i)}


def test_metadata_needs_three_words_of_a_shingle_not_a_common_pair():
    sources = Sources(_record("", metadata={"description": "the mayor spoke", "title": "old bridge"}))
    assert sources.cause(("the", "mayor", "closed", "the")) == NEVER
    assert sources.cause(("the", "mayor", "spoke", "today")) == "metadata"
