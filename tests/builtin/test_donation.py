import pytest

from cleaners.builtin.donation import Donation, is_amount

from ..conftest import run_cleaner
from . import SENTENCES, cuts, texts

LEAD = "The harbour reopened on Monday after a week of storms."


def test_ladder_of_bare_amount_lines():
    doc = run_cleaner(Donation, f"0 $\n2,350 $\n4,700 $\n€ 10\n\n{LEAD}")
    assert texts(doc) == [LEAD]
    assert cuts(doc, "donation") == [("amount-ladder", a) for a in ("0 $", "2,350 $", "4,700 $", "€ 10")]


def test_amount_run_on_one_line():
    doc = run_cleaner(Donation, f"$5 / $10 / $25 / $50\n\n{LEAD}")
    assert cuts(doc, "donation") == [("amount-ladder", "$5 / $10 / $25 / $50")]


def test_two_amounts_or_amounts_split_by_text_are_not_a_ladder():
    text = f"$5\n\n$10\n\n{LEAD}\n\n100 USD\n\n2016\n\n300 USD"
    assert run_cleaner(Donation, text).removed == ()


def test_news_story_quoting_amounts_in_sentences_is_kept():
    text = ("The council approved grants of $500, $1,200 and $3,000 to three local groups.\n\n"
            "Tickets cost $5, $10 or $25, depending on the seat.\n\n"
            "Prices rose to 2,350 $ in May, up from 1,900 $ in April and 1,700 $ in March.")
    doc = run_cleaner(Donation, text)
    assert texts(doc) == text.split("\n\n") and doc.removed == ()


@pytest.mark.parametrize("appeal", [
    "Do you like this content? Consider helping us!", "Help us keep this site free.", "Please support our journalism.",
    "Thank you for reading. Please consider donating.", "Your donation helps us keep reporting.", "Donate now",
    "We depend on readers like you.", "Become a patron today!"])
def test_appeals(appeal):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{appeal}")
    assert texts(doc) == [LEAD]
    assert cuts(doc, "donation") == [("donation-appeal", appeal)]


@pytest.mark.parametrize("sentence", [
    "The new data will help us understand how the virus spreads.",
    "Neighbours came to help us when the river flooded our street.",
    "The board will consider supporting the plan next month.",
    "She hopes to become a sponsor of the team.",
    "\"Please support our work,\" the shelter's director said.",
    "Make a donation to the Red Cross, the prime minister urged.",
    "Charities say donations fell sharply this winter, and many now warn that they may have to close "
    "shelters unless readers and businesses help them. Please support our work, one volunteer wrote."])
def test_prose_mentioning_help_or_donations_is_kept(sentence):
    doc = run_cleaner(Donation, sentence)
    assert texts(doc) == [sentence] and doc.removed == ()


def test_is_amount():
    assert is_amount("2,350 $") and is_amount("$ 10") and is_amount("EUR 5")
    assert not is_amount("$10 each") and not is_amount("2016")


def test_appeals_and_amounts_in_other_languages():
    from cleaners.builtin.donation import Donation, is_amount
    for line in ("Jetzt spenden", "Unterstützen Sie unsere Arbeit mit einer Spende.", "Faites un don dès aujourd'hui !",
                 "Apóyanos con tu donación.", "Поддержите нас!", "Wesprzyj nas.", "Steun onze journalistiek."):
        assert Donation().is_appeal(line), line
    assert is_amount("1\u202f000 €") and is_amount("R$ 50") and is_amount("100 zł")


def test_quoted_or_reported_appeals_stay():
    from cleaners.builtin.donation import Donation
    for line in ("\u201eUnterstützen Sie uns\u201c, sagte die Bürgermeisterin.",
                 "Help us find the missing dog, the family said.", "Please help us, she wrote to the council."):
        assert not Donation().is_appeal(line), line


def test_appeals_with_a_speech_tag_of_any_language_stay():
    from cleaners.builtin.donation import Donation
    for line, langs in (("Поддержите нас, кричали болельщики у ворот стадиона.", ("ru", "en")),
                        ("Support us, the fans chanted outside the stadium.", ("en",)),
                        ("Unterstützen Sie uns, riefen die Demonstranten vor dem Rathaus.", ("de", "en"))):
        assert not Donation().is_appeal(line, langs), line
    assert Donation().is_appeal("Поддержите нас, пожалуйста!", ("ru", "en"))


def test_amount_run_in_one_line_with_spaces_between_thousands():
    from cleaners.builtin.donation import is_amount_run
    assert is_amount_run("5 € | 7\u202f000 € | 2\u00a0500 € | 10 000 €".replace("\u202f", " ").replace("\u00a0", " "))
    assert is_amount_run("R$ 5 / R$ 3 000 / R$ 2 500")
    assert not is_amount_run("In 2019 10 000 € went to 20 000 € projects")


@pytest.mark.parametrize("code,line", [
    ("en", "Become a member from $4 a month and keep our newsroom independent."),
    ("en", "Buy us a coffee"),
    ("de", "Jetzt Mitglied werden und unabhängigen Lokaljournalismus sichern."),
    ("fr", "Devenez donateur : votre soutien finance nos enquêtes."),
    ("es", "Hazte socia y recibe nuestra revista en papel."),
    ("it", "Diventa sostenitore del nostro giornale."),
    ("pt", "Torne-se apoiante por 3 euros por mês."),
    ("nl", "Word donateur en help ons verder."),
    ("ru", "Поддержите редакцию любой суммой."),
    ("pl", "Zostań patronką naszej redakcji."),
    ("de", "Anderer Betrag"),
    ("pl", "Wybierz kwotę"),
    ("tr", "Destekçimiz olun, yerel gazeteciliği birlikte ayakta tutalım."),
    ("tr", "Diğer tutar"),
    ("sv", "Bli månadsgivare och gör det möjligt för oss att granska makten."),
    ("sv", "Annat belopp"),
    ("da", "Bliv månedlig giver og gør det muligt for os at holde magten i kommunen under opsyn."),
    ("da", "Andet beløb"),
    ("vi", "Trở thành hội viên và giúp chúng tôi tiếp tục điều tra tham nhũng ở địa phương."),
    ("vi", "Số tiền khác"),
    ("he", "הצטרפו כתומכים קבועים ועזרו לנו לפקח על השלטון המקומי."),
    ("he", "סכום אחר"),
    ("fa", "حامی ما شوید و به ما کمک کنید تا قدرت را در شهر زیر نظر بگیریم."),
    ("fa", "مبلغ دیگر"),
    ("hi", "नियमित सहयोगी बनें और शहर में सत्ता पर नज़र रखने में हमारी मदद करें।"),
    ("hi", "अन्य राशि"),
    ("ca", "Fes-te'n soci i ajuda'ns a vigilar el poder a l'ajuntament."),
    ("ca", "Una altra quantitat"),
    ("bg", "Станете редовен дарител и ни помогнете да следим властта в общината."),
    ("bg", "Друга сума"),
    ("sk", "Staňte sa pravidelným darcom a pomôžte nám strážiť moc na radnici."),
    ("sk", "Iná suma"),
    ("id", "Jadilah donatur dan bantu kami terus mengawasi kebijakan pemerintah daerah."),
    ("id", "Nominal lain"),
    ("nb", "Bli fast giver og hjelp oss å holde et øye med makta i kommunen."),
    ("nb", "Annet beløp"),
    ("fi", "Ryhdy kuukausilahjoittajaksi ja auta meitä valvomaan kunnan päättäjiä."),
    ("fi", "Muu summa"),
    ("ar", "كن داعماً وساعدنا على مواصلة كشف الفساد في البلدية."),
    ("ar", "مبلغ آخر"),
    ("ko", "정기후원으로 함께해 주세요."),
    ("ko", "기타 금액"),
    ("el", "Γίνετε υποστηρικτής και βοηθήστε μας να συνεχίσουμε τις έρευνες για τη διαφθορά."),
    ("el", "Άλλο ποσό"),
    ("ro", "Devino membru și ajută-ne să investigăm în continuare corupția din primărie."),
    ("ro", "Altă sumă"),
    ("hu", "Legyen támogatónk, és segítsen, hogy tovább vizsgálhassuk a városházi korrupciót."),
    ("hu", "Egyéb összeg"),
    ("cs", "Staňte se naším dárcem a pomozte nám dál odhalovat korupci na radnici."),
    ("cs", "Jiná částka"),
    ("uk", "Станьте патроном і допоможіть нам і далі розслідувати корупцію."),
    ("uk", "Інша сума"),
])
def test_membership_appeals_and_amount_choices_in_each_language(code, line):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{line}", language=code)
    assert texts(doc) == [LEAD] and len(cuts(doc, "donation")) == 1


@pytest.mark.parametrize("code,line", [
    ("en", "Become a member from the start, the coach told every new player, or you will never feel at home."),
    ("de", "Jeder Beitrag zählt, sagte die Kassenwartin, als der Verein seine Schulden abbezahlt hatte."),
    ("fr", "Chaque contribution compte, a rappelé le maire en présentant le budget participatif de la ville."),
    ("de", "Der andere Betrag, 40 000 Euro, floss nach Angaben der Staatsanwaltschaft in die Schweiz."),
    ("tr", "Her katkı önemli, dedi derneğin başkanı, ve kampanyanın iki hafta daha süreceğini açıkladı."),
    ("tr", "Köylüler, valilik binasının önünde saatlerce 'Bize destek olun' diye seslendi."),
    ("tr", "Bizi destekleyen çiftçilere teşekkür ederiz, diye konuştu kooperatifin müdürü."),
    ("da", "Hver krone tæller, sagde kassereren, da foreningen endelig havde betalt sin gæld."),
    ("vi", "Mỗi đóng góp đều có ý nghĩa, thủ quỹ của hội nói khi khoản nợ cuối cùng đã được trả hết."),
    ("he", "כל שקל חשוב, אמרה הגזברית כשהחוב של העמותה נפרע סוף סוף."),
    ("fa", "هر کمکی ارزشمند است، خزانه‌دار انجمن پس از پرداخت آخرین بدهی گفت."),
    ("hi", "हर योगदान मायने रखता है, संस्था की कोषाध्यक्ष ने आखिरी कर्ज चुकाने के बाद कहा।"),
    ("ca", "Cada euro compta, va dir la tresorera de l'entitat quan per fi van liquidar el deute."),
    ("bg", "Всеки лев има значение, каза касиерката на сдружението, когато дългът най-сетне беше изплатен."),
    ("sk", "Každé euro sa počíta, povedala pokladníčka spolku, keď konečne splatili dlh."),
    ("id", "Setiap rupiah berarti, kata bendahara koperasi setelah utang akhirnya lunas."),
    ("nb", "Hver krone teller, forteller kassereren, som endelig har fått betalt ned gjelden til foreningen."),
    ("fi", "Jokainen euro on tärkeä, rahastonhoitaja sanoi, kun yhdistyksen velka oli vihdoin maksettu."),
    ("ar", "كل تبرع مهم، قالت أمينة صندوق الجمعية بعد سداد الدين أخيراً."),
    ("ko", "작은 후원이 큰 힘이 됩니다, 라고 협회 회계 담당자는 빚을 모두 갚은 뒤 말했다."),
    ("el", "Κάθε ευρώ μετράει, είπε η ταμίας του συλλόγου όταν επιτέλους εξοφλήθηκε το χρέος."),
    ("ro", "Fiecare leu contează, a spus casiera asociației după ce datoria a fost în sfârșit achitată."),
    ("hu", "Minden forint számít, mondta az egyesület pénztárosa, amikor végre kifizették az adósságot."),
    ("cs", "Každá koruna se počítá, řekla pokladní spolku, když konečně splatili dluh."),
    ("uk", "Кожна гривня важлива, сказала скарбниця товариства, коли борг нарешті погасили."),
    ("sv", "Varje krona räknas, sade kassören när föreningen till slut betalat av sina skulder."),
])
def test_the_same_words_reported_or_inside_a_sentence_stay(code, line):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{line}", language=code)
    assert texts(doc) == [LEAD, line]


@pytest.mark.parametrize("code,line", [
    ("en", "Reporting from the courts takes time. If you value our journalism, chip in what you can."),
    ("de", "Dieser Artikel ist kostenlos. Unterstützen Sie unabhängige Berichte aus der Region."),
    ("fr", "Cet article est en accès libre. Rejoignez-nous en devenant abonné."),
    ("it", "Questo articolo è gratuito per tutti. Unisciti a noi con un piccolo contributo."),
    ("pl", "Ten artykuł jest bezpłatny. Dołącz do wspierających już dziś."),
    ("tr", "Bu yazı herkese açık. Ayda birkaç lirayla siz de bize destek olabilirsiniz."),   # verb-final: "* ..."
    ("tr", "Yerel haberciliğin sürmesi okurlara bağlı. Küçük bir aylık katkıyla bizi destekleyin!"),
    ("ar", "هذا المقال متاح مجاناً للجميع. فكر في دعمنا بمساهمة صغيرة."),
    ("ko", "이 기사는 누구나 무료로 읽을 수 있습니다. 좋은 기사를 응원해주세요."),   # verb-final: "* ..."
    ("el", "Αυτό το άρθρο είναι δωρεάν για όλους. Σκεφτείτε να μας στηρίξετε με μια μικρή συνεισφορά."),
    ("ro", "Acest articol este gratuit pentru toți. Susține-ne cu o mică contribuție."),
    ("hu", "Ez a cikk ingyenesen olvasható. Fontolja meg, hogy egy kis összeggel támogat minket."),
    ("vi", "Bài viết này miễn phí cho tất cả mọi người. Hãy cân nhắc ủng hộ chúng tôi bằng một khoản nhỏ."),
    ("he", "הכתבה הזו פתוחה לכולם. שקלו לתמוך בנו בתרומה קטנה."),
    ("fa", "این مطلب برای همه رایگان است. با مبلغی اندک از ما حمایت کنید."),
    ("hi", "यह लेख सभी के लिए मुफ्त है। छोटी सी राशि देकर हमारा समर्थन करें।"),
    ("ca", "Aquest article és gratuït per a tothom. Considera fer-nos costat amb una petita aportació."),
    ("bg", "Тази статия е безплатна за всички. Помислете дали да ни подкрепите с малка сума."),
    ("sk", "Tento článok je zadarmo pre všetkých. Zvážte podporu malým príspevkom."),
    ("id", "Artikel ini gratis untuk semua. Pertimbangkan untuk mendukung kami dengan kontribusi kecil."),
    ("nb", "Denne artikkelen er gratis for alle. Vurder å støtte oss med et lite bidrag."),
    ("fi", "Tämä artikkeli on maksuton. Harkitse tukemista pienellä summalla."),
    ("cs", "Tento článek je dostupný zdarma. Zvažte podporu naší redakce malým příspěvkem."),
    ("uk", "Цей матеріал доступний безкоштовно. Розгляньте можливість підтримати нас невеликим внеском."),
    ("sv", "Den här artikeln är fri för alla. Överväg att stödja oss med en gåva."),
    ("ru", "Этот материал доступен бесплатно для всех читателей. Станьте нашим подписчиком."),
])
def test_a_free_to_read_notice_and_a_plea_are_an_appeal(code, line):
    doc = run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "donation") == [("donation-appeal", line)]


@pytest.mark.parametrize("code,line", [
    ("en", "If you value your privacy, switch off location tracking before you travel."),
    ("en", "This article is one of three on the new hospital, which opens in May."),
    ("fr", "Le maire a invité les habitants à la réunion de jeudi pour discuter du nouveau marché."),
    ("de", "Der Artikel des Grundgesetzes ist für alle Bundesländer verbindlich, urteilte das Gericht."),
])
def test_prose_near_the_words_of_an_appeal_stays(code, line):
    doc = run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code], line] and doc.removed == ()


@pytest.mark.parametrize("code,line", [
    ("en", "Keep this newsroom going: become a supporter"),
    ("de", "Jetzt Unterstützer werden"),
    ("de", "Ohne Sie geht es nicht – jetzt Mitglied werden!"),
])
def test_an_appeal_after_a_colon_or_a_dash_or_in_new_words_is_cut(code, line):
    doc = run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}", language=code)
    assert texts(doc) == [SENTENCES[code]]
    assert cuts(doc, "donation") == [("donation-appeal", line)]


@pytest.mark.parametrize("code,line", [
    ("de", "Unterstützer werden am Samstag in Berlin erwartet, teilte die Polizei mit."),
    ("de", "Der Verein wächst: Viele junge Leute wollen jetzt Mitglied werden."),
    ("en", "The message of the protest was simple: support the nurses, the organisers said."),
])
def test_sentences_about_supporters_and_members_stay(code, line):
    assert run_cleaner(Donation, f"{SENTENCES[code]}\n\n{line}", language=code).removed == ()


@pytest.mark.parametrize("ladder", ["₺ 0\n₺ 20\n₺ 50\n₺ 100", "50 ₴\n100 ₴\n200 ₴", "₩1,000\n₩5,000\n₩10,000", "10 ₪ / 50 ₪ / 100 ₪"])
def test_a_ladder_in_any_currency_sign_is_a_ladder(ladder):
    doc = run_cleaner(Donation, f"{ladder}\n\n{LEAD}")
    assert texts(doc) == [LEAD] and {r for r, _ in cuts(doc, "donation")} == {"amount-ladder"}


def test_amounts_in_other_signs_inside_sentences_stay():
    text = "Bread cost ₺ 20 in May and ₺ 25 in June.\n\n₴ 50\n\n" + LEAD + "\n\n₴ 70"
    assert run_cleaner(Donation, text).removed == ()


@pytest.mark.parametrize("code, line", [("de", "» Jetzt spenden"), ("it", "→ Dona ora"), ("pl", "Wesprzyj nas »"),
                                        ("es", "• Donar ahora"), ("pt", "› Contribuir agora")])
def test_a_donate_button_between_signs(code, line):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{line}", language=code)
    assert texts(doc) == [LEAD] and {r for r, _ in cuts(doc, "donation")} <= {"donate-button-signs", "donation-appeal"}


@pytest.mark.parametrize("code, line", [("de", "» Spenden für die Flutopfer sammelte der Verein im ganzen Land"),
                                        ("it", "→ Dona ora il sangue chi ha tra 18 e 60 anni, ricorda l'ASL"),
                                        ("es", "» Donar ahora es más fácil que hace diez años, dijo el ministro.")])
def test_a_sentence_opening_with_a_sign_and_a_donate_word_stays(code, line):
    assert run_cleaner(Donation, f"{LEAD}\n\n{line}", language=code).removed == ()


@pytest.mark.parametrize("ladder", [["20 kr", "50 kr", "500 kr"], ["5TL", "20 TL", "1.000 TL"], ["100 Kč", "500 Kč", "1 000 Kč"]])
def test_ladder_in_currencies_written_in_letters_is_removed(ladder):
    doc = run_cleaner(Donation, "\n\n".join(ladder + [LEAD]))
    assert texts(doc) == [LEAD]
    assert cuts(doc, "donation") == [("amount-ladder", a) for a in ladder]


@pytest.mark.parametrize("progress", ["3,179 € / 4,700 €", "$ 2 402 / $12,000", "3 383kr / 12,000 kr"])
def test_fund_raiser_progress_and_its_share_are_removed(progress):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{progress}\n\n68%\n\n{LEAD}")
    assert texts(doc) == [LEAD, LEAD]
    assert cuts(doc, "donation") == [("amount-progress", progress), ("amount-progress", "68%")]


@pytest.mark.parametrize("line", ["The fare rose from 20 kr to 25 kr last year.", "Alt 5 kr", "Unemployment fell to 4.2%",
                                  "1,000 TL / 2,000 TL were paid by each of the 40 families, the court said."])
def test_amounts_in_sentences_and_lone_shares_stay(line):
    doc = run_cleaner(Donation, f"{LEAD}\n\n{line}\n\n25%\n\n{LEAD}")
    assert texts(doc) == [LEAD, line, "25%", LEAD]
