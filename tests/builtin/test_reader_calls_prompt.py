"""Push and notification prompts in any language (cleaners/builtin/_prompt_shape.py, reader_calls' permission-prompt)."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


@pytest.mark.parametrize("code,line", [
    ("ro", "Doriți să primiți alerte de la noi? Da / Mai târziu"),
    ("de", "🔔 Wollen Sie über neue Artikel informiert werden? Ja, bitte / Nein danke"),
    ("en", "Get breaking news alerts from the Harbour Gazette? Allow / Maybe later"),
    ("cs", "Přejete si dostávat oznámení? Ano / Nyní ne"),
    ("fa", "آیا می‌خواهید از اخبار فوری باخبر شوید؟ بله / نه"),
    ("ko", "새 기사 알림을 받으시겠습니까? 허용 / 나중에"),
    ("ka", "გსურთ სიახლეების შეტყობინებები? კი / არა ახლა"),
])
def test_a_permission_prompt_goes_anywhere_in_the_body(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(ReaderCalls, f"{body}\n\n{line}\n\n{body}\n\n{body}\n\n{body}\n\n{body}", language=code)
    assert line not in texts(doc) and cuts(doc, "reader_calls") == [("permission-prompt", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Who pays for the new bridge? The city / the county, the judge said on Monday."),
    ("en", "Who pays for the notifications? the city / the county"),
    ("en", "Did the council approve 3 new bridges? Yes / No"),
    ("de", "Wer bekommt die Benachrichtigung? Der Bürgermeister und der Rat. Dann / Danach folgt die Abstimmung."),
    ("ro", "Primăria a trimis notificări tuturor locuitorilor din cartier, spune purtătorul de cuvânt."),
])
def test_an_articles_question_and_its_answers_stay(code, line):
    body = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(ReaderCalls, f"{body}\n\n{line}\n\n{body}\n\n{body}\n\n{body}\n\n{body}", language=code)
    assert line in texts(doc)
