"""Key-points boxes and audio players' bars set in an article (cleaners/builtin/dom_boxes.py)."""
from cleaners.builtin.dom_boxes import DomBoxes

from ._html import ARTICLE, page, rules, run

POINTS = ("<li>The night buses reach the northern districts from March.</li>"
          "<li>The service costs about two million a year.</li><li>Shift workers had petitioned for a year.</li>")


def test_a_key_points_box_over_the_article_goes():
    box = f"<div class='css-1x2y3z e1ab0'><h2 class='css-9k8j7h'>Key points</h2><ul>{POINTS}</ul></div>"
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{box}{ARTICLE}</div></article>"))
    assert "Key points" not in text and "two million a year." not in text and "night bus service" in text
    assert rules(doc) == ["key-points-box"]


def test_a_key_points_box_in_another_language_goes_with_its_wrappers():
    box = (f"<div class='wp-block-group is-layout-flow'><div class='wp-block-group__inner'><p><strong>Главное:"
           f"</strong></p><ul>{POINTS}</ul></div></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{box}{ARTICLE}</div></article>"),
                    language="ru")
    assert "Главное" not in text and "petitioned" not in text and rules(doc) == ["key-points-box"]


def test_a_summary_heading_over_the_articles_own_list_stays():
    flow = f"<article><div class='body'>{ARTICLE}<h2>Summary</h2><ul>{POINTS}</ul>{ARTICLE}</div></article>"
    doc, text = run(DomBoxes(), page(flow))
    assert "Summary" in text and "petitioned" in text and doc.removed == ()


def test_a_box_of_linked_headlines_under_such_a_label_and_a_box_with_more_text_stay():
    links = "".join(f"<li><a href='/s{k}'>Story number {k} about the city budget</a></li>" for k in range(3))
    linked = f"<div class='x'><h3>Key points</h3><ul>{links}</ul></div>"
    more = f"<div class='y'><h3>Key points</h3><ul>{POINTS}</ul><p>And a paragraph of the box's own.</p></div>"
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{linked}{more}</div></article>"))
    assert "Story number 1" in text and "box's own" in text and doc.removed == ()


def test_an_audio_players_bar_goes_whatever_its_words():
    bar = ("<div class='css-4f5g6h'><button aria-label='Play'></button><span>Artikel anhören</span>"
           "<span>6 min</span><audio src='/a.mp3'></audio></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{bar}{ARTICLE}</div></article>"))
    assert "anhören" not in text and "6 min" not in text and "night bus" in text
    assert rules(doc) == ["audio-bar"]


def test_a_player_under_a_caption_in_sentences_or_in_a_paragraph_stays():
    figure = ("<figure><audio src='/i.mp3'></audio><figcaption>The mayor explains the plan.</figcaption></figure>")
    para = "<p>Hear the interview <audio src='/j.mp3'></audio> here.</p>"
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{figure}{ARTICLE}{para}</div></article>"))
    assert "explains the plan" in text and "Hear the interview" in text and doc.removed == ()


def test_an_embeds_consent_placeholder_goes():
    box = ("<div class='css-8h7g6f'><p>This post is hosted by a social network. To see it, allow its cookies.</p>"
           "<button type='button'>Show post</button></div>")
    ru = ("<div class='x'><div><p>Видео размещено на внешнем сервисе. Чтобы посмотреть его, примите файлы cookie.</p>"
          "</div><button>Показать</button><button>Настройки</button></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{box}{ru}{ARTICLE}</div></article>"),
                    language="ru")
    assert "social network" not in text and "Show post" not in text and "Видео" not in text and "night bus" in text
    assert rules(doc) == ["consent-placeholder"] * 2


def test_a_recipe_card_a_sentence_about_cookies_and_a_disclosure_control_stay():
    recipe = ("<div class='card'><h3>Oat cookies</h3><p>These cookies keep for a week in a tin.</p>"
              "<button>Print</button></div>")
    told = "<p>The court said the site set cookies before its readers agreed to them.</p>"
    control = ("<div class='faq'><button aria-expanded='false'>Cookies?</button><p>The site sets no cookies at all."
               "</p></div>")
    doc, text = run(DomBoxes(), page(f"<article><div class='body'>{ARTICLE}{recipe}{told}{control}</div></article>"))
    assert "Oat cookies" in text and "before its readers" in text and "sets no cookies" in text
    assert doc.removed == ()
