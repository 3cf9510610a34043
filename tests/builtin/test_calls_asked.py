"""A call to action after a rhetorical question (cleaners/builtin/_asked_call.py, read by calls_to_action): on the
same line, or the question alone on the line over a subscription call; and the trial and subscription calls of
cleaners/lang ``membership`` / ``paywall`` that follow them."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("line,language", [
    ("Want more? Start your free trial today.", "en"),
    ("Enjoying this article? Subscribe now for unlimited access.", "en"),
    ("Like what you read? Try 30 days for free.", "en"),
    ("Sie wollen mehr? Jetzt 30 Tage kostenlos testen.", "de"),
    ("Lust auf mehr? Jetzt abonnieren.", "de"),
    ("Neugierig geworden? Jetzt 4 Wochen gratis lesen.", "de"),
    ("Envie d'en lire plus ? Abonnez-vous dès 1 €.", "fr"),
    ("Envie de lire la suite ? Essayez gratuitement pendant 30 jours.", "fr"),
    ("¿Quieres leer más? Suscríbete por 1 € al mes.", "es"),
    ("Vuoi continuare a leggere? Prova gratis per 30 giorni.", "it"),
    ("Quer ler mais? Assine agora por R$ 1,90.", "pt"),
    ("Wil je meer lezen? Neem nu een abonnement.", "nl"),
    ("Meer lezen? Probeer 30 dagen gratis.", "nl"),
    ("Chcesz czytać więcej? Wykup subskrypcję już teraz.", "pl"),
    ("Podobał Ci się artykuł? Zamów prenumeratę.", "pl"),
    ("Хотите читать больше? Оформите подписку.", "ru"),
    ("Хочете читати більше? Оформіть передплату.", "uk"),
    ("Vill du läsa mer? Bli prenumerant idag.", "sv"),
    ("Daha fazlasını mı istiyorsunuz? Hemen abone olun.", "tr"),
])
def test_a_question_then_a_subscription_call_goes(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, BODY]
    assert [text for _, text in cuts(doc, "calls_to_action")] == [line]


@pytest.mark.parametrize("question,call,language", [
    ("Want more?", "Start your free trial today.", "en"),
    ("Lust auf mehr?", "Jetzt abonnieren.", "de"),
    ("Envie d'en lire plus ?", "Abonnez-vous dès 1 €.", "fr"),
    ("¿Quieres leer más?", "Suscríbete ahora.", "es"),
    ("Wil je meer lezen?", "Neem nu een abonnement.", "nl"),
])
def test_a_question_alone_over_a_subscription_call_goes_with_it(question, call, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{question}\n{call}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, BODY]
    assert sorted(text for _, text in cuts(doc, "calls_to_action")) == sorted([question, call])


@pytest.mark.parametrize("line,language", [
    # the question's answer is the article's sentence, or the call is reported or a how-to's step
    ("Want more? The council asked the same question in March, and the answer was a second reservoir.", "en"),
    ("What should you do first? Start today by checking the valves under your sink.", "en"),
    ("Want more shade? Plant a tree on the south side of the house.", "en"),
    ("Want more? Subscribe now, the mayor told residents at the meeting.", "en"),
    ("Lust auf mehr Grün? Pflanzen Sie im Herbst einen Baum an der Südseite.", "de"),
    ("Envie d'en savoir plus ? Les habitants ont posé la question au maire mardi soir.", "fr"),
])
def test_a_question_before_article_text_stays(line, language):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}\n\n{BODY}", language=language)
    assert texts(doc) == [BODY, line, BODY]


def test_a_question_over_an_article_line_or_a_share_call_stays():
    doc = run_cleaner(CallsToAction, f"{BODY}\n\nWhat happens next?\nThe council votes on Tuesday.\n\n{BODY}", language="en")
    assert texts(doc) == [BODY, "What happens next?", "The council votes on Tuesday.", BODY]
    doc = run_cleaner(CallsToAction, f"{BODY}\n\nWhy does it matter to you?\nShare this article\n\n{BODY}", language="en")
    assert texts(doc) == [BODY, "Why does it matter to you?", BODY]


def test_a_subheading_asking_a_question_over_a_subscription_call_stays():
    """A markdown or HTML subheading that asks ("## Quel calendrier ?") is the article's, even right over a call."""
    fr = "Les travaux de rénovation du collège commenceront en septembre, a annoncé la mairie mardi soir."
    text = f"{fr}\n\n## Quel calendrier ?\n\n**Inscrivez-vous à notre newsletter gratuite**\n\n{fr} Le chantier durera deux ans."
    from cleaners.pipeline import Pipeline
    pipeline = Pipeline()
    record = pipeline.record(pipeline.document("q.txt", text.encode(), "text"))
    assert "Quel calendrier ?" in record["body"] and "Inscrivez-vous" not in record["body"]
