"""A read-also line whose label points at its link with an arrow ("Read also -> <a>"), and the read-also labels of
Korean and Hebrew sites (cleaners/builtin/dom_widgets.py, rule headed-related; cleaners/lang related)."""
from cleaners.builtin.dom_boilerplate import DomBoilerplate
from tests.builtin._html import ARTICLE, page, run


def _cut(line: str, language: str) -> tuple[list[str], str]:
    doc, text = run(DomBoilerplate(), page(f"<main><article>{ARTICLE}{line}{ARTICLE}</article></main>"),
                    language=language)
    return [r.rule for r in doc.removed], text


def test_a_label_with_an_arrow_before_its_link_goes():
    for line, language in (("<div class='inline-link'>Read also \u2192 <a href='/n/1'>Night buses return to the "
                            "northern districts</a></div>", "en"),
                           ("<div class='inline-link'>\u3042\u308f\u305b\u3066\u8aad\u307f\u305f\u3044 \u2192 "
                            "<a href='/n/2'>\u5e02\u5f79\u6240\u3067\u591c\u9593\u30d0\u30b9\u304c\u5fa9\u6d3b</a>"
                            "</div>", "ja")):
        rules, text = _cut(line, language)
        assert rules == ["headed-related"] and "\u2192" not in text


def test_korean_and_hebrew_read_also_labels_go():
    for line, language in (("<p><strong>\ud568\uaed8 \uc77d\uc73c\uba74 \uc88b\uc740 \uae30\uc0ac:</strong> <a "
                            "href='/n/3'>\uad70\ub0b4\ubc84\uc2a4 \ub178\uc120\uc774 \uc0c8\ub85c \ubc14\ub01d\ub2c8"
                            "\ub2e4</a></p>", "ko"),
                           ("<p><strong>\u05e2\u05d5\u05d3 \u05d1\u05d0\u05ea\u05e8:</strong> <a href='/n/4'>\u05d4"
                            "\u05ea\u05dc\u05de\u05d9\u05d3\u05d9\u05dd \u05d7\u05d6\u05e8\u05d5 \u05dc\u05d1\u05d9"
                            "\u05ea \u05d4\u05e1\u05e4\u05e8</a></p>", "he")):
        rules, _ = _cut(line, language)
        assert rules == ["headed-related"]


def test_an_arrow_in_a_sentence_and_a_linked_sentence_stay():
    line = ("<p>Prices went from 3 euros \u2192 <a href='/fares'>4 euros a ride after the March decision</a> "
            "and riders noticed at once.</p><p>See the <a href='/map'>map of the new night routes</a>.</p>")
    rules, text = _cut(line, "en")
    assert rules == [] and "3 euros" in text and "map of the new night routes" in text
