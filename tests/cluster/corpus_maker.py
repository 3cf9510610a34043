"""A corpus of a few hundred generated pages for the distributed-cleaning tests: three
sites whose pages share boilerplate paragraphs, exact copies (the same page saved
twice), near copies (a story retold), new versions of a page (same canonical URL,
changed body), short pages, and files that fail."""
from __future__ import annotations

import random
from pathlib import Path

from ..ingest_site import prose

SITES = ["harbour-gazette.test", "upland-herald.test", "river-post.test"]


def _boilerplate(site: str) -> list[str]:
    name = site.split(".")[0].replace("-", " ").title()
    return [f"The {name} is an independent newspaper owned by its readers and staff since its founding.",
            f"Subscribers of the {name} receive the weekend edition and the archive of past issues.",
            f"Letters to the {name} must carry the writer's name and address and may be shortened."]


def page(site: str, n: int, body: list[str], title: str | None = None) -> str:
    top, mid, end = _boilerplate(site)
    paragraphs = [top, *body[:2], mid, *body[2:], end]
    ps = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = title or f"Report {n} from the {site} newsroom"
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
            f"<link rel='canonical' href='https://{site}/news/{n}'>"
            f"<meta property='og:type' content='article'></head><body><main><article><h1>{title}</h1>"
            f"{ps}</article></main></body></html>")


def build(directory: Path, per_site: int = 80) -> Path:
    rng = random.Random(15)
    directory.mkdir(parents=True, exist_ok=True)
    bodies: list[tuple[str, int, list[str]]] = []
    for s, site in enumerate(SITES):
        folder = directory / site
        folder.mkdir()
        for n in range(per_site):
            body = prose(f"{site}-{n}", 4)
            bodies.append((site, n, body))
            (folder / f"story-{n:03d}.html").write_text(page(site, n, body), encoding="utf-8")
    extra = directory / "zz-extra"
    extra.mkdir()
    for i in range(20):                  # the same page saved again: an unchanged copy of its id
        site, n, body = rng.choice(bodies)
        (extra / f"copy-{i:02d}.html").write_text(page(site, n, body), encoding="utf-8")
    for i in range(20):                  # a story retold on another site: a near duplicate
        site, n, body = rng.choice(bodies)
        other = SITES[(SITES.index(site) + 1) % 3]
        (extra / f"retold-{i:02d}.html").write_text(
            page(other, 1000 + i, body[:3] + prose(f"retold-{i}", 1)), encoding="utf-8")
    for i in range(10):                  # a page changed since: a new version of its id
        site, n, body = rng.choice(bodies)
        (extra / f"update-{i:02d}.html").write_text(
            page(site, n, body[:2] + prose(f"update-{i}", 2)), encoding="utf-8")
    for i in range(5):                   # too short for --min-chars 300
        (extra / f"brief-{i}.txt").write_text(f"Brief {i}: the council meets on Monday.\n", encoding="utf-8")
    for i in range(3):                   # cannot be read as text
        (extra / f"broken-{i}.html").write_bytes(bytes(range(256)) * 8)
    return directory
