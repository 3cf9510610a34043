"""Editorial notices that are no article text: corrections, affiliate disclosures, AI-content notices
(cleaners/lang ``editorial_notice``, legal's editorial-notice), against article sentences with their words."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("code,line", [
    ("en", "Correction: A previous version of this story gave the wrong date for the vote."),
    ("en", "This post contains affiliate links, and we may earn a commission on purchases."),
    ("en", "This summary was generated with an AI tool and reviewed before publication."),
    ("de", "Richtigstellung: Der Bürgermeister heißt Müller, nicht Maier."),
    ("de", "Diese Zusammenfassung wurde mit einem Sprachmodell erstellt."),
    ("fr", "Rectificatif : une version précédente de cet article donnait un chiffre erroné."),
    ("es", "Este artículo contiene enlaces de afiliados."),
    ("cs", "Upřesnění: starosta obce se jmenuje Novák."),
    ("da", "Rettelse: Prisen på billetten var forkert angivet."),
    ("sv", "Artikeln innehåller affiliatelänkar till butiker."),
    ("fi", "Korjaus: uimahallin avajaispäivä oli väärin."),
    ("hu", "Pontosítás: a felújítás költsége 3 milliárd forint."),
    ("ro", "Precizare: lungimea pistei este de 12 kilometri."),
    ("fa", "تصحیح: نام شهردار در گزارش اشتباه بود."),
    ("pl", "To podsumowanie zostało wygenerowane automatycznie."),
    ("ru", "Уточнение: мост откроют в среду, а не во вторник."),
])
def test_an_editorial_notice_goes(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert texts(doc) == [SENTENCES[code], SENTENCES[code]]


@pytest.mark.parametrize("code,line", [
    ("en", "The newspaper printed a correction: the mayor had not resigned after all."),
    ("en", "An earlier version of the budget misstated the cost of the bridge, the council said."),
    ("en", "Influencers who use affiliate links must disclose them, the regulator said on Monday."),
    ("en", "The hospital now reads scans with the help of AI, which cuts waiting times by half."),
    ("de", "Die Klinik wertet Röntgenbilder mit Unterstützung künstlicher Intelligenz aus."),
    ("de", "In einer früheren Version der Software gab es einen Fehler bei der Abrechnung."),
    ("cs", "Oprava silnice začne v pondělí a potrvá do konce června."),
    ("fi", "Tekoälyn avulla sairaala nopeuttaa diagnooseja ja lyhentää jonoja."),
    ("ro", "Primăria a publicat o erată la hotărârea consiliului, a spus purtătorul de cuvânt."),
    ("fa", "شهرداری با کمک هوش مصنوعی ترافیک شهر را مدیریت می‌کند."),
])
def test_an_article_sentence_with_the_same_words_stays(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}\n\n{SENTENCES[code]}", language=code)
    assert texts(doc) == [SENTENCES[code], line, SENTENCES[code]]


def test_a_labelled_note_that_reports_news_stays():
    line = "Editor's Note: On Tuesday night, a local station reported that the guards denied the claim."
    doc = run_cleaner(Legal, f"{SENTENCES['en']}\n\n{line}\n\n{SENTENCES['en']}", language="en")
    assert texts(doc) == [SENTENCES["en"], line, SENTENCES["en"]]
    line = "Correction: On Tuesday night, a local station reported that the guards denied the claim."
    doc = run_cleaner(Legal, f"{SENTENCES['en']}\n\n{line}\n\n{SENTENCES['en']}", language="en")
    assert texts(doc) == [SENTENCES["en"], line, SENTENCES["en"]]
