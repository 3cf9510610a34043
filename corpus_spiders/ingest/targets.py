"""The TARGETs of ``corpus ingest``: start URLs or site profile names, and their slugs
(file names of the run's output, never paths)."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cleaners.errors import ConfigError

from ..profile import ProfileError, load as load_profile


def slugify(text: str, limit: int = 60) -> str:
    """A file-name-safe slug: lowercase ASCII letters, digits and single dashes."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")
    return slug or "target"


@dataclass(frozen=True)
class Target:
    spec: str            # as given on the command line
    kind: str            # url | profile
    slug: str

    def spider_kwargs(self) -> dict[str, str]:
        return {"start_urls": self.spec} if self.kind == "url" else {"profile": self.spec}


def parse_targets(specs: list[str]) -> list[Target]:
    targets: list[Target] = []
    slugs: Counter[str] = Counter()
    for spec in specs:
        parts = urlsplit(spec)
        if parts.scheme in ("http", "https"):
            if not parts.hostname:
                raise ConfigError(f"target {spec!r}: no host name")
            host = parts.hostname.removeprefix("www.")
            base = slugify(f"{host}-{parts.port}" if parts.port else host)
            path = slugify(parts.path, 30) if parts.path.strip("/") else ""
            kind, slug = "url", f"{base}-{path}" if path != "" and path != "target" else base
        elif "://" in spec:
            raise ConfigError(f"target {spec!r}: only http(s) URLs or profile names")
        else:
            try:
                load_profile(spec)
            except ProfileError as exc:
                raise ConfigError(f"target {spec!r}: {exc}") from None
            kind, slug = "profile", slugify(Path(spec).stem if spec.endswith(".toml") else spec)
        slugs[slug] += 1
        if slugs[slug] > 1:
            slug = f"{slug}-{slugs[slug]}"
        targets.append(Target(spec, kind, slug))
    return targets
