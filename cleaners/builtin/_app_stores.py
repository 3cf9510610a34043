"""Two shapes of a call read in any wording (read by calls_to_action.py).

`store_call` (``app-download``): a line of `MAX_STORE_WORDS` words at most naming two app stores (`STORES`: "App
Store", "Google Play", "AppGallery"...; the stores' own names, the same in every language), not quoted, reporting
nobody, is a download call however it is worded ("Die Küstenbote-App gibt es im App Store und bei Google Play",
"L'application est disponible sur l'App Store et Google Play"). One store named ("Apple pulled the game from the
App Store on Monday") and a sentence that reports someone stay.

`PRICE`: an amount of money (a currency sign or code beside a number): a membership call that names its price may
say more after its phrase than other calls ("Subscribe for $2 a week and read every story on the site").
"""
from __future__ import annotations

import re

from .. import lang
from ..lines import is_quoted, word_count
from .donation import _CURRENCY_HINT as PRICE

MAX_STORE_WORDS = 20
STORES = re.compile(r"(?<!\w)(?:App\s?Store|Google\s?Play(?:\s?Store)?|Play\s?Store|AppGallery|Huawei\s?AppGallery|"
                    r"Galaxy\s?Store|Microsoft\s?Store|F-Droid|Amazon\s?Appstore)(?!\w)", re.I)

__all__ = ("PRICE", "STORES", "store_call")


def store_call(text: str, langs: tuple[str, ...]) -> bool:
    """Whether the line is a download call naming two app stores (module docstring)."""
    low = text.lower()
    if "store" not in low and "play" not in low and "gallery" not in low and "droid" not in low:
        return False
    names = {re.sub(r"\s", "", m.group(0).lower()) for m in STORES.finditer(text)}
    return len(names) >= 2 and word_count(text) <= MAX_STORE_WORDS and not is_quoted(text) \
        and not lang.pattern("reported", langs).search(text)
