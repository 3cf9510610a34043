"""A newsletter edition's footer row and its browser link are the email's tools (navigation ``tool-row``, the
``article_tools`` words of en, de, fr, es); a sentence that mentions unsubscribing stays."""
import pytest

from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import texts

BODY = {"en": "The council approved the plan on Tuesday evening after a long debate about the new line.",
        "de": "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr nach langer Debatte beschlossen.",
        "fr": "Le conseil municipal a adopté mardi soir le budget de l'année prochaine après un long débat.",
        "es": "El pleno aprobó el martes por la noche el presupuesto del próximo año tras un largo debate."}


@pytest.mark.parametrize("language, lines", [
    ("en", ["Unsubscribe | Update your preferences | Forward to a friend", "View this email in your browser"]),
    ("de", ["Abmelden | Einstellungen ändern | An einen Freund weiterleiten", "Im Browser ansehen"]),
    ("fr", ["Se désinscrire · Gérer mes préférences · Transférer à un ami", "Voir dans le navigateur"]),
    ("es", ["Darse de baja | Actualizar preferencias | Reenviar a un amigo", "Ver en el navegador"]),
])
def test_a_newsletters_footer_row_goes(language, lines):
    doc = run_cleaner(Navigation, "\n\n".join([BODY[language], *lines, BODY[language]]), language=language)
    assert texts(doc) == [BODY[language], BODY[language]]


def test_a_sentence_about_unsubscribing_stays():
    line = "Readers can unsubscribe from the weekly letter at any time, the paper said in its statement."
    doc = run_cleaner(Navigation, "\n\n".join([BODY["en"], line]), language="en")
    assert texts(doc) == [BODY["en"], line]
