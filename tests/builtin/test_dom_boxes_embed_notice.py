"""dom_boxes ``consent-placeholder`` in the languages' own words (``embed_notice``): an embed's notice that
names external or third-party content, or cookies in the page's language, over one or two buttons."""
import pytest

from cleaners.builtin.dom_boxes import DomBoxes

from ._html import ARTICLE, page, rules, run

NOTICES = {
    "de": ("An dieser Stelle finden Sie einen externen Inhalt von YouTube, der den Artikel ergänzt.",
           "Inhalt anzeigen"),
    "fr": ("Ce contenu externe est proposé par une plateforme vidéo. Acceptez-vous de l'afficher ?", "Afficher"),
    "ja": ("この記事には外部コンテンツが含まれています。表示するには同意してください。", "表示する"),
    "ko": ("이 영상은 외부 콘텐츠입니다. 보려면 동의 버튼을 누르세요.", "동의"),
    "tr": ("Bu içeriği görmek için üçüncü taraf içerik ayarlarını kabul etmeniz gerekir.", "Kabul et"),
    "ar": ("يحتوي هذا القسم على محتوى خارجي من منصة فيديو. اضغط للعرض.", "عرض"),
    "he": ("כאן מופיע תוכן חיצוני מרשת חברתית. כדי לצפות בו יש לאשר.", "הצג"),
    "hi": ("यहां बाहरी सामग्री है। इसे देखने के लिए अनुमति दें।", "देखें"),
    "zh": ("此处包含第三方内容。如需查看，请点击下方按钮。", "显示内容"),
    "en": ("This is external content from a video platform. Load it to watch.", "Load video"),
}


@pytest.mark.parametrize("code", sorted(NOTICES))
def test_an_embeds_notice_in_the_pages_language_goes(code):
    notice, button = NOTICES[code]
    box = f"<div class='css-7f6e5d'><p>{notice}</p><button type='button'>{button}</button></div>"
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{box}{ARTICLE}</div></article>"),
                    language=code)
    assert notice[:12] not in text and "night bus" in text
    assert rules(doc) == ["consent-placeholder"]


def test_a_sentence_on_external_content_without_a_button_and_a_headed_box_stay():
    told = "<p>Der Bericht nennt externe Inhalte als Risiko für die Datensicherheit der Behörde.</p>"
    headed = ("<div class='box'><h3>Externer Inhalt</h3><p>Die Behörde prüft externe Inhalte seit März.</p>"
              "<button>Mehr</button></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{told}{headed}</div></article>"),
                    language="de")
    assert "als Risiko" in text and "prüft externe Inhalte" in text and doc.removed == ()


def test_an_empty_icon_button_beside_a_notice_is_no_error():
    box = ("<div class='css-7f6e5d'><p>Hier steht ein externer Inhalt von einer Videoplattform.</p>"
           "<button aria-label='Schließen'></button><button type='button'>Inhalt anzeigen</button></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{box}{ARTICLE}</div></article>"),
                    language="de")
    assert "Videoplattform" not in text and rules(doc) == ["consent-placeholder"]
