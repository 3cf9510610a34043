"""Property tests for every registered cleaner and for the whole text chain.

Invariants, on any text (realistic lines mixed with random unicode):

* no exception;
* idempotent: a second run on the output changes neither blocks nor metadata;
* nothing invented: every word token of the output body occurs in the input (after
  the input normalisation of ``text_input.normalize_text``); markdown rendering may
  join the pieces of ``a[b](c)d`` or ``a\\_b`` and strip ``__x__`` to ``x``, so tokens of
  the input with that markup taken out are allowed as well;
* everything is accounted for: the multiset of word *characters* (``\\w``) of the
  input equals that of the output body plus the full texts in ``removed``.  Word
  tokens are not conserved exactly (rendering ``a[b](c)d`` turns four tokens into
  ``abd`` + ``c``), word characters are.  A `Removal` keeps the whole cut (only the
  record shows a sample of it); the ``chars`` field is checked against the full text.  Title and comments are copies of
  removed blocks, so their tokens must all occur in ``removed`` texts.

``CORPUS_HYPOTHESIS_PROFILE=long`` raises the number of examples.
"""
from __future__ import annotations

import os
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.chain import Chain
from cleaners.registry import discover
from cleaners.text_input import normalize_text

from .conftest import text_doc

LONG = os.environ.get("CORPUS_HYPOTHESIS_PROFILE") == "long"
EXAMPLES = 2000 if LONG else 60
SETTINGS = settings(derandomize=True, max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WORD = re.compile(r"\w+")
WORD_CHAR = re.compile(r"\w")
_MARKUP = re.compile(r"\]\([^)\s]*\)|[\[\]*\\`!<>]")
CLEANERS = discover()


# -- text generation ----------------------------------------------------------
_words = st.sampled_from(
    "the minister said on tuesday that talks would resume next week after a pause in "
    "city council budget water prices rose Reuters Maria Lopez Click here support us "
    "comments Reply Share Photo Getty Images Tags Copyright Source by".split())
_sentence = st.lists(_words, min_size=3, max_size=18).map(lambda ws: " ".join(ws).capitalize() + ".")
_heading = st.lists(_words, min_size=2, max_size=7).map(lambda ws: " ".join(w.capitalize() for w in ws))
_amount = st.tuples(st.sampled_from(["$", "€", "", "USD "]), st.integers(0, 99999),
                    st.sampled_from([" $", "", " €"])).map(lambda t: f"{t[0]}{t[1]:,}{t[2]}")
_date = st.sampled_from(["December 9, 2016", "9 December 2016 18:30", "2016-12-09", "Fri Dec 9, 2016 18:30:54",
                         "09.12.2016", "Published: March 3, 2020"])
_link = st.tuples(_words, st.sampled_from(["#", "http://example.org/a", "/x"])).map(lambda t: f"[{t[0]}]({t[1]})")
_dump = st.tuples(st.text(st.characters(codec="utf-8", exclude_characters='\n"'), max_size=12),
                  st.integers(-2, 2)).map(lambda t: f'string({max(0, len(t[0].encode()) + t[1])}) "{t[0]}"')
_json_dump = _heading.map(lambda h: '[{"id": "7", "title": "%s", "pic": "/p.jpg"}]' % h).map(
    lambda j: f'string({len(j.encode())}) "{j}"')
_bullet = st.tuples(st.sampled_from(["", "  ", "    ", "      "]), st.sampled_from(["• ", "- ", "* "]), _heading).map(
    lambda t: t[0] + t[1] + t[2])
_indented = st.tuples(st.sampled_from(["    ", "      ", "        "]), _sentence).map(lambda t: t[0] + t[1])
_markdown = st.one_of(_heading.map(lambda h: "# " + h), _sentence.map(lambda s: f"**{s}**"),
                      _sentence.map(lambda s: "> " + s), st.just("---"), st.just("```\ncode();\n```"),
                      _words.map(lambda w: f"_{w}_ and *{w}*"), st.just("![alt text](/img.png)"))
_random = st.text(max_size=40)
_line = st.one_of(_sentence, _sentence, _heading, _amount, _date, _link, _dump, _json_dump, _bullet,
                  _indented, _markdown, _random,
                  st.tuples(_sentence, _link, _dump, _sentence).map(" ".join))
texts = st.lists(st.tuples(_line, st.sampled_from(["\n", "\n\n", "\n\n\n"])), max_size=25).map(
    lambda parts: "".join(line + sep for line, sep in parts))


# -- invariants ------------------------------------------------------------------
def _allowed_tokens(text: str) -> set[str]:
    text = normalize_text(text)
    tokens = set(WORD.findall(text)) | set(WORD.findall(_MARKUP.sub("", text)))
    return tokens | {t.strip("_") for t in tokens}   # `__strong__`, `_emphasis_`


def check_invariants(before, after, text: str) -> None:
    allowed = _allowed_tokens(text)
    invented = [t for t in WORD.findall(after.body) if t not in allowed]
    assert not invented, f"invented tokens {invented}"

    added = after.removed[len(before.removed):]
    assert after.removed[:len(before.removed)] == before.removed
    for r in added:
        assert r.chars == len(r.text) and r.text
    before_chars = Counter(WORD_CHAR.findall("\n".join(b.text for b in before.blocks)))
    after_chars = Counter(WORD_CHAR.findall("\n".join(b.text for b in after.blocks)))
    after_chars += Counter(WORD_CHAR.findall("\n".join(r.text for r in added)))
    assert before_chars == after_chars

    removed_tokens = set(WORD.findall(" ".join(r.text for r in after.removed)))
    moved = " ".join([after.metadata.get("title") or ""] + [c.text for c in after.comments])
    assert set(WORD.findall(moved)) <= removed_tokens


def check_idempotent(run, once) -> None:
    twice = run(once)
    assert twice.blocks == once.blocks
    assert dict(twice.metadata) == dict(once.metadata)
    assert twice.comments == once.comments


@pytest.mark.parametrize("name", sorted(CLEANERS))
@SETTINGS
@given(text=texts)
def test_cleaner_properties(name, text):
    cleaner = CLEANERS[name]()
    doc = text_doc(text)
    out = cleaner.clean(doc)
    check_invariants(doc, out, text)
    check_idempotent(cleaner.clean, out)


CHAIN = Chain.build()


@SETTINGS
@given(text=texts)
def test_text_chain_properties(text):
    doc = text_doc(text)
    out = CHAIN.run_text(doc)
    check_invariants(doc, out, text)
    check_idempotent(CHAIN.run_text, out)


@SETTINGS
@given(text=st.text(max_size=300))
def test_any_unicode_text_is_safe(text):
    doc = text_doc(text)
    out = CHAIN.run_text(doc)
    check_invariants(doc, out, text)
    check_idempotent(CHAIN.run_text, out)


def test_generator_covers_the_cleaners():
    """The strategies reach the rules: a guard against a generator that tests nothing."""
    sample = "\n\n".join(["# A Heading Here", "$10", "$20", "$30", 'string(5) "hello" text follows here.',
                          "December 9, 2016", "[link](http://example.org/a) in a sentence."])
    out = CHAIN.run_text(text_doc(sample))
    rules = {(r.cleaner, r.rule) for r in out.removed}
    assert {("donation", "amount-ladder"), ("php_dump", "var-dump"), ("dateline", "date-line"),
            ("markdown", "md-link")} <= rules
