"""Site chrome standing alone as a line, in the document's language: paywall notices, "already a
subscriber?" prompts, links to the comments (calls_to_action) and to a gallery or video (navigation)."""
import pytest

from cleaners.builtin._lone_line import core
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


def _cleaned(cleaner, line, language):
    body = SENTENCES[language]
    return body, run_cleaner(cleaner, f"{body}\n\n{line}\n\n{body}", language=language)


@pytest.mark.parametrize("line,language,rule", [
    ("Jetzt kommentieren", "de", "comment-prompt"), ("» Jetzt kommentieren (12)", "de", "comment-prompt"),
    ("Zu den Kommentaren", "de", "comment-prompt"), ("Commenter", "fr", "comment-prompt"),
    ("Réagir à cet article", "fr", "comment-prompt"), ("Comentar", "es", "comment-prompt"),
    ("Reageer (3)", "nl", "comment-prompt"), ("Commenta", "it", "comment-prompt"),
    ("Перейти к комментариям", "ru", "comment-prompt"), ("Skomentuj", "pl", "comment-prompt"),
    ("Jump to comments", "en", "comment-prompt"),
    ("Dieser Artikel ist nur für Abonnenten", "de", "paywall"), ("Jetzt weiterlesen mit SZ Plus »", "de", "paywall"),
    ("Lesen Sie weiter mit Zeit Online", "de", "paywall"), ("Il vous reste 70 % de cet article à lire.", "fr", "paywall"),
    ("Article réservé aux abonnés", "fr", "paywall"), ("Contenido exclusivo para suscriptores", "es", "paywall"),
    ("Questo articolo è riservato agli abbonati", "it", "paywall"), ("Exclusivo para assinantes", "pt", "paywall"),
    ("Alleen voor abonnees", "nl", "paywall"), ("Материал доступен только подписчикам", "ru", "paywall"),
    ("Tylko dla subskrybentów", "pl", "paywall"), ("This article is for subscribers only.", "en", "paywall"),
    ("You have 3 free articles remaining", "en", "paywall"),
    ("Sie haben bereits ein Abo? Hier anmelden", "de", "membership"),
    ("Bereits registriert? Hier einloggen", "de", "membership"),
    ("Vous êtes déjà abonné ? Se connecter", "fr", "membership"), ("¿Ya eres suscriptor? Inicia sesión", "es", "membership"),
    ("Heeft u al een account? Log hier in", "nl", "membership"), ("Jesteś już subskrybentem? Zaloguj się", "pl", "membership"),
    ("Already registered? Sign in", "en", "membership"),
    ("Artikel ontgrendelen", "nl", "paywall"), ("Débloquer l'article", "fr", "paywall"),
    ("Odblokuj artykuł", "pl", "paywall"), ("Desbloquear artigo", "pt", "paywall"),
    ("Verder lezen met Premium", "nl", "paywall"), ("Poursuivre la lecture avec l'offre Premium", "fr", "paywall"),
    ("Читать дальше с подпиской", "ru", "paywall"),
    ("Lesen Sie jetzt weiter mit Plus", "de", "paywall"), ("Poursuivez votre lecture avec Premium", "fr", "paywall"),
    ("Prosegui la lettura con Premium", "it", "paywall"), ("Lee la noticia completa con Premium", "es", "paywall"),
    ("Leia a notícia completa com Premium", "pt", "paywall"), ("Lees nu verder met Plus", "nl", "paywall"),
    ("Przeczytaj cały artykuł z Premium", "pl", "paywall"), ("Читайте дальше с подпиской", "ru", "paywall"),
    ("Keep reading with Premium", "en", "paywall"),
    ("Bereits Abonnent? Hier anmelden", "de", "membership"), ("Déjà abonné ? Connectez-vous", "fr", "membership"),
    ("Sei già abbonato? Accedi", "it", "membership"), ("Já é assinante? Entrar", "pt", "membership"),
    ("Al abonnee? Log in", "nl", "membership"), ("Уже подписаны? Войти", "ru", "membership"),
    ("Masz już subskrypcję? Zaloguj się", "pl", "membership"),
    ("Afficher les 12 commentaires", "fr", "comment-prompt"), ("Show 12 comments", "en", "comment-prompt"),
    ("Anmelden", "de", "login-chrome"), ("Se connecter »", "fr", "login-chrome"), ("Iniciar sesión", "es", "login-chrome"),
    ("Войти", "ru", "login-chrome"), ("Zaloguj się", "pl", "login-chrome"),
])
def test_lone_calls_in_the_documents_language_are_removed(line, language, rule):
    body, doc = _cleaned(CallsToAction, line, language)
    assert texts(doc) == [body, body] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("Jetzt kommentieren die Experten die Lage im Nahen Osten.", "de"),
    ("Lesen Sie jetzt weiter mit dem Bericht des Rechnungshofs, der die Zahlen prüft.", "de"),
    ("Kommentieren wollte der Minister die Zahlen nicht.", "de"),
    ("Commenter cette décision serait prématuré, a-t-il dit.", "fr"),
    ("Réagir trop vite serait une erreur.", "fr"),
    ("Comentar esta noticia es difícil para el gobierno.", "es"),
    ("Reageer niet te snel op zulke berichten.", "nl"),
    ("Обсудить этот вопрос министры смогут только в пятницу.", "ru"),
    ("Nur für Abonnenten gibt es seit Montag ein neues Angebot der Stadtwerke.", "de"),
    ("Weiterlesen mit Kindern macht Spaß.", "de"),            # a sentence: a name template ends no full stop
    ("Lesen Sie weiter mit Vorsicht und Geduld, riet der Lehrer.", "de"),
    ("Réservé aux abonnés, ce service coûte cher.", "fr"),
    ("Только для подписчиков канала открыли новый чат.", "ru"),
    ("Bereits registriert sind 300 Teilnehmer aus ganz Europa.", "de"),   # "already ..." without a question
    ("Already registered voters will receive a letter in March.", "en"),
    ("Jetzt kommentieren", "en"),                               # another language's phrase
    ("Anmelden können sich alle Bürger bis Freitag im Rathaus.", "de"),
    ("Entrar na zona euro seria um erro, afirmou o ministro.", "pt"),
    ("Connexion internet coupée dans tout le quartier depuis lundi.", "fr"),
    ("Show 12 comments to the jury, the judge ordered on Monday.", "en"),
    ("Verder lezen met een vergrootglas hielp niet, zei de rechter.", "nl"),   # a sentence
    ("Débloquer l'article 12 du traité prendra des mois, selon le ministre.", "fr"),
    ("Al abonnee? Dan krijgt u vanaf maart de zaterdagkrant voortaan op vrijdagavond in de bus, schreef de "
     "uitgever aan alle lezers van de regionale edities.", "nl"),
    ("Déjà abonné ? Le ministre l'est depuis vingt ans, et il lit chaque matin les pages locales avant le conseil "
     "des ministres, a raconté son entourage.", "fr"),
])
def test_prose_that_opens_with_the_same_words_stays(line, language):
    body, doc = _cleaned(CallsToAction, line, language)
    assert texts(doc) == [body, line, body] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Zur Bildergalerie", "de"), ("Alle Bilder anzeigen (24)", "de"), ("▶ Video abspielen 02:34", "de"),
    ("Voir la galerie", "fr"), ("Ver galería", "es"), ("Guarda la gallery", "it"), ("Veja o vídeo", "pt"),
    ("Bekijk alle foto's", "nl"), ("Смотреть видео", "ru"), ("Zobacz galerię (12 zdjęć)", "pl"),
    ("See the gallery (12 photos)", "en"), ("Play video", "en"), ("See all 12 photos", "en"), ("Voir les 8 photos", "fr"),
    ("Video", "de"),
])
def test_lone_gallery_and_video_links_are_removed(line, language):
    body, doc = _cleaned(Navigation, line, language)
    assert texts(doc) == [body, body] and cuts(doc, "navigation") == [("media-link", line)]


@pytest.mark.parametrize("line,language", [
    ("Alle Bilder der Ausstellung stammen aus privaten Sammlungen.", "de"),
    ("Video abspielen ist in der Bibliothek verboten, sagte die Leiterin.", "de"),
    ("Voir la galerie fermer ses portes a attristé le quartier.", "fr"),
    ("Toutes les photos ont été prises en 1968 par un amateur.", "fr"),
    ("Ver galería tras galería cansa a cualquiera.", "es"),
    ("Guarda il video chi vuole capire cosa è successo davvero.", "it"),
    ("Photo gallery owners met on Tuesday to discuss rents.", "en"),
    ("Zur Bildergalerie", "en"),                                 # another language's phrase
    ("See all 12 photos of the new bridge in the gallery below.", "en"),
    ("Video evidence was shown to the jury on Monday.", "en"),
    ("Weitere Bilder:", "de"), ("More photos:", "en"),         # a lead-in to the photos that follow
])
def test_sentences_with_gallery_words_stay(line, language):
    body, doc = _cleaned(Navigation, line, language)
    assert texts(doc) == [body, line, body] and doc.removed == ()


def test_core_drops_arrows_brackets_and_a_trailing_count():
    assert core("» Jetzt kommentieren (12)", count=True) == "Jetzt kommentieren"
    assert core("Zur Bildergalerie: 24 Bilder", count=True) == "Zur Bildergalerie"
    assert core("▶ Video abspielen 02:34", count=True) == "Video abspielen"
    assert core("Top 10", count=False) == "Top 10"


@pytest.mark.parametrize("line,language", [
    ("Zum Inhalt springen", "de"), ("Mehr anzeigen", "de"), ("Skip to main content", "en"), ("Load more ↓", "en"),
    ("Afficher plus", "fr"), ("Cargar más", "es"), ("Mostra altro", "it"), ("Carregar mais", "pt"), ("Toon meer", "nl"),
    ("Показать ещё", "ru"), ("Pokaż więcej", "pl"),
])
def test_lone_page_controls_are_removed(line, language):
    body, doc = _cleaned(Navigation, line, language)
    assert texts(doc) == [body, body] and cuts(doc, "navigation") == [("ui-control", line)]


@pytest.mark.parametrize("line,language", [
    ("Show more restraint, the judge told both parties on Monday.", "en"),
    ("Mehr anzeigen wollte die Polizei die Täter nicht, sagte ein Sprecher.", "de"),
    ("Ver más allá de la crisis es difícil para el gobierno.", "es"),
    ("Mehr anzeigen", "fr"),                                     # another language's phrase
])
def test_sentences_with_page_control_words_stay(line, language):
    body, doc = _cleaned(Navigation, line, language)
    assert texts(doc) == [body, line, body] and doc.removed == ()
