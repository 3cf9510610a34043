"""Language identification of a body (ISO 639-1) with py3langid."""
from __future__ import annotations

from functools import lru_cache

MIN_CHARS = 40
SAMPLE_CHARS = 3000
MIN_PROBABILITY = 0.5


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when too short or unsure."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    lang, probability = _identifier().classify(sample)
    return lang if probability >= MIN_PROBABILITY else None
