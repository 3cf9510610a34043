"""Rule `scrambled-text` of layout (cleaners/builtin/_scrambled.py): a paragraph a paywall shipped with its letters
shifted reads as no language and goes; prose, an English quote in a German article, lists of names stay."""
import pytest

from cleaners.builtin._scrambled import scrambled
from cleaners.builtin.layout import Layout

from ..conftest import run_cleaner
from . import cuts, texts

DE = ["Der Stadtrat hat am Donnerstagabend mit knapper Mehrheit ein neues Konzept für den Busverkehr beschlossen.",
      "Die Kosten von rund vier Millionen Euro will die Stadt zum Teil über höhere Parkgebühren in der Innenstadt decken.",
      "Viele Menschen hätten das Auto stehen lassen, sobald das Angebot verlässlich gewesen sei, sagte der Dezernent."]
PL = ["Rada miasta przyjęła we wtorek budżet na przyszły rok, a opozycja krytykowała brak inwestycji w komunikację.",
      "W nocy w hali magazynowej na obrzeżach miasta wybuchł pożar, nikt nie został ranny, ale straty są bardzo duże."]


def _shifted(text: str) -> str:
    return "".join(chr(ord(c) + 1) if c.isalpha() else c for c in text)


@pytest.mark.parametrize("body, language", [(DE, "de"), (PL, "pl")])
def test_a_shifted_paragraph_goes(body, language):
    locked = _shifted(body[-1])
    doc = run_cleaner(Layout, "\n\n".join(body + [locked]), language=language)
    assert texts(doc) == body and cuts(doc, "layout") == [("scrambled-text", locked)]


@pytest.mark.parametrize("text", [
    "We never expected the council to move this fast, and we are still waiting for the details of the plan.",
    "Müller Neuer Kimmich Goretzka Musiala Sané Gnabry Havertz Wirtz Füllkrug Kane Davies Upamecano Tah",
    "Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden",
    "Kurz notiert",
])
def test_prose_of_another_language_and_lists_of_names_stay(text):
    assert not scrambled(text, ("de",))
    doc = run_cleaner(Layout, "\n\n".join(DE + [text]), language="de")
    assert texts(doc) == DE + [text]


def test_a_language_without_stop_words_gives_no_verdict():
    assert not scrambled(_shifted("这一发现有助于改善圈养大熊猫的饲养方式 研究人员发现 它们的肠道菌群会随着季节发生变化 " * 3), ("zh",))


def test_prose_of_a_language_without_stop_words_in_a_document_of_another_stays():
    """An Uzbek paragraph (no stop-word list) in a document read as Turkish: the identifier names its language,
    which is no verdict of scrambling."""
    uz = ("Toshkent shahar hokimligi yer usti metrosining yangi uchastkasida to'rtta bekat qurilishi boshlanganini "
          "ma'lum qildi va yangi yo'nalish shaharning janubiy tumanlarini markaz bilan bog'laydi.")
    assert not scrambled(uz, ("tr",))


def test_a_line_that_is_an_address_alone_goes_and_an_address_in_a_sentence_stays():
    links = ["1. https://news.example.org/region/1", "https://news.example.org/tag/rail", "[3] www.example.org/x"]
    sentence = "The plans are online at https://city.example.org/plan until the end of May, the council said."
    doc = run_cleaner(Layout, "\n\n".join(DE + [sentence] + links), language="de")
    assert texts(doc) == DE + [sentence] and [r for r, _ in cuts(doc, "layout")] == ["url-line"] * 3


def test_an_address_alone_in_an_html_pages_article_stays():
    from cleaners.pipeline import Pipeline
    paragraphs = "".join(f"<p>{p}</p>" for p in DE[:2]) + "<p>https://city.example.org/plan</p>" + f"<p>{DE[2]}</p>"
    page = f"<html lang='de'><body><article><h1>Busverkehr</h1>{paragraphs}</article></body></html>"
    pipeline = Pipeline()
    assert "https://city.example.org/plan" in pipeline.record(pipeline.document("p.html", page.encode(), "html"))["body"]


@pytest.mark.parametrize("line, language", [
    ("Palmer (1-0): Tolson 25 points. Davies 17 points. Burke 10 points. Bozic 10 points. Lang 5 points. Moore 3.",
     "en"),
    ("Lyon : Dubois 12 buts, Martin 9 buts, Petit 7 buts, Roux 4 buts, Blanc 2 buts, Morel 3 buts.", "de"),
    ("Wisła: Kowal 3 gole, Nowak 2 gole, Wójcik 2 gole, Zając 1 gol, Mazur 1 gol, Krawiec 1 gol.", "pl"),
])
def test_a_line_of_scores_that_repeats_its_unit_stays(line, language):
    """Names with one repeated lower-case unit read as a list of names, not as prose without stop words."""
    assert not scrambled(line, (language,))
    body = PL if language == "pl" else DE
    doc = run_cleaner(Layout, "\n\n".join(body + [line]), language=language)
    assert texts(doc) == body + [line]


@pytest.mark.parametrize("line, language", [
    ("Tomato cucumber salad (½ cup cherry tomatoes, ½ cup cucumber slices, ¼ cup feta, 1 tbsp. balsamic vinegar)",
     "en"),
    ("Recovery shake, 1 cup blueberries, 2 whole-grain rice cakes, 1 tsp. nut butter, 8 oz. unsweetened almond milk",
     "en"),
    ("Insalata pomodori (½ tazza pomodorini, ½ tazza cetrioli, ¼ tazza feta, 1 cucchiaio aceto balsamico)", "it"),
    ("Sałatka pomidorowa (½ szklanki pomidorków koktajlowych, ½ szklanki ogórka, ¼ szklanki fety, 1 łyżka octu)", "pl"),
])
def test_a_list_of_items_in_the_documents_language_stays(line, language):
    """A recipe's or a meal plan's line has no stop words, but the language identifier reads the document's language
    in it (a shifted text reads as no language)."""
    assert not scrambled(line, (language,))
