"""Where a multi-line PHP dump ends (`php_dump`): at the line closing the structure its first line opens, or, for a
dump cut short that never closes (``array(6) { [0]=> array(3) { ["headline"]=> string(41) "…" ["views"]=> in``),
where its shape ends (rule `dump-shape-end`): the lines touching the dump are its own (a line wrapped by a PDF
export), and after a blank line only a line that is dump syntax (``[key] =>``, ``'key' =>``, ``0 =>``, a brace or
paren alone, ``array(N) {``, ``string(N) "…"``, ``Array``, ``stdClass Object``) goes on with it; the first line of
another shape (an article's paragraph) and all after it stay."""
from __future__ import annotations

import re

_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_DUMP_LINE = re.compile(
    r"""^(?:\[[^\]\n]{0,80}\]\s*=>"""                       # var_dump / print_r key: ["title"]=>, [0] =>
    r"""|(?:-?\d+|'(?:[^'\\]|\\.){0,80}')\s*=>"""          # var_export / Xdebug key: 0 =>, 'title' =>
    r"""|(?:public|protected|private)\s+'?[\w$]+'?"""       # an object's property (Xdebug)
    r"""|[{}()\[\],;\s]+$"""                                # braces and parens alone: ")", "),", "}"
    r"""|(?:array|object)\s*\(|\(object\)\s*array|[\w\\]+::__set_state\("""
    r"""|(?:Array|[\w\\]+\s+Object)\s*(?:\(|$)"""
    r"""|(?:string|int|float|bool)\(|NULL$)""", re.I)


def is_dump_line(text: str) -> bool:
    """Whether ``text`` (one line) is the syntax of a PHP dump rather than prose."""
    return _DUMP_LINE.match(text.strip()) is not None


def structure_end(blocks, i: int, quoted: re.Pattern = _QUOTED) -> int:
    """Index of the block closing the brace/paren structure opened at ``i`` (strings in ``quoted`` quotes skipped);
    a structure left open ends with the last line of the dump's shape (`is_dump_line`, touching lines)."""
    depth, opened = 0, False
    last = i        # the last line of the dump's shape
    for j in range(i, len(blocks)):
        block = blocks[j]
        if j > i:
            if block.gap and not is_dump_line(block.text):
                return last        # rule dump-shape-end: prose after a blank line is not the dump's
            last = j
        t = quoted.sub("", block.text)
        opens = t.count("{") + t.count("(")
        depth += opens - t.count("}") - t.count(")")
        opened = opened or opens > 0
        if (j > i or opened) and depth <= 0:
            return j        # rule one-line-dump: a dump that closes on its first line ends there
    return len(blocks) - 1
