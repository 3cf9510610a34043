"""Widgets of a text dump read by reader_calls: a box of key points under its label or AI tag (``key-points``,
``key-points-inline``, cleaners/builtin/_key_points.py) and a poll (``poll``, cleaners/builtin/_poll.py). An
article's own bulleted list, a question it asks and a survey it reports stay."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, texts

ARTICLE = {**SENTENCES, "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、地元当局は住民全員が避難したと発表した。"}


def _doc(code: str, box: str, where: str = "middle"):
    parts = ["Floods reach the valley", ARTICLE[code], box, ARTICLE[code] + " 2"] if where == "middle" \
        else ["Floods reach the valley", ARTICLE[code], ARTICLE[code] + " 2", box]
    return run_cleaner(ReaderCalls, "\n\n".join(parts), language=code)


def _gone(doc, *lines: str) -> bool:
    body = "\n".join(texts(doc))
    return not any(line in body for line in lines)


@pytest.mark.parametrize("code,label,items", [
    ("en", "Key points:", ["- The river rose two metres overnight.", "- Three villages were evacuated."]),
    ("de", "Das Wichtigste in Kürze", ["• Der Fluss stieg über Nacht um zwei Meter.", "• Drei Dörfer wurden geräumt."]),
    ("fr", "**L'essentiel :**", ["✓ La rivière a monté de deux mètres.", "✓ Trois villages ont été évacués."]),
    ("ru", "Главное:", ["• Река поднялась на два метра за ночь.", "• Три деревни эвакуированы."]),
    ("ja", "この記事のポイント:", ["・ 川の水位が一晩で2メートル上昇した。", "- 三つの村が避難した。"]),
    ("es", "Resumen de IA:", ["1. El río subió dos metros.", "2. Tres pueblos fueron evacuados."]),
])
def test_a_key_points_box_goes_with_its_bullets(code, label, items):
    doc = _doc(code, "\n".join([label] + items))
    assert _gone(doc, label.strip("*"), *items) and ARTICLE[code] in texts(doc)


@pytest.mark.parametrize("code,line", [
    ("es", "✨ Claves (IA): El río subió dos metros durante la noche. Tres pueblos fueron evacuados."),
    ("ru", "✨ Главное (ИИ): Река поднялась на два метра. Три деревни эвакуированы."),
    ("tr", "Öne çıkanlar (YZ): Nehir bir gecede iki metre yükseldi. Üç köy boşaltıldı."),
    ("ja", "✨ この記事のポイント (AI): 川の水位が一晩で2メートル上昇した。 三つの村が避難した。"),
    ("nl", "🤖 Wat je moet weten: De rivier steeg twee meter. Drie dorpen werden ontruimd."),
])
def test_a_key_points_line_with_an_ai_mark_goes(code, line):
    doc = _doc(code, line, "end")
    assert _gone(doc, line) and ARTICLE[code] in texts(doc)


@pytest.mark.parametrize("code,box", [
    ("en", "The plan includes:\n- a new dam upstream;\n- two pumping stations."),
    ("de", "Die Stadt plant:\n• einen neuen Damm,\n• zwei Pumpwerke."),
    ("en", "Key points:\n- The river rose two metres overnight."),           # one bullet: no box
    ("en", "Key Points:\n1. Fares Rise In April\n2. Night Buses Return"),       # headlines in title case: an agenda
    ("en", "In short: the plan failed, and the council said it would start again in the spring."),
    ("fr", "L'essentiel des dégâts se trouve au nord du village, selon les pompiers."),
    ("en", "BERLIN (AP): The river rose two metres overnight, officials said on Tuesday."),
])
def test_an_article_list_or_sentence_stays(code, box):
    doc = _doc(code, box, "end")
    assert all(line in texts(doc) for line in box.split("\n"))


@pytest.mark.parametrize("code,poll", [
    ("en", "Would you use the new ferry?\n( ) Yes — 61%\n( ) No — 39%\n4040 votes · Vote now"),
    ("de", "Sollte die Stadt den Damm bauen?\n( ) Ja\n( ) Nein\n( ) Weiß nicht"),
    ("pl", "Czy skorzystasz z nowego promu?\nTak 58%\nNie 42%\n(812 głosów)"),
    ("ja", "新しいフェリーを利用しますか？\n○ はい 45%\n○ いいえ 55%\n1234票 · 投票する"),
    ("es", "Vota: ¿Usarás el nuevo ferri? Sí 33% No 67% (2225 votos)"),
    ("it", "Userai il nuovo traghetto? Sì 52,5% No 47,5%"),
])
def test_a_poll_goes(code, poll):
    doc = _doc(code, poll)
    assert _gone(doc, *poll.split("\n")) and ARTICLE[code] in texts(doc)


@pytest.mark.parametrize("code,text", [
    ("en", "Would you use the new ferry? That is what we asked 500 readers last week."),
    ("en", "Asked whether they would use the ferry, 61% said yes and 39% said no."),
    ("en", "Should the town build the dam?\nYes 61%\nNo 39%"),                     # no radios, no count: a result
    ("de", "Die Ergebnisse der Umfrage:\nJa 61%\nNein 39%\n(812 Stimmen)"),       # no question
    ("en", "What happens next?\nThe council meets on Monday to decide on the dam."),
])
def test_a_question_or_a_reported_survey_stays(code, text):
    doc = _doc(code, text)
    assert all(line in texts(doc) for line in text.split("\n"))
