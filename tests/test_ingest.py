"""`corpus ingest` against a local site (tests/ingest_site.py), in subprocesses, for real:
incremental runs, conditional requests, versions, SIGKILL at several points, the lock."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from corpus_spiders.ingest.policy import Policy
from corpus_spiders.ingest.store import UrlState
from corpus_spiders.ingest.targets import parse_targets, slugify

from .ingest_site import IngestSite

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "ROBOTSTXT_OBEY=0",
        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "CONCURRENT_REQUESTS=1",
        "-s", "CORPUS_CONTACT_URL=https://corpus.invalid/contact", "-s", "DOWNLOAD_TIMEOUT=20"]
ALWAYS = ["-s", "CORPUS_REVISIT_RECENT=0", "-s", "CORPUS_HUB_REFETCH=0"]   # re-visit everything every run


def _env() -> dict:
    env = dict(os.environ)
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    return env


def _cmd(corpus_bin: str, site: IngestSite, tmp: Path, *extra: str) -> list[str]:
    return [corpus_bin, "ingest", site.url("/"), "--state", str(tmp / "state"), "--output", str(tmp / "out"),
            *FAST, *extra]


def ingest(corpus_bin: str, site: IngestSite, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(_cmd(corpus_bin, site, tmp, *ALWAYS, *extra), cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=60)


def outputs(tmp: Path) -> list[Path]:
    return sorted((tmp / "out").rglob("*.jsonl"))


def records(tmp: Path) -> list[dict]:
    return [json.loads(line) for path in outputs(tmp) for line in path.read_text(encoding="utf-8").splitlines()]


def manifests(tmp: Path) -> list[dict]:
    found = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp / "out").rglob("*.manifest.json")]
    return sorted(found, key=lambda m: m["run_id"])


def article_urls(site: IngestSite) -> set[str]:
    return {site.url(p) for p in site.articles}


def test_incremental_runs_conditional_requests_and_versions(tmp_path, corpus_bin, validator):
    with IngestSite() as site:
        first = ingest(corpus_bin, site, tmp_path)
        assert first.returncode == 0, first.stderr[-3000:]
        recs = records(tmp_path)
        assert {r["url"] for r in recs} == article_urls(site)
        assert all(r["metadata"]["version"] == 1 and r["metadata"]["duplicate_of"] is None for r in recs)
        for r in recs:
            validator.validate(r)
        files = outputs(tmp_path)
        assert len(files) == 1
        day = files[0].parent.relative_to(tmp_path / "out").parts
        assert len(day) == 3 and [len(p) for p in day] == [4, 2, 2]
        assert files[0].name.startswith(slugify(f"127.0.0.1-{site.base.rsplit(':', 1)[1]}"))
        m = manifests(tmp_path)[0]
        assert (m["emitted"], m["records"], m["unchanged"], m["failed"]) == (6, 6, 0, 0)
        assert m["pages_fetched"] == 7 and m["removed_chars"] and m["start"] <= m["end"]

        # nothing changed: zero records, conditional requests answered 304
        before = len(site.hits())
        second = ingest(corpus_bin, site, tmp_path)
        assert second.returncode == 0, second.stderr[-3000:]
        assert len(records(tmp_path)) == 6 and len(outputs(tmp_path)) == 1
        again = [h for h in site.hits()[before:] if h.path in site.articles]
        assert len(again) == 6
        assert all(h.if_none_match and h.if_modified_since and h.status == 304 for h in again)
        m = manifests(tmp_path)[1]
        assert (m["emitted"], m["unchanged"], m["file"]) == (0, 6, None)
        assert m["unchanged_detail"]["not_modified"] == 6

        # one article changes: exactly that one, version 2
        changed = next(iter(site.articles))
        site.change(changed)
        third = ingest(corpus_bin, site, tmp_path)
        assert third.returncode == 0, third.stderr[-3000:]
        newest = [json.loads(line) for line in outputs(tmp_path)[-1].read_text(encoding="utf-8").splitlines()]
        assert [(r["url"], r["metadata"]["version"]) for r in newest] == [(site.url(changed), 2)]
        assert manifests(tmp_path)[2]["emitted"] == 1
        validator.validate(newest[0])

        # a syndicated copy under another URL: marked as a duplicate of the first seen, across runs
        title, paragraphs = site.articles[changed]
        site.add("/2024/05/20/partner-copy-of-the-harbour-story/", "Partner copy", paragraphs)
        fourth = ingest(corpus_bin, site, tmp_path)
        assert fourth.returncode == 0, fourth.stderr[-3000:]
        (copy,) = [json.loads(line) for line in outputs(tmp_path)[-1].read_text(encoding="utf-8").splitlines()]
        original = next(r for r in newest if r["url"] == site.url(changed))
        assert copy["metadata"]["duplicate_of"] == original["id"] == copy["metadata"]["cluster"]
        assert manifests(tmp_path)[3]["dedup"]["exact"] + manifests(tmp_path)[3]["dedup"]["near"] == 1

    # state and lock are private
    state = tmp_path / "state"
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    for name in ("ingest.sqlite3", "ingest.lock"):
        assert stat.S_IMODE((state / name).stat().st_mode) == 0o600


def test_revisit_policy_skips_pages_not_due(tmp_path, corpus_bin):
    """Default policy: articles seen minutes ago and non-start hubs are not fetched again."""
    with IngestSite() as site:
        assert ingest(corpus_bin, site, tmp_path).returncode == 0
        before = len(site.hits())
        proc = subprocess.run(_cmd(corpus_bin, site, tmp_path), cwd=ROOT, env=_env(), capture_output=True,
                              text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert [h.path for h in site.hits()[before:]] == ["/"]          # the start URL only
        m = manifests(tmp_path)[-1]
        assert m["not_due"] == {"article": 6} and m["emitted"] == 0


def _every_article_once(tmp: Path, site: IngestSite) -> None:
    counts = Counter(r["url"] for r in records(tmp))
    assert counts == Counter({url: 1 for url in article_urls(site)}), counts
    assert not list((tmp / "out").rglob("*.tmp"))
    with sqlite3.connect(tmp / "state" / "ingest.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM pending").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM docs").fetchone()[0] == len(site.articles)
        # the site's paragraph statistics counted each document exactly once
        assert db.execute("SELECT docs FROM site_stats WHERE site = '127.0.0.1'").fetchone()[0] == len(site.articles)


@pytest.mark.parametrize("kill_points", [(2, 5), pytest.param((7,), marks=pytest.mark.slow)])   # (7,): the last article
def test_sigkill_mid_crawl_then_normal_run_emits_each_article_once(tmp_path, corpus_bin, kill_points):
    """SIGKILL from the server when request N arrives (hub = 1, articles 2..7), at several points."""
    with IngestSite() as site:
        for point in kill_points:
            proc = subprocess.Popen(_cmd(corpus_bin, site, tmp_path, *ALWAYS), cwd=ROOT, env=_env(),
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            site.kill_pid, site.kill_at = proc.pid, site.arrived + point
            _, err = proc.communicate(timeout=60)
            assert proc.returncode == -signal.SIGKILL, err[-2000:]
            site.kill_at = None
        final = ingest(corpus_bin, site, tmp_path)
        assert final.returncode == 0, final.stderr[-3000:]
        assert "rolled back" in final.stderr
        _every_article_once(tmp_path, site)
        assert ingest(corpus_bin, site, tmp_path).returncode == 0   # and nothing more afterwards
        _every_article_once(tmp_path, site)


CRASH = textwrap.dedent("""
    import os, signal, sys
    from corpus_spiders.ingest import store as state
    step = sys.argv[1]
    original = getattr(state.StateStore, step)
    def crash(self, *args, **kwargs):
        if step == "apply":          # the file and manifest are renamed: die before the state commit
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, *args, **kwargs)   # "stage": staged, then die before the rename
        os.kill(os.getpid(), signal.SIGKILL)
    setattr(state.StateStore, step, crash)
    from cleaners.cli import main
    sys.exit(main(sys.argv[2:]))
""")


@pytest.mark.parametrize("step", ["stage", "apply"])
def test_sigkill_during_commit_then_normal_run_emits_each_article_once(tmp_path, corpus_bin, step):
    with IngestSite() as site:
        cmd = _cmd(corpus_bin, site, tmp_path, *ALWAYS)[1:]
        proc = subprocess.run([sys.executable, "-c", CRASH, step, *cmd], cwd=ROOT, env=_env(),
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
        written = len(records(tmp_path))
        assert written == (6 if step == "apply" else 0)
        final = ingest(corpus_bin, site, tmp_path)
        assert final.returncode == 0, final.stderr[-3000:]
        assert ("completed the commit" if step == "apply" else "rolled back") in final.stderr
        _every_article_once(tmp_path, site)
        assert len(manifests(tmp_path)) == (2 if step == "apply" else 1)   # a rolled-back run leaves none


def test_second_concurrent_run_exits_75(tmp_path, corpus_bin):
    with IngestSite() as site:
        site.hold.clear()                          # the first run waits on its first request
        first = subprocess.Popen(_cmd(corpus_bin, site, tmp_path, *ALWAYS), cwd=ROOT, env=_env(),
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 30
            while not site.arrived and first.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert site.arrived, "the first run never reached the site"
            started = time.monotonic()
            second = ingest(corpus_bin, site, tmp_path)
            assert second.returncode == 75, second.stderr[-2000:]
            assert "another corpus ingest is running" in second.stderr
            assert time.monotonic() - started < 15
        finally:
            site.hold.set()
        _, err = first.communicate(timeout=60)
        assert first.returncode == 0, err[-2000:]
        assert len(records(tmp_path)) == 6


def test_dead_links_are_counted_not_failures(tmp_path, corpus_bin):
    """A 404 on a real site is routine: exit 0 with the count in the manifest and the
    summary; a page the server fails on (500 after the retries) still makes the run fail."""
    with IngestSite(count=2) as site:
        site.dead += ["/2024/05/09/a-story-that-was-taken-down/", "/2024/05/10/another-one-gone/"]
        proc = ingest(corpus_bin, site, tmp_path)
        assert proc.returncode == 0, proc.stderr[-3000:]
        m = manifests(tmp_path)[-1]
        assert (m["dead_links"], m["failed"], m["emitted"]) == (2, 0, 2)
        assert m["skipped"]["http-404"] == 2 and "2 dead links" in proc.stderr
        site.failing.append("/2024/05/11/the-server-fails-on-this-one/")
        proc = ingest(corpus_bin, site, tmp_path, "-s", "RETRY_TIMES=0")
        assert proc.returncode == 1, proc.stderr[-3000:]
        assert manifests(tmp_path)[-1]["failures"] == {"http-503": 1}


def test_usage_errors_exit_2(tmp_path, corpus_bin):
    for target in ("ftp://example.org/", "no-such-profile-xyz"):
        proc = subprocess.run([corpus_bin, "ingest", target, "--state", str(tmp_path / "s"),
                               "--output", str(tmp_path / "o")], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2 and "target" in proc.stderr


def test_targets_are_slugified_never_paths():
    targets = parse_targets(["https://www.Example.org:8080/../../etc/passwd?x=1", "southfront",
                             "https://example.org/a b/"])
    assert [t.slug for t in targets] == ["example-org-8080-etc-passwd", "southfront", "example-org-a-b"]
    assert all("/" not in t.slug and "." not in t.slug for t in targets)
    assert slugify("../../") == "target"


def test_policy():
    policy = Policy(recent_days=2, recent_interval=3600, old_interval=-1, hub_interval=600)
    now = 10_000_000.0
    article = UrlState("u", "article", now - 3600, now - 3500, None, None, 200)
    assert policy.due(article, now)                              # 90 % of the hour passed
    assert not policy.due(article.__class__(**{**article.__dict__, "last_fetch": now - 60}), now)
    old = UrlState("u", "article", now - 5 * 86400, now - 86400 * 3, None, None, 200)
    assert not policy.due(old, now)                              # old articles: never (negative)
    hub = UrlState("h", "hub", now - 9000, now - 300, None, None, 200)
    assert not policy.due(hub, now) and policy.due(hub, now, start=True)
    assert policy.due(None, now)
