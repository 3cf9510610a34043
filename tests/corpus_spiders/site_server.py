"""A small news site served on 127.0.0.1 from tests/fixtures/site/ for crawl tests.

Routes come from ``routes.json``; ``{{BASE}}`` (this server as 127.0.0.1) and
``{{OFFSITE}}`` (the same server named ``localhost``: another domain for the
spider) are filled in. Every request is logged with its Host header and status,
so tests can tell what the spider fetched.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from ..loopback import LoopbackServer

SITE = Path(__file__).resolve().parent.parent / "fixtures" / "site"


@dataclass(frozen=True)
class Hit:
    method: str
    host: str
    path: str
    status: int
    user_agent: str


class SiteServer(LoopbackServer):
    def __init__(self, root: Path = SITE):
        self.root = root
        self.routes = json.loads((root / "routes.json").read_text(encoding="utf-8"))["routes"]
        self.failed_once: set[str] = set()
        self._bombs: dict[int, bytes] = {}
        super().__init__()
        self.offsite = f"http://localhost:{self.port}"

    def fill(self, text: str) -> str:
        return text.replace("{{BASE}}", self.base).replace("{{OFFSITE}}", self.offsite)

    def served_bytes(self, path: str) -> bytes:
        """The body the server sends for a route (what a crawler saves)."""
        spec = self.routes[path]
        data = (self.root / spec["file"]).read_bytes()
        return data if spec.get("binary") else self.fill(data.decode("utf-8")).encode("utf-8")

    def bomb(self, size: int) -> bytes:
        if size not in self._bombs:
            self._bombs[size] = gzip.compress(b"<html><body><p>" + b" " * size + b"</p></body></html>", 9)
        return self._bombs[size]

    def hits(self, path: str | None = None, host: str = "127.0.0.1") -> list[Hit]:
        return [h for h in self.log if h.host == host and (path is None or h.path == path)]

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:   # quiet
                pass

            def do_GET(self) -> None:
                host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
                spec = server.routes.get(self.path) if host == "127.0.0.1" else None
                status, headers, body = self.answer(spec)
                with server.lock:
                    server.log.append(Hit("GET", host, self.path, status, self.headers.get("User-Agent", "")))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def answer(self, spec):
                if spec is None:
                    return 404, {"Content-Type": "text/plain"}, b"not found"
                if spec.get("fail_first"):
                    with server.lock:
                        first = self.path not in server.failed_once
                        server.failed_once.add(self.path)
                    if first:
                        return spec["fail_first"], {"Content-Type": "text/plain"}, b"temporary failure"
                if "redirect" in spec:
                    return spec["status"], {"Location": server.fill(spec["redirect"])}, b""
                if "bomb" in spec:   # a gzip bomb: a few KB that decompress to spec["bomb"] bytes of HTML
                    return 200, {"Content-Type": spec["type"], "Content-Encoding": "gzip"}, server.bomb(spec["bomb"])
                body = server.served_bytes(self.path)
                if spec.get("gzip"):
                    body = gzip.compress(body)
                return 200, {"Content-Type": spec["type"]}, body

        return Handler
