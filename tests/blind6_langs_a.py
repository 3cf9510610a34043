"""Language data of the sixth blind harness (tests/generalisation_blind6.py), part A: English (the
chrome of a mixed-language site), Greek, Russian, Ukrainian, Polish, Turkish. Written for the
harness, not copied; the story (a dry winter, water rationing in a coastal city) is invented."""

LANGS_A = {
    "en": dict(
        title="Coastal city starts water rationing after the driest winter in forty years",
        paras=["The city's two reservoirs held less than a fifth of their capacity on Monday, the water board said, "
               "the lowest level recorded since measurements began in the 1980s.",
               "From next week the supply to homes will be cut for eight hours every night, and filling private pools "
               "or washing cars with a hose will be banned until further notice.",
               "\"We are asking every household to save a bucket a day, and it adds up,\" said the board's chairwoman, "
               "who expects the rules to stay in place at least until the autumn.",
               "Farmers in the valley fear for the olive harvest, while the port authority plans to bring drinking water "
               "by tanker from the mainland if the rains fail again in March."],
        names=["Helen Marsh", "dryvalley_farmer", "K. Adeyemi", "Tom R."],
        comments=["Eight hours every night is nothing compared to what we had in 2008.",
                  "Why are the hotels still filling their pools then?",
                  "The pipes leak more water than we could ever save with buckets.",
                  "Good decision, should have been taken a month ago."],
        comments_head="{n} Comments", ago="{n}h ago", reply="Reply",
        appeal=["Help us keep reporting on the drought, become a supporter today",
                "Our journalism is free for everyone because readers like you chip in"],
        other_amount="Other amount", donate_button="Give now",
        caption="Cracked mud at the edge of the upper reservoir on Sunday",
        credit="Photo: {name}/Harbour Wire",
        source_line="Harbour Wire - Newsroom", date="4 March 2025", updated="Updated 4 March 2025, 18:05",
        reading="{n} min read",
        cta=["Get the morning briefing in your inbox, sign up in one click.",
             "Turn on notifications so you never miss a breaking story.",
             "Tell us what you think in the comments below."],
        share="Share this article", subscribe=["Subscribe to our YouTube channel", "Join our WhatsApp channel for updates"],
        legal="The views expressed by contributors are their own and do not necessarily reflect those of the publisher. "
              "No part of this article may be reproduced without written permission.",
        legal_label="Disclaimer:",
        related=["Tanker ships ordered as islands run dry", "How much water does a household really use?",
                 "Olive growers count the cost of a warm winter", "Desalination plant delayed by a year"],
        related_head="More on this story", read_also="Read also:",
    ),
    "el": dict(
        title="Παράκτια πόλη ξεκινά περικοπές νερού μετά τον πιο ξηρό χειμώνα των τελευταίων σαράντα ετών",
        paras=["Οι δύο ταμιευτήρες της πόλης είχαν τη Δευτέρα λιγότερο από το ένα πέμπτο της χωρητικότητάς τους, "
               "σύμφωνα με την εταιρεία ύδρευσης, το χαμηλότερο επίπεδο από τότε που ξεκίνησαν οι μετρήσεις.",
               "Από την επόμενη εβδομάδα η παροχή στα σπίτια θα διακόπτεται για οκτώ ώρες κάθε νύχτα, ενώ "
               "απαγορεύεται το γέμισμα ιδιωτικών πισινών και το πλύσιμο αυτοκινήτων με λάστιχο.",
               "«Ζητάμε από κάθε νοικοκυριό να εξοικονομεί έναν κουβά την ημέρα», δήλωσε η πρόεδρος της εταιρείας, "
               "η οποία εκτιμά ότι τα μέτρα θα ισχύσουν τουλάχιστον μέχρι το φθινόπωρο.",
               "Οι αγρότες της κοιλάδας ανησυχούν για τη σοδειά της ελιάς, ενώ το λιμενικό ταμείο σχεδιάζει να "
               "μεταφέρει πόσιμο νερό με δεξαμενόπλοια αν δεν βρέξει ξανά τον Μάρτιο."],
        names=["Ελένη Παπαδάκη", "Γιώργος Μ.", "kritikos_72", "Νίκος Βλάχος"],
        comments=["Οκτώ ώρες τη νύχτα δεν είναι τίποτα μπροστά σε όσα περάσαμε παλιά.",
                  "Και τα ξενοδοχεία γιατί γεμίζουν ακόμα τις πισίνες τους;",
                  "Οι σωλήνες χάνουν περισσότερο νερό απ' όσο θα γλιτώσουμε με κουβάδες.",
                  "Σωστή απόφαση, έπρεπε να είχε παρθεί πριν από ένα μήνα."],
        comments_head="{n} σχόλια", ago="πριν από {n} ώρες", reply="Απάντηση",
        appeal=["Στηρίξτε την ανεξάρτητη δημοσιογραφία με μια μικρή δωρεά",
                "Η δουλειά μας είναι δωρεάν για όλους χάρη σε αναγνώστες σαν εσάς"],
        other_amount="Άλλο ποσό", donate_button="Κάντε δωρεά",
        caption="Ξεραμένη λάσπη στην άκρη του άνω ταμιευτήρα την Κυριακή",
        credit="Φωτογραφία: {name}/Λιμάνι Press",
        source_line="Λιμάνι Press - Σύνταξη", date="4 Μαρτίου 2025", updated="Ενημερώθηκε: 4 Μαρτίου 2025, 18:05",
        reading="{n} λεπτά ανάγνωσης",
        cta=["Γραφτείτε στο newsletter μας και λάβετε τα νέα κάθε πρωί.",
             "Ακολουθήστε μας στο Google News για όλες τις εξελίξεις.",
             "Πείτε μας τη γνώμη σας στα σχόλια παρακάτω."],
        share="Κοινοποίηση", subscribe=["Εγγραφείτε στο κανάλι μας στο YouTube", "Ακολουθήστε μας στο Viber"],
        legal="Οι απόψεις των αρθρογράφων δεν εκφράζουν απαραίτητα την άποψη της εφημερίδας. Απαγορεύεται η "
              "αναδημοσίευση χωρίς γραπτή άδεια του εκδότη.",
        legal_label="Αποποίηση ευθύνης:",
        related=["Δεξαμενόπλοια για τα νησιά που μένουν χωρίς νερό", "Πόσο νερό καταναλώνει πραγματικά ένα σπίτι;",
                 "Οι ελαιοπαραγωγοί μετρούν τις απώλειες", "Καθυστέρηση ενός έτους για τη μονάδα αφαλάτωσης"],
        related_head="Διαβάστε επίσης", read_also="Δείτε ακόμα:",
    ),
    "ru": dict(
        title="Приморский город вводит ограничения на воду после самой сухой зимы за сорок лет",
        paras=["В понедельник два городских водохранилища были заполнены меньше чем на пятую часть, сообщили в "
               "водоканале, это самый низкий уровень с начала наблюдений.",
               "Со следующей недели подача воды в дома будет прекращаться на восемь часов каждую ночь, а наполнять "
               "частные бассейны и мыть машины из шланга запрещено до особого распоряжения.",
               "«Мы просим каждую семью экономить хотя бы ведро в день», — заявила глава водоканала, которая ожидает, "
               "что ограничения продлятся как минимум до осени.",
               "Фермеры в долине опасаются за урожай оливок, а портовые власти готовы доставлять питьевую воду "
               "танкерами с материка, если дожди не пойдут и в марте."],
        names=["Елена Смирнова", "Дмитрий К.", "vodolaz_77", "Игорь Петров"],
        comments=["Восемь часов ночью это ерунда по сравнению с тем, что было раньше.",
                  "А почему отели до сих пор наполняют свои бассейны?",
                  "Трубы теряют больше воды, чем мы сэкономим вёдрами.",
                  "Правильное решение, надо было принять его ещё месяц назад."],
        comments_head="Комментарии ({n})", ago="{n} часов назад", reply="Ответить",
        appeal=["Поддержите независимую журналистику, сделайте пожертвование",
                "Наши материалы бесплатны для всех благодаря таким читателям, как вы"],
        other_amount="Другая сумма", donate_button="Поддержать",
        caption="Потрескавшийся ил у края верхнего водохранилища в воскресенье",
        credit="Фото: {name} / Пресс-служба водоканала",
        source_line="Прибрежные вести — Новости", date="4 марта 2025", updated="Обновлено: 4 марта 2025, 18:05",
        reading="Время чтения: {n} мин.",
        cta=["Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать новости.",
             "Нашли ошибку? Выделите её и нажмите Ctrl+Enter.",
             "Читайте нас в Дзене и ВКонтакте."],
        share="Поделиться", subscribe=["Подпишитесь на нашу рассылку", "Подписывайтесь на наш YouTube-канал"],
        legal="Мнение авторов может не совпадать с позицией редакции. Полное или частичное копирование материалов "
              "запрещено без письменного согласия редакции.",
        legal_label="Внимание:",
        related=["Танкеры с водой отправят на острова", "Сколько воды на самом деле тратит семья",
                 "Оливководы подсчитывают убытки", "Опреснительную станцию достроят на год позже"],
        related_head="Читайте также", read_also="По теме:",
    ),
    "uk": dict(
        title="Приморське місто запроваджує обмеження води після найсухішої зими за сорок років",
        paras=["У понеділок два міські водосховища були заповнені менше ніж на п'яту частину, повідомили у "
               "водоканалі, це найнижчий рівень від початку спостережень.",
               "З наступного тижня подачу води до будинків припинятимуть на вісім годин щоночі, а наповнювати "
               "приватні басейни та мити авто зі шланга заборонено до окремого розпорядження.",
               "«Ми просимо кожну родину заощаджувати хоча б відро на день», — заявила очільниця водоканалу, яка "
               "очікує, що обмеження діятимуть щонайменше до осені.",
               "Фермери в долині побоюються за врожай оливок, а портова адміністрація готова доставляти питну воду "
               "танкерами, якщо дощів не буде й у березні."],
        names=["Олена Коваленко", "Тарас М.", "dnipro_voda", "Андрій Шевчук"],
        comments=["Вісім годин уночі це дрібниці порівняно з тим, що було колись.",
                  "А чому готелі досі наповнюють свої басейни?",
                  "Труби втрачають більше води, ніж ми заощадимо відрами.",
                  "Правильне рішення, його треба було ухвалити ще місяць тому."],
        comments_head="Коментарі: {n}", ago="{n} годин тому", reply="Відповісти",
        appeal=["Підтримайте незалежну журналістику, зробіть внесок уже сьогодні",
                "Наші матеріали безкоштовні для всіх завдяки таким читачам, як ви"],
        other_amount="Інша сума", donate_button="Підтримати",
        caption="Потріскане мулове дно біля верхнього водосховища в неділю",
        credit="Фото: {name} / Прибережні новини",
        source_line="Прибережні новини — Стрічка", date="4 березня 2025", updated="Оновлено: 4 березня 2025, 18:05",
        reading="Час читання: {n} хв",
        cta=["Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини.",
             "Помітили помилку? Виділіть її та натисніть Ctrl+Enter.",
             "Стежте за нами у Facebook та Instagram."],
        share="Поділитися", subscribe=["Підпишіться на нашу розсилку", "Підписуйтеся на наш YouTube-канал"],
        legal="Думка авторів може не збігатися з позицією редакції. Використання матеріалів дозволяється лише за "
              "умови посилання на джерело.",
        legal_label="Увага:",
        related=["Танкери з водою вирушать на острови", "Скільки води насправді витрачає родина",
                 "Оливкарі рахують збитки", "Опріснювальну станцію добудують на рік пізніше"],
        related_head="Читайте також", read_also="Дивіться також:",
    ),
    "pl": dict(
        title="Nadmorskie miasto wprowadza limity wody po najsuchszej zimie od czterdziestu lat",
        paras=["W poniedziałek oba miejskie zbiorniki były wypełnione w mniej niż jednej piątej, poinformowały "
               "wodociągi, to najniższy poziom od początku pomiarów.",
               "Od przyszłego tygodnia dostawy wody do domów będą wstrzymywane na osiem godzin każdej nocy, a "
               "napełnianie prywatnych basenów i mycie aut wężem zostaje zakazane do odwołania.",
               "„Prosimy każde gospodarstwo domowe o oszczędzanie jednego wiadra dziennie” – powiedziała prezes "
               "wodociągów, która spodziewa się, że ograniczenia potrwają co najmniej do jesieni.",
               "Rolnicy z doliny obawiają się o zbiory oliwek, a zarząd portu planuje dowozić wodę pitną "
               "tankowcami, jeśli w marcu znowu nie spadnie deszcz."],
        names=["Anna Wiśniewska", "Marek Z.", "kropla_wody", "Piotr Nowak"],
        comments=["Osiem godzin w nocy to nic w porównaniu z tym, co było kiedyś.",
                  "A dlaczego hotele wciąż napełniają swoje baseny?",
                  "Rury tracą więcej wody, niż zaoszczędzimy wiadrami.",
                  "Dobra decyzja, trzeba ją było podjąć miesiąc temu."],
        comments_head="Komentarze ({n})", ago="{n} godz. temu", reply="Odpowiedz",
        appeal=["Wesprzyj niezależne dziennikarstwo i przekaż darowiznę",
                "Nasze teksty są bezpłatne dla wszystkich dzięki takim czytelnikom jak Ty"],
        other_amount="Inna kwota", donate_button="Wspieram",
        caption="Popękany muł na brzegu górnego zbiornika w niedzielę",
        credit="Fot. {name} / Agencja Wybrzeże",
        source_line="Agencja Wybrzeże - Redakcja", date="4 marca 2025", updated="Aktualizacja: 4 marca 2025, 18:05",
        reading="Czas czytania: {n} min",
        cta=["Zapisz się na nasz newsletter i otrzymuj najważniejsze wiadomości.",
             "Masz temat? Napisz do nas na adres redakcji.",
             "Obserwuj nas w Google News."],
        share="Udostępnij", subscribe=["Subskrybuj nasz kanał na YouTube", "Dołącz do nas na WhatsAppie"],
        legal="Redakcja nie ponosi odpowiedzialności za treść komentarzy. Kopiowanie i rozpowszechnianie materiałów "
              "bez zgody wydawcy jest zabronione.",
        legal_label="Zastrzeżenie:",
        related=["Tankowce z wodą popłyną na wyspy", "Ile wody naprawdę zużywa rodzina",
                 "Plantatorzy oliwek liczą straty", "Odsalarnia powstanie rok później"],
        related_head="Zobacz także", read_also="Czytaj także:",
    ),
    "tr": dict(
        title="Sahil kenti kırk yılın en kurak kışının ardından su kısıtlamasına gidiyor",
        paras=["Su idaresinin açıklamasına göre kentin iki barajındaki doluluk pazartesi günü yüzde yirminin altına "
               "indi, bu ölçümler başladığından beri kaydedilen en düşük seviye.",
               "Gelecek haftadan itibaren evlere verilen su her gece sekiz saat kesilecek, özel havuzların "
               "doldurulması ve araçların hortumla yıkanması ikinci bir duyuruya kadar yasaklandı.",
               "İdarenin başkanı, \"Her haneden günde bir kova su tasarruf etmesini istiyoruz\" dedi ve "
               "kısıtlamaların en az sonbahara kadar süreceğini öngördü.",
               "Vadideki çiftçiler zeytin hasadı için endişeli, liman idaresi ise mart ayında da yağmur yağmazsa "
               "anakaradan tankerlerle içme suyu getirmeyi planlıyor."],
        names=["Ayşe Yılmaz", "Mehmet K.", "zeytinci_35", "Emre Demir"],
        comments=["Gece sekiz saat kesinti eskiden yaşadıklarımızın yanında hiçbir şey.",
                  "Peki oteller neden hâlâ havuzlarını dolduruyor?",
                  "Borulardan kaçan su kovalarla biriktireceğimizden fazla.",
                  "Doğru karar, bir ay önce alınmalıydı."],
        comments_head="{n} yorum", ago="{n} saat önce", reply="Yanıtla",
        appeal=["Bağımsız gazeteciliğe destek olun, bugün bağış yapın",
                "Haberlerimiz sizin gibi okurların desteğiyle herkese ücretsiz"],
        other_amount="Başka tutar", donate_button="Destek ol",
        caption="Pazar günü üst barajın kıyısında çatlamış çamur",
        credit="Fotoğraf: {name} / Kıyı Haber Ajansı",
        source_line="Kıyı Haber Ajansı - Haber Merkezi", date="4 Mart 2025", updated="Güncelleme: 4 Mart 2025, 18:05",
        reading="Okuma süresi: {n} dakika",
        cta=["Son dakika haberleri için bildirimleri açmayı unutmayın.",
             "Haberlerimizi Google News üzerinden takip edin.",
             "Görüşlerinizi yorumlarda bizimle paylaşın."],
        share="Paylaş", subscribe=["YouTube kanalımıza abone olun", "WhatsApp kanalımıza katılın"],
        legal="Yazılarda yer alan görüşler yazarlarına aittir ve sitemizin görüşlerini yansıtmaz. İzinsiz "
              "kullanılamaz, kaynak gösterilerek alıntı yapılabilir.",
        legal_label="Yasal uyarı:",
        related=["Adalara tankerle su taşınacak", "Bir hane gerçekte ne kadar su kullanıyor?",
                 "Zeytin üreticileri zararı hesaplıyor", "Arıtma tesisi bir yıl gecikecek"],
        related_head="İlgili haberler", read_also="Bunu da okuyun:",
    ),
}
