"""How much of each cut a record's `removed` shows: a 200-character sample by default, the whole cut with
``--removed-chars all`` (an archive that must be able to put every cut back), never a record lost for it."""
from __future__ import annotations

import json
import logging

import pytest

from cleaners.cli import main
from cleaners.document import REMOVED_SAMPLE
from cleaners.pipeline import Options, Pipeline
from cleaners.run import RunConfig, Task
from cleaners.run.clean import clean_task

from .conftest import read_jsonl

ARTICLE = ("The harbour board approved the new ferry timetable on Monday after a long public consultation. "
           "Crossings will run every ninety minutes from June, and the winter service keeps its two boats.")
STORIES = [{"title": f"Regional story number {n} about the valley roads", "url": f"https://news.example/{n}"}
           for n in range(12)]
DUMP = json.dumps(STORIES)
TEXT = f"{ARTICLE}\n\nstring({len(DUMP.encode())}) \"{DUMP}\"\n\n{ARTICLE.replace('Monday', 'Tuesday')}\n"


def _dump_cut(record: dict) -> dict:
    cuts = [c for c in record["removed"] if c["chars"] > REMOVED_SAMPLE]
    assert cuts, record["removed"]
    return cuts[0]


def _clean(tmp_path, *options: str) -> dict:
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(tmp_path / "story.txt"), "-o", str(out), "-q", *options]) == 0
    return read_jsonl(out)[0]


def test_a_cut_shows_its_first_200_characters_by_default(tmp_path):
    cut = _dump_cut(_clean(tmp_path))
    assert len(cut["text"]) == REMOVED_SAMPLE < cut["chars"]


@pytest.mark.parametrize("value", ["all", "0"])
def test_removed_chars_all_keeps_each_cut_whole(tmp_path, value, validator):
    record = _clean(tmp_path, "--removed-chars", value)
    assert not list(validator.iter_errors(record))
    cut = _dump_cut(record)
    assert len(cut["text"]) == cut["chars"] and "Regional story number 11" in cut["text"]
    assert all(len(c["text"]) == c["chars"] for c in record["removed"])
    assert "harbour board approved" in record["body"]


def test_removed_chars_n_shows_n_characters(tmp_path):
    record = _clean(tmp_path, "--removed-chars", "40")
    assert all(len(c["text"]) <= 40 for c in record["removed"]) and len(_dump_cut(record)["text"]) == 40


@pytest.mark.parametrize("value", ["-1", "some", "1.5"])
def test_a_bad_removed_chars_is_a_usage_error(tmp_path, value, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["clean", str(tmp_path), "--removed-chars", value])
    assert exc.value.code == 2 and "--removed-chars" in capsys.readouterr().err


def test_a_record_over_the_output_limit_with_whole_cuts_is_written_with_samples(caplog):
    options = Options(removed_chars=0)
    task = Task("story.txt", "story.txt", "text", data=TEXT.encode())
    whole = clean_task(Pipeline(options=options), task, RunConfig(options=options))
    sampled = clean_task(Pipeline(), task, RunConfig())
    assert len(sampled.line) < len(whole.line)
    limit = (len(sampled.line) + len(whole.line)) // 2
    with caplog.at_level(logging.WARNING, logger="cleaners.run.clean"):
        result = clean_task(Pipeline(options=options), task, RunConfig(options=options, max_output=limit))
    assert result.failure is None and result.line == sampled.line
    assert "story.txt" in caplog.text and "over the limit" in caplog.text


def test_a_record_over_the_limit_without_whole_cuts_still_fails():
    task = Task("story.txt", "story.txt", "text", data=TEXT.encode())
    sampled = clean_task(Pipeline(), task, RunConfig())
    result = clean_task(Pipeline(), task, RunConfig(max_output=len(sampled.line) - 1))
    assert result.line is None and result.failure.error == "OutputTooLarge"
