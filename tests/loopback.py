"""A threaded HTTP server on 127.0.0.1 (a free port), started and stopped by a ``with`` block.

The test sites (`tests/ingest_site.py`, `tests/corpus_spiders/site_server.py`,
`tests/cluster/news_site.py`) subclass it and give the request handler class."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    def __init__(self) -> None:
        self.log: list = []                     # what the site answered (its own Hit records)
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def _release(self) -> None:
        """Let go of requests a subclass holds back, before the server stops."""

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._release()
        self.httpd.shutdown()
        self.httpd.server_close()
