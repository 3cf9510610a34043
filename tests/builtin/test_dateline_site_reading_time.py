"""A read-later app's header: the site's address and the story's reading time (cleaners/builtin/dateline.py,
``reading-time``): the line goes in the words of the language; a site's name (no address) before a reading time and an
address before other words stay."""
import pytest

from cleaners.builtin.dateline import Dateline

from ..conftest import run_cleaner
from . import texts

LEAD = {"en": "The county will run two night buses from Friday, the transport office said on Monday.",
        "de": "Der Landkreis lässt ab Freitag zwei Nachtbusse fahren, teilte das Verkehrsamt am Montag mit.",
        "es": "El condado pondrá dos autobuses nocturnos desde el viernes, dijo el lunes la oficina de transporte."}
HEADER = {"en": "www.coast-weekly.example.org · 6 min read", "de": "kuestenbote.example.de · 6 Min. Lesezeit",
          "es": "www.diario-costa.example.es | 6 min de lectura"}
OTHER = {"en": "www.coast-weekly.example.org · Night buses", "de": "Küstenbote · Nachtbusse im Landkreis",
         "es": "www.diario-costa.example.es · Autobuses nocturnos"}


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_a_sites_address_and_reading_time_go(code):
    doc = run_cleaner(Dateline, f"{LEAD[code]}\n\n{HEADER[code]}\n\n{LEAD[code]}", language=code)
    assert texts(doc) == [LEAD[code], LEAD[code]]
    assert [r.rule for r in doc.removed] == ["reading-time"]


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_an_address_before_other_words_stays(code):
    doc = run_cleaner(Dateline, f"{LEAD[code]}\n\n{OTHER[code]}\n\n{LEAD[code]}", language=code)
    assert OTHER[code] in texts(doc)
