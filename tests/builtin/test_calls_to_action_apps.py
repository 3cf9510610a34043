"""App-download, channel and mailbox calls in each language, against stories that open the same way."""
import pytest

from cleaners.builtin.calls_to_action import CallsToAction

from ..conftest import run_cleaner
from . import cuts, texts
from ._calls_to_action import BODY


@pytest.mark.parametrize("code,line,rule", [
    ("en", "Download our free app for iPhone and Android", "app-download"),
    ("de", "Laden Sie sich unsere App herunter!", "app-download"),
    ("fr", "Téléchargez l'application pour ne rien manquer", "app-download"),
    ("es", "Descárgate la app en tu móvil", "app-download"),
    ("it", "Scarica l'app gratis", "app-download"),
    ("pt", "Baixe o nosso aplicativo", "app-download"),
    ("nl", "Download de app", "app-download"),
    ("ru", "Установите наше приложение", "app-download"),
    ("pl", "Ściągnij naszą aplikację", "app-download"),
    ("pl", "Obserwuj nas na Instagramie", "social"),
    ("tr", "Ücretsiz uygulamamızı hemen indirin", "app-download"),
    ("tr", "WhatsApp kanalımıza katılın", "social"),
    ("sv", "Ladda ner vår app för iPhone och Android", "app-download"),
    ("sv", "Följ oss på Instagram", "social"),
    ("uk", "Завантажте наш застосунок для iPhone та Android", "app-download"),
    ("uk", "Стежте за нами в Instagram", "social"),
    ("cs", "Stáhněte si naši aplikaci pro iPhone a Android", "app-download"),
    ("cs", "Sledujte nás na Instagramu", "social"),
    ("da", "Hent vores app til iPhone og Android", "app-download"),
    ("da", "Følg os på Instagram", "social"),
    ("vi", "Tải ứng dụng của chúng tôi cho iPhone và Android", "app-download"),
    ("vi", "Theo dõi chúng tôi trên Instagram", "social"),
    ("he", "הורידו את האפליקציה שלנו לאייפון ולאנדרואיד", "app-download"),
    ("he", "עקבו אחרינו באינסטגרם", "social"),
    ("fa", "دانلود اپلیکیشن ما برای آیفون و اندروید", "app-download"),
    ("fa", "ما را در اینستاگرام دنبال کنید", "social"),
    ("hi", "हमारा ऐप डाउनलोड करें, आईफोन और एंड्रॉयड दोनों पर", "app-download"),
    ("hi", "हमें इंस्टाग्राम पर फॉलो करें", "social"),
    ("ca", "Descarrega't la nostra app per a iPhone i Android", "app-download"),
    ("ca", "Segueix-nos a Instagram", "social"),
    ("bg", "Изтеглете нашето приложение за iPhone и Android", "app-download"),
    ("bg", "Последвайте ни в Instagram", "social"),
    ("sk", "Stiahnite si našu aplikáciu pre iPhone a Android", "app-download"),
    ("sk", "Sledujte nás na Instagrame", "social"),
    ("id", "Unduh aplikasi kami untuk iPhone dan Android", "app-download"),
    ("id", "Ikuti kami di Instagram", "social"),
    ("nb", "Last ned appen vår for iPhone og Android", "app-download"),
    ("nb", "Følg oss på Instagram", "social"),
    ("fi", "Lataa ilmainen sovelluksemme iPhonelle ja Androidille", "app-download"),
    ("fi", "Seuraa meitä Instagramissa", "social"),
    ("ar", "حمّل تطبيقنا على آيفون وأندرويد", "app-download"),
    ("ar", "تابعونا على تلغرام", "social"),
    ("ko", "앱을 설치하고 속보 알림을 받아보세요", "app-download"),
    ("ko", "카카오톡 채널을 추가하세요", "social"),
    ("el", "Κατεβάστε δωρεάν την εφαρμογή μας για iPhone και Android", "app-download"),
    ("el", "Ακολουθήστε μας στο Instagram", "social"),
    ("ro", "Descarcă aplicația noastră pentru iPhone și Android", "app-download"),
    ("ro", "Urmărește-ne pe Instagram", "social"),
    ("hu", "Töltse le ingyenes alkalmazásunkat iPhone-ra és Androidra", "app-download"),
    ("hu", "Kövessen minket az Instagramon", "social"),
    ("ru", "Подписывайтесь на наш канал в Телеграме", "social"),
    ("es", "Únete a nuestro canal de WhatsApp", "social"),
    ("de", "Die wichtigsten Nachrichten direkt in Ihr Postfach", "newsletter"),
    ("nl", "Ontvang elke ochtend het nieuws uit de regio", "newsletter-signup"),
])
def test_app_channel_and_mailbox_calls_in_each_language(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Download speeds doubled in the valley after the new cable was laid last spring, the operator said."),
    ("en", "Get the app ready before the election, the minister told officials, or the count will be late again."),
    ("de", "Laden Sie die App herunter, forderte der Bürgermeister die Bürger auf, dann erfahren Sie alles über die Baustelle."),
    ("pl", "Obserwuj nas uważnie, mówili żołnierze do dzieci przy bramie koszar."),
    ("tr", "Yorum yapmak istemeyen bakan, sorular bitmeden salondan ayrıldı ve arabasına bindi."),
    ("tr", "Tabelaları takip edin, diye bağırdı görevli, ve kalabalığı arka kapıya yönlendirdi."),
    ("sv", "Följ oss noga, sade soldaterna till barnen vid grinden till kasernen."),
    ("da", "Følg os tæt, sagde soldaterne til børnene ved porten til kasernen."),
    ("vi", "Theo dõi chúng tôi thật kỹ, người hướng dẫn nói với bọn trẻ ở cổng doanh trại."),
    ("he", "עקבו אחרינו מקרוב, אמרו החיילים לילדים בשער הבסיס."),
    ("fa", "ما را از نزدیک دنبال کنید، سربازان این را به بچه‌ها در ورودی پادگان گفتند."),
    ("hi", "हमें ध्यान से फॉलो करें, सैनिकों ने छावनी के गेट पर बच्चों से कहा।"),
    ("ca", "Seguiu-nos de prop, van dir els soldats als nens a la porta de la caserna."),
    ("bg", "Последвайте ни отблизо, казаха войниците на децата пред портала на казармата."),
    ("sk", "Sledujte nás pozorne, povedali vojaci deťom pri bráne kasární."),
    ("id", "Ikuti kami dengan hati-hati, kata petugas kepada anak-anak di gerbang barak."),
    ("nb", "Følg oss tett, sa soldatene til barna ved porten til kasernen."),
    ("fi", "Seuraa meitä tarkasti, sotilaat sanoivat lapsille kasarmin portilla."),
    ("ar", "تابعونا جيداً، قال المدرب للأطفال عند بوابة الثكنة."),
    ("ko", "유튜브 채널을 구독하세요, 라고 강사가 막사 입구에서 아이들에게 말했다."),
    ("el", "Ακολουθήστε μας προσεκτικά, είπε ο εκπαιδευτής στα παιδιά στην πύλη του στρατοπέδου."),
    ("ro", "Urmăriți-ne cu atenție, a spus instructorul copiilor de la poarta cazărmii."),
    ("hu", "Kövessenek minket figyelmesen, mondta az oktató a gyerekeknek a laktanya kapujában."),
    ("cs", "Sledujte nás pozorně, řekl instruktor dětem u brány kasáren."),
    ("uk", "Стежте за нами уважно, сказав інструктор дітям біля входу до казарми."),
    ("nl", "Ontvang elke ochtend een gast, zei de burgemeester, dan leer je de stad kennen en weet je wat er speelt."),
])
def test_the_same_openings_in_a_story_stay(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line]


@pytest.mark.parametrize("code,line,rule", [
    ("es", "Descarga gratis nuestra aplicación", "app-download"),
    ("it", "Scarica gratis la nostra app", "app-download"),
    ("de", "Unsere App jetzt kostenlos herunterladen", "app-download"),
    ("nl", "Download gratis onze nieuws-app", "app-download"),
    ("ru", "Скачайте бесплатно наше приложение", "app-download"),
    ("en", "Never miss a story: sign up for our daily email", "newsletter-signup"),
    ("ru", "Наш канал в Telegram — подписывайтесь", "social"),
])
def test_calls_with_words_between_the_verb_and_the_app(code, line, rule):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY] and cuts(doc, "calls_to_action") == [(rule, line)]


@pytest.mark.parametrize("code,line", [
    ("en", "Get the new banking app running by Friday, the bank told its customers."),
    ("it", "Scarica la colpa sul governo il sindaco, che parla di una scelta sbagliata."),
    ("es", "Descarga gratis nuestra aplicación, dijo el ministro, y sabrás cuándo pasa el autobús."),
])
def test_prose_opening_like_an_app_call_stays(code, line):
    doc = run_cleaner(CallsToAction, f"{BODY}\n\n{line}", language=code)
    assert texts(doc) == [BODY, line]
