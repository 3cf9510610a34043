"""A small news site on 127.0.0.1 whose articles the test can change, with ETag and
Last-Modified, 304 answers to conditional requests, and hooks to kill the crawler
after N requests or to hold requests until released (for `tests/test_ingest.py`)."""
from __future__ import annotations

import hashlib
import os
import random
import signal
import threading
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler

from .loopback import LoopbackServer

_GLUE = ["the", "of", "and", "to", "in", "for", "with", "on"]
_SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "dun", "pel", "sor", "ith", "mar", "gel", "bru", "an", "to",
              "sel", "quin", "ra", "dor", "vel", "nu", "hal", "ost", "fer", "li", "zan", "mo", "kre", "ul", "pa"]


def prose(seed: str, paragraphs: int = 5, words: int = 70) -> list[str]:
    """Deterministic nonsense prose: different seeds share (almost) no 5-word shingle. Every fourth word is an
    English function word, as prose has them (a paragraph without any reads as scrambled text: `layout`)."""
    rng = random.Random(seed)
    vocab = sorted({"".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(2000)})
    out = []
    for _ in range(paragraphs):
        sentences, n = [], 0
        while n < words:
            length = rng.randint(8, 16)
            tokens = [rng.choice(vocab) for _ in range(length)]
            for k in range(3, len(tokens), 4):     # a function word now and then: prose, not scrambled text
                tokens[k] = _GLUE[k // 4 % len(_GLUE)]
            sentence = " ".join(tokens)
            sentences.append(sentence[0].upper() + sentence[1:] + ".")
            n += length
        out.append(" ".join(sentences))
    return out


@dataclass(frozen=True)
class Hit:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


class IngestSite(LoopbackServer):
    def __init__(self, count: int = 6):
        self.articles: dict[str, tuple[str, list[str]]] = {}
        self.raw: dict[str, str] = {}          # path -> a whole article page of your own (add_raw)
        self.dead: list[str] = []              # paths linked from the homepage that answer 404
        self.failing: list[str] = []           # paths linked from the homepage that answer 503
        for n in range(1, count + 1):
            self.add(f"/2024/05/{n:02d}/harbour-story-number-{n}-of-the-week/", f"Harbour story number {n}",
                     prose(f"story-{n}"))
        self.arrived = 0                       # requests received (logged in `log` once answered)
        self.kill_pid: int | None = None
        self.kill_at: int | None = None        # SIGKILL kill_pid when this many requests have arrived
        self.hold = threading.Event()
        self.hold.set()                        # clear() to hold every request until set() again
        self.held: set[str] = set()            # paths whose answer waits for `release` (or 120 s)
        self.release = threading.Event()
        super().__init__()

    def _release(self) -> None:
        self.hold.set()
        self.release.set()

    def add(self, path: str, title: str, paragraphs: list[str]) -> None:
        self.articles[path] = (title, paragraphs)

    def add_raw(self, path: str, html: str) -> None:
        """An article page served as given (linked from the homepage)."""
        self.raw[path] = html

    def change(self, path: str) -> None:
        title, paragraphs = self.articles[path]
        self.articles[path] = (title, paragraphs[:2] + prose(path + "-update", 1) + paragraphs[3:])

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str | None = None) -> list[Hit]:
        with self.lock:
            return [h for h in self.log if path is None or h.path == path]

    def page(self, path: str) -> tuple[bytes, bool] | None:
        """(HTML, is article) for a route."""
        if path == "/":
            items = "".join(f'<li><a href="{p}">{t}</a></li>' for p, (t, _) in self.articles.items())
            items += "".join(f'<li><a href="{p}">{p}</a></li>' for p in [*self.raw, *self.dead, *self.failing])
            html = (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>The Test Ledger</title>"
                    f'<meta property="og:type" content="website"></head><body><h1>Latest</h1><ul>{items}</ul>'
                    f"</body></html>")
            return html.encode(), False
        if path in self.raw:
            return self.raw[path].encode("utf-8"), True
        if path in self.articles:
            title, paragraphs = self.articles[path]
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            html = (f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
                    f'<meta property="og:type" content="article"><link rel="canonical" href="{self.base}{path}">'
                    f'</head><body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{body}</article>'
                    f"</body></html>")
            return html.encode(), True
        return None

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                with site.lock:
                    site.arrived += 1
                    kill = site.kill_at is not None and site.arrived >= site.kill_at and site.kill_pid
                if kill:
                    os.kill(site.kill_pid, signal.SIGKILL)
                site.hold.wait(30)
                if self.path in site.held:
                    with site.lock:
                        site.log.append(Hit(self.path, 0, None, None))   # arrived; status 0: held
                    site.release.wait(120)
                inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
                page = site.page(self.path)
                headers = {"Content-Type": "text/html; charset=utf-8"}
                if self.path in site.failing:
                    status, body = 503, b"try later"
                elif page is None:
                    status, body = 404, b"not found"
                else:
                    body, _ = page
                    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                    modified = formatdate(1714521600 + int(etag[1:9], 16) % 86400, usegmt=True)
                    headers.update({"ETag": etag, "Last-Modified": modified})
                    status = 304 if (inm == etag or (inm is None and ims == modified)) else 200
                    if status == 304:
                        body = b""
                with site.lock:
                    site.log.append(Hit(self.path, status, inm, ims))
                try:
                    self.send_response(status)
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except ConnectionError:   # the client gave up (a test stopping a crawl)
                    pass

        return Handler
