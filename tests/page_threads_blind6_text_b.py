"""Texts of the sixth blind comment-page harness (`tests/page_threads_blind6.py`): pl, sv, el, uk (Latin, Greek,
Cyrillic). Same contract as `page_threads_blind6_text_a.py`. Written for this harness."""
from __future__ import annotations

from tests.page_threads_blind6_text_a import lang

LANGS_B = {
    "pl": lang(
        "Miasto kupi dwadzieścia autobusów elektrycznych, ale zajezdnia nie jest gotowa",
        ["Zarząd komunikacji miejskiej podpisał w czwartek umowę na dostawę dwudziestu autobusów elektrycznych. "
         "Pierwsze pojazdy mają wyjechać na ulice jesienią, a ostatnie do końca przyszłego roku.",
         "Problemem pozostaje zajezdnia przy ulicy Składowej, gdzie wciąż brakuje stacji ładowania. "
         "Przetarg na ich budowę unieważniono w styczniu, ponieważ wszystkie oferty przekraczały budżet.",
         "Prezes spółki zapewnia, że do czasu budowy ładowarek autobusy będą ładowane na pętli przy dworcu. "
         "Związkowcy obawiają się jednak, że kierowcy będą musieli czekać na ładowanie po godzinach pracy.",
         "Zakup kosztuje osiemdziesiąt milionów złotych i w większości finansowany jest ze środków unijnych. "
         "Miasto chce do końca dekady wymienić całą flotę na pojazdy bezemisyjne."],
        ["Najpierw buduje się ładowarki, a dopiero potem kupuje autobusy, to chyba oczywiste.",
         "Na linii siedemnaście wciąż jeżdżą autobusy starsze ode mnie, więc każda zmiana cieszy.",
         "Kierowcy i tak mają za mało przerw, teraz jeszcze dojdzie czekanie przy ładowarce.",
         "Ciekawe, ile te baterie wytrzymają przy naszych zimach.",
         "Dobrze, że pieniądze unijne nie przepadną, bo termin był naprawdę krótki.",
         "Pętla przy dworcu jest już teraz zakorkowana, nie wyobrażam sobie tam dwudziestu autobusów.",
         "W sąsiednim mieście elektryki jeżdżą od pięciu lat i nikt nie narzeka.",
         "Czy ktoś w końcu policzy, ile kosztuje prąd do tych pojazdów?"],
        ["Agnieszka Nowak", "Paweł Zieliński", "Krzysztof Wróbel", "Magdalena Kaczmarek", "Oleh Bondar", "Ewa Lis"],
        ["Kiedy pojawią się pierwsze autobusy?", "Gdzie będą ładowane?", "Ile kosztuje zakup?"],
        "{d} marca 2024, {h}:{m} | {n} godz. temu | Autor: | Odpowiedz | {n} komentarzy | Pokaż {n} kolejne odpowiedzi | "
        "Lubię to | Zweryfikowany | Subskrybent | {name} napisał(a): | Komentarze są zamknięte. | Komentarze (0) | "
        "Dodaj komentarz | Listy od czytelników | Najczęściej zadawane pytania | Relacja na żywo | Załaduj więcej komentarzy | Najnowsze"),
    "sv": lang(
        "Kommunen lägger ner nattbussen mellan centrum och industriområdet",
        ["Kollektivtrafiknämnden beslutade på måndagen att nattbussen mellan centrum och industriområdet Norra Hamnen läggs ner i juni. "
         "Linjen har under vintern haft i genomsnitt sex resenärer per tur.",
         "Flera av de största arbetsgivarna i området har skift som slutar efter midnatt. "
         "Fackförbundet varnar för att anställda utan bil kommer att tvingas cykla längs en obelyst landsväg.",
         "Nämndens ordförande säger att kommunen i stället vill pröva anropsstyrd trafik med mindre fordon. "
         "Resenärer ska kunna boka en resa via telefon eller app senast en timme i förväg.",
         "Försöket beräknas kosta hälften så mycket som den nuvarande linjen. "
         "En utvärdering ska presenteras för nämnden efter sex månader."],
        ["Sex resenärer per tur är sex människor som nu måste ta sig hem på något annat sätt.",
         "Anropstrafik fungerar bra på landsbygden, jag har använt det i flera år.",
         "Vägen ut till Norra Hamnen är livsfarlig att cykla på i november.",
         "Varför inte låta företagen i området betala en del av bussen?",
         "Appen som kommunen använder i dag kraschar varannan gång jag försöker köpa biljett.",
         "Min dotter jobbar natt på lagret och har inget körkort, vad ska hon göra nu?",
         "En timmes förbokning låter rimligt om bilen faktiskt kommer i tid.",
         "Det är samma nämnd som lovade bättre kollektivtrafik i valrörelsen."],
        ["Karin Lundqvist", "Ahmed Yusuf", "Per-Olof Sandberg", "Emma Lindgren", "Mikael Strand", "Leila Rostami"],
        ["När läggs linjen ner?", "Hur bokar man en resa?", "Vad kostar försöket?"],
        "{d} mars 2024 kl. {h}:{m} | för {n} timmar sedan | Av | Svara | {n} kommentarer | Visa {n} svar till | "
        "Gilla | Verifierad | Prenumerant | {name} skrev: | Kommentarsfältet är stängt. | Kommentarer (0) | "
        "Skriv en kommentar | Läsarbrev | Vanliga frågor | Direktrapport | Ladda fler kommentarer | Senaste"),
    "el": lang(
        "Ο δήμος ανακοίνωσε νέο πρόγραμμα αποκομιδής απορριμμάτων για τις καλοκαιρινές μέρες",
        ["Ο δήμος ανακοίνωσε την Τρίτη ότι από τον Ιούνιο τα απορριμματοφόρα θα περνούν και τις νυχτερινές ώρες στις παραλιακές γειτονιές. "
         "Η απόφαση ελήφθη μετά από τα παράπονα κατοίκων για τους γεμάτους κάδους τα περσινά Σαββατοκύριακα.",
         "Θα προσληφθούν είκοσι εποχικοί εργαζόμενοι για τέσσερις μήνες και θα μισθωθούν δύο επιπλέον οχήματα. "
         "Το κόστος υπολογίζεται σε περίπου τριακόσιες χιλιάδες ευρώ.",
         "Οι καταστηματάρχες της παραλίας χαιρέτισαν το μέτρο αλλά ζητούν περισσότερους κάδους ανακύκλωσης. "
         "Ο αντιδήμαρχος καθαριότητας δεσμεύτηκε να τοποθετηθούν πενήντα νέοι κάδοι πριν από το Πάσχα.",
         "Παράλληλα ο δήμος θα επιβάλλει πρόστιμα σε όσους αφήνουν σακούλες εκτός ωραρίου. "
         "Οι έλεγχοι θα γίνονται από τη δημοτική αστυνομία σε συνεργασία με τα συνεργεία καθαριότητας."],
        ["Επιτέλους κάποιος άκουσε τους κατοίκους της παραλίας μετά από τρία καλοκαίρια.",
         "Τα πρόστιμα είναι καλή ιδέα αλλά ποιος θα τα εφαρμόσει στις τρεις τα ξημερώματα;",
         "Στη γειτονιά μου ο κάδος ανακύκλωσης είναι γεμάτος από την Παρασκευή το πρωί.",
         "Είκοσι εποχικοί για όλη την παραλία μου φαίνονται λίγοι.",
         "Ο θόρυβος του απορριμματοφόρου τα μεσάνυχτα δεν θα είναι ευχάριστος για τους τουρίστες.",
         "Ας ξεκινήσουν από τις καφετέριες που πετάνε τα σκουπίδια στον δρόμο.",
         "Πέρσι το ίδιο υποσχέθηκαν και οι κάδοι ήρθαν τον Σεπτέμβριο.",
         "Μπράβο στους εργαζόμενους της καθαριότητας που δουλεύουν με αυτή τη ζέστη."],
        ["Μαρία Παπαδοπούλου", "Γιώργος Νικολάου", "Ελένη Κωνσταντίνου", "Δημήτρης Αλεξίου", "Σοφία Γεωργίου", "Νίκος Βλάχος"],
        ["Πότε ξεκινά το νέο πρόγραμμα;", "Πόσοι εργαζόμενοι θα προσληφθούν;", "Ποιο είναι το πρόστιμο;"],
        "{d} Μαρτίου 2024, {h}:{m} | πριν από {n} ώρες | Από | Απάντηση | {n} σχόλια | Εμφάνιση {n} ακόμη απαντήσεων | "
        "Μου αρέσει | Επαληθευμένος | Συνδρομητής | Ο/Η {name} έγραψε: | Τα σχόλια είναι κλειστά. | Σχόλια (0) | "
        "Γράψτε ένα σχόλιο | Επιστολές αναγνωστών | Συχνές ερωτήσεις | Ζωντανή ενημέρωση | Περισσότερα σχόλια | Νεότερα"),
    "uk": lang(
        "Міська рада виділила кошти на ремонт укриттів у школах до початку навчального року",
        ["Депутати міської ради на позачерговій сесії виділили сорок два мільйони гривень на облаштування укриттів у школах. "
         "Роботи мають завершитися до першого вересня в усіх двадцяти трьох закладах.",
         "Найбільше коштів отримає ліцей на Садовій, де підвал потребує повної гідроізоляції. "
         "У трьох школах укриття досі не мають окремої вентиляції та запасного виходу.",
         "Батьківські комітети просять оприлюднити графік робіт для кожної школи окремо. "
         "Департамент освіти обіцяє розмістити його на сайті міста до кінця квітня.",
         "Якщо підрядники не встигнуть, частина учнів навчатиметься змішано. "
         "Про це директори повідомлять батьків не пізніше середини серпня."],
        ["Дуже добре, що нарешті подумали про вентиляцію, влітку в підвалі неможливо дихати.",
         "Мій син ходить у ліцей на Садовій, там після дощу в підвалі стоїть вода.",
         "Графік робіт треба було оприлюднити ще до голосування, а не після.",
         "Сорок два мільйони на двадцять три школи це не так уже й багато.",
         "Хто перевірятиме якість робіт, батьки чи сам підрядник?",
         "Змішане навчання для молодших класів просто не працює, ми це вже проходили.",
         "Дякую депутатам, які прийшли на позачергову сесію у вихідний день.",
         "У нашій школі запасний вихід завалений старими партами вже третій рік."],
        ["Олена Коваленко", "Андрій Мельник", "Ірина Шевчук", "Тарас Бондаренко", "Наталія Кравець", "Сергій Левченко"],
        ["Коли завершаться роботи?", "Які школи отримають найбільше коштів?", "Що буде, якщо підрядники не встигнуть?"],
        "{d} березня 2024 о {h}:{m} | {n} години тому | Автор: | Відповісти | {n} коментарів | Показати ще {n} відповіді | "
        "Подобається | Підтверджений | Передплатник | {name} написав(ла): | Коментарі закрито. | Коментарі (0) | "
        "Залишити коментар | Листи читачів | Поширені запитання | Онлайн | Завантажити більше коментарів | Найновіші"),
}
