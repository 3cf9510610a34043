"""Share buttons whose phrases differ after one particle, in a script without spaces ("LINEで送る Facebookでシェア"),
are a framed share row (cleaners/builtin/_share_row.py, rule framed-share-row)."""
from cleaners import lang
from cleaners.builtin._share_row import framed_row
from cleaners.pipeline import Pipeline

SHARE = frozenset(lang.words("share", ("ja",)))

JA = ["札幌市は、高齢者の住宅周辺で除雪作業を行うボランティアに対し、今冬から交通費を支給すると発表した。",
      "支給額は一回あたり千円で、市内の大学や企業にも協力を呼びかける。"]


def test_buttons_of_one_particle_and_different_verbs_are_a_share_row():
    assert framed_row("LINEで送る Facebookでシェア はてなブックマーク", SHARE) and framed_row("LINEで送る Xでポスト", SHARE)
    rec = Pipeline().record(Pipeline().document("a.txt", "\n\n".join(
        [JA[0], "LINEで送る Facebookでシェア はてなブックマーク", JA[1]]).encode(), "text"))
    assert rec["body"].split("\n\n") == JA
    assert "framed-share-row" in [r["rule"] for r in rec["removed"]]


def test_a_sentence_naming_two_networks_stays():
    assert not framed_row("LINEで話題になりFacebookで拡散した", SHARE)
    assert not framed_row("LINEで送る、Facebookでシェアする人が増えた。", SHARE)
    assert not framed_row("Facebookでシェア", SHARE)       # one network


def test_networks_each_with_a_noun_after_one_particle_are_no_buttons():
    assert not framed_row("LINEで友達 Facebookで家族", SHARE)       # no share word among the phrases
    assert framed_row("LINEで友達 Facebookで共有", SHARE)
