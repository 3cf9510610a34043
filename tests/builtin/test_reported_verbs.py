"""The reporting verbs of news prose (cleaners/lang ``reported``), the guard of the rules that cut lines which could
be an article's sentence: a line that reports someone's words is prose and stays.

Each language is tested where `author_bio` reads the known author presented after a role ("Landrätin Stefan Braun
..."): with a reporting verb other than "said" ("sprach von", "warned", "a martelé"...) the line is a quoted source
who shares the author's name, not the writer presented, and stays; the same shape with no reporting verb is a
presentation of the writer and goes. Japanese and Chinese write no spaces between words, so a role and a name are
not read there: the Japanese line ends with a call (`reader_calls` ``closing-call``), the Chinese one opens with a
welcome (`calls_to_action` ``welcome-visitor``). A call to the reader reported in a story (an appeal, a liked-this line)
stays too; the call itself goes."""
import pytest

from cleaners.builtin.author_bio import AuthorBio
from cleaners.builtin.calls_to_action import CallsToAction
from cleaners.builtin.donation import Donation
from cleaners.builtin.reader_calls import ReaderCalls

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

ARTICLE = {**SENTENCES,
           "hr": "Spasioci su do poplavljenog sela stigli tek u utorak u zoru, a lokalne vlasti evakuirale su sve stanovnike.",
           "sr": "Spasioci su do poplavljenog sela stigli tek u utorak u zoru, a lokalne vlasti evakuisale su sve stanovnike.",
           "sl": "Reševalci so do poplavljene vasi prišli šele v torek ob zori, lokalne oblasti pa so evakuirale vse prebivalce.",
           "gl": "Os equipos de rescate chegaron á aldea asolagada o martes ao amencer e evacuaron a todos os veciños.",
           "ms": "Pasukan penyelamat hanya tiba di kampung yang dilanda banjir pada pagi Selasa dan semua penduduk dipindahkan.",
           "ja": "救助隊は火曜日の夜明けにようやく浸水した村に到着し、住民全員が避難した。",
           "zh": "救援队周二凌晨才抵达被洪水淹没的村庄，全村居民已经撤离。"}

# (language, the author's name, a source of that name reported with a verb the list lacked before, the writer presented)
PRESENTED = [
    ("en", "Ann Lee", "Harbour mayor Ann Lee warned that the coast road would stay closed until spring.",
     "Senior reporter Ann Lee has covered the coast for the paper since 2015."),
    ("en", "Ann Lee", "Council leader Ann Lee spoke of a turning point for the villages along the river.",
     "Senior reporter Ann Lee has covered the coast for the paper since 2015."),
    ("en", "Ann Lee", "Council leader Ann Lee insisted the money would reach the villages this year.",
     "Senior reporter Ann Lee has covered the coast for the paper since 2015."),
    ("de", "Stefan Braun", "Landrätin Stefan Braun sprach von einem wichtigen Signal für die ländlichen Gemeinden.",
     "Redakteur Stefan Braun wurde 2021 mit dem Preis für Lokaljournalismus ausgezeichnet."),
    ("de", "Stefan Braun", "Landrat Stefan Braun betonte, die Straße bleibe bis zum Frühjahr gesperrt.",
     "Redakteur Stefan Braun wurde 2021 mit dem Preis für Lokaljournalismus ausgezeichnet."),
    ("de", "Stefan Braun", "Landrat Stefan Braun warnte vor weiteren Überschwemmungen in den Tälern.",
     "Redakteur Stefan Braun wurde 2021 mit dem Preis für Lokaljournalismus ausgezeichnet."),
    ("fr", "Claire Martin", "La maire Claire Martin a martelé que la route resterait fermée jusqu'au printemps.",
     "La journaliste Claire Martin travaille au journal depuis 2015 et vit à Lyon."),
    ("es", "María Gómez", "La alcaldesa María Gómez advirtió que la carretera seguirá cerrada hasta la primavera.",
     "La periodista María Gómez trabaja en el diario desde 2015 y vive en Sevilla."),
    ("it", "Giulia Rossi", "La sindaca Giulia Rossi ha sottolineato che la strada resterà chiusa fino alla primavera.",
     "La giornalista Giulia Rossi lavora al quotidiano dal 2015 e vive a Bologna."),
    ("pt", "Ana Costa", "A prefeita Ana Costa alertou que a estrada ficará fechada até a primavera.",
     "A jornalista Ana Costa trabalha no jornal desde 2015 e vive em Coimbra."),
    ("nl", "Anna de Vries", "Burgemeester Anna de Vries waarschuwde dat de weg tot het voorjaar dicht blijft.",
     "Verslaggever Anna de Vries won in 2021 de prijs voor regionale journalistiek."),
    ("pl", "Anna Nowak", "Burmistrz Anna Nowak podkreśliła, że droga pozostanie zamknięta do wiosny.",
     "Reporterka Anna Nowak otrzymała w 2021 roku nagrodę za reportaże o powodziach."),
    ("ru", "Анна Иванова", "Глава района Анна Иванова подчеркнула, что дорога будет закрыта до весны.",
     "Корреспондент Анна Иванова в 2021 году получила премию за репортажи о наводнениях."),
    ("sv", "Anna Berg", "Kommunalrådet Anna Berg varnade för nya översvämningar längs ån.",
     "Reportern Anna Berg har arbetat på tidningen sedan 2015 och bor i Umeå."),
    ("da", "Anna Holm", "Borgmester Anna Holm advarede om nye oversvømmelser langs åen.",
     "Journalist Anna Holm har arbejdet på avisen siden 2015 og bor i Aarhus."),
    ("nb", "Anna Berg", "Ordfører Anna Berg advarte mot nye flommer langs elva.",
     "Journalist Anna Berg har jobbet i avisen siden 2015 og bor i Tromsø."),
    ("fi", "Anna Virtanen", "Kunnanjohtaja Anna Virtanen varoitti uusista tulvista joen varrella.",
     "Toimittaja Anna Virtanen sai vuonna 2021 palkinnon tulvia käsittelevistä reportaaseistaan."),
    ("cs", "Jana Nováková", "Starostka Jana Nováková upozornila, že silnice zůstane zavřená až do jara.",
     "Reportérka Jana Nováková získala v roce 2021 cenu za reportáže o povodních."),
    ("tr", "Ayşe Yılmaz", "Belediye Başkanı Ayşe Yılmaz yolun bahara kadar kapalı kalacağını anlattı.",
     "Muhabir Ayşe Yılmaz 2015 yılından bu yana gazetede çalışıyor ve İzmir'de yaşıyor."),
    ("ar", "سارة حداد", "رئيسة البلدية سارة حداد حذرت من فيضانات جديدة على ضفاف النهر.",
     "المحررة سارة حداد حصلت عام 2021 على جائزة الصحافة المحلية."),
    ("uk", "Олена Коваль", "Голова громади Олена Коваль наголосила, що дорога буде закрита до весни.",
     "Кореспондентка Олена Коваль у 2021 році отримала премію за репортажі про повені."),
    ("bg", "Мария Петрова", "Кметът Мария Петрова предупреди за нови наводнения покрай реката.",
     "Репортерът Мария Петрова получи през 2021 година награда за репортажите си за наводненията."),
    ("hr", "Ana Horvat", "Gradonačelnica Ana Horvat upozorila je na nove poplave uz rijeku.",
     "Novinarka Ana Horvat dobila je 2021. nagradu za reportaže o poplavama."),
    ("sr", "Ana Jovanović", "Gradonačelnica Ana Jovanović upozorila je na nove poplave duž reke.",
     "Novinarka Ana Jovanović dobila je 2021. nagradu za reportaže o poplavama."),
    ("sk", "Jana Kováčová", "Starostka Jana Kováčová upozornila, že cesta zostane zatvorená až do jari.",
     "Reportérka Jana Kováčová získala v roku 2021 cenu za reportáže o povodniach."),
    ("sl", "Ana Novak", "Županja Ana Novak je opozorila na nove poplave ob reki.",
     "Novinarka Ana Novak prejela je leta 2021 nagrado za reportaže o poplavah."),
    ("ro", "Ana Popescu", "Primarul Ana Popescu a avertizat că drumul va rămâne închis până în primăvară.",
     "Reportera Ana Popescu a primit în 2021 premiul pentru reportaje despre inundații."),
    ("hu", "Anna Kovács", "A polgármester Anna Kovács figyelmeztetett, hogy az út tavaszig zárva marad.",
     "Rovatvezető Anna Kovács 2021-ben díjat kapott az árvízről szóló riportjaiért."),
    ("el", "Μαρία Παππά", "Η δήμαρχος Μαρία Παππά προειδοποίησε για νέες πλημμύρες κατά μήκος του ποταμού.",
     "Η δημοσιογράφος Μαρία Παππά εργάζεται στην εφημερίδα από το 2015 και ζει στην Πάτρα."),
    ("ca", "Anna Puig", "L'alcaldessa Anna Puig va advertir que la carretera seguirà tancada fins a la primavera.",
     "La periodista Anna Puig treballa al diari des del 2015 i viu a Girona."),
    ("gl", "Ana Castro", "A alcaldesa Ana Castro advertiu que a estrada seguirá pechada ata a primavera.",
     "A xornalista Ana Castro traballa no xornal desde 2015 e vive en Lugo."),
    ("id", "Siti Rahayu", "Bupati Siti Rahayu menegaskan jalan itu tetap ditutup hingga musim kemarau.",
     "Wartawan Siti Rahayu meraih penghargaan jurnalistik pada 2021 atas liputannya tentang banjir."),
    ("ms", "Siti Aminah", "Datuk Bandar Siti Aminah menegaskan jalan itu kekal ditutup sehingga hujung tahun.",
     "Wartawan Siti Aminah bertugas di akhbar ini sejak 2015 dan tinggal di Ipoh."),
    ("vi", "Nguyễn Lan", "Chủ tịch xã Nguyễn Lan thừa nhận con đường sẽ tiếp tục bị đóng đến mùa xuân.",
     "Phóng viên Nguyễn Lan làm việc tại tờ báo từ năm 2015 và sống ở Huế."),
    ("he", "נועה לוי", "ראש המועצה נועה לוי הזהירה מפני הצפות נוספות לאורך הנהר.",
     "הכתבת נועה לוי זכתה ב-2021 בפרס על כתבותיה על השיטפונות."),
    ("fa", "مریم احمدی", "فرماندار مریم احمدی هشدار داد که جاده تا بهار بسته می‌ماند.",
     "خبرنگار مریم احمدی از سال ۲۰۱۵ در این روزنامه کار می‌کند و ساکن شیراز است."),
    ("hi", "अनीता शर्मा", "जिलाधिकारी अनीता शर्मा ने चेतावनी दी कि सड़क वसंत तक बंद रहेगी।",
     "संवाददाता अनीता शर्मा 2015 से अखबार में काम करती हैं और लखनऊ में रहती हैं।"),
]


def _bio(code: str, line: str, author: str):
    return run_cleaner(AuthorBio, "\n\n".join([ARTICLE[code], line]), language=code, author=author)


@pytest.mark.parametrize("code,author,reported,presented", PRESENTED)
def test_a_source_who_shares_the_authors_name_reported_with_a_news_verb_stays(code, author, reported, presented):
    doc = _bio(code, reported, author)
    assert texts(doc) == [ARTICLE[code], reported] and doc.removed == ()


@pytest.mark.parametrize("code,author,reported,presented", PRESENTED)
def test_the_writer_presented_after_a_role_still_goes(code, author, reported, presented):
    doc = _bio(code, presented, author)
    assert texts(doc) == [ARTICLE[code]] and cuts(doc, "author_bio") == [("author-bio", presented)]


def _tail(cleaner, code: str, line: str):
    return run_cleaner(cleaner, "\n\n".join([ARTICLE[code], line, ARTICLE[code] + " 2"]), language=code)


def test_a_japanese_source_reported_before_a_call_stays():
    line = "県警によれば、同署では事故の目撃者からの情報提供をお待ちしています。"
    doc = _tail(ReaderCalls, "ja", line)
    assert line in texts(doc) and doc.removed == ()


def test_a_japanese_call_still_goes():
    line = "事故の目撃者からの情報提供をお待ちしています。"
    doc = _tail(ReaderCalls, "ja", line)
    assert line not in texts(doc) and ("closing-call", line) in cuts(doc, "reader_calls")


def test_a_chinese_welcome_reported_stays():
    line = "欢迎来到全新的图书馆，馆长坦言这一天他等了整整十年。"
    doc = _tail(CallsToAction, "zh", line)
    assert line in texts(doc) and doc.removed == ()


def test_a_chinese_welcome_to_the_visitor_still_goes():
    line = "欢迎来到本站，这里每天为您更新本地新闻。"
    doc = _tail(CallsToAction, "zh", line)
    assert line not in texts(doc) and cuts(doc, "calls_to_action") == [("welcome-visitor", line)]


@pytest.mark.parametrize("cleaner,code,reported,call,rule", [
    (Donation, "en", "Support our journalism, the editor argued at the meeting.",
     "Support our journalism and become a member today.", "donation-appeal"),
    (Donation, "de", "Unterstützen Sie unseren Journalismus, appellierte der Chefredakteur.",
     "Unterstützen Sie unseren Journalismus mit einer Spende.", "donation-appeal"),
    (ReaderCalls, "en", "If you enjoyed this post, you will like the sequel, the author insisted.",
     "If you enjoyed this post, please share it with your friends.", "liked-this"),
])
def test_a_call_reported_in_a_story_stays_and_the_call_goes(cleaner, code, reported, call, rule):
    doc = _tail(cleaner, code, reported)
    assert reported in texts(doc) and doc.removed == ()
    doc = _tail(cleaner, code, call)
    assert call not in texts(doc) and (rule, call) in cuts(doc, cleaner.name)
