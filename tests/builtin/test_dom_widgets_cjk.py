"""A related label and one headline link in Chinese or Japanese (cleaners/builtin/dom_widgets.py, rule
headed-related): the label ends in a full-width colon, the headline is short in characters."""
import pytest

from cleaners.builtin.dom_boilerplate import DomBoilerplate

from ._html import page, rules, run

TEXT = {"ja": ("<p>市は来年度から、市内の公立小学校すべてに給食の無償化を導入すると発表した。対象となる児童はおよそ三千人で、"
               "年間の費用は約五億円に上る見込みだ。</p>"),
        "zh": ("<p>市政府日前宣布，将在年底前新建二十个社区养老服务中心，为老年人提供日间照料、助餐和康复服务。"
               "首批中心预计于明年春季投入使用。</p>")}
LABEL = {"ja": "あわせて読みたい：", "zh": "延伸阅读："}
HEADLINE = {"ja": "市役所で停電", "zh": "地铁新线路下月开通"}


@pytest.mark.parametrize("code", ["ja", "zh"])
@pytest.mark.parametrize("markup", ["<p><strong>{label}</strong> <a href='/n/1'>{title}</a></p>",
                                    "<p><b>{label}</b><a href='/n/1'>{title}</a></p>",
                                    "<p>{label} <a href='/n/1'>{title}</a></p>"])
def test_a_cjk_related_label_and_one_short_headline_link_go(code, markup):
    box = markup.format(label=LABEL[code], title=HEADLINE[code])
    doc, text = run(DomBoilerplate(), page(f"<article>{TEXT[code]}{box}{TEXT[code]}</article>"), language=code)
    assert HEADLINE[code] not in text and LABEL[code] not in text and text.count(TEXT[code][3:12]) == 2
    assert rules(doc) == ["headed-related"] and doc.metadata["related"][0]["url"] == "/n/1"


@pytest.mark.parametrize("code, sentence", [
    ("ja", "<p><strong>あわせて読みたい：</strong>市は今後、<a href='/n/1'>中学校への拡大</a>についても検討を進めるとしている。</p>"),
    ("zh", "<p><strong>延伸阅读：</strong>市政府表示，将通过<a href='/n/1'>培训补贴</a>等方式吸引更多年轻人从事养老护理工作。</p>")])
def test_a_cjk_related_label_before_running_text_with_a_link_stays(code, sentence):
    doc, text = run(DomBoilerplate(), page(f"<article>{TEXT[code]}{sentence}{TEXT[code]}</article>"), language=code)
    assert ("中学校への拡大" if code == "ja" else "培训补贴") in text and rules(doc) == []
