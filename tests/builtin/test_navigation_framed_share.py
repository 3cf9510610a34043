"""Share rows whose buttons are phrases run together without separators (rule framed-share-row,
cleaners/builtin/_share_row.py: framed_row)."""
import pytest

from cleaners.builtin.navigation import Navigation

from ..conftest import run_cleaner
from . import cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


@pytest.mark.parametrize("line,language", [
    ("Teilen auf Facebook Teilen auf Bluesky Drucken", "de"),
    ("Partilhe no Facebook Partilhe no LinkedIn Partilhe no Telegram", "pt"),
    ("Reddit'te paylaş Telegram'da paylaş Bağlantıyı kopyala", "tr"),
    ("Jaa Facebookissa Jaa Telegramissa", "fi"),
    ("Facebookでシェア Threadsでシェア LINEで送る", "ja"),
    ("Podijeli na Facebooku Podijeli na Vibera Kopiraj poveznicu", "hr"),
])
def test_share_buttons_run_together_in_one_frame_go(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY] and cuts(doc, "navigation") == [("framed-share-row", line)]


@pytest.mark.parametrize("line,language", [
    ("Sie teilten das Video auf Facebook und auf Telegram", "de"),
    ("Facebook vs Telegram vs TikTok", "en"),
    ("Facebook and Telegram and TikTok", "en"),
    ("On Facebook on Telegram and on TikTok, the clip was shared thousands of times", "en"),
    ("He shared it on Facebook. He shared it on Telegram", "en"),
])
def test_lines_naming_networks_without_a_button_frame_stay(line, language):
    doc = run_cleaner(Navigation, f"{BODY}\n\n{line}", language=language)
    assert texts(doc) == [BODY, line]
