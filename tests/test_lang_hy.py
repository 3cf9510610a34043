"""Armenian (cleaners/lang/hy.toml): artefact lines leave, article sentences that use the same words stay, a
composed document keeps its paragraphs and loses its artefacts. Armenian ends a sentence with "։" and may close a
label with "՝" ("Լուսանկարը՝ ...")."""
from __future__ import annotations

import pytest

from . import lang_dump

TITLE = "Հրազդանի վրայով նոր կամուրջը բացվեց երեք տարվա շինարարությունից հետո"
ARTICLE = ["Երևանի քաղաքապետարանը երեքշաբթի օրը բացեց Հրազդան գետի վրայով անցնող նոր կամուրջը, որը պետք է "
           "թեթևացնի երթևեկությունը քաղաքի կենտրոնում։",
           "Շինարարությունը տևեց երեք տարի և արժեցավ մոտ քառասուն միլիոն դոլար, գումարի մեծ մասը հատկացվել է "
           "պետական բյուջեից։",
           "Հարակից թաղամասերի բնակիչները գոհ են, թեև մուտքային ճանապարհների աշխատանքները կշարունակվեն մինչև "
           "տարեվերջ։"]


def _cleaned(line: str, pipeline, last: bool = False) -> dict:
    """An Armenian text dump: the title, three paragraphs, ``line`` (paragraphs parted by "|") after the second
    (or, with ``last``, after the third)."""
    return lang_dump.cleaned(pipeline, "hy", TITLE, ARTICLE, line, last)


@pytest.mark.parametrize("line,rule", [
    ("Հեղինակ՝ Անի Պետրոսյան", "byline"),
    ("Հեղինակներ: Անի Պետրոսյան և Արամ Սարգսյան", "byline"),
    ("Հրապարակվել է՝ 14 մարտի 2026, 19:05", "date-line"),
    ("Արամ Սարգսյան, 14 մարտի 2026, 19:05", "date-line"),
    ("Երևան, 14 մարտի 2026", "date-line"),
    ("Լուսանկարը՝ Արամ Սարգսյան / Reuters", "photo-credit"),
    ("Աղբյուր՝ Reuters", "agency-credit"),
    ("Կարդացեք նաև՝ Ավագանին հաստատեց քաղաքի նոր բյուջեն", "related-story"),
    ("Կարդացեք նաև՝|Ավագանին հաստատեց քաղաքի նոր բյուջեն|Հորդառատ անձրևները ջրածածկ արեցին գյուղերը", "related-story"),
    ("Նմանատիպ նորություններ|Ավագանին հաստատեց քաղաքի նոր բյուջեն|Հորդառատ անձրևները ջրածածկ արեցին գյուղերը",
     "related-story"),
    ("Կիսվել՝ Facebook · X · WhatsApp", "share-row"),
    ("© 2026 Երևանյան լուրեր։ Բոլոր իրավունքները պաշտպանված են։", "copyright"),
    ("Հեղինակի կարծիքը կարող է չհամընկնել խմբագրության տեսակետի հետ։", "disclaimer"),
    ("Նյութերն օգտագործելիս ակտիվ հղումը պարտադիր է։ Առանց գրավոր թույլտվության պատճենումն արգելվում է։",
     "disclaimer"),
    ("Կայքը օգտագործում է քուքիներ։ Շարունակելով օգտվել կայքից՝ դուք համաձայնում եք դրան։", "disclaimer"),
    ("Բաժանորդագրվեք մեր լրատուին և ստացեք գլխավոր լուրերը ձեր էլ. փոստին։", "newsletter"),
    ("Հետևեք մեզ Facebook-ում և Instagram-ում։", "social"),
    ("Ներբեռնեք մեր հավելվածը Android-ի և iOS-ի համար։", "app-download"),
    ("Աջակցեք անկախ լրագրությանը․ յուրաքանչյուր նվիրատվություն կարևոր է։", "donation-appeal"),
    ("Ընթերցման ժամանակը՝ 4 րոպե", "reading-time"),
    ("Հոդվածի շարունակությունը գովազդից հետո", "ad-label"),
    ("Պիտակներ՝ Երևան, Հրազդան, կամուրջ", "taxonomy-line"),
    ("Մեկնաբանությունները փակ են։", "comment-prompt"),
    ("Ունե՞ք հաշիվ", "membership"),                         # the question mark inside the word
    ("Այս հոդվածը հասանելի է միայն բաժանորդներին։", "paywall"),
    ("Գլխավոր » Լուրեր » Հասարակություն", "breadcrumb"),
    ("Եթե հոդվածը ձեզ դուր եկավ, կիսվեք ընկերների հետ։", "liked-this"),
    ("Ամենաընթերցված|1. Ավագանին հաստատեց քաղաքի նոր բյուջեն|2. Հորդառատ անձրևները ջրածածկ արեցին գյուղերը",
     "related-story"),
])
def test_armenian_artefacts_leave(line, rule, pipeline):
    lang_dump.assert_cut(_cleaned(line, pipeline), line, rule, ARTICLE)


@pytest.mark.parametrize("line", [
    "Հեղինակային իրավունքի մասին օրինագիծը քննարկվում է խորհրդարանում։",
    "Աղբյուրը գտնվում է գյուղի եզրին և գարնանը կրկին կհոսի։",
    "Աջակցեք տեղական ֆերմերներին, ասաց քաղաքապետը շուկայի բացմանը։",
    "Բնակիչների մեկնաբանությունները շատ քննադատական էին, նշեց միության նախագահը։",
    "Ամենաընթերցված գրքերի ցանկում առաջինը գյումրեցի բանաստեղծն է, հայտնեցին հարցման հեղինակները։",
    "Քաղաքի գովազդային ծախսերը կազմել են երեք հարյուր հազար դոլար։",
    "Աշխատողների բոլոր իրավունքները պաշտպանված կլինեն, հայտարարեց նախարարը։",
    "Կամրջի նախագծի հեղինակը երևանցի ճարտարապետ Լևոն Հակոբյանն է։",
    "Հեղինակը՝ երևանցի ճարտարապետ Լևոն Հակոբյանը, նախագիծը ներկայացրեց անցյալ տարի։",     # "՝" as a pause
    "Լուսանկարների ցուցահանդեսը կբացվի մարտին քաղաքային թանգարանում։",
])
def test_armenian_look_alikes_stay(line, pipeline):
    assert line in _cleaned(line, pipeline)["body"].split("\n\n")


def test_an_armenian_wire_dateline_leaves_its_paragraph(pipeline):
    record = _cleaned("Երևան (AFP) — " + ARTICLE[0], pipeline)
    assert record["body"].split("\n\n").count(ARTICLE[0]) == 2
    assert "wire-dateline" in {r["rule"] for r in record["removed"]}


@pytest.mark.parametrize("thread", [
    "Մեկնաբանություններ (2)|Արամ Սարգսյան - 3 ժամ առաջ|Վերջապես, տասը տարի սպասեցինք։|Պատասխանել|"
    "Մարիամ Հովհաննիսյան - 5 ժամ առաջ|Ափսոս, որ հեծանվային արահետ չկա։|Պատասխանել",
    "Մեկնաբանություններ|Արամ Սարգսյան գրում է:|Վերջապես, տասը տարի սպասեցինք։|Մարիամ Հովհաննիսյան գրում է:|Ափսոս։",
])
def test_armenian_comment_threads(thread, pipeline):
    lang_dump.assert_thread(_cleaned(thread, pipeline, last=True), ["Արամ Սարգսյան", "Մարիամ Հովհաննիսյան"], ARTICLE)
    empty = _cleaned("Մեկնաբանություններ դեռ չկան։ Եղեք առաջինը։", pipeline, last=True)
    assert empty["body"].split("\n\n")[-1] == ARTICLE[2]


def test_a_composed_armenian_document_loses_every_artefact_and_keeps_every_paragraph(pipeline):
    artefacts = ["Հեղինակ՝ Անի Պետրոսյան", "Ընթերցման ժամանակը՝ 4 րոպե", "Լուսանկարը՝ Արամ Սարգսյան / Reuters",
                 "Կարդացեք նաև՝ Քաղաքում նոր շուկա կբացվի", "Աջակցեք մեզ։ Ձեր աջակցությունը կարևոր է։",
                 "Հետևեք մեզ Facebook-ում։", "Բաժանորդագրվեք մեր լրատուին։", "Բոլոր իրավունքները պաշտպանված են։",
                 "Կիսվել՝ Facebook · X · WhatsApp"]
    paragraphs = ARTICLE + ["Քաղաքապետի խոսքով՝ նոր կամրջի վրա առանձին գծեր կլինեն հեծանվորդների և հետիոտների "
                            "համար։",
                            "Հաշվարկներով՝ կամրջով ամեն օր կանցնի ավելի քան քսան հազար մեքենա։"]
    text = "\n\n".join([TITLE, *artefacts[:3], *paragraphs[:3], artefacts[3], *paragraphs[3:], *artefacts[4:]])
    lang_dump.assert_composed(pipeline, "hy", text, paragraphs, TITLE)     # no declared language: detected
