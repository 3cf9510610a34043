from __future__ import annotations

import gzip
import json
import subprocess

from cleaners.sites import site_of
from cleaners.records import iter_records
from cleaners.stats import collect


def _record(url, body, lang="en", comments=0, removed=(), duplicate_of=None):
    return {"id": "x", "source": url or "f.txt", "url": url, "body": body,
            "metadata": {"language": lang, "site": None, "url": url, "duplicate_of": duplicate_of},
            "comments": [{"author": "a", "date": None, "text": "t", "depth": 0, "parent": None}] * comments,
            "removed": [{"cleaner": c, "rule": r, "text": "", "chars": n} for c, r, n in removed], "schema": "1.0"}


def test_collect_counts_sites_languages_duplicates_and_removals():
    stats = collect([
        _record("https://www.one.example.co.uk/a", "Same body text.", comments=2, removed=[("legal", "copyright", 30)]),
        _record("https://news.one.example.co.uk/b", "Same  body text.", removed=[("legal", "disclaimer", 100)]),
        _record("https://two.example/c", "", lang="de", duplicate_of="abc"),
        _record(None, "Other text."),
    ])
    assert stats.documents == 4
    assert stats.sites["example.co.uk"].documents == 2 and stats.sites["example.co.uk"].comments == 2
    assert stats.sites["two.example"].empty == 1 and stats.empty_bodies == 1
    assert stats.sites["(unknown)"].documents == 1
    assert stats.exact_duplicates == 1 and stats.marked_duplicates == 1
    assert stats.languages == {"en": 3, "de": 1}
    assert stats.removed_by_cleaner == {"legal": 130}
    assert stats.removed_by_rule == {"legal/copyright": 30, "legal/disclaimer": 100}


def test_site_of():
    assert site_of("https://english.farsnews.ir/news/1") == "farsnews.ir"
    assert site_of(None, "Fallback Site") == "Fallback Site"
    assert site_of("not a url") is None


def test_stats_command_on_a_real_corpus_and_on_shards(tmp_path, corpus_bin, seeds_corpus):
    out = seeds_corpus
    proc = subprocess.run([corpus_bin, "stats", str(out)], capture_output=True, text=True, check=True)
    assert "documents: 5" in proc.stdout and "comments: 11" in proc.stdout
    assert "comment_thread/comment" in proc.stdout and "php_dump" in proc.stdout
    shards = tmp_path / "shards"
    shards.mkdir()
    (shards / "part-00000.jsonl.gz").write_bytes(gzip.compress(out.read_bytes()))
    assert sum(1 for _ in iter_records(str(shards))) == 5


def test_stats_reports_a_broken_line(tmp_path, corpus_bin):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(_record(None, "x")) + "\n{not json\n")
    proc = subprocess.run([corpus_bin, "stats", str(bad)], capture_output=True, text=True)
    assert proc.returncode == 1 and "bad.jsonl:2: not a JSON line" in proc.stderr


def test_encoding_errors_are_summed_and_shown():
    import io

    from cleaners.stats import render
    records = [_record(None, "a"), _record(None, "b"), _record(None, "c")]
    records[0]["metadata"]["encoding_errors"] = 3
    records[2]["metadata"]["encoding_errors"] = 1
    stats = collect(records)
    assert (stats.encoding_errors, stats.encoding_error_documents) == (4, 2)
    out = io.StringIO()
    render(stats, out)
    assert "encoding errors: 4 invalid byte sequences replaced (U+FFFD) in 2 documents" in out.getvalue()
    clean = io.StringIO()
    render(collect([_record(None, "a")]), clean)
    assert "encoding errors" not in clean.getvalue()
