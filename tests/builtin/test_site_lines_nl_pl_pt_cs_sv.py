"""Site lines of Dutch, Polish, Portuguese, Czech and Swedish pages the word lists did not know (login walls, audio
controls, recommendation headings, correspondent bylines, back-home links), and prose with the same words."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.dateline import Dateline
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, texts


@pytest.mark.parametrize("cleaner,line,language", [
    (Dateline, "Door onze correspondent Marieke Vos", "nl"),
    (CallsToAction, "Log in om verder te lezen", "nl"),
    (Navigation, "Beluister dit artikel", "nl"),
    (CallsToAction, "Aanbevolen door de redactie", "nl"),
    (CallsToAction, "Zaloguj się, aby czytać dalej", "pl"),
    (CallsToAction, "Polecane", "pl"),
    (CallsToAction, "Faça login para continuar a ler", "pt"),
    (Navigation, "Ouvir este artigo", "pt"),
    (CallsToAction, "Recomendados para você", "pt"),
    (CallsToAction, "Přihlaste se a čtěte dále", "cs"),
    (Navigation, "Zpět na hlavní stránku", "cs"),
    (CallsToAction, "Prenumerera och läs allt på sajten", "sv"),
])
def test_a_site_line_goes(cleaner, line, language):
    body = SENTENCES[language]
    doc = run_cleaner(cleaner, f"{body}\n\n{line}\n\n{body}\n\n{body}", language=language)
    assert line not in texts(doc) and texts(doc).count(body) == 3


@pytest.mark.parametrize("cleaner,line,language", [
    (Dateline, "Door onze correspondent in Brussel werd het nieuws bevestigd.", "nl"),
    (CallsToAction, "Aanbevolen door de redactie is vooral het tweede deel van het rapport, zegt de "
                    "hoofdredacteur.", "nl"),
    (CallsToAction, "Polecane przez lekarzy szczepienia są bezpłatne dla seniorów.", "pl"),
    (Navigation, "Ouça este artigo com atenção, pediu o juiz aos jurados.", "pt"),
    (Navigation, "Zpět na hlavní stránku se vrátil starý design, potvrdil mluvčí.", "cs"),
])
def test_prose_with_those_words_stays(cleaner, line, language):
    body = SENTENCES[language]
    doc = run_cleaner(cleaner, f"{body}\n\n{line}\n\n{body}\n\n{body}", language=language)
    assert line in texts(doc) and doc.removed == ()
