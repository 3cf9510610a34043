"""Legal lines and disclaimers in the document's language, against prose and other languages' words."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts


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
