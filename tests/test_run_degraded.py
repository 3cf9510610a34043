"""A page over the time limit, or one a cleaner fails on, is written from the bare extraction, not lost
(cleaners/run/clean.py)."""
from __future__ import annotations

import time
from json import loads

from cleaners.cli import main
from cleaners.pipeline import Pipeline
from cleaners.run import RunConfig, Task
from cleaners.run.clean import clean_task

from .conftest import read_jsonl
from .slow_plugin import install_plugin

ARTICLE = ("The harbour authority closed the northern pier on Tuesday after divers found cracks in three of "
           "its concrete pillars, and ferries will dock at the southern quay until repairs are done.")
PAGE = ("<html><head><title>Northern pier closed</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/news'>News</a></nav><article><h1>Northern pier closed</h1><p>{trap}{article}</p>"
        "<p>Engineers expect the work to take six weeks, the authority said in a statement.</p></article>"
        "<footer>Copyright 2026 Harbour Daily</footer></body></html>")


def _clean(page: str, timeout: float, tmp_path, monkeypatch):
    install_plugin(tmp_path, monkeypatch)       # its cleaner sleeps on a page holding SLEEP-IN-PYTHON
    monkeypatch.setenv("CORPUS_TEST_STUCK", "30")
    config = RunConfig(timeout=timeout)
    return clean_task(config.pipeline(), Task("p.html", "p.html", "html", data=page.encode()), config)


def test_a_page_over_the_time_limit_is_written_from_the_bare_extraction(tmp_path, monkeypatch, validator):
    result = _clean(PAGE.format(trap="SLEEP-IN-PYTHON ", article=ARTICLE), 1, tmp_path, monkeypatch)
    assert result.failure is None and result.degraded == "time limit of 1 s exceeded"
    record = loads(result.line)
    assert ARTICLE in record["body"] and "Copyright 2026" not in record["body"]
    assert record["metadata"]["degraded"].startswith("time limit of 1 s exceeded")
    assert record["metadata"]["title"] == "Northern pier closed" and record["removed"] == []
    validator.validate(record)


def test_a_page_within_the_limit_is_cleaned_as_usual(tmp_path, monkeypatch):
    result = _clean(PAGE.format(trap="", article=ARTICLE), 30, tmp_path, monkeypatch)
    record = loads(result.line)
    assert result.failure is None and result.degraded is None and "degraded" not in record["metadata"]
    assert ARTICLE in record["body"]


def test_a_page_the_bare_extraction_cannot_read_in_time_either_is_a_failure(tmp_path, monkeypatch):
    monkeypatch.setattr(Pipeline, "degraded", lambda self, doc, reason: time.sleep(30))
    result = _clean(PAGE.format(trap="SLEEP-IN-PYTHON ", article=ARTICLE), 1, tmp_path, monkeypatch)
    assert result.line is None and result.failure.stage == "timeout"
    assert "and the bare extraction after it ran out of time" in result.failure.message


def test_a_bare_extraction_that_fails_says_why(tmp_path, monkeypatch):
    def broken(self, doc, reason):
        raise ValueError("unreadable")
    monkeypatch.setattr(Pipeline, "degraded", broken)
    result = _clean(PAGE.format(trap="SLEEP-IN-PYTHON ", article=ARTICLE), 1, tmp_path, monkeypatch)
    assert result.failure.stage == "timeout" and "ValueError: unreadable" in result.failure.message


def test_a_page_a_cleaner_fails_on_is_written_from_the_bare_extraction(tmp_path, monkeypatch):
    def broken(self, doc):
        raise ValueError("a cleaner's bug")
    monkeypatch.setattr(Pipeline, "process", broken)
    result = _clean(PAGE.format(trap="", article=ARTICLE), 30, tmp_path, monkeypatch)
    record = loads(result.line)
    assert result.failure is None and ARTICLE in record["body"]
    assert result.degraded == record["metadata"]["degraded"].split(": not cleaned")[0] == "ValueError: a cleaner's bug"


def test_an_input_that_cannot_be_read_stays_a_failure(tmp_path, monkeypatch):
    config = RunConfig(timeout=30)
    result = clean_task(config.pipeline(), Task("e.txt", "e.txt", "text", data=b"   \n"), config)
    assert result.line is None and result.failure.stage == "decode"


def test_the_run_counts_the_pages_it_could_not_clean(tmp_path, monkeypatch, capsys):
    install_plugin(tmp_path, monkeypatch)
    monkeypatch.setenv("CORPUS_TEST_STUCK", "30")
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.html").write_text(PAGE.format(trap="SLEEP-IN-PYTHON ", article=ARTICLE))
    (src / "b.html").write_text(PAGE.format(trap="", article=ARTICLE.replace("northern", "western")))
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(src), "-o", str(out), "--no-progress", "--timeout", "1", "--workers", "0"]) == 0
    err = capsys.readouterr().err
    assert "a.html: time limit of 1 s exceeded: written from the bare extraction, not cleaned" in err
    assert "2 written" in err and "1 of the written not cleaned" in err
    assert [bool(r["metadata"].get("degraded")) for r in read_jsonl(out)] == [True, False]
