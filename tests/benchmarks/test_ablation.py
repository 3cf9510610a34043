import hashlib

from benchmarks.ablation import FULL, deltas, fold, rule_costs, suspect, table


def _scores(d_f1, c_f1, sh_f1, d_r=0.9, c_r=0.9, sh_r=0.9, pages=None):
    part = lambda f1, r: {"body": {"f1": f1, "recall": r}, "comments": {"f1": 0.8}}  # noqa: E731
    return {"D": part(d_f1, d_r), "C": part(c_f1, c_r), "SH": {"body": {"f1": sh_f1, "recall": sh_r}},
            "D_pages": pages or {"a": 0.9, "b": 0.8}}


def test_fold_is_the_md5_parity():
    for page in ("R12", "T7", "417", "abc"):
        expected = "D" if int(hashlib.md5(page.encode()).hexdigest(), 16) % 2 == 0 else "C"
        assert fold(page) == expected
    assert {fold(str(n)) for n in range(40)} == {"C", "D"}


def test_deltas_are_variant_minus_full_chain_and_count_changed_fold_d_pages():
    base = _scores(0.90, 0.92, 0.95)
    off = _scores(0.91, 0.915, 0.95, d_r=0.95, pages={"a": 0.9, "b": 0.85})
    d = deltas(base, off)
    assert round(d["D_f1"], 6) == 0.01 and round(d["C_f1"], 6) == -0.005 and d["SH_f1"] == 0
    assert round(d["D_r"], 6) == 0.05 and d["C_r"] == 0
    assert d["D_changed"] == 1


def test_suspect_when_off_gains_on_both_folds():
    assert suspect({"D_f1": 0.002, "C_f1": 0.001, "SH_f1": -0.003, "D_r": 0, "C_r": 0, "SH_r": 0})


def test_no_suspect_when_one_fold_loses():
    assert not suspect({"D_f1": 0.002, "C_f1": -0.001, "SH_f1": 0.0, "D_r": 0.01, "C_r": 0, "SH_r": 0})


def test_neutral_component_costing_gold_words_is_suspect_unless_scrapinghub_needs_it():
    neutral = {"D_f1": 0.0, "C_f1": 0.0, "D_r": 0.001, "C_r": 0.0, "SH_r": 0.0}
    assert suspect({**neutral, "SH_f1": 0.0})
    assert not suspect({**neutral, "SH_f1": -0.003})
    assert not suspect({**neutral, "SH_f1": 0.0, "D_r": 0.0})      # neutral and costs nothing: kept


def test_table_keeps_chain_order_and_skips_variants_not_run():
    results = {FULL: _scores(0.9, 0.9, 0.9), "b": _scores(0.8, 0.9, 0.9), "a": _scores(0.9, 0.9, 0.9)}
    rows = table(results, [("a", "text"), ("b", "html"), ("c", "text")])
    assert [r["cleaner"] for r in rows] == ["a", "b"]
    assert rows[1]["scope"] == "html" and rows[1]["D_f1"] < 0


def test_rule_costs_count_gold_text_the_body_lacks():
    truth = {"p": {"articleBody": "the quick brown fox jumps over the lazy dog today"}}
    ours = {"p": {"body": "the quick brown fox jumps", "removed": [
        ("x", "cut-gold", "over the lazy dog today"), ("y", "cut-chrome", "share this story on every network")]}}
    costs = rule_costs(truth, ours, ["p"])
    assert costs["x/cut-gold"][0] == 1 and costs["x/cut-gold"][2] == 2     # its two shingles are gold
    assert costs["y/cut-chrome"] == [1, 3, 0]
