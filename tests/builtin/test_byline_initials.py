"""Bylines in scripts without case: an initial (one letter with its vowel signs, a full stop, a space) before a name
word is part of the name ("రచన: కె. శ్రీనివాస్", "By: K. Srinivas"); the stop of a sentence after a longer word ends
the name, and a Latin-script initial reads as before."""
import re

import pytest

from cleaners.builtin._byline import NAME, byline_author, is_person_name
from cleaners.pipeline import Pipeline

_NAME = re.compile(NAME, re.I)


@pytest.mark.parametrize("line, langs, author", [
    ("రచన: కె. శ్రీనివాస్", ("te",), "కె. శ్రీనివాస్"),
    ("எழுதியவர்: கே. ராமன்", ("ta",), "கே. ராமன்"),
    ("लेखक: के. शर्मा", ("hi",), "के. शर्मा"),
    ("By J. Smith", ("en",), "J. Smith"),
])
def test_an_initial_opens_the_name(line, langs, author):
    assert byline_author(line, langs) == author


def test_an_initial_is_a_word_of_a_person_name():
    assert is_person_name("కె. శ్రీనివాస్", ("te",))
    assert _NAME.fullmatch("కె. శ్రీనివాస్")


def test_a_sentence_stop_in_running_text_ends_the_name():
    assert _NAME.fullmatch("ముగిసింది. తరువాత") is None      # a longer word before the stop: a sentence's end
    assert _NAME.match("ముగిసింది. తరువాత").group() == "ముగిసింది"
    author = byline_author("రచన: శ్రీనివాస్ ముగిసింది. తరువాత వచ్చారు", ("te",))
    assert author is None or "తరువాత" not in author
    assert _NAME.match("కె. 2024").group() == "కె"       # no name word after the stop: no initial


def test_a_telugu_dump_records_the_whole_author():
    text = ("హైదరాబాద్‌లో కొత్త మెట్రో మార్గం ప్రారంభం\n\nరచన: కె. శ్రీనివాస్\n\n"
            "నగరంలో కొత్త మెట్రో మార్గాన్ని ముఖ్యమంత్రి సోమవారం ప్రారంభించారు. ఈ మార్గం పదిహేను కిలోమీటర్ల పొడవు ఉంది, "
            "రోజూ లక్ష మంది ప్రయాణికులు దీనిని ఉపయోగిస్తారని అధికారులు అంచనా వేస్తున్నారు.\n\n"
            "టికెట్ ధరలు పాత మార్గాల ధరలతో సమానంగా ఉంటాయని మెట్రో సంస్థ తెలిపింది. మొదటి వారం ప్రయాణం ఉచితం.")
    pipe = Pipeline()
    rec = pipe.process(pipe.document("te.txt", text.encode(), "text")).record()
    assert rec["metadata"]["author"] == "కె. శ్రీనివాస్"
    assert "రచన" not in rec["body"]
