import hashlib
import json

from benchmarks import extractor_choice as ec

ARTICLE = "the council voted on tuesday to rebuild the old harbour wall before the winter storms came"
MENU = "home news sport weather contact us subscribe now for the daily newsletter today"


def test_folds_follow_md5_halves():
    for page in ("1", "R229", "T97", "abc"):
        expected = "D" if int(hashlib.md5(page.encode()).hexdigest(), 16) % 2 == 0 else "C"
        assert ec.fold(page) == expected
    assert {ec.fold(str(n)) for n in range(20)} == {"C", "D"}


def test_oracle_takes_the_best_text_of_each_page():
    truth = {"a": ARTICLE, "b": ARTICLE}
    texts = {"corpus": {"a": ARTICLE, "b": ARTICLE + " " + MENU},
             "trafilatura": {"a": ARTICLE + " " + MENU, "b": ARTICLE}}
    out = ec.evaluate(truth, texts, ["a", "b"])
    assert out["corpus"]["f1"] < 1.0 and out["trafilatura"]["f1"] < 1.0
    assert out["oracle:corpus+trafilatura"]["f1"] == 1.0


def test_oracle_never_below_corpus_and_selectors_report_switches():
    truth = {"a": ARTICLE}
    texts = {"corpus": {"a": MENU}, "trafilatura": {"a": ARTICLE}, "readability": {"a": ARTICLE}}
    out = ec.evaluate(truth, texts, ["a"], ["others-agree", "medoid"])
    assert out["oracle:corpus+trafilatura+readability"]["f1"] >= out["corpus"]["f1"]
    # the two others agree and corpus agrees with neither: switched
    assert out["selector:others-agree"]["switched"] == ["a"]
    assert out["selector:others-agree"]["f1"] == 1.0
    assert out["selector:medoid"]["switched"] == ["a"]


def test_selectors_keep_corpus_when_it_agrees():
    texts = {"corpus": ARTICLE, "trafilatura": ARTICLE + " " + MENU, "readability": ARTICLE}
    assert ec.others_agree(texts) == "corpus"
    assert ec.medoid(texts) == "corpus"
    # the others disagree with each other: nothing to go by
    assert ec.others_agree({"corpus": MENU, "trafilatura": ARTICLE, "readability": "unrelated words of a sidebar box"}) == "corpus"


def test_main_reads_both_save_formats(tmp_path, capsys):
    data = tmp_path / "set"
    data.mkdir()
    pages = [str(n) for n in range(1, 40) if not ec.held_out(str(n))][:6]
    (data / "ground-truth.json").write_text(json.dumps({p: {"articleBody": ARTICLE} for p in pages}))
    dragnet = {"corpus": {p: {"body": ARTICLE, "comments": ""} for p in pages},
               "trafilatura": {p: {"body": MENU} for p in pages}, "stage_seconds": {}}
    saved = tmp_path / "saved.json"
    saved.write_text(json.dumps(dragnet))
    assert ec.main([str(saved), "--data", str(data), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["tuning"]["pages"] == len(pages)
    assert result["tuning"]["corpus"]["f1"] == 1.0 and result["tuning"]["trafilatura"]["f1"] == 0.0
    assert "readability" not in result["tuning"]
    flat = {"corpus": {p: MENU for p in pages}, "trafilatura": {p: ARTICLE for p in pages},
            "readability": {p: ARTICLE for p in pages}}
    saved.write_text(json.dumps(flat))
    assert ec.main([str(saved), "--data", str(data), "--set", "scrapinghub", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["tuning"]["oracle:corpus+trafilatura+readability"]["f1"] == 1.0
    assert result["C"]["pages"] + result["D"]["pages"] == len(pages)
