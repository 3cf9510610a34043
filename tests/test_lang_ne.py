"""Nepali (cleaners/lang/ne.toml): artefact lines leave, article sentences that use the same words stay, a comment
thread is found, a composed document whose language is detected (not Hindi, whose script it shares) keeps its
paragraphs and loses its artefacts. Nepali ends its sentences with the danda and puts the verb last, so its calls
close their line (`closing_call`)."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "बुटवलको केन्द्रीय पुस्तकालय तीन वर्षको मर्मतपछि फेरि खुला"
ARTICLE = ["बुटवल उपमहानगरपालिकाले सोमबार बिहान केन्द्रीय पुस्तकालय सर्वसाधारणका लागि फेरि खुला गरेको छ, नयाँ "
           "पठन कक्षमा एकै पटक दुई सय जना बस्न सक्छन्।",
           "मर्मतमा करिब बाह्र करोड रुपैयाँ खर्च भएको र त्यसको ठूलो हिस्सा प्रदेश सरकारले बेहोरेको अधिकारीहरूले "
           "जानकारी दिए।",
           "विद्यार्थीका लागि राति पढ्ने कक्ष आगामी महिनादेखि सञ्चालनमा आउने पुस्तकालय प्रमुखले बताए।"]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Nepali text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second (or,
    with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "ne", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("संवाददाता: सीता शर्मा", "byline"),
    ("फोटो: रमेश थापा / लुम्बिनी खबर", "photo-credit"),
    ("यो पनि पढ्नुहोस्: पाल्पामा नयाँ बसपार्क", "related-story"),
    ("सम्बन्धित समाचार|पाल्पामा नयाँ बसपार्क सञ्चालनमा|दाङमा भारी वर्षाको चेतावनी", "related-heading"),
    ("सेयर गर्नुहोस्: Facebook · X · WhatsApp", "share-row"),
    ("© २०२६ लुम्बिनी खबर। सर्वाधिकार सुरक्षित।", "copyright"),
    ("ताजा समाचारका लागि हाम्रो एप डाउनलोड गर्नुहोस्।", "closing-call"),
    ("स्वतन्त्र पत्रकारितालाई सहयोग गर्नुहोस्: आजै दान गर्नुहोस्।", "donation-appeal"),
    ("ट्याग: बुटवल, पुस्तकालय, शिक्षा", "taxonomy-line"),
    ("प्रतिक्रिया बन्द छ।", "comment-prompt"),
])
def test_nepali_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "लेखकको नाम नभएका पुराना हस्तलिखित ग्रन्थ पनि पुस्तकालयमा सुरक्षित राखिएका छन्।",    # opens with "writer's"
    "फोटो प्रदर्शनीमा सयभन्दा बढी विद्यालयका विद्यार्थी सहभागी भए।",                      # opens with "photo"
    "पुस्तकालयलाई सहयोग गर्नुहोस् भनेर मेयरले नागरिकसँग आग्रह गरे।",                     # a reported call
    "नयाँ सदस्यता कार्डका लागि वेबसाइटमा दर्ता गर्न सकिने प्रमुखले बताए।",
])
def test_nepali_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_nepali_comment_thread(pipeline):
    thread = ("२ प्रतिक्रिया|सीता शर्मा\n१ घण्टा अघि\nराति पढ्ने कक्ष धेरै उपयोगी हुनेछ।\nजवाफ दिनुहोस्|"
              "रमेश थापा\n३ घण्टा अघि\nगाडी पार्किङबारे केही भनिएन नि?\nजवाफ दिनुहोस्")
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["सीता शर्मा", "रमेश थापा"], ARTICLE)


def test_a_composed_nepali_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["संवाददाता: सीता शर्मा", "फोटो: रमेश थापा / लुम्बिनी खबर",
                 "ताजा समाचारका लागि हाम्रो एप डाउनलोड गर्नुहोस्।", "ट्याग: बुटवल, पुस्तकालय, शिक्षा",
                 "© २०२६ लुम्बिनी खबर। सर्वाधिकार सुरक्षित।"]
    paragraphs = ARTICLE + ["पुस्तकालयमा अहिले नेपाली, अंग्रेजी र अन्य भाषाका एक लाखभन्दा बढी पुस्तक रहेको "
                            "प्रमुखले बताए।"]
    text = "\n\n".join([TITLE, *artefacts[:2], *paragraphs[:3], artefacts[2], paragraphs[3], *artefacts[3:]])
    lang_dump.assert_composed(pipeline, "ne", text, paragraphs, TITLE)     # no declared language: detected
