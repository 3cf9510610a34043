"""Breadcrumb trails and share rows of text and markdown exports (cleaners/builtin/navigation.py)."""
import pytest

from cleaners.builtin.navigation import Navigation, crumbs

from ..conftest import run_cleaner
from . import cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,language,section", [
    ("Home > World > Europe", "en", "World"),
    ("Home / News / …", "en", "News"),
    ("[Home](/) › [World](/world) › [Europe](/world/europe)", "en", "World"),
    ("Startseite » Politik » Ausland", "de", "Politik"),
    ("Accueil > Monde > Europe", "fr", "Monde"),
    ("Inicio > Internacional", "es", "Internacional"),
    ("Главная / Новости / Политика", "ru", "Новости"),
    ("[Politik](/politik) > [Ausland](/politik/ausland)", "de", "Politik"),   # every crumb a link
])
def test_breadcrumbs_are_removed_and_give_the_section(line, language, section):
    doc = run_cleaner(Navigation, f"{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("breadcrumb", line)]
    assert doc.metadata["section"] == section


@pytest.mark.parametrize("line,language", [
    ("Input / Output / Storage", "en"),                 # no home page, no links
    ("Speed > 100 km/h on the new line", "en"),
    ("Small Farms / Big Data", "en"),
    ("Rock > Paper > Scissors", "en"),                  # a headline with ">": no home page, no links
    ("Startseite > Politik", "fr"),                     # another language's home word
    ("Home is where the heart is / a song by the band", "en"),
])
def test_lines_with_separators_that_are_no_trail_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Share: [Facebook](https://facebook.example/s) [Twitter](https://twitter.example/s)", "en"),
    ("Share this article Facebook Twitter WhatsApp Email", "en"),
    ("[Facebook](https://f.example) | [X](https://x.example) | [LinkedIn](https://l.example)", "en"),
    ("Teilen: Facebook · X · E-Mail", "de"),
    ("Partager sur Facebook, Twitter, LinkedIn", "fr"),
    ("Compartir en Facebook | Twitter | WhatsApp", "es"),
    ("Udostępnij: [Facebook](https://f.example) [Twitter](https://t.example)", "pl"),
    ("**Share:** [Facebook](https://f.example)", "en"),
    ("Chia sẻ: Zalo | Facebook", "vi"),                 # Zalo, the Vietnamese network, among the names
    ("שתפו: פייסבוק | וואטסאפ | טוויטר", "he"),          # the Hebrew names of the networks
    ("اشتراک‌گذاری: تلگرام | واتساپ | ایکس", "fa"),       # the Persian names
    ("शेयर करें: फेसबुक | व्हाट्सएप | एक्स", "hi"),        # the Hindi names
    ("Chia sẻ: KakaoTalk | Email | Naver", "vi"),        # the Korean messengers and portals in Latin letters
    ("Share: QQ | Douban | Snapchat", "en"),
])
def test_share_rows_are_removed(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("share-row", line)]


@pytest.mark.parametrize("line", [
    "Facebook and Twitter were fined by the regulator",
    "Zalo và Facebook bị phạt vì vi phạm quy định",     # the names in a sentence
    "Share prices fell 3% on Tuesday",
    "Email",                                        # one target and no label: another cleaner's call
    "Print and online editions merged last year",
    "Kakao and Naver were fined by the regulator",    # Korean portals named in a sentence
])
def test_sentences_that_name_networks_stay(line):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language="en")
    assert line in texts(doc) and doc.removed == ()


def test_crumbs():
    assert crumbs("Home > World > Europe") == (["Home", "World", "Europe"], False)
    assert crumbs("[Home](/) > [World](/w)") == (["Home", "World"], True)
    assert crumbs("Home > The minister said the talks would resume.") is None
    assert crumbs("No separator here") is None


@pytest.mark.parametrize("line,language,rule", [
    ("12 hits · Link to this article · Print article · Send to friend · Subscribe to news", "en", "tool-row"),
    ("Email this | Print | Bookmark", "en", "tool-row"),
    ("Adjust text size:", "en", "tool-row"),
    ("Text size: A A A", "en", "tool-row"),
    ("Listen to this article", "en", "tool-row"), ("Fehler melden", "de", "tool-row"),
    ("Signaler une erreur", "fr", "tool-row"),
    ("Link kopieren", "de", "tool-row"), ("Offrir cet article", "fr", "tool-row"), ("Lire plus tard", "fr", "tool-row"),
    ("Artikel voorlezen", "nl", "tool-row"), ("Posłuchaj artykułu", "pl", "tool-row"),
    ("Leer más tarde", "es", "tool-row"), ("Leggi più tardi", "it", "tool-row"),
    ("Artikel drucken • Artikel versenden • 1.204 Aufrufe", "de", "tool-row"),
    ("Taille du texte : A+ A-", "fr", "tool-row"),
    ("Imprimir · Enviar a un amigo · Tamaño de texto", "es", "tool-row"),
    ("Версия для печати | Отправить другу", "ru", "tool-row"),
    ("Twitter (2,140 followers) • Facebook (980 likes) • Flickr (312 contacts)", "en", "follower-counts"),
    ("Instagram: 5 300 Abonnenten", "de", "follower-counts"),
    ("YouTube (1.200 seguidores) | Facebook (87 seguidores)", "es", "follower-counts"),
    ("3 - 9 of 41", "en", "pager"),
    ("Showing 11-20 of 75", "en", "pager"),
    ("Page 3 of 7", "en", "pager"),
    ("Seite 2 von 9", "de", "pager"),
    ("Page 4 sur 12", "fr", "pager"),
    ("Страница 2 из 6", "ru", "pager"),
    ("Strona 5 z 8", "pl", "pager"),
    ("Storm Hits the Coast: First Pictures From the Harbour Watch Video", "en", "media-teaser"),
    ("Council Votes on the Night Bus Plan Play Video", "en", "media-teaser"),
    ("Orkan über Hamburg: Die ersten Bilder Video ansehen", "de", "media-teaser"),
])
def test_tool_rows_follower_counts_and_pagers_are_removed(line, language, rule):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("The library said visitors can print articles at the front desk.", "en"),
    ("The page counter showed 1 - 4 of 20 seats left when sales opened.", "en"),
    ("Print / online sales rose by a third, the publisher said.", "en"),   # one tool among prose segments
    ("Twitter has 17,951 followers in the region, a survey found.", "en"),
    ("Text", "en"),                                                      # a word, no tool phrase
    ("Print", "en"),                                                     # one word alone is no tool row
    ("Seite 2 von 9 des Berichts fehlt", "de"),
    ("2 of the 5 candidates withdrew", "en"),
    ("Link kopieren und weiterleiten war verboten, sagte die Lehrerin.", "de"),   # a sentence, no tool line
    ("Lire plus tard les conclusions du rapport serait une erreur.", "fr"),
    ("Posłuchaj artykułu", "en"),                                        # another language's phrase
    ("The storm hit the coast on Monday. Watch video", "en"),          # a sentence before the media call
    ("Our video", "en"),                                               # a label, no headline
    ("The attack was caught on video", "en"),                          # "video" alone is no call
    ("Storm Hits the Coast: First Pictures From the Harbour and the Old Town on Monday Night as the Rescue "
     "Teams Arrive Watch Video", "en"),                                # too long for a teaser
])
def test_sentences_with_tool_or_counter_words_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("line,language,rule", [
    ("Advertisement", "en", "ad-label"),
    ("Story continues below advertisement", "en", "ad-label"),
    ("- Anzeige -", "de", "ad-label"),
    ("Weiter nach der Anzeige", "de", "ad-label"),
    ("Publicité", "fr", "ad-label"),
    ("Реклама", "ru", "ad-label"),
    ("Back to top ↑", "en", "home-link"),
    ("Zur Startseite", "de", "home-link"),
    ("Volver a la portada", "es", "home-link"),
    ("Dalsza część artykułu pod materiałem wideo", "pl", "ad-label"), ("Artykuł jest kontynuowany poniżej", "pl", "ad-label"),
    ("Weiter nach der Werbung", "de", "ad-label"), ("Het artikel gaat verder onder de advertentie", "nl", "ad-label"),
    ("L'articolo continua sotto", "it", "ad-label"), ("La suite de l'article après la publicité", "fr", "ad-label"),
    ("El artículo continúa después de la publicidad", "es", "ad-label"),
    ("O artigo continua após a publicidade", "pt", "ad-label"),
])
def test_lone_ad_labels_and_home_links_are_removed(line, language, rule):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "navigation") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("Advertisement spending rose by a third this year, the agency said.", "en"),
    ("Nach oben führt eine steile Treppe, sagte der Wirt.", "de"),
    ("La publicité a augmenté de dix pour cent cette année.", "fr"),
    ("Dalsza część artykułu poniżej opisuje plany rady na przyszły rok.", "pl"),   # a sentence that goes on
    ("L'articolo continua sotto forma di lettera al sindaco, firmata da trenta residenti.", "it"),
    ("Weiter nach der Werbung kam der Sender erst um zehn Uhr zur eigentlichen Nachricht.", "de"),
])
def test_sentences_with_ad_or_home_words_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


def test_a_subheading_that_is_an_ad_word_stays():
    from cleaners.document import Block, Document
    doc = Document(source="t.txt", kind="text", blocks=(Block(BODY), Block("Werbung", kind="heading", level=2),
                                                         Block(BODY)), metadata={"language": "de"})
    assert Navigation().clean(doc).removed == ()


@pytest.mark.parametrize("line,language", [
    ("About us | Contact | Privacy policy | Terms of use", "en"),
    ("About us | Contact | Privacy policy | © 2016 Daily Ledger", "en"),     # two thirds of the segments
    ("Impressum · Datenschutz · AGB · Kontakt", "de"),
    ("Mentions légales | Confidentialité | Nous contacter", "fr"),
])
def test_rows_of_the_sites_service_pages_are_removed(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("site-links", line)]


@pytest.mark.parametrize("line,language", [
    ("Privacy / security concerns were raised by the council on Monday.", "en"),
    ("Jobs / careers advice from the council was welcome, residents said.", "en"),
    ("Kontakt | Die Redaktion erreichen Sie unter der bekannten Nummer", "de"),
])
def test_sentences_with_service_page_words_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY] and doc.removed == ()


@pytest.mark.parametrize("words,language", [(["Teilen", "Merken", "Drucken"], "de"), (["Partager", "Imprimer"], "fr"),
                                            (["Udostępnij", "Zapisz"], "pl")])
def test_one_word_tool_lines_in_a_row_go(words, language):
    doc = run_cleaner(Navigation, "\n\n".join([BODY, *words, BODY]), language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "navigation") == [("tool-lines", w) for w in words]


def test_a_tool_word_alone_or_with_a_full_stop_stays():
    for middle in (["Teilen"], ["Teilen.", "Merken."], ["Teilen", BODY, "Merken"]):
        text = "\n\n".join([BODY, *middle, BODY])
        assert texts(run_cleaner(Navigation, text, language="de")) == text.split("\n\n"), middle


@pytest.mark.parametrize("label,language", [("Share this:", "en"), ("Teilen mit:", "de"), ("Comparte esto:", "es"),
                                            ("Dit delen:", "nl")])
def test_a_share_label_alone_with_its_colon_goes_wherever_it_stands(label, language):
    doc = run_cleaner(Navigation, "\n\n".join([BODY, label, BODY]), language=language)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "navigation") == [("share-row", label)]


def test_a_share_word_opening_a_sentence_or_without_a_colon_stays():
    for line in ("Share this: the council wants every household to read the plan.", "Teilen mit", "Teilen"):
        text = f"{BODY}\n\n{line}\n\n{BODY}"
        assert texts(run_cleaner(Navigation, text, language="de")) == text.split("\n\n"), line


def test_a_share_row_of_networks_named_in_cyrillic_is_removed():
    line = "Поделиться: ВКонтакте | Одноклассники | Telegram"
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language="ru")
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("share-row", line)]


def test_a_russian_sentence_about_vkontakte_stays():
    line = "Поделиться новостью во ВКонтакте решили более трёх тысяч жителей города."
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language="ru")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("line,language", [
    ("Shpërndaje: Facebook · X · WhatsApp", "sq"), ("Shpërndaje në: [Facebook](https://f.example) [X](https://x.example)", "sq"),
    ("Jaa: Facebook | Twitter | LinkedIn", "fi"),
    ("Teilen: Facebook · X · E-Mail", "en"),       # a German label in an English document: its shape says it
])
def test_a_label_no_language_file_knows_before_networks_is_a_share_row(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("share-row", line)]


@pytest.mark.parametrize("line", ["Sponsorët: Facebook, Google, Microsoft",      # commas: a sentence's list
                                  "Burimi: [Twitter](https://twitter.example/x)",   # one network: a source, not a row
                                  "Shpërndaje: Facebook | Tirana | Durrës",                    # not networks only
                                  "Sipas zëdhënësit të kompanisë: Facebook | X"])     # a label of more than two words
def test_an_unknown_label_before_anything_but_networks_stays(line):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language="sq")
    assert texts(doc) == [BODY, line]
