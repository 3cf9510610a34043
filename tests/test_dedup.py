"""Dedup engine (cleaners/dedup.py) and ``corpus clean --dedup``."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cleaners import dedup
from cleaners.dedup_store import SqliteDedupStore
from cleaners.records import iter_records

from .conftest import SEEDS, read_jsonl
from .ingest_site import prose

ROOT = Path(__file__).resolve().parent.parent


def _text(seed: str, paragraphs: int = 4) -> str:
    return "\n\n".join(prose(seed, paragraphs))


def test_exact_duplicates_ignore_case_spacing_and_punctuation():
    index = dedup.DedupIndex()
    body = _text("a")
    first = index.see_text("1" * 64, body)
    second = index.see_text("2" * 64, "  " + body.upper().replace(".", " !") + "\n")
    assert not first.duplicate and first.cluster == "1" * 64
    assert (second.kind, second.duplicate_of, second.cluster) == ("exact", "1" * 64, "1" * 64)


def test_near_duplicate_by_containment_when_lengths_differ():
    """A short report inside a long one: Jaccard is low, containment high."""
    long = prose("story", 12)
    short = "\n\n".join(long[:4])
    exact_j = len(dedup.shingles(short) & dedup.shingles("\n\n".join(long))) / len(
        dedup.shingles(short) | dedup.shingles("\n\n".join(long)))
    assert exact_j < 0.4
    index = dedup.DedupIndex()
    index.see_text("a" * 64, short)
    verdict = index.see_text("b" * 64, "\n\n".join(long))   # the longer one arrives second
    assert verdict.kind == "near" and verdict.duplicate_of == "a" * 64
    assert verdict.containment >= dedup.CONTAINMENT > verdict.jaccard


def test_unrelated_and_short_documents_stay_alone():
    index = dedup.DedupIndex()
    assert not index.see_text("a" * 64, _text("x")).duplicate
    assert not index.see_text("b" * 64, _text("y")).duplicate
    # two short texts sharing a few words: exact check only
    assert not index.see_text("c" * 64, "The minister said on Friday that talks went well").duplicate
    assert not index.see_text("d" * 64, "The minister said on Friday that talks failed").duplicate


def test_changed_document_is_not_its_own_duplicate_and_clusters_follow_first_seen():
    index = dedup.DedupIndex()
    body = _text("v")
    index.see_text("a" * 64, body)
    again = index.see_text("a" * 64, body + "\n\nOne more paragraph at the end of the story.")
    assert not again.duplicate and again.cluster == "a" * 64
    third = index.see_text("b" * 64, body)
    fourth = index.see_text("c" * 64, body + " extra words at the very end")
    assert third.duplicate_of == fourth.duplicate_of == "a" * 64
    assert len(index) == 4          # both versions of "a" are kept: a later document may copy either


def test_signature_round_trip():
    sig = dedup.signature(_text("r"))
    back = dedup.Signature.from_parts(sig.exact, sig.size, sig.to_bytes())
    assert dedup.jaccard(sig, back) == 1.0 and back.size == sig.size


def test_seeds_000_001_003_one_cluster_002_004_alone(tmp_path, corpus_bin, validator):
    out = tmp_path / "seeds.jsonl"
    proc = subprocess.run([corpus_bin, "clean", str(SEEDS), "-o", str(out), "--workers", "2"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    recs = {Path(r["source"]).name[:3]: r for r in read_jsonl(out)}
    for r in recs.values():
        validator.validate(r)
    cluster = recs["000"]["metadata"]["cluster"]
    assert cluster == recs["000"]["id"] and recs["000"]["metadata"]["duplicate_of"] is None
    for name in ("001", "003"):
        assert recs[name]["metadata"]["cluster"] == cluster
        assert recs[name]["metadata"]["duplicate_of"] == recs["000"]["id"]
    for name in ("002", "004"):
        assert recs[name]["metadata"]["cluster"] == recs[name]["id"]
        assert recs[name]["metadata"]["duplicate_of"] is None
    assert "2 near duplicates" in proc.stderr

    # drop keeps the first seen; off leaves the metadata alone; bodies never change
    dropped, off = tmp_path / "drop.jsonl", tmp_path / "off.jsonl"
    subprocess.run([corpus_bin, "clean", str(SEEDS), "-o", str(dropped), "--dedup", "drop", "-q"], check=True)
    subprocess.run([corpus_bin, "clean", str(SEEDS), "-o", str(off), "--dedup", "off", "-q"], check=True)
    assert sorted(Path(r["source"]).name[:3] for r in read_jsonl(dropped)) == ["000", "002", "004"]
    off_recs = read_jsonl(off)
    assert all("cluster" not in r["metadata"] for r in off_recs)
    assert [r["body"] for r in off_recs] == [recs[Path(r["source"]).name[:3]]["body"] for r in off_recs]


def test_same_output_for_any_number_of_workers(tmp_path, corpus_bin):
    outs = []
    for workers in ("0", "3"):
        out = tmp_path / f"w{workers}.jsonl"
        subprocess.run([corpus_bin, "clean", str(SEEDS), "-o", str(out), "--workers", workers, "-q"], check=True)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_resume_index_covers_records_already_in_shards(tmp_path, corpus_bin):
    """A duplicate of a record in an earlier shard is found after --resume."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("000", "002"):
        src = next(SEEDS.glob(f"{name}_*"))
        (inputs / src.name).write_bytes(src.read_bytes())
    out = tmp_path / "shards"
    subprocess.run([corpus_bin, "clean", str(inputs), "-o", f"{out}/", "--shard-size", "1", "-q"], check=True)
    src = next(SEEDS.glob("001_*"))
    (inputs / src.name).write_bytes(src.read_bytes())
    subprocess.run([corpus_bin, "clean", str(inputs), "-o", f"{out}/", "--shard-size", "1", "--resume", "-q"],
                   check=True)
    recs = {Path(r["source"]).name[:3]: r for r in iter_records(str(out))}
    assert sorted(recs) == ["000", "001", "002"]
    assert recs["001"]["metadata"]["duplicate_of"] == recs["000"]["id"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["dedup"]["near"] == 1


def test_dedup_and_engine_never_import_scrapy():
    code = ("import sys, cleaners.dedup, cleaners.dedup_store, cleaners.stages, cleaners.cli; "
            "sys.exit(1 if any(m == 'scrapy' or m.startswith('scrapy.') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_bad_mode():
    from cleaners.errors import ConfigError
    from cleaners.stages import Dedup, StageContext, build_stages
    with pytest.raises(ConfigError):
        build_stages({"dedup": "bogus"}, StageContext(dedup=SqliteDedupStore.memory()))
    with pytest.raises(ConfigError):
        Dedup(dedup.DedupIndex(), "bogus")


def test_signatures_round_trip_through_the_store_and_old_64_bit_blobs():
    store = SqliteDedupStore.memory()
    sig = dedup.signature(_text("s"))
    seq = store.add("a" * 64, sig, 1, banded=True)
    back = store.signature(seq)
    assert (back.exact, back.size, list(back.hashvalues)) == (sig.exact, sig.size, list(sig.hashvalues))
    old = dedup.Signature.from_parts(sig.exact, sig.size, sig.hashvalues.astype("<u8").tobytes())
    assert list(old.hashvalues) == list(sig.hashvalues)


def test_judging_after_observing_everything_gives_the_verdicts_of_arrival_order():
    """The two-pass (and distributed) way: observe all, then judge each against the
    documents observed before it only -- the same verdicts as judging on arrival."""
    long = prose("two-pass", 10)
    bodies = ["\n\n".join(long[:4]), "\n\n".join(long), _text("other"), "\n\n".join(long[2:8]),
              "\n\n".join(long[:4]), _text("third")]
    ids = [f"{i:064x}" for i in range(len(bodies))]
    streaming = dedup.DedupIndex()
    on_arrival = [streaming.see_text(i, b) for i, b in zip(ids, bodies)]
    batch = dedup.DedupIndex()
    seqs = [batch.observe(i, dedup.signature(b)) for i, b in zip(ids, bodies)]
    later = [batch.judge(q, i, dedup.signature(b)) for q, i, b in zip(seqs, ids, bodies)]
    assert later == on_arrival
    assert [v.duplicate_of for v in on_arrival] == [None, ids[0], None, ids[0], ids[0], None]


def test_exact_copies_do_not_fill_the_lsh_buckets():
    store = SqliteDedupStore.memory()
    index = dedup.DedupIndex(store)
    body = _text("copies")
    for n in range(20):
        index.see_text(f"{n:064x}", body)
    assert store.db.execute("SELECT COUNT(DISTINCT seq) FROM dedup_bands").fetchone()[0] == 1
    assert index.stats == {"exact": 19, "near": 0, "unique": 1}
