"""`corpus explain`: cuts shown in place, in document order; positions in records."""
from __future__ import annotations

import io
import subprocess

import pytest

from cleaners.explain import render
from cleaners.records import find_record

from .conftest import SEEDS, read_jsonl

DUMP_SEED = next(SEEDS.glob("004_*.txt"))
MARKDOWN = ("# A Markdown Headline For The Test\n\nBy [Jane Roe](#)\n\nThe council approved the new budget on "
            "Tuesday after a [long debate](https://example.org/debate) that lasted most of the night.\n\n"
            "Schools and roads get the largest share of the increase, the treasurer said.\n\n"
            "Copyright © Example Media 2024\n")


def _explain(*args, cwd=None, corpus_bin="corpus"):
    return subprocess.run([corpus_bin, "explain", *args, "--color", "never"], capture_output=True, text=True, cwd=cwd)


def test_positions_in_records_point_at_the_right_paragraph(tmp_path, corpus_bin):
    src = tmp_path / "a.md"
    src.write_text(MARKDOWN)
    out = tmp_path / "o.jsonl"
    subprocess.run([corpus_bin, "clean", str(src), "-o", str(out), "-q"], check=True)
    [record] = read_jsonl(out)
    paragraphs = record["body"].split("\n\n")
    assert paragraphs[0].startswith("The council approved")
    by_rule = {(c["cleaner"], c["rule"], c["text"]): c for c in record["removed"]}
    assert by_rule[("title", "title", "A Markdown Headline For The Test")]["at"] == 0
    assert by_rule[("dateline", "byline", "By Jane Roe")]["at"] == 0
    link = by_rule[("markdown", "md-link", "[](https://example.org/debate)")]
    assert link["at"] == 0 and link["inline"] is True
    assert by_rule[("legal", "copyright", "Copyright © Example Media 2024")]["at"] == 2   # after the last paragraph
    # the byline's own link syntax went with the byline: not shown inside a kept paragraph
    byline_link = by_rule[("markdown", "md-link", "[](#)")]
    assert byline_link["inline"] is False


def test_explain_shows_cuts_in_document_order(corpus_bin, seeds_corpus):
    out = seeds_corpus
    record = next(r for r in read_jsonl(out) if r["source"].endswith(DUMP_SEED.name))
    proc = _explain(record["id"][:10], "--corpus", str(out), corpus_bin=corpus_bin)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    position = 0
    for snippet in ("[donation/amount-ladder] 0 $", "[title/title]", "Syrian government forces have",
                    "Russian warplanes have not delivered", "[title/title] Russia",
                    "[captions/caption-prompt] Click to see", "[donation/donation-appeal]",
                    "[comment_thread/comment-author] • Trustin Judeau", "[comment_thread/comment] Kill them all"):
        found = text.find(snippet, position)
        assert found >= 0, f"{snippet!r} missing or out of order"
        position = found + len(snippet)
    assert "\x1b[" not in text


@pytest.fixture(scope="module")
def dump_corpus(tmp_path_factory, corpus_bin):
    """``corpus clean`` of the dump seed alone (its record as explained from the source, with no other seed)."""
    out = tmp_path_factory.mktemp("explain") / "o.jsonl"
    subprocess.run([corpus_bin, "clean", str(DUMP_SEED), "-o", str(out), "-q"], check=True)
    return out


def test_explain_source_equals_explain_of_the_record(corpus_bin, dump_corpus):
    out = dump_corpus
    [record] = read_jsonl(out)
    from_corpus = _explain(record["id"], "--corpus", str(out), corpus_bin=corpus_bin).stdout
    from_source = _explain("--source", str(DUMP_SEED), corpus_bin=corpus_bin).stdout
    assert from_corpus == from_source


def test_colour_and_errors(corpus_bin, dump_corpus):
    out = dump_corpus
    [record] = read_jsonl(out)
    buffer = io.StringIO()
    render(record, buffer, colour=True)
    assert "\x1b[31m" in buffer.getvalue()
    missing = _explain("ffffffffff", "--corpus", str(out), corpus_bin=corpus_bin)
    assert missing.returncode == 1 and "no record with id" in missing.stderr
    assert find_record(str(out), record["id"][:8])["id"] == record["id"]
