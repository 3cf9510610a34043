"""Polish, Czech, Swedish and Russian prose of the tenth blind page harness (written for it), one story and the
page's furniture words per language, shaped as ``tests/page_blind10_prose_a.py``."""
from tests.page_blind10_prose_a import _lang

LATIN_B = {
    "pl": _lang(
        "Stara zajezdnia tramwajowa zamieni się w centrum kultury",
        ["Miasto rozstrzygnęło konkurs na przebudowę dawnej zajezdni tramwajowej przy ulicy Kolejowej. W halach, "
         "w których jeszcze dekadę temu naprawiano wagony, powstanie centrum kultury z salą koncertową.",
         "Zwycięski projekt zachowuje ceglane ściany i stalowe kratownice dachu. Architekci chcą też pozostawić "
         "fragment torów, które mają prowadzić odwiedzających od wejścia do głównej sali.",
         "Koszt inwestycji szacowany jest na blisko osiemdziesiąt milionów złotych. Miasto liczy na "
         "dofinansowanie z programu rewitalizacji, o które wystąpi jesienią.",
         "Mieszkańcy okolicznych kamienic obawiają się hałasu i braku miejsc parkingowych. Urzędnicy zapowiadają "
         "spotkanie, na którym projektanci odpowiedzą na pytania sąsiadów.",
         "Jeśli wszystko pójdzie zgodnie z planem, prace ruszą za dwa lata, a pierwsze wydarzenia odbędą się w "
         "zajezdni przed końcem dekady."],
        ["Cegła i stal zostają", "Obawy sąsiadów"],
        ["Powierzchnia: 6 tys. metrów kwadratowych", "Rok budowy: 1911", "Sala koncertowa: 700 miejsc"],
        [("Kasia_W", "Wreszcie coś się dzieje z tym budynkiem, niszczał na naszych oczach."),
         ("mieszkaniec", "A gdzie ludzie mają parkować? Już teraz nie ma miejsc wieczorem.")],
        {"related": "Czytaj także", "related_items": ["Nowa linia autobusowa na osiedle", "Remont mostu opóźniony",
                                                      "Budżet obywatelski: wyniki głosowania"],
         "facts": "W skrócie", "continued": "Ciąg dalszy", "nav": ["Strona główna", "Miasto", "Sport", "Kultura"],
         "footer": "Gazeta Miejska ukazuje się od 1990 roku i jest wydawana przez niezależną spółkę należącą do "
                   "dziennikarzy. Redakcja przestrzega kodeksu etyki dziennikarskiej i niezwłocznie publikuje "
                   "sprostowania, gdy czytelnicy zwrócą nam uwagę na błąd w tekście.",
         "overlay": "Używasz programu blokującego reklamy. Wyłącz go, aby wesprzeć niezależne dziennikarstwo "
                    "lokalne.",
         "comments": "Komentarze", "back": "Powrót do listy", "paywall": "Wykup dostęp, aby czytać dalej"}),
    "cs": _lang(
        "Obec opraví starou vodárnu a otevře v ní rozhlednu",
        ["Zastupitelé schválili opravu staré vodárenské věže na kopci nad obcí. Stavba, která přestala sloužit "
         "před třiceti lety, se má proměnit v rozhlednu s malou výstavou o historii vodovodu.",
         "Věž postavili místní zedníci v roce 1928 a dlouho zásobovala vodou celé údolí. Po připojení obce na "
         "oblastní vodovod zůstala prázdná a postupně chátrala.",
         "Oprava vyjde přibližně na devět milionů korun. Obec počítá s dotací z krajského programu a část peněz "
         "chce získat veřejnou sbírkou mezi rodáky.",
         "Starostka připomíná, že z vrcholu je za dobrého počasí vidět až na hřebeny hor na hranici. Podle ní by "
         "rozhledna mohla přilákat turisty, kteří dnes obcí jen projíždějí.",
         "Stavební práce by měly začít příští jaro. Otevření rozhledny obec plánuje na podzim následujícího roku."],
        ["Věž z roku 1928", "Sbírka mezi rodáky"],
        ["Výška věže: 24 metrů", "Náklady: asi 9 milionů korun", "Otevření: podzim příštího roku"],
        [("Jirka", "Jako kluci jsme na tu věž lezli, je dobře, že nespadne."),
         ("Marie K.", "Do sbírky rádi přispějeme, jen ať se to nezdrží jako minule.")],
        {"related": "Další články", "related_items": ["Nová cyklostezka podél řeky", "Škola dostane tělocvičnu",
                                                      "Obecní ples se vrací"],
         "facts": "Fakta", "continued": "Pokračování", "nav": ["Úvod", "Zprávy", "Sport", "Kultura"],
         "footer": "Regionální listy vycházejí od roku 1991 a vydává je nezávislé družstvo čtenářů a novinářů. "
                   "Redakce se řídí etickým kodexem novináře a opravy chyb, na které nás čtenáři upozorní, "
                   "zveřejňujeme bez zbytečného odkladu na tomto místě.",
         "overlay": "Používáte blokování reklam. Vypněte jej prosím, abyste podpořili nezávislou regionální "
                    "žurnalistiku.",
         "comments": "Diskuse", "back": "Zpět na přehled", "paywall": "Předplaťte si a čtěte dál"}),
    "sv": _lang(
        "Byns affär räddas av kooperativ",
        ["Den sista livsmedelsbutiken i byn blir kvar. Ett nybildat kooperativ med över tvåhundra medlemmar tar "
         "över affären när den nuvarande ägaren går i pension vid årsskiftet.",
         "Medlemmarna har köpt andelar för femhundra kronor styck, och kommunen bidrar med ett lån för att "
         "byta ut de gamla kylarna som drar mycket ström.",
         "Butiken är också ombud för post och apotek, och för många äldre i bygden är den den enda platsen där "
         "de kan hämta sina paket utan att åka till stan.",
         "Kooperativets ordförande säger att affären måste gå med vinst, men att målet är service snarare än "
         "avkastning. Öppettiderna ska förlängas på fredagar.",
         "Liknande kooperativ har startats i flera andra byar i länet de senaste åren, och de flesta går i dag "
         "runt utan bidrag."],
        ["Andelar för femhundra kronor", "Post och apotek"],
        ["Medlemmar: 214", "Grundad: 1958", "Anställda: 3"],
        [("Birgitta", "Jag köpte två andelar direkt, utan affären dör byn."),
         ("Olle_L", "Bra gjort! Hoppas att fler handlar där nu och inte bara på stormarknaden.")],
        {"related": "Läs också", "related_items": ["Busslinjen dras in i sommar", "Ny förskola i centrum",
                                                   "Kommunen höjer taxan"],
         "facts": "Fakta", "continued": "Fortsättning", "nav": ["Start", "Nyheter", "Sport", "Kultur"],
         "footer": "Bygdebladet ges ut sedan 1903 av en stiftelse som ska trygga en fri och oberoende lokal "
                   "nyhetsförmedling i länet. Redaktionen följer de pressetiska reglerna och rättar fel snabbt "
                   "och öppet så snart våra läsare gör oss uppmärksamma på dem.",
         "overlay": "Du använder en annonsblockerare. Stäng av den för att stödja oberoende lokaljournalistik.",
         "comments": "Kommentarer", "back": "Tillbaka", "paywall": "Bli prenumerant för att läsa vidare"}),
    "ru": _lang(
        "В городе открылась первая библиотека для незрячих",
        ["В субботу в городе открылась библиотека для незрячих и слабовидящих читателей. В ней собрано более "
         "четырёх тысяч книг, напечатанных шрифтом Брайля, и большая коллекция аудиокниг.",
         "Помещение на первом этаже бывшего дома культуры отремонтировали за год. Вдоль стен проложены "
         "тактильные дорожки, а все таблички продублированы рельефными надписями.",
         "Идею библиотеки много лет продвигало местное общество слепых. Его председатель говорит, что раньше за "
         "книгами приходилось ездить в областной центр.",
         "Кроме книг, читателям предлагают занятия по работе с экранными программами на компьютере. Первые "
         "группы уже набраны до конца года.",
         "Власти обещают в следующем году оборудовать такими же залами две районные библиотеки."],
        ["Тактильные дорожки", "Занятия на компьютере"],
        ["Книг шрифтом Брайля: более 4000", "Аудиокниг: 12 000", "Площадь: 310 квадратных метров"],
        [("Ольга", "Замечательная новость, моя мама наконец сможет брать книги рядом с домом."),
         ("Сергей_П", "Надеюсь, это не разовая акция и библиотеку будут пополнять.")],
        {"related": "Читайте также", "related_items": ["Парк у реки откроют летом", "Новый маршрут автобуса",
                                                       "Ремонт школы завершён"],
         "facts": "Справка", "continued": "Продолжение", "nav": ["Главная", "Новости", "Спорт", "Культура"],
         "footer": "Городская газета выходит с 1936 года и издаётся редакционным коллективом без участия "
                   "политических партий. Мы соблюдаем профессиональный кодекс журналиста и публикуем исправления "
                   "сразу, как только читатели сообщают нам о допущенной ошибке.",
         "overlay": "Вы используете блокировщик рекламы. Отключите его, чтобы поддержать независимую местную "
                    "журналистику.",
         "comments": "Комментарии", "back": "Назад к списку", "paywall": "Оформите подписку, чтобы читать дальше"}),
}
