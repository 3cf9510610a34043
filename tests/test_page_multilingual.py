"""Our body is not below bare trafilatura's on the hand-written non-English pages (tests/page_multilingual)."""
from tests.page_multilingual import by_language, pages, scores


def test_every_language_of_the_hand_written_pages_scores_at_least_trafilatura():
    assert len(pages()) >= 25
    for lang, (ours, theirs, n) in by_language(scores()).items():
        assert ours >= theirs, f"{lang}: ours {ours:.3f} < trafilatura {theirs:.3f} over {n} pages"
