"""The one private call into google-re2 (`linear_re.all_spans`): it fails here, loudly, when a release changes it."""
import re2

from cleaners import linear_re


def test_all_spans_gives_every_group_of_the_first_match():
    compiled = re2.compile(r"(?P<day>\d+) (?P<month>[a-z]+)(?: (?P<year>\d{4}))?")
    data = "on 3 may, 12 june 2019".encode()
    assert linear_re.all_spans(compiled, data, 0, len(data)) == [(3, 8), (3, 4), (5, 8), (-1, -1)]
    assert linear_re.all_spans(compiled, data, 8, len(data)) == [(10, 22), (10, 12), (13, 17), (18, 22)]


def test_all_spans_without_a_match():
    compiled = re2.compile(r"(\d+) may")
    data = b"3 may"
    assert linear_re.all_spans(compiled, data, 1, len(data))[0] == (-1, -1)


def test_scan_agrees_with_the_public_finditer():
    pattern = linear_re.compile(r"(?P<n>\d+)(?P<unit>\s*km)?")
    text = "2 km, 15 and 7km — ünd 42"
    found = [(f[""], f["n"][2], f["unit"] and f["unit"][2]) for f in pattern.scan(text)]
    public = [(m.span(), m.group("n"), m.group("unit")) for m in pattern._wrapped.finditer(text)]
    assert [((a, b), n, u) for (a, b, _), n, u in found] == public
