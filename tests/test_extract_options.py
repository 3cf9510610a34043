"""extract_options: trafilatura's extraction with options built once per settings equals its own call."""
import trafilatura
from trafilatura.settings import DEFAULT_CONFIG, Extractor

from cleaners import extract_options

PAGE = ("<html><body><article><h1>Title</h1>" + "<p>A paragraph of the article with enough words to keep. </p>" * 8
        + "</article><div class='comments'><p>A reader wrote this comment about the article.</p></div></body></html>")


def _slots(options):
    return {name: getattr(options, name) for name in Extractor.__slots__ if hasattr(options, name)}


def test_options_equal_trafilaturas_own():
    for url in (None, "https://example.org/2024/01/02/story"):
        for fast, recall, comments in ((False, True, True), (True, False, False)):
            own = Extractor(config=DEFAULT_CONFIG, output_format="python", fast=fast, recall=recall, comments=comments,
                            formatting=False, tables=True, url=url)
            ours = extract_options.extractor(DEFAULT_CONFIG, fast, recall, comments, False, True, False)
            assert {**_slots(ours), "url": url, "source": url} == _slots(own)


def test_extraction_equals_trafilaturas_own():
    kwargs = dict(url="https://example.org/a", include_comments=True, with_metadata=False, include_tables=True,
                  include_formatting=False, favor_recall=True)
    own = trafilatura.bare_extraction(PAGE, **kwargs)
    ours = extract_options.bare_extraction(PAGE, **kwargs)
    assert (ours.text, ours.comments) == (own.text, own.comments)
    assert ours.text and ours.comments


def test_shared_options_not_changed_by_a_call():
    before = _slots(extract_options.extractor(DEFAULT_CONFIG, False, True, True, False, True, False))
    extract_options.bare_extraction(PAGE, url="https://example.org/b", favor_recall=True, include_formatting=False)
    assert _slots(extract_options.extractor(DEFAULT_CONFIG, False, True, True, False, True, False)) == before


def test_options_made_on_one_day_are_made_anew_the_next(monkeypatch):
    import datetime as real
    import trafilatura.settings as settings

    class Clock(real.datetime):
        day = real.datetime(2031, 3, 4, 23, 59, 59)

        @classmethod
        def now(cls, tz=None):
            return cls.day

    monkeypatch.setattr(settings, "datetime", Clock)
    before = extract_options.extractor(DEFAULT_CONFIG, False, True, True, False, True, False)
    assert before.date_params["max_date"] == "2031-03-04"
    Clock.day = real.datetime(2031, 3, 5, 0, 0, 1)           # a crawl running past midnight
    after = extract_options.extractor(DEFAULT_CONFIG, False, True, True, False, True, False)
    assert after.date_params["max_date"] == "2031-03-05"     # the new day's pages may bear its date
    assert extract_options.extractor(DEFAULT_CONFIG, False, True, True, False, True, False) is after
