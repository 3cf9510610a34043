"""Telugu (cleaners/lang/te.toml): artefact lines leave, article sentences that use the same words stay, a comment
thread is found, a composed document whose language is detected keeps its paragraphs and loses its artefacts. Telugu
writes no capitals (names are read after a label: `lines.UNCASED`), glues its case endings to words and puts the verb
last, so its calls close their line (`closing_call`)."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "విజయవాడ కేంద్ర గ్రంథాలయం మూడేళ్ల మరమ్మతుల తర్వాత తిరిగి ప్రారంభం"
ARTICLE = ["విజయవాడ నగరపాలక సంస్థ సోమవారం ఉదయం కేంద్ర గ్రంథాలయాన్ని ప్రజల కోసం తిరిగి ప్రారంభించింది, కొత్త పఠన "
           "మందిరంలో ఒకేసారి రెండు వందల మంది కూర్చోవచ్చు.",
           "మరమ్మతు పనులకు సుమారు పన్నెండు కోట్ల రూపాయలు ఖర్చయ్యాయని, అందులో ఎక్కువ భాగం రాష్ట్ర ప్రభుత్వం "
           "నిధుల నుంచి వచ్చిందని అధికారులు తెలిపారు.",
           "విద్యార్థుల కోసం రాత్రి పఠన విభాగం వచ్చే నెల నుంచి పనిచేస్తుందని గ్రంథాలయ అధికారి చెప్పారు."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Telugu text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or,
    with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "te", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("రచయిత: లక్ష్మి ప్రసన్న", "byline"),
    ("ఫోటో: రవి కుమార్ / ఆంధ్ర వార్తలు", "photo-credit"),
    ("మూలం: పీటీఐ", "source-line"),
    ("ఇవి కూడా చదవండి: గుంటూరులో కొత్త బస్ స్టేషన్", "related-story"),
    ("సంబంధిత వార్తలు|గుంటూరులో కొత్త బస్ స్టేషన్ ప్రారంభం|కృష్ణా జిల్లాలో భారీ వర్ష సూచన", "related-heading"),
    ("షేర్ చేయండి: Facebook · X · WhatsApp", "share-row"),
    ("© 2026 ఆంధ్ర వార్తలు. సర్వ హక్కులు ప్రత్యేకించబడ్డాయి.", "copyright"),
    ("మా న్యూస్‌లెటర్‌కు సబ్‌స్క్రైబ్ చేయండి, ముఖ్యమైన వార్తలు నేరుగా మీ ఇన్‌బాక్స్‌కు.", "newsletter"),
    ("తాజా వార్తల కోసం మా యాప్ డౌన్‌లోడ్ చేసుకోండి.", "closing-call"),
    ("స్వతంత్ర జర్నలిజానికి మద్దతు ఇవ్వండి: ఈరోజే విరాళం ఇవ్వండి.", "donation-appeal"),
    ("ట్యాగ్స్: విజయవాడ, గ్రంథాలయం, విద్య", "taxonomy-line"),
    ("వ్యాఖ్యలు మూసివేయబడ్డాయి.", "comment-prompt"),
])
def test_telugu_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "రచయిత పేరు లేని పాత తాళపత్ర గ్రంథాలు కూడా గ్రంథాలయంలో భద్రపరచబడ్డాయి.",          # opens with "writer"
    "ఫోటో ప్రదర్శనలో వంద మందికి పైగా పాఠశాల విద్యార్థులు పాల్గొన్నారు.",               # opens with "photo"
    "గ్రంథాలయానికి మద్దతు ఇవ్వండి అని మేయర్ ప్రజలను కోరారు.",                           # a reported call
    "కొత్త సభ్యత్వ కార్డు కోసం వెబ్‌సైట్‌లో నమోదు చేసుకోవచ్చని అధికారి తెలిపారు.",
])
def test_telugu_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_telugu_comment_thread(pipeline):
    thread = ("2 వ్యాఖ్యలు|లక్ష్మి ప్రసన్న\n1 గంట క్రితం\nరాత్రి పఠన విభాగం చాలా ఉపయోగకరంగా ఉంటుంది.\nజవాబు ఇవ్వండి|"
              "రవి కుమార్\n3 గంటల క్రితం\nవాహనాల పార్కింగ్ గురించి ఏమీ చెప్పలేదు కదా?\nజవాబు ఇవ్వండి")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["లక్ష్మి ప్రసన్న", "రవి కుమార్"], ARTICLE)


def test_a_composed_telugu_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["రచయిత: లక్ష్మి ప్రసన్న", "ఫోటో: రవి కుమార్ / ఆంధ్ర వార్తలు",
                 "తాజా వార్తల కోసం మా యాప్ డౌన్‌లోడ్ చేసుకోండి.", "ట్యాగ్స్: విజయవాడ, గ్రంథాలయం, విద్య",
                 "© 2026 ఆంధ్ర వార్తలు. సర్వ హక్కులు ప్రత్యేకించబడ్డాయి."]
    paragraphs = ARTICLE + ["గ్రంథాలయంలో ఇప్పుడు తెలుగు, ఇంగ్లీష్ మరియు ఇతర భాషల్లో లక్షకు పైగా పుస్తకాలు "
                            "ఉన్నాయని అధికారి తెలిపారు."]
    text = "\n\n".join([TITLE, *artefacts[:2], *paragraphs[:3], artefacts[2], paragraphs[3], *artefacts[3:]])
    lang_dump.assert_composed(pipeline, "te", text, paragraphs, TITLE)     # no declared language: detected
