"""Notices of AI use, cookie notices, notices against AI training and opinion disclaimers, against stories about them."""
import pytest

from cleaners.builtin.legal import Legal

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts
from ._legal import BODY


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
