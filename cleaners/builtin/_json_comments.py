"""Comments dumped as JSON (read by php_dump.py): a list of objects that each name an author and hold
a text, not a story list, so they go to ``comments`` and not to ``metadata.related``.

An object is a comment when it has an author-like key (a string, or an object with a name) and a
text-like key whose value is a sentence of `MIN_TEXT_WORDS` words or more, and no title key; a
list is a thread when every object of it is one and it holds `MIN_COMMENTS` or more. A parent
key naming another comment's id (or a reply flag naming none) makes a reply; the date is
normalised when it reads as one."""
from __future__ import annotations

from typing import Any

from ..dates import normalise_date
from ..document import Comment
from ..lines import word_count

MIN_COMMENTS = 2
MIN_TEXT_WORDS = 3
_AUTHOR_KEYS = ("author", "author_name", "authorname", "user", "username", "user_name", "commenter", "nick",
                "nickname", "display_name", "by", "poster")
_TEXT_KEYS = ("content", "text", "body", "comment", "message", "comment_content", "comment_text", "msg")
_DATE_KEYS = ("date", "created", "created_at", "createdat", "time", "timestamp", "published", "comment_date", "posted")
_PARENT_KEYS = ("parent", "parent_id", "parentid", "reply_to", "in_reply_to", "comment_parent")
_TITLE_KEYS = ("title", "headline", "heading")
_NO_PARENT = (None, 0, "0", False)


def _folded(obj: dict) -> dict[str, Any]:
    """The object with its keys case-folded (folded once, then looked up by `_field`)."""
    return {str(k).casefold(): v for k, v in obj.items()}


def _field(folded: dict[str, Any], keys: tuple[str, ...]) -> Any:
    return next((folded[k] for k in keys if folded.get(k) not in (None, "")), None)


def _author(folded: dict[str, Any]) -> str | None:
    value = _field(folded, _AUTHOR_KEYS)
    if isinstance(value, dict):
        value = _field(_folded(value), ("name", "display_name", "username", "nick"))
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _is_comment(obj: Any) -> bool:
    if not isinstance(obj, dict):
        return False
    folded = _folded(obj)
    if _field(folded, _TITLE_KEYS) is not None or _author(folded) is None:
        return False
    text = _field(folded, _TEXT_KEYS)
    return isinstance(text, str) and word_count(text) >= MIN_TEXT_WORDS


def comment_items(payload: Any) -> list[Comment]:
    """The comments of a decoded JSON payload that is a thread (module docstring), else []."""
    if isinstance(payload, dict):
        payload = next((v for v in payload.values() if isinstance(v, list)), None)
    if not isinstance(payload, list) or len(payload) < MIN_COMMENTS or not all(map(_is_comment, payload)):
        return []
    ids: dict[str, int] = {}
    out: list[Comment] = []
    for folded in map(_folded, payload):
        parent_key = _field(folded, _PARENT_KEYS)
        parent = None
        if parent_key not in _NO_PARENT:
            parent = ids.get(str(parent_key))
            if parent is None and out:
                parent = next((k for k in range(len(out) - 1, -1, -1) if out[k].depth == 0), None)
        date = _field(folded, _DATE_KEYS)
        text = " ".join(str(_field(folded, _TEXT_KEYS)).split())
        depth = out[parent].depth + 1 if parent is not None else 0
        if (ident := _field(folded, ("id", "comment_id", "commentid"))) is not None:
            ids[str(ident)] = len(out)
        out.append(Comment(_author(folded), text, depth, parent,
                           normalise_date(str(date)) if date is not None else None))
    return out
