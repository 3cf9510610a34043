"""PHP ``var_dump``/``print_r``/``serialize`` output and bare JSON printed into a page.

A ``string(N) "..."`` dump is cut by its declared length in bytes (falling back to
the end of its JSON payload), so article text after a dump is never swallowed; a JSON
payload cut short (the block ends before its declared length) is a dump to the end of
its block, and the whole stories before the cut are kept. ``var_export`` output
(``array (`` then ``0 => ``/``'key' => 'value',`` lines) is a dump like ``var_dump``'s.
When the payload lists stories (objects with a title), they go to ``metadata.related``
instead of the bin; when it is a thread (authors and texts, `_json_comments`), to ``comments``. Code blocks
are kept, but for a fenced block that is one dump of stories or a thread and nothing else (rule fenced-dump)."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from .. import screen
from ..document import Block, Document
from ..registry import Cleaner
from ..screen import SparseEditor
from ._code_dumps import code_stories
from ._dump_lines import structure_end
from ._json_comments import comment_items
from ._php_tail import STOPS, glued_dump
from ._story_text import story_text
from ._xdebug import xdebug_dump, xdebug_records
from ._php_stories import loads_json, related_items
from .php_values import records

_STRING_DUMP = re.compile(r'string\((\d+)\)\s?"')
_ARRAY_DUMP = re.compile(r"^(?:array|object\([\w\\]+\)#?\d*)\s*\(\d+\)\s*\{")
_VAR_EXPORT = re.compile(r"^(?:array ?\(|\(object\) array ?\(|[\w\\]+::__set_state\(array ?\()$")
_VAR_EXPORT_ITEM = re.compile(r"^(?:-?\d+|'(?:[^'\\]|\\.)*')\s*=>")
_SINGLE_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'")
_PRINT_R_INLINE = re.compile(r"^(?:Array|\w+ Object)\s*\(\s*\[[^\]]*\]\s*=>")
_SERIALIZED = re.compile(r'^(?:a|O:\d+:"[\w\\]+"):\d+:\{(?:[isbdN]:|s:\d+:")')
_JSON_START = re.compile(r'^\s*(?:\[\s*\{|\{\s*\\?")')
_JSON_AT = re.compile(r'\s*(?:\[\s*\{|\{\s*")')   # the same at a position (``^`` only matches at 0)
_ESCAPED_AT = re.compile(r'\s*[\[{]\s*\{?\s*\\"')          # a JSON value whose quotes are escaped: [{\"id\": ...
_ESCAPED_STRING = re.compile(r'(?:[^"\\]|\\.)*"', re.S)        # ... up to the dump's own (unescaped) closing quote
_DECODER = json.JSONDecoder()
_FENCED = re.compile(r"^(?P<fence>`{3,}|~{3,})[^\n`~]*\n(?P<inner>.*)\n(?P=fence)\s*$", re.S)
_JSON_OPEN = re.compile(r'^\s*(?:[\[{]\s*$|\[\s*\{|\{\s*"[^"]*"\s*:)')   # the first line of a pretty-printed JSON value
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_LINKED = re.compile(r"\[?[^\[\]\n]*\]\((?:https?://|/)[^()\s]*\)")
_QUOTE_MARK = re.compile(r"^>\s?(?=[\[{(]|[Aa]rray|object\()")     # a quote's marker right before a dump's opening
# every line a rule above could take: what a dump, print_r, serialize or JSON line starts with, or string(N)
_SCREEN = screen.compile(r'^(?:>\s?)?(?:[Aa]rray|object\(|\(object\)|[\w\\]+::__set_state|\w+ Object|a:|O:|\s*[\[{(]|<item)'
                         r'|^(?:var |let |const )?[\w$.]+\s*=\s*[\[{]|string\(\d'
                         rf'|[{STOPS}]\s+(?:array\(\d|object\(|Array(?:\s|$))'
                         r'|xdebug-var-dump|\(size=\d|\.(?:php|inc|phtml):\d+:$|^<script|^-\s+[a-z_]|^[a-z_][\w-]*:$'
                         r'|^[\w .;,-]*(?:[Uu][Rr][Ll]|[Ll]ink|[Hh]ref|[Pp]ermalink|[Uu]ri|[Ss]lug)[\w .;,-]*$', ignore_case=False)
def string_dump_span(text: str, m) -> tuple[int, int, str] | None:
    """(start, end, payload) of the ``string(N) "..."`` dump matched at ``m``.

    Only the declared length (at most N characters: each is one byte or more) and, for a
    JSON payload whose length is wrong, one JSON value are read past the match, so
    scanning a block full of ``string(N) "`` stays linear."""
    declared = int(m.group(1))
    start = m.end()
    if _ESCAPED_AT.match(text, start, start + 20) and (close := _ESCAPED_STRING.match(text, start)) is not None:
        return m.start(), close.end(), text[start:close.end() - 1]   # rule escaped-json: json_encode's text, quotes escaped
    window = text[start:start + declared + 1]
    encoded = window.encode("utf-8")
    if declared <= len(encoded):
        payload = encoded[:declared].decode("utf-8", errors="ignore")
        end = start + len(payload)
        if text[end:end + 1] == '"':
            return m.start(), end + 1, payload
    if _JSON_AT.match(text, start, start + 20):
        begin = start
        while begin < len(text) and text[begin].isspace():
            begin += 1
        try:
            _, end = _DECODER.raw_decode(text, begin)
        except (ValueError, RecursionError):
            # cut short: the block ends before the declared length, the dump runs to its end
            return (m.start(), len(text), text[start:]) if len(encoded) < declared else None
        close = text.find('"', end)
        if close != -1 and not text[end:close].strip():
            return m.start(), close + 1, text[start:end]
    return None


def whole_values(payload: str) -> list:
    """The whole values at the start of a JSON list cut short (``[{...}, {...}, {"ti``)."""
    if '\\"' in payload:
        payload = payload.replace('\\\\', '\\').replace('\\"', '"')
    pos = payload.find("[") + 1
    out: list = []
    while pos:
        while pos < len(payload) and payload[pos] in " \t\n,":
            pos += 1
        try:
            value, pos = _DECODER.raw_decode(payload, pos)
        except (ValueError, RecursionError):
            return out
        out.append(value)
    return out


def fenced_payload(text: str) -> Any:
    """The payload of a code block (fenced: ```) that holds one PHP dump and nothing else, or None."""
    m = _FENCED.match(text)
    inner = m.group("inner").strip() if m else ""
    if (dump := _STRING_DUMP.match(inner)) is not None:
        span = string_dump_span(inner, dump)
        if span is None or inner[span[1]:].strip():
            return None
        decoded = loads_json(span[2]) if _JSON_START.match(span[2]) else None
        return whole_values(span[2]) if decoded is None and span[1] == len(inner) else decoded
    return records(inner, "var_dump") if _ARRAY_DUMP.match(inner) else None


class PhpDump(Cleaner):
    """PHP var_dump/print_r/var_export/serialize output and bare JSON blobs; related stories go to metadata."""

    name = "php_dump"
    order = 100
    max_json_lines = 100_000

    def clean(self, doc: Document) -> Document:
        edit = SparseEditor(doc, self.name)
        related, comments = [], []     # story dicts for metadata.related, Comment objects
        blocks = doc.blocks

        def take(payload: Any) -> list[dict[str, Any]]:      # a thread goes to comments (_json_comments), stories to related
            thread, base = comment_items(payload), len(doc.comments) + len(comments)
            comments.extend(replace(c, parent=None if c.parent is None else c.parent + base) for c in thread)
            return [] if thread else related_items(payload)
        after = 0        # blocks before this index were taken by a dump (or read) already
        scan, i = screen.Scan(blocks, _SCREEN), -1
        while (i := scan.next(max(i + 1, after))) is not None:   # the candidates inside a dump are never found
            block = blocks[i]
            text = _QUOTE_MARK.sub("", block.text, count=1)      # ("> Array": a markdown quote's marker before a dump)
            if block.kind == "code":      # code is kept, unless it is one dump of stories or comments and nothing else
                if (payload := fenced_payload(text)) is not None and (related_items(payload) or comment_items(payload)):
                    edit.drop(i, "fenced-dump")
                    related += take(payload)
                continue
            if (xd := xdebug_dump(blocks, i)) is not None:      # Xdebug's var_dump, HTML or plain (_xdebug)
                at, _, end = xd
                edit.cut_tail(i, at, "xdebug-dump") if block.text[:at].strip() else edit.drop(i, "xdebug-dump")
                for k in range(i + 1, end + 1):
                    edit.drop(k, "xdebug-dump")
                related += take(xdebug_records([block.text[at:]] + [blocks[k].text for k in range(i + 1, end + 1)]))
                after = end + 1
                continue
            if (found := story_text(blocks, i)) is not None:   # a JSON-LD script, YAML or CSV stories (_story_text)
                end, rule, stories = found
                for k in range(i, end + 1):
                    edit.drop(k, rule)
                related += stories
                after = end + 1
                continue
            exported = _VAR_EXPORT.match(text) and i + 1 < len(blocks) and _VAR_EXPORT_ITEM.match(blocks[i + 1].text.lstrip())
            if exported or _ARRAY_DUMP.match(text) or (text in ("Array", "array") and self._opens(blocks, i)):
                rule = "var-export" if exported else "print-r" if text in ("Array", "array") else "var-dump"
                end = structure_end(blocks, i, _SINGLE_QUOTED if exported else _QUOTED)
                for k in range(i, end + 1):
                    edit.drop(k, rule)
                after = end + 1
                dumped = "\n".join(blocks[k].text for k in range(i, end + 1))
                related += take(records(dumped, rule.replace("-", "_")))
            elif _PRINT_R_INLINE.match(text):
                edit.drop(i, "print-r")
                related += take(records(text.replace("[", "\n["), "print_r"))
            elif _SERIALIZED.match(text):
                edit.drop(i, "php-serialize")
                related += take(records(text, "serialize"))
            elif (stories := code_stories(text)) is not None:    # a script's JSON, a Python repr, RSS items (_code_dumps)
                edit.drop(i, "code-dump")
                related += stories
            elif _JSON_START.match(text) and (payload := loads_json(text)) is not None:
                edit.drop(i, "json-blob")
                related += take(payload)
            elif _JSON_OPEN.match(text):
                end, scanned = self._json_end(blocks, i)
                payload = loads_json("\n".join([text] + [blocks[k].text for k in range(i + 1, end + 1)])) \
                    if end is not None else None
                if payload is None:
                    after = scanned + 1      # the lines read open no value of their own: never read twice
                    continue
                for k in range(i, end + 1):       # pretty-printed JSON: one value over several lines
                    edit.drop(k, "json-blob")
                related += take(payload)
                after = end + 1
            elif (done := glued_dump(edit, blocks, i, loads_json)) is not None:    # glued, or over lines (_php_tail)
                after, found = done
                related += take(found)
            else:
                rest, found, dumps = self._cut_string_dumps(text, take)
                for dump in dumps:
                    edit.log("var-dump", dump, block)
                related += found
                if dumps:
                    if rest:
                        edit.put(i, block.with_text(rest))
                    else:
                        edit.remove(i)
        doc = edit.done().replace(comments=doc.comments + tuple(comments)) if comments else edit.done()
        return doc.meta_append("related", related) if related else doc

    def _cut_string_dumps(self, text: str, take) -> tuple[str, list[dict[str, Any]], list[str]]:
        out, related, dumps = [], [], []
        pos = 0
        for m in _STRING_DUMP.finditer(text):
            if m.start() < pos:
                continue
            span = string_dump_span(text, m)
            if span is None:
                continue
            start, end, payload = span
            decoded = loads_json(payload) if _JSON_START.match(payload) else None
            at_block_start = not text[:start].strip()
            if not at_block_start and decoded is None:
                continue  # an inline mention in prose, e.g. an article about PHP
            out.append(text[pos:start])
            dumps.append(text[start:end])
            if decoded is None and end == len(text) and _JSON_START.match(payload):
                decoded = whole_values(payload)       # a dump cut short: the stories before the cut
            related += take(decoded) if decoded is not None else []
            pos = end
        out.append(text[pos:])
        return " ".join(part.strip() for part in out if part.strip()), related, dumps

    @staticmethod
    def _opens(blocks: list[Block], i: int) -> bool:
        return i + 1 < len(blocks) and re.match(r"\((?:\s*\[|$)", blocks[i + 1].text) is not None

    @staticmethod
    def _json_end(blocks: list[Block], i: int) -> tuple[int | None, int]:
        """(index of the line closing the JSON value opened at ``i``, or None; the last line read).
        The value's lines follow each other without a blank line, `max_json_lines` at most."""
        depth = 0
        j = i
        for j in range(i, min(len(blocks), i + PhpDump.max_json_lines)):
            if j > i and blocks[j].gap:
                return None, j - 1
            t = blocks[j].text
            if '"' in t:
                t = _QUOTED.sub("", t)
            if "](" in t:       # a markdown link's brackets, or the end of one opened inside a string
                t = _LINKED.sub("", t)
            depth += t.count("{") + t.count("[") - t.count("}") - t.count("]")
            if depth <= 0:
                return (j if j > i else None), j
        return None, j
