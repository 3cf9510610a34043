import json
import sys
from pathlib import Path

from benchmarks.lockstep import run_lockstep

ROOT = Path(__file__).resolve().parents[2]
# a child doing PAGES pages of SECONDS of CPU each, telling `Progress`, then writing its pages' end times
CHILD = """
import json, sys, time
sys.path.insert(0, {root!r})
from benchmarks.lockstep import Progress
pages, seconds, out, code = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], int(sys.argv[4])
progress, ends = Progress(), []
for _ in range(pages):
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    progress.step()
    ends.append(time.perf_counter())
open(out, "w").write(json.dumps({{"ends": ends, "cpu": time.process_time()}}))
sys.exit(code)
"""


def _command(tmp_path, name, pages, seconds, code=0):
    return [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(pages), str(seconds), str(tmp_path / name),
            str(code)]


def test_the_process_behind_runs_so_both_keep_pace(tmp_path):
    # a cheap system (10 ms a page) and a dear one (40 ms a page), 20 pages each: one after the other, the cheap
    # one would end before the dear one began; in lockstep it ends only once the dear one is well on its way
    codes = run_lockstep({"cheap": _command(tmp_path, "cheap", 20, 0.01), "dear": _command(tmp_path, "dear", 20, 0.04)},
                         {"cheap": 20, "dear": 20}, slice_seconds=0.05)
    assert codes == {"cheap": 0, "dear": 0}
    cheap, dear = (json.loads((tmp_path / n).read_text()) for n in ("cheap", "dear"))
    assert len(cheap["ends"]) == len(dear["ends"]) == 20
    assert cheap["ends"][-1] > dear["ends"][9]          # the cheap one's last page after the dear one's tenth
    assert cheap["ends"][9] < dear["ends"][-1]          # and its tenth before the dear one's last


def test_exit_codes_are_returned_and_the_other_process_goes_on(tmp_path):
    codes = run_lockstep({"fails": _command(tmp_path, "fails", 2, 0.01, code=3),
                          "works": _command(tmp_path, "works", 10, 0.01)}, {"fails": 2, "works": 10})
    assert codes == {"fails": 3, "works": 0}
    assert len(json.loads((tmp_path / "works").read_text())["ends"]) == 10
