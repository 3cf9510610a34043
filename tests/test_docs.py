"""The documentation stays true to the code: the cleaner table is `corpus cleaners`' own
output, every `corpus ...` command shown parses, and shown transcripts match a real run."""
from __future__ import annotations

import re
import shlex
import subprocess

import pytest

from cleaners.cli import build_parser, parse

from .conftest import ROOT

DOCS = sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"]
SHELL_OPERATORS = {"&&", "||", "|", ";", ">", ">>", "2>&1", "<"}


def code_blocks(path):
    """Code blocks of a Markdown file without a language or marked as shell."""
    text = path.read_text(encoding="utf-8")
    return [body for lang, body in re.findall(r"```(\w*)\n(.*?)```", text, re.S)
            if lang in ("", "sh", "shell", "console", "bash", "ini")]


def corpus_commands(block: str) -> list[list[str]]:
    """Argument lists of every ``corpus`` invocation in a shell block (also after ``$ ``,
    ``&&``, a path such as ``.venv/bin/corpus`` or ``ExecStart=``)."""
    found = []
    for line in block.splitlines():
        if not re.search(r"(^|[\s/=$])corpus\s", line):
            continue
        tokens = shlex.split(line, comments=True)
        for i, token in enumerate(tokens):
            if token == "corpus" or token.endswith("/corpus"):
                args = []
                for arg in tokens[i + 1:]:
                    if arg in SHELL_OPERATORS:
                        break
                    args.append(arg)
                if args:
                    found.append(args)
    return found


def all_commands():
    for path in DOCS:
        for block in code_blocks(path):
            for args in corpus_commands(block):
                yield pytest.param(args, id=f"{path.name}:{' '.join(args)[:60]}")


def test_docs_show_commands():
    assert len(list(all_commands())) >= 25   # the extraction sees the docs' commands at all


@pytest.mark.parametrize("args", list(all_commands()))
def test_every_documented_command_parses(args):
    parser = build_parser()
    try:
        parse(parser, args)
    except SystemExit as exc:   # argparse exits 2 on a bad command line (0 after --version, --help)
        if exc.code != 0:
            pytest.fail(f"`corpus {' '.join(args)}` does not parse (exit {exc.code})")


def test_command_extraction_sees_through_shell_syntax():
    block = ("$ corpus stats out.jsonl\n0 * * * *  cd /srv/corpus && .venv/bin/corpus ingest a -q >> log 2>&1\n"
             "ExecStart=/srv/corpus/.venv/bin/corpus ingest b  # comment\nscrapy crawl articles -O corpus.jsonl\n")
    assert corpus_commands(block) == [["stats", "out.jsonl"], ["ingest", "a", "-q"], ["ingest", "b"]]


def markdown_table(text: str, header: str) -> list[str]:
    start = text.index(header)
    lines = []
    for line in text[start:].splitlines():
        if not line.startswith("|"):
            break
        lines.append(line.strip())
    return lines


def test_cleaner_table_is_the_output_of_corpus_cleaners(tmp_path, corpus_bin):
    # run where no pyproject.toml configures the chain: the table shows the default chain
    out = subprocess.run([corpus_bin, "cleaners", "--markdown"], cwd=tmp_path, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    documented = markdown_table((ROOT / "docs" / "cleaners.md").read_text(encoding="utf-8"),
                                "| order | cleaner | stage |")
    assert documented == out
    listed = subprocess.run([corpus_bin, "cleaners"], cwd=tmp_path, capture_output=True, text=True,
                            check=True).stdout
    names = re.findall(r"^\s*\d+\s+(\S+)", listed, re.M)
    assert names == [re.search(r"`(\w+)`", row).group(1) for row in documented[2:]]


def transcripts(path):
    """``(command, shown output lines)`` of blocks that start with ``$ corpus ...``."""
    for block in code_blocks(path):
        lines = block.rstrip("\n").splitlines()
        if lines and lines[0].startswith("$ corpus "):
            yield shlex.split(lines[0][2:])[1:], lines[1:]


def test_stats_transcript_matches_a_run_on_the_seeds(tmp_path, corpus_bin):
    [(args, shown)] = [t for t in transcripts(ROOT / "docs" / "auditing.md") if t[0][0] == "stats"]
    corpus = tmp_path / "output" / "corpus.jsonl"
    subprocess.run([corpus_bin, "clean", str(ROOT / "seeds"), "-o", str(corpus)], check=True,
                   capture_output=True)
    real = subprocess.run([corpus_bin, *args], cwd=tmp_path, capture_output=True, text=True,
                          check=True).stdout.splitlines()
    shown = [line for line in shown if line != "…"]
    # what the docs show is the head of the real output, line for line
    assert real[:len(shown)] == shown
