"""Leave one language out: how the cleaners do on a language that has no file in cleaners/lang.

For each language L asked for, the documents of L of the three text harnesses
(tests/generalisation.py, generalisation_wild.py, generalisation_fresh.py; N of each) are
composed with every file in place, in a child process, then cleaned with L's file hidden
(``cleaners.lang.load(L)`` gives None, as for a language nobody wrote a file for): L's
documents read English words only, dates and relative times in L (dateparser's locale data,
cleaners/lang/borrowed.py) and whatever the rules read from shape. This measures what the
language-neutral part of the cleaners does for the languages the hidden sets may hold.

``python -m tests.generalisation_unlisted [N] [--lang de,fr,...] [--json] [--classes]`` prints, per
language: artefacts removed, article paragraphs and look-alikes kept, comments found; with
``--classes``, the artefacts removed of each class (removed/all) per language.
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


def _compose(language: str, n: int, path: str) -> None:
    from . import generalisation as gen
    from . import generalisation_fresh as fresh
    from . import generalisation_wild as wild
    docs = []
    for module in (gen, wild, fresh):
        if language in module.LANGS:
            module.LANGS = (language,)
            rng = random.Random(11)
            docs += [module.compose(rng) for _ in range(n)]
    Path(path).write_bytes(pickle.dumps(docs))


def unlisted(language: str, n: int = 40) -> dict[str, float]:
    """Shares (0-1) of artefacts removed, article paragraphs and negatives kept and comments found for the
    documents of ``language`` cleaned without its file. Run it in a process of its own: it hides the file
    for the rest of the process."""
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "docs.pickle")
        subprocess.run([sys.executable, "-m", "tests.generalisation_unlisted", "--compose", language, str(n), path],
                       check=True)
        docs = pickle.loads(Path(path).read_bytes())
    import cleaners.lang as lang
    shown, installed = lang.load, tuple(c for c in lang.available() if c != language)
    lang.load = lambda code: None if code == language else shown(code)
    lang.available = lambda: installed
    from cleaners.pipeline import Pipeline

    from . import generalisation as gen
    pipeline = Pipeline()
    ok = dict.fromkeys(("artefacts", "article", "negatives", "comments"), 0)
    total = dict(ok)
    by_class: dict[str, list[int]] = {}
    for c in docs:
        v = gen.judge(c, pipeline.record(gen.document(pipeline, c)))
        leaked = {line for _, _, line in v.leaked}
        for a in c.artefacts:
            removed = not any(line in leaked for line in a.lines)
            ok["artefacts"] += removed
            counts = by_class.setdefault(a.cls, [0, 0])
            counts[0] += removed
            counts[1] += 1
        total["artefacts"] += len(c.artefacts)
        for key, paragraphs in (("article", c.article), ("negatives", c.negatives)):
            ok[key] += sum(p not in v.changed for p in paragraphs)
            total[key] += len(paragraphs)
        comments = sum(len(a.comments) for a in c.artefacts)
        ok["comments"] += comments - len(v.missing_comments)
        total["comments"] += comments
    shares = {key: ok[key] / total[key] if total[key] else 1.0 for key in ok}
    shares["classes"] = {cls: [n, of] for cls, (n, of) in sorted(by_class.items())}
    return shares


def main(argv: list[str]) -> None:
    if argv[:1] == ["--compose"]:
        _compose(argv[1], int(argv[2]), argv[3])
        return
    as_json = "--json" in argv
    classes = "--classes" in argv
    argv = [a for a in argv if a not in ("--json", "--classes")]
    langs = LANGS
    if "--lang" in argv:
        k = argv.index("--lang")
        langs = tuple(argv[k + 1].split(","))
        del argv[k:k + 2]
    n = int(argv[0]) if argv else 40
    rows = {}
    for code in langs:     # one process per language: hiding a file lasts for the process
        out = subprocess.run([sys.executable, "-m", "tests.generalisation_unlisted", "--one", code, str(n)],
                             check=True, capture_output=True, text=True).stdout
        rows[code] = json.loads(out.strip().splitlines()[-1])
    if as_json:
        print(json.dumps(rows))
        return
    print(f"{'hidden':<8}{'artefacts':>11}{'article':>10}{'negatives':>11}{'comments':>10}")
    for code, row in rows.items():
        print(f"{code:<8}" + "".join(f"{100 * row[k]:>{w}.1f}%" for k, w in
                                     (("artefacts", 10), ("article", 9), ("negatives", 10), ("comments", 9))))
    if classes:     # artefacts removed per class: removed/all in each hidden language
        names = sorted({cls for row in rows.values() for cls in row["classes"]})
        print(f"{'class':<22}" + "".join(f"{code:>9}" for code in rows))
        for cls in names:
            cells = (row["classes"].get(cls) for row in rows.values())
            print(f"{cls:<22}" + "".join(f"{f'{n}/{of}' if (n, of) != (0, 0) else '-':>9}" for n, of in
                                        (cell or (0, 0) for cell in cells)))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        print(json.dumps(unlisted(sys.argv[2], int(sys.argv[3]))))
    else:
        main(sys.argv[1:])
