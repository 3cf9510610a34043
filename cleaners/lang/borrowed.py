"""Words a language without a file borrows from dateparser's locale data: the units of relative
times ("saat", "hodin"), the word for "ago" ("önce", "před") and the one-word ages ("dün",
"včera", "právě teď"). They are the `KEYS` ``time_units``, ``ago`` and ``relative_days``;
every other key of such a language stays empty (docs/languages.md)."""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping

_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
_AGES = ("0 second ago", "0 minute ago", "0 day ago", "1 day ago")     # now, today, yesterday
MIN_CHARS = 2       # dateparser's one-letter abbreviations ("m", "j", "r") would match initials and list letters


def _clean(values) -> tuple[str, ...]:
    out = (" ".join(str(v).lower().split()) for v in values or ())
    return tuple(dict.fromkeys(v for v in out if len(v) >= MIN_CHARS and not any(c in v for c in "()[]|\\?*+")))


@lru_cache(maxsize=64)
def locale_info(code: str) -> Mapping | None:
    """dateparser's locale data for the language ``code`` (month and weekday names, relative-time
    words), or None when dateparser has no such locale."""
    from dateparser.languages.loader import default_loader
    try:
        return default_loader.get_locale(code).info
    except (KeyError, ValueError):
        return None


@lru_cache(maxsize=64)
def borrowed(code: str) -> Mapping[str, tuple[str, ...]]:
    """The relative-time words of dateparser's locale ``code`` under their `KEYS`; empty when it has none."""
    info = locale_info(code)
    if info is None:
        return {}
    relative = info.get("relative-type") or {}
    return {"time_units": _clean(w for unit in _UNITS for w in info.get(unit) or ()),
            "ago": _clean(info.get("ago")),
            "relative_days": _clean(w for age in _AGES for w in relative.get(age) or ())}
