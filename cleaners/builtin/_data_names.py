"""The names a page gives its parts in ``data-*`` attributes: sites built with CSS-in-JS (styled-components,
emotion, the CSS modules of Next.js) hash their class names ("css-1x2y3z", "sc-bdVaJa") and name an author card,
a share bar or a related box in ``data-testid``, ``data-component``, ``data-module``, ``data-qa`` or ``data-type``
instead ("author-card", "RelatedLinks", "shareBar"). `_dom.attr_key` adds those values to the class and id, so
that every class-keyed rule reads them, each word of a camelCase value parted by "-" as class names part theirs."""
from __future__ import annotations

import re

NAMING = ("data-testid", "data-component", "data-module", "data-qa", "data-type")
# the elements named in those attributes, for a cleaner that picks its elements by ``[class]``/``[id]``
SELECTOR = ", ".join(f"body [{a}]" for a in NAMING)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def data_names(attrs: dict) -> str:
    """The values of ``attrs``'s naming attributes (`NAMING`), camelCase parted by "-", space-separated ("" if none)."""
    values = [v for a in NAMING if (v := attrs.get(a))]
    return " ".join(_CAMEL.sub("-", v) for v in values) if values else ""


_ANY = re.compile("|".join(NAMING))     # (one pass over the source: a third of the time of five ``in`` tests)
_last: list = [None, False]             # [the page source last asked about, its answer]: two cleaners ask a page


def named_in_data(html: str | None) -> bool:
    """Whether a page's source may hold a naming attribute (a substring test: most pages hold none)."""
    if not html:
        return False
    if _last[0] is not html:
        _last[:] = [html, _ANY.search(html) is not None]
    return _last[1]


def with_named(selector: str, html: str | None) -> str:
    """``selector`` and the elements named in a naming attribute (`SELECTOR`) when the page's source ``html`` may
    hold one, for a cleaner that picks its elements by class or id and reads their names with `_dom.attr_key`."""
    return f"{selector}, {SELECTOR}" if named_in_data(html) else selector
