"""Live badges and gallery counters on lines of their own (`_live_gallery`, rules ``live-badge`` and
``gallery-counter`` of the navigation cleaner), in the words of the language files."""
import pytest

from cleaners.builtin._live_gallery import gallery_counter, live_badge
from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

pytestmark = pytest.mark.usefixtures("sq_without_file")     # Albanian stands for a language without a file

TITLE = "Ferry Service Resumes After The Storm"


@pytest.mark.parametrize("code,line", [
    ("en", "LIVE"), ("en", "● Live"), ("en", "\U0001f534 LIVE"), ("en", "● LIVE · Updated 5 min ago"),
    ("en", "Live 14:32"), ("de", "Liveticker"), ("fr", "EN DIRECT"), ("fr", "● En direct"), ("es", "EN VIVO"),
    ("it", "IN DIRETTA"), ("ar", "مباشر"), ("ar", "● بث مباشر"), ("ru", "ПРЯМОЙ ЭФИР"), ("zh", "直播"),
    ("th", "ถ่ายทอดสด"), ("ka", "პირდაპირი ეთერი"),
    ("sq", "● LIVE"),        # a language without a file: the English word
])
def test_a_live_badge_in_the_head_is_cut(code, line):
    sentence = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Navigation, f"{TITLE}\n\n{line}\n\n{sentence}", language=code)
    assert texts(doc) == [TITLE, sentence] and cuts(doc, "navigation") == [("live-badge", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Photo 3 of 20"), ("en", "1 / 12"), ("en", "(4 / 9)"), ("de", "Bild 3 von 20"), ("de", "Foto 2/8"),
    ("fr", "Photo 3 sur 20"), ("es", "Foto 3 de 20"), ("ar", "صورة 3 من 20"), ("ru", "Фото 3 из 20"),
    ("pl", "Zdjęcie 5 z 12"),
])
def test_a_gallery_counter_alone_is_cut_anywhere(code, line):
    sentence = SENTENCES.get(code, SENTENCES["en"])
    doc = run_cleaner(Navigation, "\n\n".join([TITLE] + [sentence] * 6 + [line, sentence]), language=code)
    assert line not in texts(doc) and cuts(doc, "navigation") == [("gallery-counter", line)]


@pytest.mark.parametrize("code,text", [
    ("en", "3 of 20 people said the service was fine."), ("en", "Arsenal 2-1 Chelsea"), ("en", "2 : 1"),
    ("en", "Photo 21 of 20"), ("en", "3/12"), ("en", "Live music returns to the harbour on Friday."),
    ("en", "They live 3 of 20 miles away"), ("de", "Bild 3 von 20 Künstlern"),
    ("fr", "En direct de Paris, notre envoyé"),
])
def test_look_alikes_stay(code, text):
    langs = (code, "en")
    assert not gallery_counter(text, langs) and not live_badge(text, langs, True)


def test_the_word_alone_deep_in_the_story_stays():
    sentence = SENTENCES["en"]
    doc = run_cleaner(Navigation, "\n\n".join([TITLE] + [sentence] * 9 + ["Live", sentence]), language="en")
    assert "Live" in texts(doc)
