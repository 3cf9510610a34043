"""robots.txt read up to the size crawlers agree on (RFC 9309: at least 500 KiB; Google reads 500 KiB).

Scrapy's Protego parser reads the whole body (up to ``DOWNLOAD_MAXSIZE``, 10 MB), and every request of the crawl
is then checked against every rule of the file: a robots.txt of 10 MB holds some 400,000 rules, 9 s to parse in the
crawl's one thread and a quarter of a second per request checked after. Past `MAX_ROBOTS_BYTES` the file is cut
at its last whole line (a cut ``Allow: /private`` read as ``Allow: /`` would allow everything); what is past the
cut is ignored, as RFC 9309 lets crawlers do.
"""
from __future__ import annotations

from typing import Any

from scrapy.robotstxt import ProtegoRobotParser

MAX_ROBOTS_BYTES = 500 * 1024


def bounded(body: bytes, limit: int = MAX_ROBOTS_BYTES) -> bytes:
    """``body`` up to ``limit`` bytes, cut after its last whole line."""
    if len(body) <= limit:
        return body
    return body[:body.rfind(b"\n", 0, limit) + 1]


class BoundedRobotParser(ProtegoRobotParser):
    """Scrapy's Protego parser over the first `MAX_ROBOTS_BYTES` of the file."""

    def __init__(self, robotstxt_body: bytes, spider: Any):
        super().__init__(bounded(robotstxt_body), spider)
