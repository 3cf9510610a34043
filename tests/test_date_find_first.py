"""`find_date` gives the date that starts first in the line, whichever pattern reads it; a date at the
line's start ends the search (no other can start before it)."""
from cleaners.dates import find_date


def test_a_date_opening_the_line_is_found():
    found = find_date("Aug 8, 2012 5:13 PM PDT", ("en",))
    assert (found.iso, found.start) == ("2012-08-08T17:13:00", 0)


def test_a_date_of_a_later_pattern_that_starts_first_wins():
    found = find_date("08.08.2012, then Aug 9, 2012", ("en",))
    assert (found.iso, found.start) == ("2012-08-08", 0)
    found = find_date("posted 09.08.2012 and Aug 7, 2012", ("en",))
    assert (found.iso, found.start) == ("2012-08-09", 7)
