import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

BODY = "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said."


def test_taxonomy_lines_go_to_tags_and_section():
    doc = run_cleaner(Legal, f"{BODY}\n\nTags: floods, rescue | weather\n\nRegion: Europe\n\nSection: World")
    assert texts(doc) == [BODY]
    assert doc.metadata["tags"] == ["floods", "rescue", "weather", "Europe"]
    assert doc.metadata["section"] == "World"
    assert [r for r, _ in cuts(doc, "legal")] == ["taxonomy-line"] * 3


BODIES = SENTENCES


@pytest.mark.parametrize("code,line,tags,section", [
    ("de", "Schlagwörter: Hochwasser, Rettung, Brücke", ["Hochwasser", "Rettung", "Brücke"], None),
    ("de", "Rubrik: Panorama", [], "Panorama"),
    ("fr", "Mots-clés : crues, secours", ["crues", "secours"], None),
    ("ru", "Теги: наводнение, спасатели", ["наводнение", "спасатели"], None),
    ("es", "Etiquetas: inundaciones · rescate", ["inundaciones", "rescate"], None),
])
def test_taxonomy_lines_in_the_documents_language(code, line, tags, section):
    doc = run_cleaner(Legal, f"{BODIES[code]}\n\n{line}", language=code)
    assert texts(doc) == [BODIES[code]]
    assert doc.metadata.get("tags", []) == tags and doc.metadata.get("section") == section


def test_a_long_list_of_short_tags_is_a_taxonomy_line():
    names = ", ".join(f"Topic number {k}" for k in range(30))
    doc = run_cleaner(Legal, f"{BODY}\n\nLabels: {names}")
    assert texts(doc) == [BODY] and len(doc.metadata["tags"]) == 30


@pytest.mark.parametrize("code,line", [
    ("en", "Subject: the council voted on Tuesday to close the old depot and sell the land to a developer"),
    ("de", "Thema: Die Bahn streicht im kommenden Jahr fast jede dritte Verbindung im ländlichen Raum"),
    ("en", "Labels: " + " ".join(["the council said the plan would be ready"] * 4)),    # prose, not a list
])
def test_a_label_before_a_sentence_is_no_taxonomy_line(code, line):
    body = BODIES.get(code, BODY)
    assert texts(run_cleaner(Legal, f"{body}\n\n{line}", language=code)) == [body, line]


@pytest.mark.parametrize("line,rule", [
    ("The original source of this article is Example News", "original-source"),
    ("This article was originally published on Example News.", "original-source"),
    ("Copyright © Example News, 2016", "copyright"),
    ("© 2016 Example Media. All rights reserved.", "copyright"),
    ("Disclaimer: the views expressed are those of the author.", "disclaimer"),
    ("The views expressed in this article are the sole responsibility of the author and do not necessarily "
     "reflect those of this site.", "disclaimer"),
    ("For media inquiries: press@example.org", "media-inquiry"),
    ("Contact: desk@example.org", "contact-line"),
    ("This story originally appeared on Example News under another headline.", "original-source"),
    ("Disclaimer\u2026", "disclaimer"), ("Disclaimer | Terms of use | Privacy", "disclaimer"),
])
def test_legal_lines_are_removed(line, rule):
    doc = run_cleaner(Legal, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY]
    assert cuts(doc, "legal") == [(rule, line)]


def test_disclaimer_continuation_line_after_a_copyright_line():
    text = f"{BODY}\n\nCopyright © Example News, 2016\nThis material is distributed for educational purposes."
    doc = run_cleaner(Legal, text)
    assert texts(doc) == [BODY]
    assert [r for r, _ in cuts(doc, "legal")] == ["copyright", "disclaimer"]


@pytest.mark.parametrize("line", [
    "Topics discussed at the summit included trade and water.",
    "The court said fair use did not apply to the copied photos.",
    "Reporters asked the mayor to contact the families.",
    "The ministry said the views of farmers would be heard in May.",
])
def test_article_sentences_about_similar_topics_are_kept(line):
    doc = run_cleaner(Legal, f"{BODY}\n\n{line}")
    assert texts(doc) == [BODY, line] and doc.removed == ()


@pytest.mark.parametrize("sentence", [
    "First published in 1990, the novel sold a million copies before it was filmed.",
    "Copyright law changed in 1998, the minister told parliament on Tuesday.",
])
def test_prose_that_starts_like_a_provenance_line_is_kept(sentence):
    doc = run_cleaner(Legal, "The court heard the case on Monday and will rule next week.\n\n" + sentence)
    assert sentence in doc.body


@pytest.mark.parametrize("line,rule", [
    ("Copyright 2019 The Example Times", "copyright"),
    ("© 2020 Example Media Group", "copyright"),
    ("First published in The Example Review", "original-source"),
])
def test_short_provenance_lines_are_removed(line, rule):
    doc = run_cleaner(Legal, "The court heard the case on Monday and will rule next week.\n\n" + line)
    assert line not in doc.body
    assert any(r.cleaner == "legal" and r.rule == rule for r in doc.removed)


RELEASE = ("Harbour Robotics today announced a partnership with the city port to automate container checks.\n\n"
           "The first cranes will be fitted with the new sensors in the spring, the company said.\n\n"
           "\"We expect shorter waiting times for every ship,\" the port director said.\n\n")


def test_about_section_ending_a_press_release_is_removed():
    doc = run_cleaner(Legal, RELEASE + "About Harbour Robotics\n\nHarbour Robotics builds sensors for ports."
                      "\n\nMedia contact: press@example.com")
    assert len(doc.blocks) == 3
    assert sorted(rule for rule, _ in cuts(doc, "legal")) == ["about-company", "about-company", "media-inquiry"]


def test_closing_company_profile_is_removed():
    profile = ("Harbour Robotics is a global provider of port automation. Its mission is to make ports safer.\n\n"
               "Harbour Robotics is headquartered in Rotterdam, employs around 400 people and its shares are "
               "listed on the city exchange.")
    doc = run_cleaner(Legal, RELEASE + profile)
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


def test_news_ending_with_one_fact_about_a_company_is_kept():
    ending = ("Harbour Robotics is a small firm headquartered in Rotterdam, and it won the port contract "
              "against two larger rivals.")
    doc = run_cleaner(Legal, RELEASE + ending)
    assert len(doc.blocks) == 4 and doc.removed == ()
    about = "About the decision\n\n" + RELEASE
    doc = run_cleaner(Legal, about)       # an "About ..." line at the top is not the boilerplate tail
    assert len(doc.blocks) == 4 and doc.removed == ()


def test_a_first_published_date_line_is_no_original_source_line():
    from cleaners.builtin.legal import Legal
    assert Legal().rule_for("First published 15 March 2017") is None
    assert Legal().rule_for("First published: Tue, Dec 2, 2014 \u2014 6:41") is None
    assert Legal().rule_for("First published in The Harbour Gazette") == "original-source"


def test_an_about_heading_over_a_blurb_that_profiles_no_company_is_kept():
    blurb = ("About Lindqvist's The Quiet Harbour\n\nDrawing on thirty years at sea, Anna Lindqvist follows the "
             "ferrymen of the northern fjords through one long winter.")
    doc = run_cleaner(Legal, RELEASE + blurb)
    assert len(doc.blocks) == 5 and doc.removed == ()
    founded = "About Tern Labs\n\nFounded in 2009, the lab builds harbour sensors for ports in twelve countries."
    doc = run_cleaner(Legal, RELEASE + founded)     # a company fact: the profile goes
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}
    doc = run_cleaner(Legal, RELEASE + "ABOUT TERN LABS\n\nTern Labs builds harbour sensors.")   # any case
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}



@pytest.mark.parametrize("code,line,rule", [
    ("de", "Dieser Artikel erschien zuerst in der Hafenzeitung.", "original-source"),
    ("de", "Quelle: Nachrichtenagentur Beispiel", "original-source"),
    ("fr", "Cet article a été publié initialement dans La Gazette du Port.", "original-source"),
    ("es", "Este artículo fue publicado originalmente en El Diario del Puerto.", "original-source"),
    ("es", "Fuente: Agencia Ejemplo", "original-source"),
    ("de", "© Hafenzeitung 2024. Alle Rechte vorbehalten.", "copyright"),
    ("de", "Alle Rechte vorbehalten.", "copyright"),
    ("fr", "Tous droits réservés.", "copyright"),
    ("es", "Todos los derechos reservados.", "copyright"),
    ("de", "Haftungsausschluss: Die Inhalte dieses Artikels geben die Meinung des Autors wieder.", "disclaimer"),
    ("fr", "Avertissement : cet article ne constitue pas un conseil en investissement.", "disclaimer"),
    ("es", "Aviso legal: este contenido no constituye asesoramiento financiero.", "disclaimer"),
    ("de", "Pressekontakt: presse@beispiel.de", "media-inquiry"),
    ("fr", "Contact presse : presse@exemple.fr", "media-inquiry"),
    ("es", "Contacto de prensa", "media-inquiry"),
    ("de", "Kontakt: redaktion@beispiel.de", "contact-line"),
    ("fr", "Courriel : redaction@exemple.fr", "contact-line"),
    ("es", "Correo electrónico: redaccion@ejemplo.es", "contact-line"),
    ("tr", "© Liman Gazetesi 2024. Tüm hakları saklıdır.", "copyright"),
    ("tr", "TÜM HAKLARI SAKLIDIR.", "copyright"),      # Turkish capitals: "I" of "ı", "İ" of "i"
    ("tr", "Basın iletişim: basin@ornek.com.tr", "media-inquiry"),
    ("sv", "© Hamnbladet 2024. Alla rättigheter förbehållna.", "copyright"),
    ("sv", "Presskontakt: press@exempel.se", "media-inquiry"),
    ("sv", "Ansvarsfriskrivning: innehållet utgör inte finansiell rådgivning.", "disclaimer"),
    ("da", "© Havnebladet 2024. Alle rettigheder forbeholdes.", "copyright"),
    ("da", "Pressekontakt: presse@eksempel.dk", "media-inquiry"),
    ("vi", "© 2024 Báo Cảng Biển. Giữ toàn quyền.", "copyright"),
    ("vi", "Liên hệ báo chí: press@vidu.vn", "media-inquiry"),
    ("he", "© 2024 עיתון הנמל. כל הזכויות שמורות.", "copyright"),
    ("he", "לפניות עיתונאים: press@example.co.il", "media-inquiry"),
    ("fa", "© ۲۰۲۴ روزنامه بندر. تمامی حقوق محفوظ است.", "copyright"),
    ("fa", "روابط عمومی: press@example.ir", "media-inquiry"),
    ("hi", "© 2024 बंदरगाह समाचार। सर्वाधिकार सुरक्षित।", "copyright"),
    ("hi", "मीडिया संपर्क: press@example.in", "media-inquiry"),
    ("ca", "© 2024 Diari del Port. Tots els drets reservats.", "copyright"),
    ("ca", "Contacte de premsa: premsa@exemple.cat", "media-inquiry"),
    ("bg", "© 2024 Пристанищен вестник. Всички права запазени.", "copyright"),
    ("bg", "Контакт за медии: media@primer.bg", "media-inquiry"),
    ("sk", "© 2024 Prístavné noviny. Všetky práva vyhradené.", "copyright"),
    ("sk", "Kontakt pre médiá: tlac@priklad.sk", "media-inquiry"),
    ("id", "© 2024 Harian Pelabuhan. Hak cipta dilindungi undang-undang.", "copyright"),
    ("id", "Kontak media: media@contoh.co.id", "media-inquiry"),
    ("nb", "© Havnebladet 2024. Alle rettigheter forbeholdt.", "copyright"),
    ("nb", "Pressekontakt: presse@eksempel.no", "media-inquiry"),
    ("fi", "© Satamalehti 2024. Kaikki oikeudet pidätetään.", "copyright"),
    ("fi", "Mediayhteydet: media@esimerkki.fi", "media-inquiry"),
    ("ar", "© 2024 صحيفة الأفق. جميع الحقوق محفوظة.", "copyright"),
    ("ar", "للاستفسارات الإعلامية: press@example.com", "media-inquiry"),
    ("ar", "إخلاء المسؤولية: هذا المحتوى لا يمثل نصيحة مالية.", "disclaimer"),
    ("ko", "저작권자 © 2024 한빛일보 무단전재 및 재배포 금지", "copyright"),
    ("ko", "언론 문의: press@example.com", "media-inquiry"),
    ("ko", "면책 조항: 이 글은 투자 권유가 아닙니다.", "disclaimer"),
    ("el", "© 2024 Εφημερίδα Βορράς. Με επιφύλαξη παντός δικαιώματος.", "copyright"),
    ("el", "Γραφείο τύπου: press@example.com", "media-inquiry"),
    ("el", "Αποποίηση ευθύνης: το περιεχόμενο δεν αποτελεί επενδυτική συμβουλή.", "disclaimer"),
    ("ro", "© 2024 Ziarul Ardealului. Toate drepturile rezervate.", "copyright"),
    ("ro", "Contact presă: presa@example.ro", "media-inquiry"),
    ("ro", "Disclaimer: acest conținut nu reprezintă o recomandare de investiții.", "disclaimer"),
    ("hu", "© 2024 Alföldi Hírlap. Minden jog fenntartva.", "copyright"),
    ("hu", "Sajtókapcsolat: sajto@example.hu", "media-inquiry"),
    ("hu", "Jogi nyilatkozat: a tartalom nem minősül befektetési tanácsadásnak.", "disclaimer"),
    ("cs", "© Jihočeský deník, 2024. Všechna práva vyhrazena.", "copyright"),
    ("cs", "Kontakt pro média: media@priklad.cz", "media-inquiry"),
    ("cs", "Vyloučení odpovědnosti: obsah nepředstavuje finanční poradenství.", "disclaimer"),
    ("uk", "© Волинські вісті, 2024. Усі права захищено.", "copyright"),
    ("uk", "Контакти для преси: press@pryklad.ua", "media-inquiry"),
    ("uk", "Відмова від відповідальності: матеріал не є фінансовою порадою.", "disclaimer"),
])
def test_legal_lines_in_the_documents_language_are_removed(code, line, rule):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "legal") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("de", "Die Rechte der Mieter sind vorbehalten, sagte der Richter."),
    ("de", "Alle Rechte vorbehalten, erklärte der Verlag, gebe es nicht mehr."),
    ("de", "Zuerst erschienen 1990, wurde der Roman in zwölf Sprachen übersetzt."),
    ("de", "Die Quelle des Flusses liegt in den Alpen."),
    ("de", "Mit freundlicher Genehmigung von der Stadt durften die Schüler das Rathaus besichtigen."),
    ("de", "Der Haftungsausschluss im Vertrag war unwirksam, urteilte das Gericht."),
    ("de", "Pressekontakte mit dem Ministerium gab es seit Wochen nicht mehr."),
    ("fr", "Les droits des locataires sont réservés aux contrats signés avant mai."),
    ("fr", "Initialement publié en 1990, le roman a été traduit en douze langues."),
    ("fr", "Un avertissement a été lancé par la préfecture pour la nuit."),
    ("fr", "Avec l'aimable autorisation de la mairie, les enfants ont visité le musée."),
    ("es", "Publicado originalmente en 1990, el libro vendió un millón de copias."),
    ("es", "La fuente del río se encuentra en los Pirineos, según los geógrafos."),
    ("es", "El contacto con la prensa fue escaso durante la visita."),
    ("tr", "Kiracıların hakları saklıdır, dedi hakim, ve sözleşmenin yeniden yazılmasını istedi."),
    ("tr", "Nehrin kaynağı Toros Dağları'nda, iki bin metre yükseklikte bulunuyor."),
    ("da", "Kilden til åen ligger i bakkerne, godt hundrede meter over havet."),
    ("vi", "Nguồn nước chính của con sông nằm trên núi, ở độ cao hơn một nghìn mét."),
    ("he", "מקור הנהר נמצא בהרים, בגובה של יותר מאלף מטרים."),
    ("fa", "منبع اصلی آب رودخانه در کوهستان و در ارتفاع بیش از هزار متری قرار دارد."),
    ("hi", "स्रोत नदी का पहाड़ों में है, एक हजार मीटर से भी ज्यादा ऊंचाई पर।"),
    ("ca", "Font de la Plaça, la més antiga del poble, torna a rajar després de la sequera."),
    ("bg", "Източник на вода за селото е планинският извор, на повече от хиляда метра височина."),
    ("sk", "Zdroj rieky leží v horách, vo výške viac ako tisíc metrov."),
    ("id", "Sumber utama air sungai itu berada di pegunungan, pada ketinggian seribu meter."),
    ("nb", "Kilden til elva ligger i fjellet, godt tusen meter over havet."),
    ("fi", "Joen lähde sijaitsee tuntureilla, noin kuudensadan metrin korkeudessa."),
    ("ar", "المصدر الرئيسي لمياه النهر يقع في الجبال على ارتفاع ألف متر."),
    ("ko", "강의 주요 수원은 해발 천 미터 산속에 있다."),
    ("el", "Η κύρια πηγή του ποταμού βρίσκεται στα βουνά σε υψόμετρο χιλίων μέτρων."),
    ("ro", "Sursa principală a râului se află în munți, la o altitudine de o mie de metri."),
    ("hu", "A folyó fő forrása a hegyekben, ezer méter magasan található."),
    ("cs", "Zdroj řeky leží v horách, ve výšce přes tisíc metrů."),
    ("uk", "Джерело річки розташоване в горах, на висоті понад тисячу метрів."),
    ("sv", "Källan till älven ligger i fjällen, på drygt tusen meters höjd."),
    ("sv", "Presskontakterna med departementet har varit få sedan i våras, sade talespersonen."),
])
def test_article_sentences_in_the_documents_language_are_kept(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line] and doc.removed == ()


def test_legal_words_of_another_language_are_not_matched():
    line = "Alle Rechte vorbehalten."
    doc = run_cleaner(Legal, f"{SENTENCES['fr']}\n\n{line}", language="fr")
    assert texts(doc) == [SENTENCES["fr"], line]


@pytest.mark.parametrize("code,line", [
    ("de", "Die Inhalte geben die Meinung des Autors wieder und nicht unbedingt die der Redaktion."),
    ("fr", "Les propos tenus n'engagent que leur auteur et ne reflètent pas nécessairement la ligne du journal."),
    ("es", "Las opiniones son exclusiva responsabilidad del autor y no reflejan necesariamente las del medio."),
    ("tr", "Köşe yazılarındaki görüşler yazarlarına aittir; gazetemizi bağlamaz."),
])
def test_disclaimers_in_the_documents_language_are_removed(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "legal") == [("disclaimer", line)]


def test_a_legal_phrase_after_a_rights_line_goes_with_it():
    text = f"{SENTENCES['de']}\n\nAlle Rechte vorbehalten.\nKeine Gewähr für die Richtigkeit der Kursdaten."
    doc = run_cleaner(Legal, text, language="de")
    assert texts(doc) == [SENTENCES["de"]]
    assert [r for r, _ in cuts(doc, "legal")] == ["copyright", "disclaimer"]


@pytest.mark.parametrize("code,line", [
    ("de", "Der Verlag übernimmt keine Haftung, die Nutzungsbedingungen seien klar, sagte der Anwalt."),
    ("de", "Ohne Gewähr: Die Lottozahlen vom Samstag."),
    ("fr", "Le juge a rappelé que l'opinion de l'auteur n'était pas en cause dans ce procès."),
    ("es", "La responsabilidad del autor del atropello no está clara, según la policía."),
    ("tr", "Mahkeme, sözleşmenin kiracıyı bağlamaz olduğuna hükmetti ve davayı reddetti."),
])
def test_one_legal_phrase_or_a_reported_one_in_prose_stays(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line] and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("en", "This story was written with the help of AI and reviewed by an editor before publication."),
    ("de", "Der Beitrag entstand mithilfe von KI und wurde redaktionell geprüft."),
    ("de", "Nutzungsvorbehalt: Text- und Data-Mining nach § 44b UrhG ist untersagt."),
    ("fr", "Ce texte a été produit à l'aide de l'intelligence artificielle et vérifié par la rédaction."),
    ("it", "Testo generato con l'intelligenza artificiale e controllato dalla redazione."),
    ("pt", "Texto gerado por inteligência artificial e revisado pela redação."),
    ("nl", "Dit stuk is gegenereerd met AI en nagekeken door de redactie."),
    ("ru", "Текст создан с помощью ИИ и проверен редакцией."),
    ("pl", "Tekst przygotowany przy użyciu sztucznej inteligencji, zweryfikowany przez redakcję."),
    ("es", "Noticia elaborada con la ayuda de inteligencia artificial y supervisado por la redacción."),
    ("tr", "Bu metin yapay zekâ desteğiyle hazırlanmış ve editörlerimiz tarafından kontrol edilmiştir."),
    ("ar", "أُعد هذا النص بمساعدة الذكاء الاصطناعي وراجعه محرر قبل النشر."),
    ("cs", "Text byl připraven s pomocí umělé inteligence a před zveřejněním ho zkontrolovala redakce."),
    ("uk", "Текст підготовлено за допомогою штучного інтелекту та перевірено редакцією перед публікацією."),
    ("sv", "Texten är skriven med hjälp av AI och har granskats av en redaktör före publicering."),
])
def test_a_notice_of_ai_use_checked_by_the_newsroom_is_a_disclaimer(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES.get(code, BODY)}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES.get(code, BODY)]
    assert cuts(doc, "legal") == [("disclaimer", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "The insurer said its claims were now sorted with the help of AI and reviewed by an editor only on appeal."),
    ("en", "Researchers used text and data mining to compare ten thousand court rulings from the last decade."),
    ("de", "Die Polizei wertet die Bilder mithilfe von KI aus, um die Täter schneller zu finden."),
    ("fr", "L'hôpital analyse désormais les radios à l'aide de l'intelligence artificielle."),
    ("tr", "Üniversite hastanesi, tomografi görüntülerini yapay zeka desteğiyle inceleyen bir sistem kurdu."),
    ("ar", "يحلل المستشفى صور الأشعة باستخدام الذكاء الاصطناعي لتقليص فترات الانتظار."),
    ("cs", "Nemocnice nově vyhodnocuje rentgenové snímky pomocí umělé inteligence, aby zkrátila čekací doby."),
    ("uk", "Лікарня тепер аналізує рентгенівські знімки за допомогою штучного інтелекту, щоб скоротити черги."),
    ("sv", "Sjukhuset granskar numera röntgenbilderna med hjälp av AI för att korta väntetiderna."),
])
def test_ai_in_the_story_itself_stays(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES.get(code, BODY)}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES.get(code, BODY), line] and doc.removed == ()


@pytest.mark.parametrize("code,line,cut", [
    ("en", "Parts of this story were drafted using generative AI and checked by an editor.", True),
    ("fr", "Une partie de ce texte a été générée par une intelligence artificielle et relue par la rédaction.", True),
    ("en", "Generative AI models trained on copyrighted material face lawsuits in three countries.", False),
])
def test_generative_ai_notices_and_stories(code, line, cut):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == ([SENTENCES[code]] if cut else [SENTENCES[code], line])


@pytest.mark.parametrize("code,line", [
    ("fr", "Avertissement lancé par la préfecture aux riverains du fleuve, qui pourrait déborder dans la nuit."),
    ("it", "Avvertenza della protezione civile per le piogge attese nel fine settimana in tutta la regione."),
    ("en", "The novel was first published in 1990 and sold a million copies in its first year."),
    ("en", "Media inquiries rose sharply after the minister's statement on Tuesday, her office said."),
])
def test_a_label_or_provenance_opening_a_sentence_stays(code, line):
    body = BODIES.get(code, BODY)
    assert texts(run_cleaner(Legal, f"{body}\n\n{line}", language=code)) == [body, line]


@pytest.mark.parametrize("code,line", [
    ("en", "This site uses cookies for analytics. By continuing to use it you agree to our cookie policy."),
    ("de", "Wir verwenden Cookies für Statistik und Werbung. Mit der weiteren Nutzung stimmen Sie der Verwendung zu."),
    ("fr", "Nous utilisons des cookies de mesure d'audience. En poursuivant votre navigation, vous acceptez leur dépôt."),
    ("es", "Esta web usa cookies de terceros. Si sigues navegando, aceptas su uso."),
    ("nl", "Wij gebruiken cookies voor statistieken. Door verder te gaan ga je akkoord."),
    ("pl", "Serwis wykorzystuje pliki cookies. Korzystanie z serwisu oznacza zgodę na ich zapis."),
    ("tr", "Web sitemizde çerezler kullanılmaktadır. Gezinmeye devam ederek çerez kullanımını kabul etmiş olursunuz."),
    ("da", "Denne hjemmeside bruger cookies til statistik. Ved at fortsætte accepterer du, at vi gemmer dem."),
    ("ar", "يستخدم هذا الموقع ملفات تعريف الارتباط للإحصاءات. بمواصلة التصفح فإنك توافق على ذلك."),
    ("ko", "이 사이트는 통계를 위해 쿠키를 사용합니다. 계속 이용하시면 이에 동의하는 것으로 간주합니다."),
    ("el", "Ο ιστότοπος χρησιμοποιεί cookies για στατιστικούς σκοπούς. Συνεχίζοντας την περιήγηση συμφωνείτε με τη χρήση τους."),
    ("ro", "Site-ul folosește cookie-uri pentru statistici. Continuând navigarea, ești de acord cu acest lucru."),
    ("hu", "Az oldal sütiket használ statisztikai célra. Az oldal további használatával hozzájárul ehhez."),
    ("vi", "Trang web này sử dụng cookie để thống kê. Bằng cách tiếp tục truy cập, bạn đồng ý với điều đó."),
    ("he", "אתר זה משתמש בעוגיות לצורכי סטטיסטיקה. בהמשך הגלישה אתם מסכימים לכך."),
    ("fa", "این سایت برای آمار از کوکی استفاده می‌کند. با ادامه مرور با این کار موافقت می‌کنید."),
    ("hi", "यह साइट आंकड़ों के लिए कुकीज़ का उपयोग करती है। ब्राउज़ करना जारी रखकर आप इससे सहमत होते हैं।"),
    ("ca", "Aquest web utilitza galetes amb finalitats estadístiques. Si continueu navegant, n'accepteu l'ús."),
    ("bg", "Този сайт използва бисквитки за статистика. Продължавайки да разглеждате, вие се съгласявате с това."),
    ("sk", "Táto stránka používa cookies na štatistické účely. Pokračovaním v prehliadaní s tým súhlasíte."),
    ("id", "Situs ini menggunakan cookie untuk statistik. Dengan melanjutkan, Anda menyetujui penggunaannya."),
    ("nb", "Dette nettstedet bruker informasjonskapsler til statistikk. Ved å fortsette godtar du at vi lagrer dem."),
    ("fi", "Tämä sivusto käyttää evästeitä tilastointiin. Jatkamalla selaamista hyväksyt niiden käytön."),
    ("cs", "Tento web používá soubory cookie ke statistice. Pokračováním v prohlížení souhlasíte s jejich použitím."),
    ("uk", "Сайт використовує файли cookie для статистики. Продовжуючи перегляд, ви погоджуєтеся з їх використанням."),
    ("sv", "Den här webbplatsen använder cookies för statistik. Genom att surfa vidare godkänner du att vi sparar dem."),
])
def test_a_cookie_notice_is_a_disclaimer(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES.get(code, BODY)}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES.get(code, BODY)]
    assert cuts(doc, "legal") == [("disclaimer", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Reproduction of this text, including to train AI models, without prior written consent is forbidden."),
    ("it", "È vietato l'utilizzo dei contenuti per l'addestramento dell'intelligenza artificiale."),
    ("pt", "É proibida a utilização do texto para treino de modelos de inteligência artificial."),
    ("ru", "Использование текста для обучения нейросетей запрещено без письменного согласия редакции."),
])
def test_a_notice_against_ai_training_is_a_disclaimer(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES.get(code, BODY)}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES.get(code, BODY)]
    assert cuts(doc, "legal") == [("disclaimer", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "The bakery uses cookies from a recipe that has not changed since 1952."),
    ("en", "The startup wants to train AI on hospital records without prior consent from patients, the regulator said."),
    ("de", "Die Stadt verwendet Cookies auf ihrer Website nicht mehr, seit das Gericht den Einsatz von Cookies untersagte."),
    ("es", "El juez ha dictado que queda prohibido el acceso al recinto durante las fiestas."),
])
def test_cookies_and_ai_training_in_a_story_stay(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES.get(code, BODY)}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES.get(code, BODY), line] and doc.removed == ()


TURKISH_RELEASE = "\n\n".join([SENTENCES["tr"], "Kıyı Robotik, yeni liman sensörünü Mersin'de tanıttı ve ilk siparişleri "
                                "aldığını açıkladı.", "Şirket, gelecek yıl üretimi iki katına çıkarmayı planlıyor."]) + "\n\n"


def test_a_turkish_about_section_names_the_company_first():
    about = "Kıyı Robotik Hakkında\n\nKıyı Robotik, 2009 yılında kurulan ve genel merkezi İzmir'de bulunan bir teknoloji şirketidir."
    doc = run_cleaner(Legal, TURKISH_RELEASE + about, language="tr")
    assert len(doc.blocks) == 3 and {rule for rule, _ in cuts(doc, "legal")} == {"about-company"}


def test_a_turkish_heading_about_a_book_over_its_blurb_stays():
    blurb = "Kitap Hakkında\n\nRomanın kahramanı, savaştan dönen genç bir öğretmenin Karadeniz'deki köyünde geçirdiği kışı anlatıyor."
    doc = run_cleaner(Legal, TURKISH_RELEASE + blurb, language="tr")
    assert len(doc.blocks) == 5 and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("en", "The views expressed in this article are solely those of the author."),
    ("de", "Die in diesem Artikel geäußerten Ansichten geben ausschließlich die Meinung des Autors wieder."),
    ("fr", "Les opinions exprimées dans cet article n’engagent que leur auteur."),
    ("pl", "Opinie wyrażone w tym artykule są wyłącznie opiniami autora."),
    ("nl", "De geuite meningen zijn uitsluitend die van de auteur."),
])
def test_an_opinion_disclaimer_naming_the_views_expressed_and_their_author_is_removed(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "legal") == [("disclaimer", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "The views expressed at the meeting were mixed, the mayor told reporters on Tuesday."),
    ("de", "Die in der Debatte geäußerten Ansichten gingen weit auseinander."),
    ("fr", "Les opinions exprimées lors de la réunion publique étaient très partagées."),
    ("pl", "Opinie wyrażone na spotkaniu mieszkańców były bardzo podzielone."),
])
def test_a_sentence_about_views_expressed_elsewhere_stays(code, line):
    doc = run_cleaner(Legal, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert doc.removed == ()


def test_a_turkish_opinion_disclaimer_goes_and_a_report_of_views_stays():
    doc = run_cleaner(Legal, "Yazıda ifade edilen görüşler yazara aittir ve yayın kuruluşumuzun görüşlerini yansıtmayabilir.",
                      language="tr")
    assert texts(doc) == []
    kept = "Meclis üyeleri farklı görüşler dile getirdi, ancak plan oy çokluğuyla kabul edildi."
    assert run_cleaner(Legal, kept, language="tr").removed == ()
