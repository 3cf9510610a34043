"""`corpus clean` as a user runs it: outputs, summary, bad input, exit codes."""
from __future__ import annotations

import gzip
import json
import os
import subprocess

import pytest

from cleaners.cli import main

from .conftest import SEEDS, read_jsonl

ARTICLE = ("Tunnel engineers finished the second bore of the river crossing on Monday, "
           "two months ahead of the schedule agreed with the city council last spring.\n\n"
           "The crossing will carry two lanes of traffic and a cycle path when it opens next year.\n")


def test_clean_writes_default_output(tmp_path, monkeypatch, corpus_bin):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    proc = subprocess.run([corpus_bin, "clean", "in/"], cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    [record] = read_jsonl(tmp_path / "output" / "corpus.jsonl")
    assert record["source"] == "in/a.txt"
    assert record["body"].startswith("Tunnel engineers")
    assert "1 written" in proc.stderr and "0 failed" in proc.stderr


def test_mixed_files_and_dirs_to_stdout(tmp_path, corpus_bin):
    (tmp_path / "a.html").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    (tmp_path / "b.txt").write_text(ARTICLE)
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "c.md").write_text("# Heading line here\n\n" + ARTICLE)
    proc = subprocess.run([corpus_bin, "clean", "a.html", "b.txt", "d/", "-o", "-"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["source"] for r in records] == ["a.html", "b.txt", "d/c.md"]
    assert all("Tunnel engineers" in r["body"] for r in records)
    assert records[2]["metadata"]["title"] == "Heading line here"


def test_bad_inputs_reported_run_continues_exit_1(tmp_path, corpus_bin):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(ARTICLE)
    (d / "empty.txt").write_bytes(b"")
    (d / "binary.html").write_bytes(b"\x00\x01\x02\x03" * 100)
    (d / "invalid.txt").write_bytes(ARTICLE.encode() + "\nGrüße aus Köln — überall ".encode() * 3 + b"\xc3\x28\xff\n")
    (d / "truncated.html.gz").write_bytes(gzip.compress(b"<p>" + ARTICLE.encode() * 50 + b"</p>")[:60])
    (d / "skip.pdf").write_bytes(b"%PDF")
    out = tmp_path / "out.jsonl"
    proc = subprocess.run([corpus_bin, "clean", str(d), "-o", str(out)], capture_output=True, text=True)
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if line.startswith("corpus: error:")]
    assert len(errors) == 3
    for name, reason in [("empty.txt", "empty file"), ("binary.html", "binary content"),
                         ("truncated.html.gz", "truncated gzip")]:
        assert any(name in line and reason in line for line in errors), (name, errors)
    assert "2 written" in proc.stderr and "1 skipped (1 unsupported file type)" in proc.stderr
    assert "3 failed" in proc.stderr
    # broken UTF-8 is decoded with only its bad bytes replaced, and counted
    assert "decoding: 2 invalid byte sequences replaced (U+FFFD) in 1 documents" in proc.stderr
    records = {r["source"].rsplit("/", 1)[-1]: r for r in read_jsonl(out)}
    assert sorted(records) == ["good.txt", "invalid.txt"]
    assert records["invalid.txt"]["metadata"]["encoding_errors"] == 2
    assert records["invalid.txt"]["body"].endswith("Köln — überall \ufffd(\ufffd")
    assert records["good.txt"]["metadata"]["encoding_errors"] == 0


def test_usage_errors_exit_2(tmp_path):
    assert main(["clean", str(tmp_path), "--disable", "no_such_cleaner", "-o", str(tmp_path / "o.jsonl")]) == 2
    with pytest.raises(SystemExit) as info:
        main(["clean"])
    assert info.value.code == 2
    assert main(["clean", str(tmp_path), "-o", str(tmp_path / "o.jsonl")]) == 2  # no inputs at all
    assert not (tmp_path / "o.jsonl").exists()


def test_a_missing_input_is_a_usage_error_before_anything_is_written(tmp_path, corpus_bin):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE)
    out = tmp_path / "output" / "corpus.jsonl"
    out.parent.mkdir()
    out.write_text('{"previous": 1}\n' * 5)
    proc = subprocess.run([corpus_bin, "clean", "seeds/", "seedz/", "-o", "output/corpus.jsonl"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert "seedz/: no such file or directory" in proc.stderr
    assert out.read_text() == '{"previous": 1}\n' * 5
    assert sorted(p.name for p in out.parent.iterdir()) == ["corpus.jsonl"]


def test_a_run_with_failures_never_replaces_a_bigger_output(tmp_path, capsys):
    d = tmp_path / "in"
    d.mkdir()
    for name in "abc":
        (d / f"{name}.txt").write_text(ARTICLE.replace("Tunnel", f"Tunnel {name}"))
    out = tmp_path / "corpus.jsonl"
    assert main(["clean", str(d), "-o", str(out), "-q"]) == 0
    good = out.read_text()
    (d / "b.txt").write_bytes(b"")          # now one input fails: 2 records instead of 3
    assert main(["clean", str(d), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert out.read_text() == good
    beside = tmp_path / "corpus.new.jsonl"
    assert len(read_jsonl(beside)) == 2
    assert f"{out} kept: it holds 3 records" in err and str(beside) in err
    assert "2 written to " + str(beside) in err
    assert read_jsonl(tmp_path / "corpus.new.errors.jsonl")[0]["error"] == "EmptyFile"
    # --force replaces it; so does a run where every input succeeded, even with fewer records
    assert main(["clean", str(d), "-o", str(out), "-q", "--force"]) == 1
    assert len(read_jsonl(out)) == 2
    assert main(["clean", str(d / "a.txt"), "-o", str(out), "-q"]) == 0
    assert len(read_jsonl(out)) == 1


def test_stale_temporaries_of_dead_runs_are_removed_at_start(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = [tmp_path / f".corpus-tmp-{dead.pid}-corpus.jsonl-x1.tmp",
             tmp_path / f".corpus-tmp-{dead.pid}-pass1-x2.jsonl",
             tmp_path / f".corpus-tmp-{dead.pid}-signatures-x3.bin"]
    live = tmp_path / f".corpus-tmp-{os.getppid()}-corpus.jsonl-x4.tmp"   # a run that is still going
    for path in [*stale, live]:
        path.write_bytes(b"partial")
    assert main(["clean", str(tmp_path / "a.txt"), "-o", str(tmp_path / "corpus.jsonl"), "-q"]) == 0
    assert not any(p.exists() for p in stale)
    assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["a.txt", "corpus.jsonl", live.name])


def test_disable_and_only(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Breaking news headline for today\n\n" + ARTICLE + "\nCopyright © Example Media 2024\n")
    out = tmp_path / "o.jsonl"
    main(["clean", str(src), "-o", str(out), "-q", "--disable", "legal"])
    [record] = read_jsonl(out)
    assert "Copyright" in record["body"]
    assert not any(r["cleaner"] == "legal" for r in record["removed"])
    main(["clean", str(src), "-o", str(out), "-q", "--only", "legal"])
    [record] = read_jsonl(out)
    assert "Copyright" not in record["body"] and "Breaking news headline" in record["body"]
    assert {r["cleaner"] for r in record["removed"]} == {"legal"}


def test_pyproject_config_disables(tmp_path, monkeypatch):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE + "\nCopyright © Example Media 2024\n")
    (tmp_path / "pyproject.toml").write_text("[tool.corpus.cleaners]\nlegal = false\n")
    monkeypatch.chdir(tmp_path)
    assert main(["clean", "a.txt", "-o", "o.jsonl", "-q"]) == 0
    assert "Copyright" in read_jsonl(tmp_path / "o.jsonl")[0]["body"]


def test_no_comments_option(tmp_path):
    out = tmp_path / "o.jsonl"
    assert main(["clean", str(SEEDS), "-o", str(out), "-q", "--no-comments"]) == 0
    records = read_jsonl(out)
    assert all(r["comments"] == [] for r in records)
    assert not any("Trustin Judeau" in r["body"] for r in records)


def test_summary_lists_chars_removed_per_cleaner(tmp_path, capsys):
    assert main(["clean", str(SEEDS), "-o", str(tmp_path / "o.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "5 written" in err and "chars removed per cleaner:" in err
    assert "php_dump" in err and "comment_thread" in err


def test_cleaners_command_lists_builtins_in_order(capsys):
    assert main(["cleaners"]) == 0
    names = [line.split()[1] for line in capsys.readouterr().out.splitlines()]
    for name in ("php_dump", "markdown", "title", "dateline", "legal", "layout"):
        assert name in names
    assert names.index("php_dump") < names.index("title") < names.index("layout")


def test_crash_leaves_previous_output_untouched(tmp_path, monkeypatch):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE)
    out = tmp_path / "o.jsonl"
    out.write_text("previous corpus\n")

    def boom(self, line, key=""):
        raise KeyboardInterrupt

    monkeypatch.setattr("cleaners.writers.JsonlWriter.write_line", boom)
    assert main(["clean", str(src), "-o", str(out), "-q"]) == 130
    assert out.read_text() == "previous corpus\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "o.jsonl"]


def test_version(capsys):
    from importlib.metadata import version
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"corpus {version('corpus')}"


@pytest.mark.parametrize("argv,usage", [
    (["clean", "seeds/", "--bogus"], "usage: corpus clean "),
    (["stats", "x.jsonl", "--bogus"], "usage: corpus stats "),
    (["profile", "learn", "a.example", "--from", "c.jsonl", "--bogus"], "usage: corpus profile learn "),
])
def test_unknown_arguments_print_the_usage_of_their_command(argv, usage, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    err = capsys.readouterr().err
    assert info.value.code == 2
    assert err.startswith(usage) and "unrecognized arguments: --bogus" in err


def test_workers_help_and_errors_agree(capsys):
    with pytest.raises(SystemExit):
        main(["clean", "--help"])
    assert "0 = clean in this process" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit) as info:
        main(["clean", "seeds/", "--workers", "-1"])
    assert info.value.code == 2
    assert "give 1 or more worker processes, or 0 to clean in this process" in capsys.readouterr().err


def test_explain_of_a_missing_corpus_is_a_clean_message(tmp_path, capsys):
    assert main(["explain", "abc", "--corpus", str(tmp_path / "nosuch.jsonl")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"corpus: error: {tmp_path / 'nosuch.jsonl'}: no such file or directory"
    assert main(["explain", "--source", str(tmp_path / "nosuch.html")]) == 2
    assert "Errno" not in capsys.readouterr().err


def test_profile_learn_of_an_absent_site_names_the_sites_present(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": str(i), "url": url, "body": "x", "metadata": {}}) + "\n"
                              for i, url in enumerate(["https://a.example/1", "https://a.example/2",
                                                       "https://www.b.example/1"])))
    out = tmp_path / "p.toml"
    assert main(["profile", "learn", "example.com", "--from", str(corpus), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "holds no document of site 'example.com'" in err
    assert "sites present: a.example (2), b.example (1)" in err
    assert not out.exists()


CONFIG = "[tool.corpus.cleaners]\ntitle = 1100\nlegal = false\n[tool.corpus.settings]\nlimit_x = 3\n"


def _chain_rows(out: str) -> dict[str, list[str]]:
    return {line.split()[1]: line.split() for line in out.splitlines()[2:] if line[:5].strip().isdigit()
            or line.startswith("    -")}


def test_cleaners_shows_the_effective_chain_and_where_each_setting_comes_from(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text(CONFIG)
    monkeypatch.chdir(tmp_path)
    assert main(["cleaners"]) == 0
    out = capsys.readouterr().out
    rows = _chain_rows(out)
    assert rows["title"][:5] == ["1100", "title", "text", "on", "pyproject.toml"]
    assert rows["legal"][:5] == ["-", "legal", "text", "disabled", "pyproject.toml"]
    assert rows["php_dump"][:5] == ["100", "php_dump", "text", "on", "default"]
    names = list(rows)
    assert names.index("layout") < names.index("title") < names.index("legal")   # chain order, disabled last
    assert rows["css_drop"][3:5] == ["not", "configured"] and "(no css_drop_selectors configured)" in out
    assert "limit_x = 3" in out and out.startswith("configuration: pyproject.toml;")
    # --config FILE from elsewhere, and --disable on top
    elsewhere = tmp_path / "sub"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["cleaners", "--config", str(tmp_path / "pyproject.toml"), "--disable", "markdown"]) == 0
    rows = _chain_rows(capsys.readouterr().out)
    assert rows["title"][0] == "1100" and rows["markdown"][3:5] == ["disabled", "--disable"]
    assert main(["cleaners", "--config", str(tmp_path / "missing.toml")]) == 2


def test_explain_source_honours_config(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE + "\nCopyright © Example Media 2024\n")
    (tmp_path / "off.toml").write_text("[tool.corpus.cleaners]\nlegal = false\n")
    assert main(["explain", "--source", str(src), "--color", "never"]) == 0
    assert "[legal/copyright]" in capsys.readouterr().out
    assert main(["explain", "--source", str(src), "--color", "never", "--config", str(tmp_path / "off.toml")]) == 0
    assert "[legal/" not in capsys.readouterr().out


def test_ingest_takes_config():
    from cleaners.cli import build_parser, parse
    args = parse(build_parser(), ["ingest", "https://a.example/", "--config", "my.toml"])
    assert args.config == "my.toml"

