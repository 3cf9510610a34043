"""The reader of the fourth blind page harness's prose blocks (``tests/page_blind4_prose_*.py``)."""
from __future__ import annotations

KEYS = ("by", "read", "nav", "cookie", "accept", "news_h", "news_t", "signup", "pay", "ad", "related", "most",
        "share", "copy", "comments", "also", "tags", "photo", "contents", "refs", "notes", "edit", "keys", "ing_h",
        "steps_h", "serves", "jump", "rate", "live", "updated", "key", "contact", "about", "release", "helpful",
        "rights", "follow", "top", "cite", "bio", "thanks", "member", "listen", "source", "download", "counter",
        "lastup")
LISTS = ("s", "h", "hl", "names", "ing", "steps")


def parse(block: str) -> dict:
    """``{"s": [...], "h": [...], ..., "w": {key: text}}`` from ``## name`` sections of lines."""
    data: dict = {}
    key = None
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("## "):
            key = line[3:]
            data[key] = []
        else:
            data[key].append(line)
    data["w"] = dict(x.split("=", 1) for x in data.pop("w"))
    missing = [k for k in KEYS if k not in data["w"]] + [k for k in LISTS if k not in data]
    assert not missing, missing
    return data
