"""dateline rule `version-heading`: a release's heading, a version number with its date ("Version 2.1.0 — 2024-02-11",
"v3.2 (12.03.2024)"), is a changelog's own heading and stays; a date line with a label, a source or a clock time in
the European style ("kl. 10.30") still goes."""
import pytest

from cleaners.builtin.dateline import Dateline
from cleaners.date_line import date_line

from ..conftest import run_cleaner
from . import cuts, texts
from ._dateline import BODY, TITLE


@pytest.mark.parametrize("heading", [
    "Version 2.1.0 — 2024-02-11", "Versión 2.1.0 — 11 de febrero de 2024", "v3.2 (12.03.2024)",
    "Release 10.4.1, March 3, 2024",
])
def test_a_release_heading_stays(heading):
    assert date_line(heading) is None
    text = f"{TITLE}\n\n{BODY}\n\n{heading}\n\n{BODY.replace('.', '!')}\n\n{heading.replace('1', '2')}\n\n{BODY}"
    doc = run_cleaner(Dateline, text)
    assert heading in texts(doc) and cuts(doc, "dateline") == []


@pytest.mark.parametrize("line", [
    "Updated: 2017-01-05", "Reuters, 3 March 2024", "Posted at 10.30, 12 March 2024",
])
def test_date_lines_still_go(line):
    assert date_line("Publisert 12.03.2024 kl. 10.30", languages=["nb"]).iso == "2024-03-12T10:30:00"
    assert date_line(line) is not None
    doc = run_cleaner(Dateline, f"{TITLE}\n\n{line}\n\n{BODY}")
    assert line not in texts(doc)
