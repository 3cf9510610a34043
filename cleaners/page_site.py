"""The site's name read from the page's ``<title>`` when the page declares none (rule ``site-from-title``).

Pages of older blogs and small sites carry no ``og:site_name``, publisher or ``application-name``,
but their ``<title>`` is written "Headline | Site" (or "Site » Headline"). The segment at either end
of the title that is not its longest (the headline) and has at most `MAX_SITE_WORDS` words is the
site's name when its letters and digits are those of the page's host name ("Harbour Weekly" on
harbour-weekly.org, "The Valley Gazette" on valleygazette.com): a headline segment is no host name.
Without a URL nothing confirms a segment, and the site stays unknown.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

# separators of a <title>'s segments: "Headline | Site", "Site » Headline", "Post « Blog", "Site :: Section"
TITLE_SEP = re.compile(r"\s+(?:[|\u2013\u2014\-:\u00b7\u2022\u00bb\u00ab\u2039\u203a~/]|::|\|\|)\s+")
MAX_SITE_WORDS = 6
MIN_KEY = 3            # letters of a name worth matching in a host name
_NOT_KEY = re.compile(r"[\W_]+")


def name_key(text: str) -> str:
    """A name's letters and digits, case-folded: how a site's name is compared with a host name or a page's text."""
    return _NOT_KEY.sub("", text.casefold())


def _host_key(url: str | None) -> str:
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:
        return ""
    labels = [label for label in host.split(".") if label]
    if labels and labels[0] in ("www", "m", "blog", "blogs", "news"):
        labels = labels[1:]
    return name_key("".join(labels[:-1]) if len(labels) > 1 else "".join(labels))


def site_from_title(doc_title: str | None, url: str | None) -> str | None:
    """The end segment of ``doc_title`` that names the site of ``url`` (module docstring), or None."""
    parts = [p.strip() for p in TITLE_SEP.split(" ".join((doc_title or "").split())) if p.strip()]
    host = _host_key(url)
    if len(parts) < 2 or len(host) < MIN_KEY:
        return None
    longest = max(parts, key=len)
    for segment in (parts[-1], parts[0]):
        if segment is longest or len(segment.split()) > MAX_SITE_WORDS:
            continue
        key = name_key(segment)
        if len(key) >= MIN_KEY and (key in host or (key.startswith("the") and key[3:] in host and len(key) > 6)):
            return segment
    return None


def without_site(title: str | None, site: str | None) -> str | None:
    """``title`` without the site's name standing as its last or first segment ("Headline | Site",
    "Site » Headline"); as it is when that would leave fewer than two words."""
    name = name_key(site or "")
    if not title or not name:
        return title
    text = " ".join(title.split())
    seps = list(TITLE_SEP.finditer(text))
    if not seps:
        return title
    if name_key(text[seps[-1].end():]) == name:
        kept = text[:seps[-1].start()]
    elif name_key(text[:seps[0].start()]) == name:
        kept = text[seps[0].end():]
    else:
        return title
    return kept if len(kept.split()) >= 2 else title
