"""Tamil (cleaners/lang/ta.toml): artefact lines leave, article sentences that use the same words stay, a composed
document keeps its paragraphs and loses its artefacts. Tamil writes no capitals (names are read after a label, as in
the other Brahmic scripts: `lines.UNCASED`), glues case endings to words and puts the verb last, so calls close their
line (`closing_call`); an initial carries its vowel sign ("அருண் வி.")."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "மதுரை மத்திய நூலகம் மூன்று ஆண்டு சீரமைப்புக்குப் பின் மீண்டும் திறப்பு"
ARTICLE = ["மதுரை மாநகராட்சி மத்திய நூலகத்தை திங்கள்கிழமை காலை பொதுமக்களுக்காக மீண்டும் திறந்தது, புதிய வாசிப்பு "
           "அரங்கில் ஒரே நேரத்தில் இருநூறு பேர் அமரலாம்.",
           "சீரமைப்புப் பணிகளுக்கு சுமார் பன்னிரண்டு கோடி ரூபாய் செலவானதாகவும், பெரும்பகுதி மாநில அரசின் நிதியிலிருந்து "
           "வழங்கப்பட்டதாகவும் அதிகாரிகள் தெரிவித்தனர்.",
           "மாணவர்களுக்கான இரவு நேர வாசிப்புப் பிரிவு அடுத்த மாதம் முதல் செயல்படும் என்று நூலகர் கூறினார்."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Tamil text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or, with
    ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "ta", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("எழுதியவர்: கவிதா சுந்தரம்", "byline"),
    ("செய்தியாளர்: கவிதா சுந்தரம் மற்றும் ரமேஷ் பாலு", "byline"),
    ("வெளியிடப்பட்டது: 4 டிசம்பர் 2026, 10:30", "date-line"),
    ("படம்: ரமேஷ் பாலு / தென்னக செய்திகள்", "photo-credit"),
    ("⏱ 4 நிமிட வாசிப்பு", "reading-time"),
    ("தொடர்புடைய செய்திகள்|திருச்சியில் புதிய பேருந்து நிலையம்|கோவையில் மழை எச்சரிக்கை", "related-heading"),     # (its titles now read as headlines: to metadata.related)
    ("பகிர்: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 தென்னக செய்திகள். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.", "copyright"),
    ("இந்தக் கட்டுரையில் உள்ள கருத்துகள் ஆசிரியரின் சொந்த கருத்துகள், நிறுவனத்தின் கருத்து அல்ல.", "disclaimer"),
    ("உடனடி செய்திகளுக்கு எங்கள் செயலியைப் பதிவிறக்கவும்.", "closing-call"),
    ("சுதந்திர ஊடகத்தை ஆதரியுங்கள்: இன்றே நன்கொடை அளியுங்கள்.", "donation-appeal"),
    ("குறிச்சொற்கள்: மதுரை, நூலகம், கல்வி", "taxonomy-line"),
])
def test_tamil_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "எழுதியவர் பெயர் குறிப்பிடப்படாத பழைய ஓலைச்சுவடிகளும் நூலகத்தில் பாதுகாக்கப்படுகின்றன.",   # opens with "writer"
    "படம் வரையும் போட்டியில் நூற்றுக்கும் மேற்பட்ட பள்ளி மாணவர்கள் கலந்துகொண்டனர்.",          # opens with "picture"
    "நூலகத்தை ஆதரியுங்கள் என்று மேயர் பொதுமக்களிடம் வேண்டுகோள் விடுத்தார்.",                 # a reported call
    "புதிய நூலக அட்டைக்கு இணையதளத்தில் பதிவு செய்யலாம் என்று நூலகர் தெரிவித்தார்.",
])
def test_tamil_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_tamil_comment_threads(pipeline):
    # a name with an initial ("அருண் வி.") is a name, and "log in to reply" under each comment is its control
    thread = ("2 கருத்துகள்|கவிதா சுந்தரம்\n1 மணி நேரத்திற்கு முன்\nஇரவு வாசிப்புப் பிரிவு மிகவும் பயனுள்ளதாக இருக்கும்.\n"
              "பதிலளிக்க உள்நுழையவும்|அருண் வி.\n3 மணி நேரத்திற்கு முன்\nவாகன நிறுத்துமிடம் பற்றி எதுவும் சொல்லவில்லையே?\n"
              "பதிலளிக்க உள்நுழையவும்")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["கவிதா சுந்தரம்", "அருண் வி."], ARTICLE)


def test_a_call_glued_to_a_tamil_paragraph_after_its_stop_leaves(pipeline):
    glued = ARTICLE[2] + "சுதந்திர ஊடகத்தை ஆதரியுங்கள்: இன்றே நன்கொடை அளியுங்கள்."     # no space after the stop
    record = lang_dump.cleaned(pipeline, "ta", TITLE, ARTICLE[:2] + [glued], "", last=True)
    assert ARTICLE[2] in record["body"].split("\n\n") and "நன்கொடை" not in record["body"]


def test_a_composed_tamil_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["எழுதியவர்: கவிதா சுந்தரம்", "⏱ 4 நிமிட வாசிப்பு", "படம்: ரமேஷ் பாலு / தென்னக செய்திகள்",
                 "உடனடி செய்திகளுக்கு எங்கள் செயலியைப் பதிவிறக்கவும்.", "குறிச்சொற்கள்: மதுரை, நூலகம், கல்வி",
                 "© 2026 தென்னக செய்திகள். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை."]
    paragraphs = ARTICLE + ["நூலகத்தில் இப்போது தமிழ், ஆங்கிலம் மற்றும் பிற மொழிகளில் ஒரு லட்சத்துக்கும் மேற்பட்ட நூல்கள் "
                            "உள்ளன என்று நூலகர் தெரிவித்தார்."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], paragraphs[3], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "ta", text, paragraphs, TITLE)     # no declared language: detected
