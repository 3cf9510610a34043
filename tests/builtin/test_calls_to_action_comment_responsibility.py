"""calls_to_action comment-policy: a note that the comments are their authors' responsibility, in many languages
(cleaners/lang ``moderation``), goes from the end of the body; the article's own lines about someone's comments and
responsibility stay."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("code,line", [
    ("en", "Comments are the sole responsibility of their authors."),
    ("es", "Los comentarios son responsabilidad exclusiva de sus autores."),
    ("pt", "Os comentários são de responsabilidade exclusiva de seus autores."),
    ("fr", "Les commentaires n'engagent que leurs auteurs."),
    ("it", "I commenti sono di responsabilità dei rispettivi autori."),
    ("de", "Die Kommentare geben nicht die Meinung der Redaktion wieder."),
    ("nl", "De reacties zijn de verantwoordelijkheid van de schrijver."),
    ("hu", "A hozzászólások tartalmáért a szerkesztőség nem vállal felelősséget."),
    ("tr", "Yorumların hukuki sorumluluğu yorum yazarına aittir."),
    ("ru", "Редакция не несет ответственности за содержание комментариев."),
    ("pl", "Redakcja nie ponosi odpowiedzialności za treść komentarzy."),
    ("id", "Komentar menjadi tanggung jawab pribadi penulis."),
    ("ar", "التعليقات تعبر عن رأي أصحابها."),
    ("he", "התגובות באחריות הכותבים."),
])
def test_a_note_on_the_comments_responsibility_goes(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, BODY] and cuts(doc, "calls_to_action") == [("comment-policy", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "The minister's comments do not necessarily reflect government policy."),
    ("en", "The authors bear responsibility for the data, not for the comments of readers who misread it, "
           "the journal said."),
    ("es", "La empresa asumió la responsabilidad de sus errores y pidió disculpas a los clientes."),
    ("ru", "Компания не несет ответственности за задержки поставок, заявил ее представитель."),
])
def test_the_articles_lines_about_responsibility_stay(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, BODY, line]
