"""Leave one language out, for pages: how the HTML comment stage does on a language without a file.

Pages of the HTML harness (tests/page_generalisation.py: the thread shapes of page_threads,
page_boards and page_threads_wild, and thread-free pages with look-alikes) are composed in
language L with every file in place, in a child process, then read with L's file hidden
(``cleaners.lang.load(L)`` gives None, as for a language nobody wrote a file for).

``python -m tests.page_unlisted [N] [--lang de,fr,...] [--bare]`` prints, per language: comments found,
pages without a thread that stay comment-free, article paragraphs kept. ``--bare``: the bare thread shape
(``<p>`` comments signed "Name | date" under a heading) also without a class on the signature lines,
signed "Name, date", or signed before the text (`page_threads.BARE_VARIANTS`; other pages change too,
as the random draws do).
"""
from __future__ import annotations

import json
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

LANGS = ("de", "fr", "es", "it", "pt", "nl", "pl", "ru")


def _compose(language: str, n: int, path: str, bare: bool = False) -> None:
    from . import page_generalisation as pg
    pg.LANGS = (language,)
    pg.threads.BARE_VARIANTS = bare
    rng = random.Random(17)
    pages = [pg.compose(rng, with_thread=k % 3 != 2) for k in range(n)]
    Path(path).write_bytes(pickle.dumps(pages))


def unlisted(language: str, n: int, bare: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "pages.pickle")
        subprocess.run([sys.executable, "-m", "tests.page_unlisted", "--compose", language, str(n), path,
                        *(["--bare"] if bare else [])], check=True)
        pages = pickle.loads(Path(path).read_bytes())
    import cleaners.lang as lang
    shown, installed = lang.load, tuple(c for c in lang.available() if c != language)
    lang.load = lambda code: None if code == language else shown(code)
    lang.available = lambda: installed
    from cleaners.pipeline import Pipeline

    from . import page_generalisation as pg
    pipeline = Pipeline()
    ok = dict.fromkeys(("comments", "free", "article"), 0)
    total = dict(ok)
    for page in pages:
        v = pg.judge(page, pg.record(pipeline, page))
        ok["comments"] += v.found_comments
        total["comments"] += len(page.comments)
        if not page.comments:
            ok["free"] += not v.spurious_comments
            total["free"] += 1
        ok["article"] += len(page.article) - len(v.lost)
        total["article"] += len(page.article)
    return {key: ok[key] / total[key] if total[key] else 1.0 for key in ok}


def main(argv: list[str]) -> None:
    langs = LANGS
    if "--lang" in argv:
        k = argv.index("--lang")
        langs = tuple(argv[k + 1].split(","))
        del argv[k:k + 2]
    bare = "--bare" in argv
    argv = [a for a in argv if a != "--bare"]
    n = int(argv[0]) if argv else 60
    print(f"{'hidden':<8}{'comments':>10}{'free':>8}{'article':>10}")
    for code in langs:
        out = subprocess.run([sys.executable, "-m", "tests.page_unlisted", "--one", code, str(n),
                              *(["--bare"] if bare else [])],
                             check=True, capture_output=True, text=True).stdout
        row = json.loads(out.strip().splitlines()[-1])
        print(f"{code:<8}" + "".join(f"{100 * row[k]:>{w}.1f}%" for k, w in
                                     (("comments", 9), ("free", 7), ("article", 9))), flush=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--compose"]:
        _compose(sys.argv[2], int(sys.argv[3]), sys.argv[4], "--bare" in sys.argv)
    elif sys.argv[1:2] == ["--one"]:
        print(json.dumps(unlisted(sys.argv[2], int(sys.argv[3]), "--bare" in sys.argv)))
    else:
        main(sys.argv[1:])
