"""Article paragraphs and look-alike paragraphs of the fresh text harness
(tests/generalisation_fresh.py), written for it: court reporting, sport, science, local
politics, weather and business in the languages of ARTICLE, plus prose that looks like an artefact
(a price, "comments" or "subscribe" in running prose, a line opening with "Photo", facts as
markdown bullets, a code snippet) and that a cleaner must keep."""
from __future__ import annotations

from .generalisation_fresh_text_added import ARTICLE_ADDED, LOOKALIKES_ADDED

ARTICLE = {
    "en": [
        "The jury at Bristol Crown Court took less than four hours to reach its verdict on Thursday, finding the former warehouse manager guilty of two counts of fraud by abuse of position.",
        "Prosecutors said the scheme ran for almost three years, during which invoices from a supplier that did not exist were approved and paid into an account controlled by the defendant's brother.",
        "The visitors needed only eleven minutes to go ahead, when a low cross from the left was turned in at the near post by a striker who had not scored since August.",
        "Researchers at the observatory measured the comet's tail at more than two million kilometres, far longer than the models had predicted for an object of its size.",
        "Members of the district council voted nine to six to close the branch library on Mill Lane, despite a petition signed by more than 3,000 residents.",
        "Forecasters expect the rain to ease by Sunday afternoon, although river levels in the valley are likely to stay high until the middle of next week.",
        "Shares in the retailer fell by 14 per cent in early trading after it warned that profits for the full year would come in well below expectations.",
        "Local farmers say the late frost destroyed much of the apple blossom, and several orchards have already told seasonal workers not to come this autumn.",
    ],
    "de": [
        "Das Landgericht Augsburg verurteilte den 46-jährigen Angeklagten am Mittwoch zu drei Jahren und neun Monaten Haft wegen gewerbsmäßigen Betrugs.",
        "Nach Überzeugung der Kammer hatte der Mann über Jahre hinweg ältere Menschen am Telefon dazu gebracht, Bargeld an angebliche Polizeibeamte zu übergeben.",
        "Die Gastgeber bestimmten die erste Halbzeit nach Belieben, scheiterten aber zweimal am Pfosten und einmal am glänzend reagierenden Torhüter der Gäste.",
        "Ein Forscherteam der Universität Kiel hat nachgewiesen, dass sich die Seegraswiesen in der Ostsee schneller erholen als bisher angenommen.",
        "Der Gemeinderat hat mit knapper Mehrheit beschlossen, die Grundsteuer im kommenden Jahr nicht zu erhöhen, obwohl im Haushalt eine Lücke von 1,2 Millionen Euro klafft.",
        "Der Deutsche Wetterdienst warnt für die Nacht zum Samstag vor Glatteis im gesamten Bergland, vor allem oberhalb von 600 Metern.",
        "Der Maschinenbauer meldete für das dritte Quartal einen Umsatzrückgang von acht Prozent und kündigte an, bis Ende 2027 rund 400 Stellen abzubauen.",
    ],
    "fr": [
        "Le tribunal correctionnel de Lyon a condamné mardi l'ancien directeur de l'agence à deux ans de prison, dont un avec sursis, pour abus de biens sociaux.",
        "Selon l'accusation, plus de 800 000 euros ont été détournés entre 2019 et 2022 au profit de sociétés écrans enregistrées au nom de proches du prévenu.",
        "Les Bordelais ont fait la différence en fin de match grâce à un essai de leur ailier, qui a traversé tout le terrain après une interception à la 74e minute.",
        "Des chercheurs de l'université de Grenoble ont observé pour la première fois la formation de cristaux de glace dans des nuages situés à plus de dix kilomètres d'altitude.",
        "Le conseil municipal a adopté lundi soir le projet de piétonnisation du centre-ville, malgré l'opposition de plusieurs associations de commerçants.",
        "Météo-France a placé douze départements en vigilance orange pour les orages, avec des cumuls de pluie pouvant atteindre 60 millimètres en quelques heures.",
        "Le groupe a annoncé la fermeture de deux usines dans le Nord d'ici à la fin de l'année, une décision qui concerne environ 350 salariés.",
    ],
    "es": [
        "La Audiencia Provincial de Sevilla condenó este jueves a cinco años de prisión al exalcalde por los delitos de prevaricación y malversación de caudales públicos.",
        "Según la sentencia, el acusado adjudicó contratos de limpieza por valor de 2,3 millones de euros a una empresa vinculada a su cuñado sin concurso previo.",
        "El equipo local remontó un partido que parecía perdido gracias a dos goles en los últimos diez minutos, el segundo de ellos de cabeza tras un saque de esquina.",
        "Un estudio del Consejo Superior de Investigaciones Científicas revela que las colonias de abejas silvestres han disminuido un tercio en la última década.",
        "El pleno del ayuntamiento aprobó por unanimidad la ampliación del horario del transporte nocturno durante los fines de semana a partir de enero.",
        "La Agencia Estatal de Meteorología prevé un descenso notable de las temperaturas en la mitad norte de la península, con heladas en zonas de montaña.",
        "La aerolínea cerró el semestre con un beneficio neto de 210 millones de euros, impulsado por la recuperación de las rutas hacia América Latina.",
    ],
    "it": [
        "La Corte d'Assise di Bologna ha condannato all'ergastolo l'uomo accusato dell'omicidio del vicino di casa, avvenuto al termine di una lite per un parcheggio.",
        "Secondo i giudici, l'imputato avrebbe agito con premeditazione, come dimostrerebbero i messaggi inviati a un amico nei giorni precedenti al delitto.",
        "I padroni di casa hanno sbloccato il risultato soltanto nella ripresa, con un tiro da fuori area che si è insaccato all'incrocio dei pali.",
        "Un gruppo di ricercatori dell'Università di Padova ha individuato nei sedimenti del lago di Garda tracce di un terremoto avvenuto circa duemila anni fa.",
        "Il consiglio comunale ha approvato il nuovo piano del traffico, che prevede una zona a velocità limitata a 30 chilometri orari in tutto il centro storico.",
        "Nel fine settimana è atteso un peggioramento con piogge diffuse al Nord e temporali anche intensi lungo la fascia tirrenica.",
        "L'azienda ha chiuso l'esercizio con ricavi in crescita del 12 per cento e ha confermato l'intenzione di quotarsi in Borsa entro la primavera.",
    ],
    "pt": [
        "O Tribunal de Sintra condenou esta sexta-feira a seis anos de prisão efetiva o empresário acusado de burla qualificada e falsificação de documentos.",
        "De acordo com o acórdão, o arguido apresentou faturas falsas para obter apoios comunitários destinados à modernização de uma fábrica que nunca chegou a funcionar.",
        "A equipa da casa chegou ao intervalo a vencer por dois golos, mas permitiu o empate na segunda parte depois de duas falhas defensivas consecutivas.",
        "Investigadores da Universidade de Coimbra identificaram uma nova espécie de aranha numa gruta calcária da serra de Aire, a mais de cem metros de profundidade.",
        "A câmara municipal aprovou a construção de 120 casas a custos controlados num terreno junto à antiga estação ferroviária, com obras previstas para 2027.",
        "O Instituto Português do Mar e da Atmosfera colocou sete distritos sob aviso amarelo devido à previsão de agitação marítima forte.",
        "A operadora registou lucros de 95 milhões de euros no terceiro trimestre, mais 18 por cento do que no mesmo período do ano passado.",
    ],
    "nl": [
        "De rechtbank in Arnhem heeft een 52-jarige man uit Ede veroordeeld tot vier jaar cel voor het opzettelijk in brand steken van een bedrijfspand.",
        "Volgens de rechters wilde de verdachte met de brand een verzekeringsuitkering van ruim een half miljoen euro binnenhalen voor zijn noodlijdende bedrijf.",
        "De thuisploeg kwam na een kwartier op achterstand, maar trok de wedstrijd na rust naar zich toe met twee doelpunten uit snelle counters.",
        "Onderzoekers van de Universiteit Utrecht hebben ontdekt dat de bodem in delen van Groningen sneller daalt dan de modellen tot nu toe voorspelden.",
        "De gemeenteraad stemde dinsdagavond in met het plan om de parkeertarieven in het centrum met ingang van april met twintig procent te verhogen.",
        "Het KNMI verwacht dat de storm in de loop van de nacht aan kracht wint, met windstoten tot honderd kilometer per uur langs de kust.",
        "Het chipbedrijf verwacht dit jaar een omzetgroei van tien procent en gaat in Eindhoven een nieuwe fabriek bouwen met zeshonderd banen.",
    ],
    "pl": [
        "Sąd Okręgowy w Krakowie skazał w poniedziałek byłego prezesa spółdzielni na trzy lata więzienia za przywłaszczenie pieniędzy mieszkańców.",
        "Według prokuratury oskarżony przez kilka lat wypłacał sobie nienależne premie i zawierał umowy z firmami należącymi do członków swojej rodziny.",
        "Gospodarze objęli prowadzenie już w piątej minucie, a po przerwie dołożyli jeszcze dwie bramki i pewnie awansowali do kolejnej rundy pucharu.",
        "Naukowcy z Uniwersytetu Warszawskiego odkryli w Tatrach ślady lodowca, który według ich obliczeń zniknął zaledwie kilka tysięcy lat temu.",
        "Rada miasta zdecydowała o budowie nowej linii tramwajowej do osiedla na obrzeżach, a pierwsze prace mają ruszyć jeszcze w przyszłym roku.",
        "Synoptycy zapowiadają na weekend silny mróz, miejscami nawet do minus dwudziestu stopni, szczególnie na wschodzie kraju.",
        "Producent mebli zwiększył w pierwszym półroczu sprzedaż o jedenaście procent, głównie dzięki zamówieniom z Niemiec i Skandynawii.",
    ],
    "ru": [
        "Районный суд приговорил бывшего главу управления к шести годам колонии общего режима за получение взятки в особо крупном размере.",
        "По версии следствия, чиновник получил около двенадцати миллионов рублей за помощь строительной компании в заключении муниципальных контрактов.",
        "Хозяева поля открыли счёт в середине первого тайма, но после перерыва пропустили дважды и упустили возможность выйти на первое место в группе.",
        "Учёные Новосибирского университета описали новый вид бактерий, способных разлагать пластик при температуре ниже нуля.",
        "Депутаты городской думы одобрили план ремонта набережной, работы на которой должны завершиться к началу следующего летнего сезона.",
        "Синоптики предупреждают о сильном ветре и снегопаде в выходные, местами ожидаются метели и гололедица на дорогах.",
        "Компания увеличила чистую прибыль по итогам девяти месяцев на семнадцать процентов, в основном за счёт экспорта удобрений.",
    ],
    "tr": [
        "İstanbul Anadolu Adliyesi'nde görülen davada mahkeme, sahte fatura düzenlemekle suçlanan iş insanına dört yıl iki ay hapis cezası verdi.",
        "İddianameye göre sanık, üç yıl boyunca var olmayan şirketler adına düzenlenen faturalarla vergi dairesinden haksız iade aldı.",
        "Ev sahibi ekip ilk yarıyı bir golle önde kapattı, ancak ikinci yarıda rakibinin baskısına dayanamayarak iki gol yedi.",
        "Ege Üniversitesi'nden araştırmacılar, Akdeniz'deki deniz çayırlarının son yirmi yılda yüzde otuz oranında azaldığını tespit etti.",
        "Belediye meclisi, şehir merkezindeki otoparkın yıkılarak yerine yeşil alan yapılmasına ilişkin teklifi oy çokluğuyla kabul etti.",
        "Meteoroloji, hafta sonu Karadeniz kıyılarında kuvvetli yağış beklendiğini belirterek sel ve su baskınlarına karşı uyardı.",
        "Şirket, yılın ilk dokuz ayında ihracatını yüzde on beş artırdığını ve yeni bir üretim tesisi için yatırım kararı aldığını açıkladı.",
    ],
    "da": [
        "Retten i Odense idømte torsdag en tidligere økonomichef tre års fængsel for groft bedrageri mod det kommunale boligselskab.",
        "Ifølge anklageren godkendte manden i fire år fakturaer fra et konsulentfirma, der kun fandtes på papiret, og overførte pengene til sin brors konto.",
        "Hjemmeholdet kom foran allerede efter ti minutter, men gæsterne udlignede lige før pausen og afgjorde kampen på et sent frispark.",
        "Forskere ved Aarhus Universitet har fundet spor af en ukendt bakteriestamme i isen på Grønland, som kan være over titusind år gammel.",
        "Byrådet besluttede efter en lang debat at bygge en ny svømmehal ved stationen, og arbejdet skal begynde allerede næste efterår.",
        "Meteorologerne varsler kraftigt snefald og hård vind langs vestkysten i weekenden og fraråder unødvendig kørsel.",
        "Maskinfabrikken øgede omsætningen med tolv procent i tredje kvartal, primært takket være store ordrer fra Tyskland og Norge.",
    ],
    "ar": [
        "قضت محكمة الجنايات في الإسكندرية يوم الخميس بسجن المدير المالي السابق لشركة المياه خمس سنوات بتهمة اختلاس المال العام.",
        "وبحسب لائحة الاتهام، وقّع المتهم على مدى ثلاث سنوات فواتير لشركة استشارات وهمية وحوّل الأموال إلى حساب شقيقه.",
        "تقدم أصحاب الأرض بهدف مبكر في الدقيقة العاشرة، لكن الضيوف عادلوا النتيجة قبل الاستراحة وحسموا المباراة بركلة حرة في الوقت بدل الضائع.",
        "اكتشف باحثون في جامعة القاهرة سلالة غير معروفة من البكتيريا في رواسب بحيرة قارون قد يزيد عمرها على عشرة آلاف عام.",
        "وافق المجلس البلدي بعد نقاش طويل على بناء مسبح مغطى جديد قرب محطة القطار، على أن تبدأ الأشغال في الخريف المقبل.",
        "حذرت هيئة الأرصاد من أمطار غزيرة ورياح قوية على المناطق الساحلية خلال عطلة نهاية الأسبوع ودعت السائقين إلى توخي الحذر.",
        "رفعت شركة الصناعات المعدنية إيراداتها بنسبة اثني عشر في المئة خلال الربع الثالث بفضل طلبيات كبيرة من تركيا والمغرب.",
    ],
    "hu": [
        "A Debreceni Törvényszék csütörtökön öt év szabadságvesztésre ítélte egy városi cég volt gazdasági igazgatóját sikkasztás miatt.",
        "A vádirat szerint a férfi három éven át hagyta jóvá egy fiktív tanácsadó cég számláit, a pénzt pedig az öccse bankszámlájára utalta át.",
        "A hazaiak már a tizedik percben vezetést szereztek, a vendégek azonban a szünet előtt egyenlítettek, majd a hosszabbításban szabadrúgásból nyertek.",
        "A Szegedi Tudományegyetem kutatói egy hegyi tó üledékében ismeretlen baktériumtörzset találtak, amely akár tízezer évesnél is idősebb lehet.",
        "A közgyűlés hosszú vita után megszavazta egy új fedett uszoda építését az állomás közelében, a munkálatok jövő ősszel kezdődhetnek.",
        "A meteorológiai szolgálat erős havazásra és viharos szélre figyelmeztet a hegyekben a hétvégére, és azt javasolja az autósoknak, hogy halasszák el útjukat.",
        "A gépgyártó cég a harmadik negyedévben tizenkét százalékkal növelte árbevételét, főként a német és lengyel nagy megrendeléseknek köszönhetően.",
    ],
    "ro": [
        "Tribunalul Cluj l-a condamnat joi pe fostul director financiar al unei companii municipale la cinci ani de închisoare pentru delapidare.",
        "Potrivit rechizitoriului, timp de trei ani bărbatul a aprobat facturile unei firme fictive de consultanță și a virat banii în contul fratelui său.",
        "Gazdele au deschis scorul încă din minutul zece, însă oaspeții au egalat înainte de pauză și s-au impus în prelungiri dintr-o lovitură liberă directă.",
        "Cercetătorii Universității din București au descoperit în sedimentele unui lac glaciar din Retezat o tulpină necunoscută de bacterii, veche probabil de peste zece mii de ani.",
        "Consiliul local a aprobat după o dezbatere lungă construcția unui nou bazin de înot acoperit lângă gară, iar lucrările ar urma să înceapă la toamnă.",
        "Meteorologii avertizează că la munte sunt așteptate ninsori abundente și vânt puternic în weekend și le recomandă șoferilor să își amâne călătoriile.",
        "Producătorul de utilaje și-a majorat cifra de afaceri cu douăsprezece procente în al treilea trimestru, în special datorită comenzilor mari din Germania și Polonia.",
    ],
    "el": [
        "Το Τριμελές Εφετείο Θεσσαλονίκης καταδίκασε την Πέμπτη τον πρώην οικονομικό διευθυντή δημοτικής επιχείρησης σε πέντε χρόνια φυλάκιση για υπεξαίρεση.",
        "Σύμφωνα με το κατηγορητήριο, επί τρία χρόνια ενέκρινε τιμολόγια εικονικής συμβουλευτικής εταιρείας και μετέφερε τα χρήματα σε λογαριασμό του αδελφού του.",
        "Οι γηπεδούχοι προηγήθηκαν ήδη από το δέκατο λεπτό, όμως οι φιλοξενούμενοι ισοφάρισαν πριν από την ανάπαυλα και πήραν τη νίκη με απευθείας φάουλ στις καθυστερήσεις.",
        "Ερευνητές του Πανεπιστημίου Κρήτης εντόπισαν στα ιζήματα μιας ορεινής λίμνης άγνωστο στέλεχος βακτηρίων που μπορεί να είναι παλαιότερο από δέκα χιλιάδες χρόνια.",
        "Το δημοτικό συμβούλιο ενέκρινε ύστερα από πολύωρη συζήτηση την κατασκευή νέου κλειστού κολυμβητηρίου κοντά στον σταθμό, με τις εργασίες να ξεκινούν το επόμενο φθινόπωρο.",
        "Η μετεωρολογική υπηρεσία προειδοποιεί για έντονες χιονοπτώσεις και ισχυρούς ανέμους στα ορεινά το Σαββατοκύριακο και συστήνει στους οδηγούς να αναβάλουν τις μετακινήσεις τους.",
        "Η βιομηχανία μηχανημάτων αύξησε τον τζίρο της κατά δώδεκα τοις εκατό στο τρίτο τρίμηνο, κυρίως χάρη σε μεγάλες παραγγελίες από τη Γερμανία και την Πολωνία.",
    ],
    "ko": [
        "서울중앙지법은 목요일 구청 산하 공단의 전 재무이사에게 공금 횡령 혐의로 징역 5년을 선고했다.",
        "검찰에 따르면 그는 3년 동안 유령 컨설팅 업체의 허위 청구서를 승인하고 그 돈을 동생 명의의 계좌로 옮긴 것으로 드러났다.",
        "홈팀은 전반 10분 만에 선제골을 넣었지만 원정팀이 전반 종료 직전 동점을 만들었고 추가시간 프리킥으로 승부를 뒤집었다.",
        "서울대 연구진은 강원도 산간 호수의 퇴적층에서 1만 년 이상 된 것으로 추정되는 새로운 박테리아 균주를 발견했다고 발표했다.",
        "시의회는 긴 논의 끝에 역 근처에 실내 수영장을 새로 짓는 계획을 통과시켰으며 공사는 내년 가을에 시작될 예정이다.",
        "기상청은 주말 동안 산간 지역에 많은 눈과 강한 바람이 예상된다며 운전자들에게 불필요한 이동을 자제해 달라고 당부했다.",
        "한 중견 기계 제조업체는 독일과 폴란드에서 따낸 대형 수주 덕분에 3분기 매출이 지난해보다 12퍼센트 늘었다고 밝혔다.",
    ],
    "cs": [
        "Krajský soud v Brně ve čtvrtek poslal bývalého finančního ředitele městské společnosti na pět let do vězení za zpronevěru.",
        "Podle obžaloby muž tři roky schvaloval faktury fiktivní poradenské firmy a peníze převáděl na účet svého bratra.",
        "Domácí šli do vedení už v desáté minutě, hosté ale před přestávkou vyrovnali a v nastavení rozhodli přímým kopem.",
        "Vědci z Univerzity Karlovy objevili v sedimentech šumavského jezera neznámý kmen bakterií, který může být starší než deset tisíc let.",
        "Zastupitelstvo po dlouhé debatě schválilo stavbu nového krytého bazénu u nádraží, práce by měly začít příští podzim.",
        "Meteorologové varují před vydatným sněžením a silným větrem na horách o víkendu a řidičům doporučují odložit cesty.",
        "Strojírenská firma zvýšila ve třetím čtvrtletí tržby o dvanáct procent, hlavně díky velkým zakázkám z Německa a Polska.",
    ],
    "uk": [
        "Шевченківський районний суд Києва в четвер засудив колишнього головного бухгалтера комунального підприємства до п'яти років позбавлення волі за розтрату.",
        "За даними слідства, впродовж трьох років чоловік підписував акти виконаних робіт фіктивної фірми та переказував кошти на рахунок свого брата.",
        "Господарі відкрили рахунок уже на десятій хвилині, проте гості зрівняли перед перервою, а в компенсований час забили переможний гол зі штрафного.",
        "Науковці Київського університету виявили в донних відкладах Дністра невідомий штам бактерій, вік якого може перевищувати десять тисяч років.",
        "Після тривалої дискусії міська рада ухвалила рішення збудувати новий басейн біля вокзалу, а роботи мають розпочатися вже наступної осені.",
        "Синоптики попереджають про сильний снігопад і поривчастий вітер у західних областях на вихідних та радять водіям утриматися від поїздок.",
        "Машинобудівний завод за третій квартал збільшив виручку на дванадцять відсотків, передусім завдяки великим замовленням із Польщі та Німеччини.",
    ],
    "sv": [
        "Tingsrätten i Malmö dömde på torsdagen en tidigare ekonomichef till tre års fängelse för grovt bedrägeri mot det kommunala bostadsbolaget.",
        "Enligt åklagaren godkände mannen under fyra år fakturor från ett konsultbolag som bara fanns på papperet och förde över pengarna till sin brors konto.",
        "Hemmalaget tog ledningen redan efter tio minuter, men gästerna kvitterade strax före paus och avgjorde matchen med ett sent frisparksmål.",
        "Forskare vid Uppsala universitet har hittat spår av en okänd bakteriestam i permafrosten i norra Lappland som kan vara över tiotusen år gammal.",
        "Kommunfullmäktige beslutade efter en lång debatt att bygga en ny simhall vid stationen, och arbetet ska påbörjas redan nästa höst.",
        "Meteorologerna varnar för kraftigt snöfall och hårda vindar längs Norrlandskusten under helgen, och Trafikverket avråder från onödiga resor.",
        "Verkstadsbolaget ökade sin omsättning med tolv procent under tredje kvartalet, främst tack vare stora beställningar från Tyskland och Norge.",
    ],
}

# Prose that wears an artefact's clothes: kept as it is.
LOOKALIKES = {
    "en": [
        "Photographs taken by a neighbour show the roof of the barn collapsing only minutes after the first fire engine arrived.",
        "The streaming service will raise its basic plan to $4.99 a month in March, the third increase in two years.",
        "Readers who left comments under our first report pointed out that the bridge had already been closed twice last winter.",
        "The union asked members to subscribe to a new strike fund, which pays £40 a day to anyone who loses wages.",
    ],
    "de": [
        "Foto- und Videoaufnahmen von Anwohnern zeigen, wie das Wasser innerhalb weniger Minuten bis in die Erdgeschosse stieg.",
        "Das Deutschlandticket soll ab Januar 63 Euro im Monat kosten, neun Euro mehr als bisher.",
        "In den Kommentaren unter dem Aufruf der Stadt beschwerten sich viele Eltern über die kurzen Öffnungszeiten der Kitas.",
    ],
    "fr": [
        "Photo à l'appui, le maire a montré aux conseillers l'état du toit de l'école, où l'eau s'infiltre depuis deux hivers.",
        "L'abonnement mensuel passera à 9,99 euros par mois dès février, a confirmé la plateforme dans un communiqué.",
        "Plusieurs lecteurs se sont abonnés à la lettre municipale pour suivre l'avancement des travaux, selon la mairie.",
    ],
    "es": [
        "Fotos tomadas desde un dron muestran que el incendio avanzó más de cuatro kilómetros en apenas dos horas.",
        "La tarifa social de la luz costará 4,99 euros al mes para las familias con menos ingresos, según el ministerio.",
        "Los comentarios del entrenador tras el partido, en los que criticó al árbitro, le costaron una multa de 3.000 euros.",
    ],
    "it": [
        "Foto e video girati dai passanti mostrano l'auto che sbanda e finisce contro il guardrail poco prima dell'uscita.",
        "Chi vorrà iscriversi al corso dovrà pagare 15 euro al mese, una cifra che secondo i genitori resta troppo alta.",
    ],
    "pt": [
        "Fotografias divulgadas pela proteção civil mostram várias estradas cortadas pela lama depois da tempestade.",
        "Os comentários do ministro sobre os professores provocaram uma onda de críticas entre os sindicatos do setor.",
    ],
    "nl": [
        "Foto's van omwonenden laten zien hoe de kraan langzaam omvalt en op het dak van de naastgelegen school terechtkomt.",
        "Een abonnement kost voortaan 12,50 euro per maand, meldt de vervoerder, die de prijsstijging wijt aan de hogere energiekosten.",
    ],
    "pl": [
        "Zdjęcia wykonane przez świadków pokazują, że ogień objął dach kamienicy w ciągu zaledwie kilku minut.",
        "Bilet miesięczny będzie kosztował od marca 120 zł, czyli o dwadzieścia złotych więcej niż obecnie.",
    ],
    "ru": [
        "Фотографии, сделанные очевидцами, показывают, что вода поднялась почти до окон первого этажа.",
        "Подписка на сервис подорожает до 399 рублей в месяц, сообщили в компании.",
    ],
    "tr": [
        "Fotoğraflar, selin köprüyü tamamen yıktığını ve köyün yolunun kapandığını gösteriyor.",
        "Aylık abonelik ücreti mart ayından itibaren 149 lira olacak.",
    ],
    "da": [
        "Billeder taget af naboer viser, hvordan laden bryder sammen få minutter efter, at den første brandbil er ankommet.",
        "Et månedskort kommer til at koste 520 kroner fra marts, oplyser trafikselskabet, der henviser til dyrere strøm.",
        "Læsere, der kommenterede vores første artikel, påpegede, at broen allerede har været lukket to gange i vinter.",
    ],
    "ar": [
        "تظهر صور التقطها الجيران سقف المستودع وهو ينهار بعد دقائق فقط من وصول أول سيارة إطفاء.",
        "سيبلغ سعر الاشتراك الشهري في الحافلات 450 جنيهاً اعتباراً من مارس، وفق ما أعلنت الشركة المشغلة.",
        "أشار قراء علقوا على تقريرنا الأول إلى أن الجسر أغلق مرتين هذا الشتاء.",
    ],
    "hu": [
        "A szomszédok által készített fotókon látszik, ahogy a raktár teteje néhány perccel az első tűzoltóautó érkezése után beomlik.",
        "A havi bérlet márciustól 12 ezer forintba kerül, közölte a szolgáltató, amely az energiaárakkal indokolta az emelést.",
        "Az első cikkünkhöz hozzászóló olvasók jelezték, hogy a hidat idén télen már kétszer lezárták.",
    ],
    "ro": [
        "Fotografiile făcute de vecini arată cum acoperișul depozitului se prăbușește la doar câteva minute după sosirea primei autospeciale de pompieri.",
        "Abonamentul lunar va costa din martie 95 de lei, a anunțat operatorul, care invocă prețul energiei.",
        "Cititorii care au comentat primul nostru articol au observat că podul a fost închis deja de două ori în această iarnă.",
    ],
    "el": [
        "Φωτογραφίες που τράβηξαν οι γείτονες δείχνουν τη στέγη της αποθήκης να καταρρέει λίγα μόλις λεπτά μετά την άφιξη του πρώτου πυροσβεστικού οχήματος.",
        "Η μηνιαία κάρτα απεριορίστων διαδρομών θα κοστίζει από τον Μάρτιο 35 ευρώ, ανακοίνωσε η εταιρεία, επικαλούμενη το κόστος της ενέργειας.",
        "Αναγνώστες που σχολίασαν το πρώτο μας ρεπορτάζ επισήμαναν ότι η γέφυρα έκλεισε ήδη δύο φορές φέτος τον χειμώνα.",
    ],
    "ko": [
        "사진 속 이웃들이 찍은 장면에는 첫 소방차가 도착한 지 불과 몇 분 만에 창고 지붕이 무너져 내리는 모습이 담겨 있다.",
        "다음 달부터 정기권 가격은 6만 9천 원으로 오르며, 운송업체는 연료비 상승을 인상 이유로 들었다.",
        "첫 기사에 댓글을 남긴 독자들은 이 다리가 올겨울에만 벌써 두 차례 통제됐다고 지적했다.",
    ],
    "cs": [
        "Fotografie pořízené sousedy ukazují, jak se střecha stodoly zřítila jen pár minut po příjezdu prvního hasičského vozu.",
        "Měsíční jízdenka bude od března stát 690 korun, oznámil dopravce, který zdražení zdůvodňuje cenou energií.",
        "Čtenáři, kteří komentovali náš první článek, upozornili, že most byl letos v zimě uzavřen už dvakrát.",
    ],
    "uk": [
        "Фото, зроблені сусідами, показують, як дах складу обвалюється лише за кілька хвилин після приїзду першої пожежної машини.",
        "Місячний проїзний з березня коштуватиме 640 гривень, повідомили в перевізника, пояснивши це подорожчанням пального.",
        "Читачі, які коментували нашу першу публікацію, звернули увагу, що міст уже двічі закривали цієї зими.",
    ],
    "sv": [
        "Bilder tagna av grannar visar hur taket på ladan rasar bara några minuter efter att den första brandbilen kommit fram.",
        "Ett månadskort kommer att kosta 990 kronor från och med mars, meddelar trafikbolaget, som hänvisar till dyrare el.",
        "Läsare som kommenterade vår första artikel påpekade att bron redan varit avstängd två gånger under vintern.",
    ],
}

ARTICLE.update(ARTICLE_ADDED)
LOOKALIKES.update(LOOKALIKES_ADDED)

# Content lists and code in a story: each line is a paragraph of the body.
BULLETS = {
    "en": ["Key facts about the new scheme:", "- It starts on 1 April.", "- Households earning under £30,000 qualify.",
           "- Applications close at the end of June."],
    "de": ["Die wichtigsten Änderungen im Überblick:", "* Der Mindestlohn steigt auf 13,90 Euro.",
           "* Minijobber dürfen bis zu 603 Euro verdienen."],
    "fr": ["Ce qui change au 1er janvier :", "- le prix du timbre augmente de 10 centimes ;",
           "- le contrôle technique devient obligatoire pour les motos."],
    "es": ["Las claves del nuevo decreto:", "- La jornada máxima baja a 37,5 horas.", "- Se amplía el permiso por nacimiento."],
    "pl": ["Najważniejsze zmiany:", "- wyższy zasiłek dla bezrobotnych,", "- krótszy termin na złożenie wniosku."],
}
CODE = ["The bug was in a single line of the configuration:", "    timeout = 0  # disables the check entirely",
        "Setting the value to 30 fixed the outage, the engineers wrote in their report."]
