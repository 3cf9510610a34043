"""Xdebug's ``var_dump`` printed into a page (rule ``xdebug-dump`` of php_dump): its HTML form
(``<pre class='xdebug-var-dump'>``, ``<b>array</b> <i>(size=3)</i>``, ``'title' <font color='#888a85'>=&gt;</font>
<small>string</small> <font color='#cc0000'>'…'</font> <i>(length=42)</i>``) or the same lines with the tags gone
(``array (size=3)``, ``0 =>``, ``'title' => string '…' (length=42)``, ``object(Foo)[12]``, the ``/path/file.php:31:``
line over it). A line is read with its tags out and its entities decoded; the dump opens at the ``<pre>`` element, a
``(size=N)`` array or ``object(Class)[N]`` (a file:line head right above goes with it) and runs over the lines of its
syntax (blank lines between them too; a line wrapped inside a string value touches the line before it); the first
line of another shape ends it, and the ``</pre>`` closing the element. Its records (`php_values`, grammar "xdebug")
give the stories for metadata.related."""
from __future__ import annotations

import html
import re

from .php_values import records

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_OPEN_PRE = re.compile(r"""<pre\b[^>]*\bclass=["']?xdebug-var-dump""", re.I)
_HEAD = re.compile(r"^(?:array \(size=\d+\)|object\([\w\\]+\)\[\d+\])$")
_FILE_LINE = re.compile(r"^\S+\.(?:php|inc|phtml):\d+:$")
_SYNTAX = re.compile(
    r"""^(?:(?:-?\d+|'(?:[^'\\]|\\.)*'|(?:public|protected|private)\s+'?[\w$]+'?)\s*=>"""   # a key
    r"""|array \(size=\d+\)|object\([\w\\]+\)\[\d+\]|empty$|null$|\.\.\.$"""
    r"""|string '|(?:int|float) -?[\d.e+-]+$|boolean (?:true|false)$)"""
    r"""|\(length=\d+\)$""")
MAX_LINES = 100_000


def plain(text: str) -> str:
    """A line of the dump with its tags out and its entities decoded."""
    return html.unescape(_TAG.sub("", text)).strip() if "<" in text or "&" in text else text.strip()


def _syntax(text: str) -> bool:
    line = plain(text)
    return not line or _SYNTAX.search(line) is not None or _FILE_LINE.match(line) is not None


def xdebug_dump(blocks, i: int) -> tuple[int, int, int] | None:
    """(position in block ``i`` where an Xdebug dump opens, index of its first block, of its last) or None."""
    text = blocks[i].text
    pre = _OPEN_PRE.search(text)
    line = plain(text[pre.start():] if pre else text)
    if pre is None:
        if _FILE_LINE.match(line):
            if i + 1 >= len(blocks) or blocks[i + 1].gap or not _HEAD.match(plain(blocks[i + 1].text)):
                return None
        elif not _HEAD.match(line):
            return None
    elif "</pre>" in text[pre.start():].lower():
        return pre.start(), i, i
    last = i
    for j in range(i + 1, min(len(blocks), i + MAX_LINES)):
        raw = blocks[j].text
        if not _syntax(raw):
            if blocks[j].gap or not _open_string(blocks[last].text):
                break
        last = j
        if "</pre>" in raw.lower():
            break
    if last == i and pre is None and not _HEAD.match(line):
        return None
    return (pre.start() if pre else 0), i, last


def _open_string(text: str) -> bool:
    """Whether the line ends inside a string value (``string '…`` not closed on it): the next line goes on with it."""
    line = plain(text)
    at = line.find("string '")
    return at != -1 and not re.search(r"'\s*\(length=\d+\)$", line[at:])


def xdebug_records(texts: list[str]) -> list[dict]:
    return records("\n".join(plain(t) for t in texts), "xdebug")
