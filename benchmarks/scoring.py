"""The article-extraction benchmark's metric, written from its README's definition.

Texts are split into ``\\w+`` tokens and compared as multisets of 4-token shingles
(a text shorter than 4 tokens is one shingle of all its tokens). Per page the shared,
extra and missing shingle counts are normalised by their sum, so every page weighs
the same; precision and recall are averaged over pages (a page whose prediction is
empty does not enter the precision average) and F1 is the harmonic mean of the two
averages. Accuracy is the share of pages whose token sequence equals the expected one.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

TOKEN = re.compile(r"\w+")
NGRAM = 4


def tokens(text: str | None) -> list[str]:
    return TOKEN.findall(text or "")


def shingles(text: str | None, n: int = NGRAM) -> Counter:
    toks = tokens(text)
    return Counter(tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1)) if toks[i:i + n])


@dataclass(frozen=True)
class PageScore:
    tp: float
    fp: float
    fn: float
    exact: bool

    @property
    def precision(self) -> float | None:
        """None when the prediction is empty (the page is left out of the precision average)."""
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp + self.fp == 0:
            return None
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.fp == self.fn == 0:
            return 1.0
        if self.tp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn)


def score_page(expected: str | None, predicted: str | None) -> PageScore:
    true, pred = shingles(expected), shingles(predicted)
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    return PageScore(float(tp), float(fp), float(fn), tokens(expected) == tokens(predicted))


def aggregate(pages: Iterable[PageScore]) -> dict[str, float]:
    pages = list(pages)
    ps = [p.precision for p in pages if p.precision is not None]
    rs = [p.recall for p in pages if p.recall is not None]
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = sum(p.exact for p in pages) / len(pages) if pages else 0.0
    return {"f1": f1, "precision": precision, "recall": recall, "accuracy": accuracy}


def evaluate(expected: Mapping[str, str], predicted: Mapping[str, str | None]) -> tuple[dict[str, float], dict[str, PageScore]]:
    """Scores of ``predicted[id]`` against ``expected[id]`` for every id of ``expected``."""
    per_page = {key: score_page(expected[key], predicted.get(key)) for key in expected}
    return aggregate(per_page.values()), per_page
