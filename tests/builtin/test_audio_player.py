"""An article's audio player printed as text, in any language (cleaners/builtin/_audio_player.py, read by reader_calls:
rules audio-player, audio-player-tail); a time of day or a schedule line stays."""
import pytest

from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

CY = ["Mae'r trên cyntaf ers deng mlynedd ar hugain wedi cyrraedd yr orsaf fore Sul, a band pres yn ei chroesawu.",
      "Caewyd y lein yn 1994 pan gaeodd yr iard nwyddau, ac roedd adeilad yr orsaf yn storfa wedyn."]


@pytest.mark.parametrize("player", [
    "Listen to this article · 5:32 min",
    "▶ Artikel anhören (5:22)",
    "🎧 Gwrandewch ar yr erthygl · 8:54 min",
    "🔊 Слушать статью – 3:07",
])
def test_a_player_line_goes_in_any_language(player):
    doc = run_cleaner(ReaderCalls, "\n\n".join([CY[0], player, CY[1]]), language="cy")
    assert texts(doc) == CY and cuts(doc, "reader_calls") == [("audio-player", player)]


def test_a_player_sign_and_label_with_the_length_on_the_next_line_go():
    doc = run_cleaner(ReaderCalls, "\n\n".join([CY[0], "🎧 Hlusta á greinina\n7:36", CY[1]]), language="cy")
    assert texts(doc) == CY and [r.rule for r in doc.removed] == ["audio-player", "audio-player"]


def test_a_player_glued_to_a_paragraphs_end_goes_alone():
    doc = run_cleaner(ReaderCalls, "\n\n".join([CY[0] + " Gwrandewch ar yr erthygl · 4:47 min", CY[1]]), language="cy")
    assert texts(doc) == CY and cuts(doc, "reader_calls") == [("audio-player-tail", " Gwrandewch ar yr erthygl · 4:47 min")]


JA = ["商店主らは古い市場広場に日帰り客が戻ることを期待している。", "路線は1994年に貨物駅の廃止とともに閉鎖された。"]


def test_a_player_glued_to_a_japanese_paragraph_goes_alone():
    doc = run_cleaner(ReaderCalls, "\n\n".join([JA[0] + " Listen to this article · 7:23 min", JA[1]]), language="ja")
    assert texts(doc) == JA and cuts(doc, "reader_calls") == [("audio-player-tail", " Listen to this article · 7:23 min")]


@pytest.mark.parametrize("line", [
    "Doors open · 7:30", "Abfahrt 5:50 Uhr", "Kick-off (19:45)", "Einlass: 19:30",
    "The final whistle went at 4:47 min into stoppage time, and the crowd stayed on the pitch for an hour",
    "🎧 Podcast episodes this week",
])
def test_times_of_day_and_schedules_stay(line):
    doc = run_cleaner(ReaderCalls, "\n\n".join([SENTENCES["en"], line, SENTENCES["en"]]))
    assert line in texts(doc)
