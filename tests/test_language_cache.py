"""The unpacked language model is cached on disk, read back memory-mapped, and a bad cache is left aside."""
import logging

import pytest

from cleaners import language

SAMPLES = ("Die Rettungskräfte erreichten das überflutete Dorf am Dienstag im Morgengrauen.",
           "Rescue teams reached the flooded village at dawn on Tuesday, officials said.",
           "Les secours ont atteint le village inondé mardi à l'aube, selon les autorités.")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path / "cache"))
    language._identifier.cache_clear()
    yield language.cache_dir()
    language._identifier.cache_clear()


def _classify():
    language._identifier.cache_clear()
    return [language._identifier().classify(s) for s in SAMPLES]


def test_the_first_run_writes_the_cache_and_the_next_reads_it_with_the_same_results(cache):
    assert not cache.exists()
    unpacked = _classify()
    assert (cache / "ptc.npy").is_file() and (cache / "meta.json").is_file()
    assert [lang for lang, _ in unpacked] == ["de", "en", "fr"]
    assert _classify() == unpacked            # read from the cache: the same languages and scores


def test_a_damaged_cache_is_left_aside_with_a_warning(cache, caplog):
    _classify()
    (cache / "meta.json").write_text("{not json")
    with caplog.at_level(logging.WARNING, logger="cleaners.language"):
        result = _classify()
    assert [lang for lang, _ in result] == ["de", "en", "fr"]
    assert any("unreadable" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="cleaners.language"):
        assert _classify() == result          # written again whole: read without a warning
    assert not caplog.records


def test_an_unwritable_cache_directory_only_costs_the_unpacking(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(blocker))
    try:
        assert [lang for lang, _ in _classify()] == ["de", "en", "fr"]
    finally:
        language._identifier.cache_clear()


def test_a_killed_writers_old_temp_directory_is_removed_and_a_fresh_one_kept(cache):
    import os
    cache.parent.mkdir(parents=True)
    old, fresh = cache.parent / ".tmp-old", cache.parent / ".tmp-fresh"
    for tmp in (old, fresh):
        tmp.mkdir()
        (tmp / "ptc.npy").write_bytes(b"partial")
    stale = os.stat(old).st_mtime - language.STALE_TMP_SECONDS - 60
    os.utime(old, (stale, stale))
    _classify()                                # writes the cache
    assert not old.exists() and fresh.exists()  # a writer still at work keeps its directory
    assert (cache / "meta.json").is_file()
