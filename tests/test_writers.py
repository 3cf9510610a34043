from __future__ import annotations

import json

import pytest

from cleaners.writers import JsonlWriter


def test_atomic_write_replaces_only_on_success(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"old": true}\n')
    with pytest.raises(RuntimeError):
        with JsonlWriter(out) as writer:
            writer.write({"a": 1})
            raise RuntimeError("crash mid-run")
    assert out.read_text() == '{"old": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]   # no temp file left behind
    with JsonlWriter(out) as writer:
        writer.write({"b": "é", "a": [1, None]})
    assert out.read_bytes() == '{"b":"é","a":[1,null]}\n'.encode()


def test_creates_parent_directories(tmp_path):
    out = tmp_path / "x" / "y" / "c.jsonl"
    with JsonlWriter(out) as writer:
        writer.write({"k": 1})
    assert json.loads(out.read_text()) == {"k": 1}


def test_stdout(capsysbinary):
    with JsonlWriter("-") as writer:
        writer.write({"k": 1})
        writer.write({"k": 2})
    assert capsysbinary.readouterr().out == b'{"k":1}\n{"k":2}\n'
