"""A press release's label standing alone goes by the page's language data (cleaners/lang ``release_label``;
cleaners/builtin/dom_service.py, rule release-label); the words inside a sentence or a longer line stay."""
from cleaners.builtin.dom_service import DomService
from tests.builtin._html import page, rules, run

BODY = {
    "ja": "<p>市は来月から、市内の全ての小学校で給食の食材に地元産の野菜を使う取り組みを始めると発表した。</p>",
    "th": "<p>กรุงเทพมหานครประกาศว่าจะเพิ่มรถโดยสารไฟฟ้าอีกห้าสิบคัน"
          "ในเส้นทางรอบเมืองภายในปีหน้า</p>",
    "de": "<p>Die Stadt baut bis zum Sommer drei neue Radwege entlang des Flusses, teilte das Bauamt mit.</p>",
}


def _release(label: str, language: str, where: str = "above") -> tuple:
    head = f"<p class='kicker'>{label}</p>" if where == "above" else ""
    foot = f"<div class='type'><span>{label}</span></div>" if where == "below" else ""
    html = page(f"<main><article>{head}<h1>Neue Radwege</h1>{BODY[language]}{foot}</article></main>")
    return run(DomService(), html, language=language)


def test_release_label_goes_in_japanese_and_thai():
    for label, language in (("報道発表資料", "ja"), ("ข่าวประชาสัมพันธ์", "th"), ("Pressemitteilung:", "de")):
        doc, text = _release(label, language)
        assert label.rstrip(":") not in text and "release-label" in rules(doc)


def test_release_label_under_the_release_goes():
    doc, text = _release("プレスリリース", "ja", where="below")
    assert "プレスリリース" not in text and BODY["ja"][3:20] in text


def test_release_words_in_a_sentence_or_a_longer_line_stay():
    for label in ("Pressemitteilung: neue Öffnungszeiten", "Die Pressemitteilung kam am Montag."):
        doc, text = _release(label, "de")
        assert label in text and "release-label" not in rules(doc)
    doc, text = _release("報道発表資料の一覧", "ja")
    assert "報道発表資料の一覧" in text
