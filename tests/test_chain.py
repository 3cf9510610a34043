"""Chain ordering/enabling like Scrapy component dicts, and entry-point registration."""
from __future__ import annotations

import sys
import textwrap

import pytest

from cleaners.chain import Chain, resolve
from cleaners.document import Document
from cleaners.errors import CleanerError, ConfigError, NotConfigured
from cleaners.registry import Cleaner, discover

from .conftest import text_doc


class A(Cleaner):
    """A."""
    name, order = "a", 10


class B(Cleaner):
    """B."""
    name, order = "b", 20


class Optional(Cleaner):
    """Opts out unless configured."""
    name, order = "optional", 30

    @classmethod
    def from_settings(cls, settings):
        if not settings.get("optional_enabled"):
            raise NotConfigured("optional_enabled not set")
        return cls(settings)


AVAILABLE = {"a": A, "b": B, "optional": Optional}


def test_default_orders():
    assert resolve(AVAILABLE) == [(10, "a"), (20, "b"), (30, "optional")]


def test_orders_reorder_and_none_disables():
    assert resolve(AVAILABLE, {"a": 25, "b": None}) == [(25, "a"), (30, "optional")]


def test_only_and_disable():
    assert resolve(AVAILABLE, only=["b"]) == [(20, "b")]
    assert resolve(AVAILABLE, disable=["a"]) == [(20, "b"), (30, "optional")]


@pytest.mark.parametrize("kwargs", [{"orders": {"nope": 1}}, {"only": ["nope"]}, {"disable": ["nope"]},
                                    {"orders": {"a": "first"}}])
def test_bad_config_is_a_config_error(kwargs):
    with pytest.raises(ConfigError):
        resolve(AVAILABLE, **kwargs)


def test_not_configured_opts_out():
    assert Chain.build(available=AVAILABLE).names == ["a", "b"]
    assert Chain.build(available=AVAILABLE, settings={"optional_enabled": True}).names == ["a", "b", "optional"]


def test_cleaner_failure_names_cleaner_and_document():
    class Broken(Cleaner):
        """Always fails."""
        name = "broken"

        def clean(self, doc):
            raise ValueError("bad state")

    with pytest.raises(CleanerError, match="test.txt: cleaner 'broken' failed: ValueError: bad state"):
        Chain([Broken()]).run_text(text_doc("Some text here."))


def test_builtins_are_registered_through_entry_points():
    from importlib.metadata import entry_points
    names = {ep.name for ep in entry_points(group="corpus.cleaners")}
    assert {"php_dump", "markdown", "comment_thread", "donation", "title", "dateline", "captions",
            "calls_to_action", "legal", "layout"} <= names


def test_third_party_cleaner_registers_the_same_way(tmp_path, monkeypatch):
    pkg = tmp_path / "thirdparty_corpus_plugin.py"
    pkg.write_text(textwrap.dedent('''
        from cleaners import Cleaner, Editor

        class Shout(Cleaner):
            """Lines written in capitals only."""
            name = "shout"
            order = 850

            def clean(self, doc):
                edit = Editor(doc, self.name)
                for block in doc.blocks:
                    (edit.drop(block, "all-caps") if block.text.isupper() else edit.keep(block))
                return edit.done()
    '''))
    dist = tmp_path / "thirdparty_corpus_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: thirdparty-corpus-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[corpus.cleaners]\nshout = thirdparty_corpus_plugin:Shout\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    available = discover()
    assert "shout" in available and "title" in available
    chain = Chain.build(available=available)
    position = chain.names.index("shout")
    assert all(available[n].order <= 850 for n in chain.names[:position])
    assert all(available[n].order >= 850 for n in chain.names[position + 1:])
    doc = chain.run_text(text_doc("The river rose two metres overnight, officials said on Tuesday morning.\n\n"
                                  "BUY NOW\n\nSchools in the valley stayed closed as a precaution, the mayor said."))
    assert "BUY NOW" not in doc.body
    assert any(r.cleaner == "shout" and r.rule == "all-caps" for r in doc.removed)
    sys.modules.pop("thirdparty_corpus_plugin", None)


def test_every_builtin_has_name_docstring_scope():
    for name, cls in discover().items():
        assert cls.name == name
        assert cls.summary(), name
        assert cls.scope in ("html", "text", "both")


def test_documents_are_not_mutated_by_the_chain():
    doc = text_doc("Title Line Of The Story\n\nFri Dec 9, 2016\n\nA paragraph of text that is long enough to count as prose here.")
    before = (doc.blocks, dict(doc.metadata), doc.removed)
    Chain.build().run_text(doc)
    assert (doc.blocks, dict(doc.metadata), doc.removed) == before
    assert isinstance(doc, Document)
