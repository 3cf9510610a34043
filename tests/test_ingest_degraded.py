"""`corpus ingest` and a page written from the bare extraction (``metadata.degraded``): counted in the
manifest and the summary, and fetched whole when it is due again (no conditional request), so that
its cleaned record becomes the page's next version instead of the degraded one staying for good."""
from __future__ import annotations

import os
import subprocess

from .ingest_site import IngestSite, prose
from .slow_plugin import install_plugin
from .test_ingest import ALWAYS, ROOT, _cmd, _env, manifests, records


def _ingest(corpus_bin, site, tmp_path, plugin_dir, stuck: str, *extra: str):
    env = dict(_env(), CORPUS_TEST_STUCK=stuck,
               PYTHONPATH=os.pathsep.join([str(plugin_dir), str(ROOT), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run(_cmd(corpus_bin, site, tmp_path, *ALWAYS, "-s", "CORPUS_TIMEOUT=2", *extra),
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_a_degraded_page_is_counted_then_fetched_whole_and_cleaned_next_run(tmp_path, corpus_bin, monkeypatch):
    plugin_dir = tmp_path / "plugin"
    plugin_dir.mkdir()
    install_plugin(plugin_dir, monkeypatch)      # its cleaner sleeps on a page holding SLEEP-IN-PYTHON
    with IngestSite(count=2) as site:
        slow = "/2024/05/09/the-slow-story-of-the-week/"
        site.add(slow, "The slow story", ["SLEEP-IN-PYTHON " + prose("slow")[0], *prose("slow-rest", 3)])
        first = _ingest(corpus_bin, site, tmp_path, plugin_dir, "30")
        assert first.returncode == 0, first.stderr[-3000:]
        degraded = {r["url"]: r["metadata"].get("degraded") for r in records(tmp_path)}
        assert degraded[site.url(slow)].startswith("time limit of 2 s exceeded")
        assert sum(bool(v) for v in degraded.values()) == 1
        assert manifests(tmp_path)[0]["degraded"] == 1
        assert "emitted, 1 not cleaned (metadata.degraded)" in first.stderr

        before = len(site.hits())
        second = _ingest(corpus_bin, site, tmp_path, plugin_dir, "0")     # the page can be cleaned now
        assert second.returncode == 0, second.stderr[-3000:]
        again = {h.path: h for h in site.hits()[before:] if h.path in site.articles}
        assert again[slow].status == 200 and again[slow].if_none_match is None
        assert all(h.status == 304 for path, h in again.items() if path != slow)
        newest = [r for r in records(tmp_path) if r["url"] == site.url(slow)][-1]
        assert newest["metadata"]["version"] == 2 and "degraded" not in newest["metadata"]
        assert manifests(tmp_path)[1]["degraded"] == 0 and "not cleaned" not in second.stderr
