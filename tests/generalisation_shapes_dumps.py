"""Dumps of the generalisation harness in every grammar (``string(N)``, ``array(N)``, print_r,
serialize, JSON with ``\\uXXXX`` escapes and keys in any language).
"""
from __future__ import annotations

import json

from . import generalisation_exports as exports


TITLE_KEYS = {"en": ["title", "headline", "name"], "de": ["titel", "überschrift"], "fr": ["titre"],
              "es": ["titulo", "título"], "it": ["titolo"], "pt": ["título", "manchete"], "nl": ["titel", "kop"],
              "ru": ["заголовок"], "pl": ["tytuł"]}


def _stories(rng, language: str) -> list[dict]:
    titles = rng.sample(exports.STORIES[language], rng.randint(2, 3))
    key = rng.choice(TITLE_KEYS[language] + ["label_text"])   # a key nobody names: the longest headline field
    return [{"id": i + 1, key: t, "url": f"/{language}/a/{i + 1}", "views": 100 * (i + 1)} for i, t in enumerate(titles)]


def _var_dump(value, pad: str = "", objects: bool = False) -> list[str]:
    if isinstance(value, dict) or isinstance(value, list):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        opener = f"object(stdClass)#{len(pad) + 1} ({len(value)})" if objects and isinstance(value, dict) \
            else f"array({len(value)})"
        out = [f"{pad}{opener} {{"]
        for key, item in items:
            out.append(f'{pad}  ["{key}"]=>' if isinstance(key, str) else f"{pad}  [{key}]=>")
            out += _var_dump(item, pad + "  ", objects)
        return out + [pad + "}"]
    if isinstance(value, int):
        return [f"{pad}int({value})"]
    return [f'{pad}string({len(value.encode())}) "{value}"']


def _print_r(value, pad: str = "", objects: bool = False) -> list[str]:
    out = ["stdClass Object" if objects and isinstance(value, dict) else "Array", pad + "("]
    items = value.items() if isinstance(value, dict) else enumerate(value)
    for key, item in items:
        if isinstance(item, (dict, list)):
            nested = _print_r(item, pad + "        ", objects)
            out.append(f"{pad}    [{key}] => {nested[0]}")
            out += nested[1:] + [""]
        else:
            out.append(f"{pad}    [{key}] => {item}")
    return out + [pad + ")"]


def _serialize(value) -> str:
    if isinstance(value, (dict, list)):
        items = value.items() if isinstance(value, dict) else enumerate(value)
        return f"a:{len(value)}:{{" + "".join(_serialize(k) + _serialize(v) for k, v in items) + "}"
    if isinstance(value, int):
        return f"i:{value};"
    return f's:{len(value.encode())}:"{value}";'


def dump(rng, language: str) -> tuple[list[str], list[str]]:
    """(lines, story titles) of a dump of the related stories in one grammar."""
    stories = _stories(rng, language)
    titles = [next(v for k, v in s.items() if k not in ("id", "url", "views")) for s in stories]
    grammar = rng.choice(["string-json", "bare-json", "json-object", "json-nested", "json-pretty", "var_dump",
                          "print_r", "serialize"])
    if grammar.startswith(("string-json", "bare-json", "json")):
        payload = {"status": "ok", "items": stories} if grammar == "json-object" else \
            {"data": {"total": len(stories), "results": stories}} if grammar == "json-nested" else stories
        ascii_only = rng.random() < 0.5
        if grammar == "json-pretty":
            return json.dumps(payload, ensure_ascii=ascii_only, indent=rng.choice([2, 4])).split("\n"), titles
        text = json.dumps(payload, ensure_ascii=ascii_only)
        if grammar == "string-json":
            return [f'string({len(text.encode())}) "{text}"'], titles
        return [text], titles
    objects = rng.random() < 0.5     # records printed as stdClass objects
    if grammar == "var_dump":
        return _var_dump(stories, objects=objects), titles
    if grammar == "print_r":
        return _print_r(stories, objects=objects), titles
    return [_serialize(stories)], titles
