"""Share buttons whose phrases differ after one particle, in a script without spaces ("LINEで送る Facebookでシェア"),
are a framed share row (cleaners/builtin/_share_row.py, rule framed-share-row)."""
from cleaners.builtin._share_row import framed_row
from cleaners.pipeline import Pipeline

JA = ["札幌市は、高齢者の住宅周辺で除雪作業を行うボランティアに対し、今冬から交通費を支給すると発表した。",
      "支給額は一回あたり千円で、市内の大学や企業にも協力を呼びかける。"]


def test_buttons_of_one_particle_and_different_verbs_are_a_share_row():
    assert framed_row("LINEで送る Facebookでシェア はてなブックマーク") and framed_row("LINEで送る Xでポスト")
    rec = Pipeline().record(Pipeline().document("a.txt", "\n\n".join(
        [JA[0], "LINEで送る Facebookでシェア はてなブックマーク", JA[1]]).encode(), "text"))
    assert rec["body"].split("\n\n") == JA
    assert "framed-share-row" in [r["rule"] for r in rec["removed"]]


def test_a_sentence_naming_two_networks_stays():
    assert not framed_row("LINEで話題になりFacebookで拡散した")
    assert not framed_row("LINEで送る、Facebookでシェアする人が増えた。")
    assert not framed_row("Facebookでシェア")       # one network
