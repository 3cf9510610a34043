"""URLs the crawl requests and records: one form per page, and the crawl's scope.

`canonical_url` drops what makes one page appear under many URLs -- tracking
parameters (``utm_*``, ``fbclid``, ``gclid``...), duplicate-URL parameters
(WordPress ``replytocom`` reply links, Jetpack ``share`` links, ``amp`` and ``print``
versions), session ids (``PHPSESSID``, ``jsessionid``, also as a ``;jsessionid=`` path
parameter) -- and the fragment, with w3lib. The rest of the URL stays as the site
wrote it; Scrapy's duplicate filter compares requests on w3lib's fully canonicalised
form (sorted query, normalised escapes) besides.

`on_domains` is the crawl's scope: a host name is on a domain when it is the domain or
a subdomain of it; an IP address has no subdomains, so only the address itself is.
"""
from __future__ import annotations

import ipaddress
import re
from typing import Iterable
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import url_query_cleaner

TRACKING = r"utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|ref_src|_ga|_gl|igshid"
DUPLICATES = r"replytocom|share|amp|print|printable"
SESSIONS = r"phpsessid|jsessionid|aspsessionid\w*|sessionid|session_id|cfid|cftoken|zenid|oscsid"
DROPPED_PARAMS = re.compile(rf"^(?:{TRACKING}|{DUPLICATES}|{SESSIONS})$", re.I)
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid)=[^/?#]*", re.I)


def canonical_url(url: str) -> str:
    """``url`` without tracking, duplicate-URL and session parameters, and without its fragment."""
    parts = urlsplit(url)
    path = _PATH_SESSION.sub("", parts.path)
    if parts.query:
        names = [kv.split("=", 1)[0] for kv in parts.query.split("&")]
        drop = [n for n in names if DROPPED_PARAMS.match(n)]
        if drop:
            query = urlsplit(url_query_cleaner(url, drop, remove=True, keep_fragments=False)).query
            return urlunsplit((parts.scheme, parts.netloc, path, query, ""))
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def on_domains(url: str, domains: Iterable[str]) -> bool:
    """Whether the URL's host (port ignored) is one of the domains or a subdomain of one;
    an IP address matches itself only."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return False
    for domain in (d.lower() for d in domains):
        if host == domain or (not _is_ip(domain) and host.endswith("." + domain)):
            return True
    return False


def default_domains(urls: Iterable[str]) -> list[str]:
    """The start URLs' host names without ``www.``."""
    domains = []
    for url in urls:
        host = (urlsplit(url).hostname or "").lower()
        host = host[4:] if host.startswith("www.") else host
        if host and host not in domains:
            domains.append(host)
    return domains
