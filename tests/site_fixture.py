"""A synthetic news site: 30 article pages sharing four boilerplate paragraphs, and a
quote that two articles legitimately share (written for the tests; no real site)."""
from __future__ import annotations

import random
from pathlib import Path

SITE = "valley-ledger.org"
BOILERPLATE = [
    "The Valley Ledger is published by the Riverside Media Cooperative and printed in Harlow County.",
    "Reporting for this series was supported by a grant from the Northfield Press Fund.",
    "Our journalists follow the Ledger's code of practice, which is available at every branch office.",
    "Corrections can be sent to the editor, who reviews every request within two working days.",
]
SHARED_QUOTE = "\u201cWe will rebuild the bridge before the winter comes,\u201d the mayor told the packed meeting."
TOWNS = ["Harlow", "Brindle", "Oakmere", "Fenwick", "Carrow", "Linley", "Ashby", "Thornton", "Wexley", "Dunmore"]
SUBJECTS = ["library", "bus depot", "water plant", "school board", "fire station", "market hall", "clinic",
            "football club", "museum", "harbour office"]
VERBS = ["approved", "postponed", "rejected", "debated", "funded", "reviewed", "inspected", "extended"]
THINGS = ["budget", "repair plan", "staffing rota", "opening hours", "safety audit", "land lease", "tender"]


def _sentence(rng: random.Random) -> str:
    return (f"The {rng.choice(SUBJECTS)} in {rng.choice(TOWNS)} {rng.choice(VERBS)} a {rng.choice(THINGS)} worth "
            f"{rng.randint(2, 900)} thousand pounds on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
            f"according to {rng.choice(['minutes', 'officials', 'a spokesperson', 'residents'])} "
            f"{rng.choice(['seen by the paper', 'at the meeting', 'on Thursday', 'in a statement'])}.")


def page(n: int) -> str:
    rng = random.Random(n)
    title = f"{rng.choice(TOWNS)} {rng.choice(SUBJECTS)} {rng.choice(VERBS)} new {rng.choice(THINGS)} ({n})"
    body = [" ".join(_sentence(rng) for _ in range(3)) for _ in range(5)]
    if n in (3, 17):
        body.insert(2, SHARED_QUOTE)
    paragraphs = [BOILERPLATE[0], *body[:3], BOILERPLATE[1], *body[3:], BOILERPLATE[2], BOILERPLATE[3]]
    ps = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='https://www.{SITE}/2024/05/{n:02d}/story-{n}'>"
            f"<meta property='og:type' content='article'></head><body><main><article><h1>{title}</h1>"
            f"{ps}</article></main></body></html>")


def build(directory: Path, count: int = 30) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (directory / f"story-{n:02d}.html").write_text(page(n), encoding="utf-8")
    return directory
