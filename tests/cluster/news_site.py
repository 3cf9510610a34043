"""A generated news site on 127.0.0.1 for the shared-crawl tests: a home page, section
hubs, article pages (each also reachable under an ``/amp/`` alias whose canonical link
names the article) and a log of every request with the crawler's User-Agent."""
from __future__ import annotations

import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler

from ..ingest_site import prose
from ..loopback import LoopbackServer


@dataclass(frozen=True)
class Hit:
    path: str
    agent: str
    status: int


class NewsSite(LoopbackServer):
    def __init__(self, sections: int = 4, per_section: int = 10, delay: float = 0.03, aliases: int = 3):
        self.sections = sections
        self.per_section = per_section
        self.delay = delay                     # seconds before each answer (a crawl takes a while)
        self.slow: dict[str, float] = {}       # User-Agent -> extra delay for that crawler's requests
        self.aliases = aliases                 # the first N articles are also linked as /amp/N
        super().__init__()

    @property
    def count(self) -> int:
        return self.sections * self.per_section

    def article_url(self, n: int) -> str:
        return f"{self.base}/news/{n:03d}/story-{n}.html"

    def article_urls(self) -> set[str]:
        return {self.article_url(n) for n in range(self.count)}

    def hits(self) -> list[Hit]:
        with self.lock:
            return list(self.log)

    def page(self, path: str) -> str | None:
        if path == "/robots.txt":
            return "User-agent: *\nAllow: /\n"
        if path == "/":
            links = "".join(f'<li><a href="/section/{s}">Section {s}</a></li>' for s in range(self.sections))
            return self._html("The Loopback Courier", "website", f"<h1>Latest</h1><ul>{links}</ul>")
        if path.startswith("/section/"):
            s = int(path.rsplit("/", 1)[1])
            if not 0 <= s < self.sections:
                return None
            ns = range(s * self.per_section, (s + 1) * self.per_section)
            links = "".join(f'<li><a href="/news/{n:03d}/story-{n}.html">Story {n}</a></li>' for n in ns)
            links += "".join(f'<li><a href="/amp/{n}">Story {n} (light)</a></li>' for n in ns if n < self.aliases)
            nav = "".join(f'<a href="/section/{k}">Section {k}</a> ' for k in range(self.sections))
            return self._html(f"Section {s}", "website", f"<nav>{nav}</nav><h1>Section {s}</h1><ul>{links}</ul>")
        n = None
        if path.startswith("/news/"):
            n = int(path.split("/")[2])
            if path != f"/news/{n:03d}/story-{n}.html":
                return None
        elif path.startswith("/amp/"):
            n = int(path.rsplit("/", 1)[1])
            if n >= self.aliases:
                return None
        if n is None or not 0 <= n < self.count:
            return None
        title = f"Story number {n} of the loopback courier"
        body = "".join(f"<p>{p}</p>" for p in prose(f"courier-{n}", 5))
        related = "".join(f'<a href="/news/{m:03d}/story-{m}.html">Story {m}</a> '
                          for m in ((n + 1) % self.count, (n + 7) % self.count))
        return self._html(title, "article", f'<nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}'
                          f"</article><aside>{related}</aside>", canonical=self.article_url(n))

    def _html(self, title: str, kind: str, body: str, canonical: str | None = None) -> str:
        link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        return (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
                f'<meta property="og:type" content="{kind}">{link}</head><body>{body}</body></html>')

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                agent = self.headers.get("User-Agent", "")
                time.sleep(site.delay + site.slow.get(agent, 0.0))
                text = site.page(self.path)
                status = 200 if text is not None else 404
                body = (text or "not found").encode("utf-8")
                content_type = "text/plain" if self.path == "/robots.txt" else "text/html; charset=utf-8"
                with site.lock:
                    site.log.append(Hit(self.path, agent, status))
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except ConnectionError:   # the crawler was killed
                    pass

        return Handler
