from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from cleaners.chain import Chain
from cleaners.document import Document
from cleaners.pipeline import Pipeline
from cleaners.text_input import blocks_from_text

from .unlisted_lang import hidden_file

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).parent / "fixtures"
SCHEMA = ROOT / "cleaners" / "schema" / "record.schema.json"

# Property tests: the same examples on every run (a failure in CI is one a developer can replay), no deadline on a
# shared machine, no example database written into the checkout. A test's own @settings (max_examples...) adds to
# this profile; CORPUS_HYPOTHESIS_PROFILE=long is read by the modules that raise their number of examples.
settings.register_profile("corpus", derandomize=True, deadline=None, database=None)
settings.load_profile("corpus")


def text_doc(text: str, **meta) -> Document:
    """A text-input document with the given metadata, before any cleaner."""
    doc = Document(source="test.txt", kind="text", raw=text.encode(), blocks=blocks_from_text(text))
    return doc.with_metadata(**meta) if meta else doc


def run_cleaner(cleaner_cls, text: str, **meta) -> Document:
    return cleaner_cls().clean(text_doc(text, **meta))


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline(Chain.build())


@pytest.fixture(scope="module")
def sq_without_file():
    """Albanian's file hidden for a module whose tests use Albanian as a language without a file (unlisted_lang)."""
    with hidden_file("sq"):
        yield


@pytest.fixture(scope="session")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="session")
def corpus_bin() -> str:
    exe = shutil.which("corpus") or str(Path(sys.executable).parent / "corpus")
    return exe


@pytest.fixture(scope="session")
def seeds_corpus(tmp_path_factory, corpus_bin) -> Path:
    """``corpus clean seeds/ -o corpus.jsonl -q`` in a subprocess, run once for every test that only reads it."""
    out = tmp_path_factory.mktemp("seeds") / "corpus.jsonl"
    proc = subprocess.run([corpus_bin, "clean", str(SEEDS), "-o", str(out), "-q"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return out
