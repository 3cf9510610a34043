"""robots.txt is read up to 500 KiB, cut at a whole line (corpus_spiders.robots)."""
from __future__ import annotations

from scrapy.utils.project import get_project_settings

from corpus_spiders.robots import MAX_ROBOTS_BYTES, BoundedRobotParser, bounded

AGENT = "corpus-bot"


def _filler(size: int) -> bytes:
    lines, total, i = [], 0, 0
    while total < size:
        lines.append(b"Disallow: /archive/%d/\n" % i)
        total += len(lines[-1])
        i += 1
    return b"".join(lines)


def test_rules_past_the_limit_are_ignored():
    body = b"User-agent: *\nDisallow: /early/\n" + _filler(MAX_ROBOTS_BYTES) + b"Disallow: /late/\n"
    parser = BoundedRobotParser(body, None)
    assert not parser.allowed("https://example.org/early/x", AGENT)
    assert not parser.allowed("https://example.org/archive/7/", AGENT)
    assert parser.allowed("https://example.org/late/x", AGENT)      # past 500 KiB: not read (10 MB could be)


def test_the_cut_drops_a_partial_line():
    head = b"User-agent: *\nDisallow: /\n"
    pad = _filler(MAX_ROBOTS_BYTES - len(head) - 100)
    pad += b"#" * (MAX_ROBOTS_BYTES - len(head) - len(pad) - 9) + b"\n"     # the next line starts 8 bytes short
    body = head + pad + b"Allow: /private-area/open\n"         # the limit falls inside this line
    assert len(head + pad) < MAX_ROBOTS_BYTES < len(body)
    assert bounded(body) == head + pad
    assert not BoundedRobotParser(body, None).allowed("https://example.org/x", AGENT)   # "Allow: /" never read


def test_a_small_file_is_read_whole():
    body = b"User-agent: *\nDisallow: /private/"                 # no final line end
    assert bounded(body) == body
    assert not BoundedRobotParser(body, None).allowed("https://example.org/private/a", AGENT)


def test_the_project_uses_the_bounded_parser():
    assert get_project_settings().get("ROBOTSTXT_PARSER") == "corpus_spiders.robots.BoundedRobotParser"
