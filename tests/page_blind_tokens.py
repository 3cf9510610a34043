"""Token scoring of the blind page harnesses that count words by a token pattern (page_blind6, page_blind7):
token F1 against the gold, the lines a body lost, the furniture instances it kept, and bare trafilatura's bodies
(its default extraction) of the same pages. Each harness gives its own pattern (page_blind7 counts Thai
characters one by one)."""
from __future__ import annotations

import re
from collections import Counter


class TokenScore:
    """The scores of one token pattern."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def tokens(self, text: str) -> list[str]:
        return [t.lower() for t in self.pattern.findall(text or "")]

    def flat(self, text: str) -> str:
        return " " + " ".join(self.tokens(text)) + " "

    def token_f1(self, gold: str, body: str) -> tuple[float, float, float]:
        g, b = Counter(self.tokens(gold)), Counter(self.tokens(body))
        tp = sum((g & b).values())
        p = tp / sum(b.values()) if b else 0.0
        r = tp / sum(g.values()) if g else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def lost_items(self, items: list[tuple[str, str]], body: str) -> list[tuple[str, str]]:
        """``(kind, line)`` of the gold items the body does not hold."""
        f = self.flat(body)
        return [(k, t) for k, t in items if self.flat(t) not in f]

    def kept_junk(self, page, body: str) -> list[tuple[str, str]]:
        """``(class, line)`` of the furniture instances the body kept (``page.junk``, ``page.gold``)."""
        f, g = self.flat(body), self.flat(page.gold)
        lines = {self.flat(x) for x in (body or "").splitlines()}
        out = []
        for cls, jlines in page.junk:
            for line in jlines:
                t = self.flat(line)
                if not t.strip():
                    continue
                if (len(t.split()) >= 3 and f.count(t) > g.count(t)) or t in lines:
                    out.append((cls, line))
                    break
        return out


def run_trafilatura(pages) -> dict[str, str]:
    """Bare ``trafilatura.extract`` of every page (its defaults), by page key."""
    import trafilatura
    return {p.key: trafilatura.extract(p.html) or "" for p in pages}
