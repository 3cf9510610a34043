"""calls_to_action ``more-news``: a call sending the reader to more of the site's news (cleaners/lang
``more_news`` and ``more_news_call``), in several languages and shapes; sentences about the news stay.
Also the share calls and network names added with it (lt ``share_call``, Urdu and other scripts in
`_networks`)."""
import pytest

from cleaners import lang
from cleaners.builtin._more_news import more_news
from cleaners.builtin._networks import NETWORKS, SOCIAL_SITE
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner, text_doc
from . import SENTENCES, cuts, texts

BODY = {**SENTENCES,
        "hr": "Spasioci su do poplavljenog sela stigli tek u utorak u zoru, priopćile su vlasti u županiji.",
        "lt": "Gelbėtojai iki užlieto kaimo nusigavo tik antradienį auštant, pranešė rajono valdžia.",
        "sw": "Waokoaji walifika katika kijiji kilichofurika alfajiri ya Jumanne, maafisa wa mkoa walisema.",
        "ur": "امدادی ٹیمیں منگل کی صبح سیلاب زدہ گاؤں تک پہنچیں، ضلعی حکام نے بتایا کہ تمام رہائشیوں کو نکال لیا گیا ہے۔"}


@pytest.mark.parametrize("language,line", [
    ("en", "Get all the latest stories from the valley here"),
    ("en", "For more local headlines, visit our homepage"),
    ("en", "Find more news from your county on our website."),
    ("de", "Alle Meldungen aus dem Landkreis lesen Sie hier"),
    ("de", "Weitere Nachrichten aus Ihrer Stadt finden Sie hier."),
    ("ru", "Все новости района читайте на нашем сайте."),
    ("fr", "Toutes les infos de votre département sont à lire ici"),
    ("fr", "Découvrez toute l'actu du Finistère sur notre site"),
    ("es", "Consulta aquí las últimas noticias de tu provincia"),
    ("pt", "Acompanhe aqui as últimas notícias do seu concelho"),
    ("it", "Leggi tutte le notizie della tua provincia qui"),
    ("ru", "Свежие новости региона читайте на нашем сайте"),
    ("pl", "Najświeższe wiadomości z Twojego powiatu znajdziesz tutaj"),
    ("tr", "Şehrinizden son dakika haberleri için tıklayın"),
    ("hr", "Najnovije vijesti iz Splita pratite ovdje"),
    ("lt", "Daugiau regiono naujienų rasite čia"),
    ("sw", "Pata habari zaidi za mkoa wako hapa"),
    ("ur", "تازہ ترین خبریں یہاں پڑھیں"),
])
def test_a_call_to_read_more_of_the_sites_news_goes(language, line):
    body = BODY[language]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{line}\n\n{body}", language=language)
    assert texts(doc) == [body, body] and cuts(doc, "calls_to_action") == [("more-news", line)]


@pytest.mark.parametrize("language,line", [
    ("de", "Mehr Nachrichten aus der Region erreichten die Redaktion am Montag."),     # no call
    ("en", "All the news from the region was grim, the reporter wrote."),            # no call, reported
    ("en", "All the news from the region was grim"),                                 # no call
    ("en", "The latest news from the coast is not good here."),                      # "here" alone ends a sentence
    ("en", "Rescuers at the camp see all the latest news on their phones"),          # the call inside the line
    ("en", "Read all the news from the valley and you will see that the flood cost the farms their harvest."),
    ("fr", "Toute l'actualité de la région était sombre ici."),                      # "ici" alone ends a sentence
    ("es", "Aquí las últimas noticias fueron malas para el equipo local."),          # "aquí" alone opens a sentence
    ("fr", "\u00ab Retrouvez toute l'actualité de votre région ici \u00bb"),          # quoted
    ("ru", "Все новости из региона в тот день были тревожными."),                    # no call
    ("tr", "Bölgeden gelen tüm haberler kötüydü."),                                  # no call
])
def test_a_sentence_that_mentions_the_news_stays(language, line):
    body = BODY[language]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{line}", language=language)
    assert texts(doc) == [body, line] and doc.removed == ()


@pytest.mark.parametrize("shaped", [
    "LISEZ TOUTES LES ACTUALITÉS DE LA VILLE ICI",
    "**Lisez toutes les actualités de la ville ici**",
    "[Lisez toutes les actualités de la ville ici](https://example.org/ville)",
    "<a href=\"https://example.org/ville\">Lisez toutes les actualités de la ville ici</a>",
    "\u2192 Lisez toutes les actualités de la ville ici",
    "Lisez toutes les actualités de la ville ici \u00bb",
    "Lisez toutes les actualités de la ville ici :",
])
def test_the_call_goes_in_every_shape(pipeline, shaped):
    body = BODY["fr"]
    doc = pipeline.process(text_doc(f"{body}\n\n{shaped}\n\n{body}", language="fr"))
    assert [b.text for b in doc.blocks] == [body, body]
    assert [r.rule for r in doc.removed if r.cleaner == "calls_to_action"] == ["more-news"]


def test_a_long_line_is_prose_not_a_call():
    line = ("Read all the latest news from the valley, where the river rose two metres overnight and "
            "the farmers lost their harvest here")
    assert not more_news(line, ("en",))


def test_every_language_has_the_two_lists_or_leaves_both_empty():
    for code in lang.available():
        news, calls = lang.load(code)["more_news"], lang.load(code)["more_news_call"]
        assert bool(news) == bool(calls), code


@pytest.mark.parametrize("line", ["Pasidalykite šiuo straipsniu su draugais", "Pasidalykite straipsniu!"])
def test_a_lithuanian_share_call_goes(line):
    body = BODY["lt"]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{line}", language="lt")
    assert texts(doc) == [body] and cuts(doc, "calls_to_action") == [("share", line)]


def test_a_lithuanian_sentence_on_sharing_stays():
    line = "Pasidalykite šiuo straipsniu su draugais, ragino ministras per spaudos konferenciją, kurioje kalbėjo apie potvynį."
    body = BODY["lt"]
    doc = run_cleaner(CallsToAction, f"{body}\n\n{line}", language="lt")
    assert texts(doc) == [body, line] and doc.removed == ()


@pytest.mark.parametrize("name", ["فیس بک", "ٹوئٹر", "یوٹیوب", "واٹس ایپ", "انسٹاگرام", "ফেসবুক", "твиттер", "フェイスブック"])
def test_network_names_in_other_scripts_are_networks(name):
    assert name in NETWORKS and SOCIAL_SITE.search(f"x {name} x")


def test_an_urdu_share_row_goes_and_an_urdu_sentence_naming_networks_stays():
    row = "فیس بک | ٹوئٹر | واٹس ایپ"
    sentence = "حکومت نے فیس بک اور ٹوئٹر پر پابندی کا اعلان کیا، وزیر نے کہا کہ فیصلہ عارضی ہے۔"
    doc = run_cleaner(Navigation, f"{BODY['ur']}\n\n{row}\n\n{sentence}", language="ur")
    assert texts(doc) == [BODY["ur"], sentence] and [r.text for r in doc.removed] == [row]
