"""Share, follow, read-more and author-contact calls in the document's language, against prose with their words."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language,rule", [
    ("Teilen Sie diesen Artikel", "de", "share"),
    ("Diesen Artikel teilen:", "de", "share"),
    ("Partagez cet article avec vos amis !", "fr", "share"),
    ("Comparte esta noticia en tus redes", "es", "share"),
    ("Folgen Sie uns auf Facebook und Twitter", "de", "social"),
    ("Suivez-nous sur Facebook et Instagram.", "fr", "social"),
    ("Síguenos en Twitter y en YouTube.", "es", "social"),
])
def test_share_and_follow_calls_in_the_documents_language_are_removed(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line,language", [
    ("Folgen Sie der Umleitung über die B12.", "de"),
    ("Folgen Sie der Debatte auf Twitter, sagte der Minister.", "de"),
    ("Teilen Sie diesen Artikel der Verfassung? Die Mehrheit der Richter sah das anders als die Regierung im Frühjahr.", "de"),
    ("Suivez la route jusqu'au port, puis tournez sur Facebook Street.", "fr"),
    ("Comparte este artículo la mayoría de los expertos, dijo el ministro.", "es"),
    ("Síguenos, gritaban los manifestantes en Twitter.", "es"),
])
def test_share_and_follow_words_in_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Weiterlesen »", "de"), ("Mehr lesen: Neue Radwege für die Innenstadt", "de"), ("Mehr …", "de"),
    ("Lire la suite", "fr"), ("Lire la suite : le port s'agrandit", "fr"),
    ("Leer más →", "es"), ("Seguir leyendo: el puerto crece", "es"),
    ("Mehr zum Thema", "de"), ("Das könnte Sie auch interessieren", "de"), ("Meistgelesen", "de"),
    ("Mehr aus dem Ressort", "de"),
    ("Lire aussi", "fr"), ("Te puede interesar", "es"),
])
def test_read_more_labels_in_the_documents_language_are_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("read-more", line)]


@pytest.mark.parametrize("line,language", [
    ("Mehr Geld für die Schulen fordert die Opposition.", "de"),
    ("Mehr lesen: Das sei zu wenig, sagte der Bürgermeister.", "de"),
    ("Mehr: Radwege für die Innenstadt und die Vororte", "de"),
    ("Suite à la décision du tribunal, le chantier est arrêté.", "fr"),
    ("Más de cien vecinos protestaron ante el ayuntamiento.", "es"),
    ("Zum Thema Hochwasser sprach der Bürgermeister am Abend.", "de"),   # a related label opening prose
    ("Meistgelesen war der Bericht über die Brücke.", "de"),
])
def test_read_more_words_opening_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Hat Ihnen der Artikel gefallen? Teilen Sie ihn mit Ihren Freunden!", "de"),
    ("Vous avez aimé cet article ? Partagez-le !", "fr"),
    ("¿Te ha gustado este artículo? ¡Compártelo!", "es"),
])
def test_a_share_call_after_a_short_question_is_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("share", line)]


@pytest.mark.parametrize("line,language", [
    ("Wie verteilt man den Kuchen? Teilen Sie ihn in acht gleich große Stücke und servieren Sie ihn warm.", "de"),
    ("Warum? Teilen Sie ihn doch durch zwei, sagte der Lehrer.", "de"),
    ("Que faire du gâteau une fois sorti du four et refroidi sur la grille ? Partagez-le.", "fr"),
])
def test_share_words_after_a_question_in_prose_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language", [
    ("Haben Sie einen Hinweis? Schreiben Sie uns an hinweis@example.org", "de"),
    ("Die Autorin ist erreichbar unter anna.roth@example.org", "de"),
    ("Vous avez une info ? Écrivez-nous à info@example.org", "fr"),
    ("La autora puede ser contactada en lucia@example.org o en Twitter.", "es"),
])
def test_the_authors_contact_line_in_the_documents_language_is_removed(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY]
    assert cuts(doc, "calls_to_action") == [("author-contact", line)]


@pytest.mark.parametrize("line,language", [
    ("Das Bürgerbüro ist erreichbar unter der bekannten Nummer im Rathaus.", "de"),
    ("Der Vermieter ist erreichbar unter mieter@example.org, sagte die Sprecherin.", "de"),
    ("Le maire est joignable à la mairie tous les matins.", "fr"),
])
def test_contact_words_without_an_address_or_reporting_someone_stay(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("line,language,rule", [
    ("👉 Partagez cet article avec vos amis ! 👈", "fr", "share"),
    ("FOLGEN SIE UNS AUF FACEBOOK UND TWITTER →", "de", "social"),
    (">>> Abonnieren Sie jetzt unseren Newsletter", "de", "membership"),
    ("📢 Síguenos en Twitter y en YouTube ✅", "es", "social"),
])
def test_calls_wearing_pictographs_and_arrows_at_either_end_are_removed(line, language, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("line", ["👉 Folgen Sie der Debatte auf Twitter, sagte der Minister am Montag in Berlin.",
                                  "→ Teilen, was man hat: so heißt die Aktion der Tafeln in diesem Winter, die seit März läuft."])
def test_decorated_prose_that_opens_with_a_calls_words_stays(line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language="de")
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("sentence", [
    "Like Twitter, a blog eats away at your schedule.",
    "Like Facebook, the new app is free to use and makes its money from ads.",
])
def test_a_sentence_likening_something_to_a_network_is_no_call_glued_to_the_paragraph(sentence):
    """`_call_forms._likened`: 'Like X, <clause>' opens a comparison; the paragraph keeps it (appeal-tail took it)."""
    paragraph = f"Some days I write for hours and some days I barely write a sentence before the day begins. {sentence}"
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{paragraph}", language="en")
    assert texts(doc) == [BODY, paragraph] and doc.removed == ()


@pytest.mark.parametrize("sentence", [
    "Like us on Facebook, and follow us on Twitter.",
    "Share on Facebook, Twitter or by email.",
])
def test_a_follow_call_with_a_comma_glued_to_the_paragraph_still_goes(sentence):
    paragraph = "Some days I write for hours and some days I barely write a sentence before the day begins."
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{paragraph} {sentence}", language="en")
    assert texts(doc) == [BODY, paragraph]
    assert [r.rule for r in doc.removed] == ["appeal-tail"]
