"""A subscription call naming its price, with a longer purpose after it (``membership``: "Subscribe for $2 a week
and read every story on the site."), and a download call naming two app stores in any wording (``app-download``,
`calls_to_action._store_call`); an article's sentence about a price or the stores stays."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import texts

BODY = {"en": "The harbour board voted on Tuesday to close the old ferry pier after divers found cracks in two pillars.",
        "de": "Der Hafenausschuss hat am Dienstag beschlossen, den alten Anleger zu sperren, nachdem Taucher Risse fanden.",
        "fr": "Le conseil du port a décidé mardi de fermer l'ancien embarcadère après que des plongeurs ont trouvé des fissures."}
PRICED = {"en": "Subscribe for $2 a week and read every story on the site.",
          "de": "Abonnieren Sie jetzt für 2 € pro Woche und lesen Sie alle Artikel.",
          "fr": "Abonnez-vous pour 2 € par semaine et lisez tous les articles du site."}
STORES = {"en": "Get the Coast Weekly app for your phone from the App Store or Google Play",
          "de": "Die Küstenbote-App gibt es kostenlos im App Store und bei Google Play",
          "fr": "L'application Côte Hebdo est disponible sur l'App Store et Google Play"}
KEPT = {"en": ["Subscribe for the tour, which costs $2 a week and runs until May, the harbour master said.",
               "Apple pulled the game from the App Store on Monday after a complaint."],
        "de": ["Die Fahrt kostet 2 € pro Woche und läuft bis Mai, sagte der Hafenmeister am Montag.",
               "Apple hat das Spiel am Montag nach einer Beschwerde aus dem App Store entfernt."],
        "fr": ["La visite coûte 2 € par semaine et dure jusqu'en mai, a indiqué le capitaine du port.",
               "Apple a retiré le jeu de l'App Store lundi après une plainte."]}


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_priced_subscription_call_and_a_two_store_download_call_go(code):
    doc = run_cleaner(CallsToAction, "\n\n".join([BODY[code], PRICED[code], STORES[code], BODY[code]]), language=code)
    assert texts(doc) == [BODY[code], BODY[code]]
    assert [r.rule for r in doc.removed] == ["membership", "app-download"]


@pytest.mark.parametrize("code", ["en", "de", "fr"])
def test_a_price_in_a_story_and_one_store_named_stay(code):
    doc = run_cleaner(CallsToAction, "\n\n".join([BODY[code], *KEPT[code]]), language=code)
    assert texts(doc) == [BODY[code], *KEPT[code]] and not doc.removed
