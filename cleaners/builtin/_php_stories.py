"""The stories of a decoded dump or JSON payload (`php_dump`): objects with a title, in a list maybe wrapped in
objects, their url, id and image read by the keys sites use; a value that is itself JSON text is read once."""
from __future__ import annotations

import json
import re
from typing import Any

_IMAGE_KEYS = ("image", "pic", "img", "thumbnail", "thumb", "photo", "picture")
_URL_KEYS = ("url", "link", "href", "permalink", "uri")


_TITLE_KEYS = ("title", "titel", "titre", "titulo", "título", "titolo", "tytul", "tytuł", "titul", "headline",
               "heading", "name", "naam", "nome", "nombre", "nom", "заголовок", "название", "subject")
_HEADLINE = re.compile(r"[^\W\d_]{2,}")


def _title_of(obj: dict) -> str | None:
    """The story's title: a title-like key in any language, else the longest headline-like string."""
    lowered = {str(k).casefold(): v for k, v in obj.items()}
    for key in _TITLE_KEYS:
        value = lowered.get(key)
        if isinstance(value, str) and value.strip():
            return value
    strings = [v for k, v in lowered.items() if isinstance(v, str) and k not in _URL_KEYS + _IMAGE_KEYS
               and not v.lstrip().startswith(("http", "/", "<")) and len(_HEADLINE.findall(v)) >= 3 and len(v) <= 250]
    return max(strings, key=len) if strings else None


MAX_NESTING = 4     # objects a list of stories may be wrapped in ({"data": {"results": [...]}})


def _story_list(payload: Any, depth: int = 0) -> list | None:
    """The first list in ``payload``, looked for through wrapping objects, breadth first."""
    if isinstance(payload, list):
        return payload
    if not isinstance(payload, dict) or depth >= MAX_NESTING:
        return None
    lists = [v for v in payload.values() if isinstance(v, list)]
    if lists:
        return lists[0]
    return next((found for v in payload.values() if isinstance(v, dict)
                 and (found := _story_list(v, depth + 1)) is not None), None)


def _json_in_string(obj: dict, depth: int) -> list[dict[str, Any]]:
    """The stories of a record without a title key whose value is JSON text: a PHP object holding a
    JSON string (``object(stdClass)#3 (1) { ["items"]=> string(394) "[{...}]" }``), rule json-in-string."""
    if depth or any(str(k).casefold() in _TITLE_KEYS for k in obj):
        return []
    for value in obj.values():
        if isinstance(value, str) and value.lstrip()[:1] in ("[", "{") and (decoded := loads_json(value)) is not None:
            if found := related_items(decoded, depth + 1):
                return found
    return []


def related_items(payload: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Story-like objects (with a title) found in a decoded JSON payload (a list of them, maybe
    wrapped in objects, or one story); a value that is itself JSON text is read once (`_json_in_string`)."""
    payload = _story_list(payload) or ([payload] if isinstance(payload, dict) else payload)
    if not isinstance(payload, list):
        return []
    items = []
    for obj in payload:
        if not isinstance(obj, dict):
            continue
        if nested := _json_in_string(obj, depth):
            items += nested
            continue
        title = _title_of(obj)
        if not isinstance(title, str) or not title.strip():
            continue
        items.append({
            "title": " ".join(title.split()),
            "url": next((str(obj[k]) for k in _URL_KEYS if obj.get(k)), None),
            "id": str(obj["id"]) if obj.get("id") not in (None, "") else None,
            "image": next((str(obj[k]) for k in _IMAGE_KEYS if obj.get(k)), None),
        })
    return items


def loads_json(text: str) -> Any:
    """The JSON value of ``text``; also when its quotes are backslash-escaped, as PHP prints
    a JSON string inside a string (``[{\\"title\\": \\"...\\u00e9...\\"}]``)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    if '\\"' in text:
        try:
            return json.loads(text.replace('\\\\', '\\').replace('\\"', '"'))
        except (ValueError, RecursionError):
            pass
    demarked = _MARKDOWN_LINK.sub(r"\1", text).replace("**", "") if "**" in text or "](" in text else text
    if demarked == text:
        return None
    try:       # rule `demarked-json`: a markdown export's decoration inside the dump ("[text](url)", "**")
        return json.loads(demarked)
    except (ValueError, RecursionError):
        return None


_MARKDOWN_LINK = re.compile(r"\[([^\[\]]*)\]\((?:https?://|/)[^()\s]*\)")
