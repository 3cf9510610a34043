"""A share row and the site's copyright notice printed as one line (rule share-row-notice,
cleaners/builtin/_share_row.py: share_row_notice), in any language."""
import pytest

from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,language", [
    ("Ulashish: Facebook · Telegram · X   © 2024 Vodiy Xabarlari. Barcha huquqlar himoyalangan.", "uz"),
    ("Share: Facebook | LinkedIn | Email © 2023 Harbour Post", "en"),
    ("Podijeli: Viber | WhatsApp | Facebook ⓒ 2022 Dnevni list d.o.o.", "hr"),
])
def test_a_share_row_with_the_copyright_notice_on_its_line_goes(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("share-row-notice", line)]


@pytest.mark.parametrize("line,language", [
    ("We posted it on Facebook and X. © 2024 Harbour Post", "en"),          # a sentence before the sign
    ("Facebook · X · Telegram © photo by the harbour master", "en"),       # no year in the notice
    ("Tulisan: Facebook · Telegram © 2024 " + "kata " * 45, "id"),          # a notice far too long
])
def test_a_sentence_or_a_notice_without_a_year_keeps_the_line(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert line.strip() in texts(doc)
