"""A sign-up box's heading, sentence and button left between cut chrome after the story, in any language (rule
chrome-box, cleaners/builtin/_chrome_box.py, read by closing_label)."""
from cleaners.builtin.closing_label import ClosingLabel

from ..conftest import text_doc
from . import texts

STORY = ["Vijeće je u utorak odlučilo da će stari most preko kanala biti zamijenjen sljedeće godine, a radovi bi "
         "trebali trajati dvije godine.",
         "Gradonačelnik je rekao da će novi most imati zasebne staze za bicikliste i pješake te bolju rasvjetu."]
CHROME = "Podržite nas: 5 € · 10 € · 20 €"      # a line an earlier rule cut


def _run(lines: list[str], cut: list[str], language: str = "uz"):
    doc = text_doc("\n\n".join(lines), language=language)
    doc = doc.drop_blocks({i: ("test", "earlier-rule") for i, b in enumerate(doc.blocks) if b.text in cut})
    return ClosingLabel().clean(doc)


def _rules(doc):
    return [(r.rule, r.text) for r in doc.removed if r.cleaner == "closing_label"]


def test_a_heading_a_sentence_and_a_button_over_cut_chrome_go():
    box = ["Axborotnoma", "Kunning asosiy yangiliklari pochtangizda.", "Obuna bo'lish"]
    doc = _run(STORY + box + [CHROME], [CHROME])
    assert texts(doc) == STORY and _rules(doc) == [("chrome-box", t) for t in box]


def test_a_label_alone_between_cut_chrome_or_a_box_with_a_sentence_kept_after_it_stays():
    share = "Ulashish: Facebook · Telegram"
    doc = _run(STORY + [share, "Axborotnoma", CHROME], [CHROME, share])
    assert texts(doc) == STORY + ["Axborotnoma"]
    box = ["Axborotnoma", "Kunning asosiy yangiliklari pochtangizda.", "Obuna bo'lish"]
    doc = _run(STORY + box + [CHROME, "Ko'prik mart oyida ochiladi."], [CHROME])
    assert texts(doc) == STORY + box + ["Ko'prik mart oyida ochiladi."]


def test_names_steps_figures_a_lone_sentence_and_the_article_going_on_stay():
    names = ["Amela Kovač", "Haris Delić", "Selma Begović"]
    steps = ["Ogulite krompir.", "Dodajte luk i pržite.", "Poslužite toplo."]
    prices = ["Kafa 2,50 KM", "Burek 4,00 KM"]
    for lines in (names, steps, prices, ["Hvala vam na čitanju ove priče."],
                  ["Newsletter", "Kratka rečenica o mostu ovdje.", "Prijava"]):
        if lines[0] == "Newsletter":     # the article's prose going on under the box
            doc = _run(STORY + lines + [CHROME] + STORY[:1], [CHROME])
            assert texts(doc) == STORY + lines + STORY[:1]
            continue
        doc = _run(STORY + lines + [CHROME], [CHROME])
        assert texts(doc) == STORY + lines, lines
    doc = _run(STORY + ["Axborotnoma", "Kunning asosiy yangiliklari pochtangizda.", "Obuna"], [])   # nothing cut
    assert len(texts(doc)) == 5


def test_a_subheading_over_the_articles_short_last_paragraph_stays_before_cut_chrome():
    lines = ["Što slijedi", "Radovi počinju u ožujku sljedeće godine."]
    doc = _run(STORY + lines + [CHROME], [CHROME])
    assert texts(doc) == STORY + lines
    doc = _run(STORY + ["Axborotnoma", CHROME], [CHROME])      # a label alone under the story's prose
    assert texts(doc) == STORY + ["Axborotnoma"]
