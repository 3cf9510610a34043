"""Marathi (cleaners/lang/mr.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "तीन वर्षांच्या कामानंतर मुळा नदीवरील नवा पूल वाहतुकीसाठी खुला"
ARTICLE = ["पुणे महानगरपालिकेने मंगळवारी मुळा नदीवरील नव्या पुलाचे उद्घाटन केले, त्यामुळे शहराच्या मध्यवर्ती "
           "भागातील वाहतूक कोंडी कमी होईल अशी अपेक्षा आहे.",
           "पुलाचे बांधकाम तीन वर्षे चालले आणि त्यासाठी सुमारे चाळीस कोटी रुपये खर्च झाले, त्यातील मोठा वाटा राज्य "
           "सरकारने उचलला.",
           "आसपासच्या वस्त्यांमधील नागरिक समाधानी आहेत, मात्र जोडरस्त्यांचे काम वर्षअखेरपर्यंत सुरू राहणार आहे."]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """A Marathi text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "mr", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("लेखक: अमोल पाटील", "byline"),
    ("प्रकाशित: १४ मार्च २०२६, १९:०५", "date-line"),
    ("फोटो: अमोल पाटील / पीटीआय", "photo-credit"),
    ("छायाचित्र: प्रातिनिधिक", "photo-credit"),
    ("हेही वाचा: महापालिकेचा नवा अर्थसंकल्प मंजूर", "related-story"),
    ("संबंधित बातम्या|महापालिकेच्या सर्वसाधारण सभेत नवा अर्थसंकल्प मंजूर|मुसळधार पावसामुळे डोंगराळ भागातील गावांचा संपर्क तुटला",
     "related-story"),
    ("शेअर करा: Facebook · X · WhatsApp", "share-row"),
    ("© २०२६ पुणे वार्ता. सर्व हक्क राखीव.", "copyright"),
    ("या लेखातील मते लेखकाचे वैयक्तिक मत असून संपादकीय धोरणाशी सहमत असेलच असे नाही.", "disclaimer"),
    ("ही साइट कुकीज वापरते. साइट वापरणे सुरू ठेवून तुम्ही सहमत आहात.", "disclaimer"),
    ("आमचे न्यूजलेटर सबस्क्राइब करा आणि महत्त्वाच्या बातम्या थेट तुमच्या इनबॉक्समध्ये मिळवा.", "newsletter"),
    ("आमचे ॲप डाउनलोड करा.", "app-download"),
    ("स्वतंत्र पत्रकारितेला पाठिंबा द्या: प्रत्येक योगदान महत्त्वाचे आहे.", "donation-appeal"),
    ("वाचनाचा वेळ: ४ मिनिटे", "reading-time"),
    ("जाहिरात", "ad-label"),
    ("टॅग: पुणे, मुळा नदी, वाहतूक", "taxonomy-line"),
    ("प्रतिक्रिया बंद आहेत.", "comment-prompt"),
    ("हा लेख फक्त सदस्यांसाठी आहे.", "paywall"),
    ("होम » बातम्या » पुणे", "breadcrumb"),
    ("सर्वाधिक वाचलेले|१. महापालिकेच्या सर्वसाधारण सभेत नवा अर्थसंकल्प मंजूर|२. मुसळधार पावसामुळे डोंगराळ भागातील गावांचा संपर्क तुटला",
     "related-story"),
])
def test_marathi_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "स्रोत सांगतात की पुलाच्या आराखड्यावर यापूर्वीही चर्चा झाली होती.",
    "स्थानिक शेतकऱ्यांना पाठिंबा द्या, असे महापौर बाजाराच्या उद्घाटनप्रसंगी म्हणाले.",
    "नागरिकांच्या प्रतिक्रिया संमिश्र होत्या, असे संघटनेच्या अध्यक्षांनी सांगितले.",
    "जाहिरात कंपन्यांनी पुलाजवळ फलक लावण्याची परवानगी मागितली आहे.",
    "कामगारांचे सर्व हक्क सुरक्षित राहतील, असे मंत्र्यांनी सांगितले.",
    "फोटो काढण्यासाठी अनेक नागरिकांनी पुलावर गर्दी केली.",
    "पुलाच्या आराखड्याचे लेखक पुण्यातील वास्तुविशारद सुहास जोशी आहेत.",
])
def test_marathi_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


@pytest.mark.parametrize("thread", [
    "प्रतिक्रिया (२)|अमोल पाटील - ३ तास आधी|अखेर, आम्ही दहा वर्षे वाट पाहिली.|उत्तर द्या|"
    "स्नेहा कुलकर्णी - ५ तास आधी|सायकल मार्ग नाही याचे वाईट वाटते.|उत्तर द्या",
    "प्रतिक्रिया|अमोल पाटील - ३ तासांपूर्वी|अखेर, आम्ही दहा वर्षे वाट पाहिली.|"      # the age glued to "ago"
    "स्नेहा कुलकर्णी - १ दिवसापूर्वी|सायकल मार्ग नाही याचे वाईट वाटते.",
    "प्रतिक्रिया|अमोल पाटील म्हणाले:|अखेर, आम्ही दहा वर्षे वाट पाहिली.|स्नेहा कुलकर्णी म्हणाले:|वाईट वाटते.",
])
def test_marathi_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["अमोल पाटील", "स्नेहा कुलकर्णी"], ARTICLE)
    empty = _cleaned("अद्याप प्रतिक्रिया नाहीत. पहिली प्रतिक्रिया द्या!", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_marathi_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["लेखक: अमोल पाटील", "वाचनाचा वेळ: ४ मिनिटे", "फोटो: अमोल पाटील / पीटीआय",
                 "हेही वाचा: शहरात नवी मंडई सुरू होणार", "आम्हाला पाठिंबा द्या. प्रत्येक योगदान महत्त्वाचे आहे.",
                 "आमचे न्यूजलेटर सबस्क्राइब करा.", "सर्व हक्क राखीव.", "शेअर करा: Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["महापौरांनी सांगितले की नव्या पुलावर सायकलस्वार आणि पादचाऱ्यांसाठी स्वतंत्र मार्गिका असतील.",
                            "अंदाजानुसार दररोज वीस हजारांहून अधिक वाहने या पुलावरून जातील."]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "mr", text, paragraphs, TITLE)     # no declared language: detected
