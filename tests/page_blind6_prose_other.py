"""Dutch, Polish, Czech, Swedish, Russian, Turkish, Japanese and Chinese news stories for the sixth blind
page harness, in the story line format of ``tests/page_blind6_prose.py``."""

OTHER = {
    "nl": ["""T: Gemeente wil leegstaande kantoren ombouwen tot woningen
L: In de binnenstad staan ruim veertig kantoorpanden leeg. De gemeente wil eigenaren verleiden om er appartementen van te maken.
P: Wethouder Wonen presenteerde dinsdag een plan waarin eigenaren die hun kantoor ombouwen tot woningen een subsidie krijgen van maximaal 15.000 euro per appartement. Voorwaarde is dat minstens een derde van de woningen in het middensegment wordt verhuurd.
P: Volgens de gemeente kunnen op deze manier in vijf jaar tijd ongeveer 1200 woningen worden gerealiseerd. Dat is een flink deel van de 8000 woningen die de stad tot 2030 wil bijbouwen.
Q: „Elk leeg kantoor is een gemiste kans. Er staan duizenden mensen op de wachtlijst voor een woning”, zei de wethouder.
H: Niet elk pand is geschikt
P: Makelaars waarschuwen dat ombouw vaak duurder is dan nieuwbouw. Veel kantoren uit de jaren zeventig hebben lage plafonds, weinig daglicht en geen balkons, en moeten bovendien flink worden geïsoleerd.
S: De gemeenteraad stemt volgende maand over het plan.
P: Huurdersorganisaties zijn positief, maar willen dat de gemeente strenger controleert of de woningen ook echt betaalbaar blijven. Bij eerdere projecten stegen de huren na een paar jaar fors.
"""],
    "pl": ["""T: Miasto zapowiada budowę nowej linii tramwajowej
L: Nowa trasa połączy południowe osiedla z centrum. Inwestycja ma kosztować ponad 600 milionów złotych.
P: Prezydent miasta przedstawił we wtorek harmonogram budowy. Pierwsze prace przygotowawcze mają ruszyć jesienią, a tramwaje pojadą nową trasą najpóźniej pod koniec 2027 roku.
P: Linia będzie miała długość ponad siedmiu kilometrów i czternaście przystanków. Przy trzech z nich powstaną parkingi dla samochodów i rowerów, aby mieszkańcy okolicznych gmin mogli przesiadać się na komunikację miejską.
Q: „To największa inwestycja transportowa w historii miasta”, powiedział prezydent na konferencji prasowej.
H: Utrudnienia dla kierowców
P: W czasie budowy kierowcy muszą liczyć się z objazdami na kilku głównych ulicach. Urzędnicy zapewniają, że prace będą prowadzone etapami, tak aby ograniczyć korki w godzinach szczytu.
S: Część mieszkańców protestuje przeciwko wycince drzew.
P: Według projektu w miejsce usuniętych drzew posadzonych zostanie ponad tysiąc nowych. Aktywiści miejscy domagają się jednak zmiany przebiegu trasy w rejonie parku.
"""],
    "cs": ["""T: Praha chystá nová pravidla pro krátkodobé pronájmy
L: Magistrát chce omezit počet bytů, které se v centru města pronajímají turistům. Majitelé by museli své byty registrovat.
P: Podle radního pro bydlení se v historickém centru pronajímá turistům už téměř každý pátý byt. Místní obyvatelé si stěžují na hluk, nepořádek a rostoucí nájmy.
P: Nová pravidla by majitelům ukládala povinnost byt registrovat a platit poplatek z ubytování stejně jako hotely. Město by také mohlo stanovit maximální počet nocí v roce.
Q: „Nechceme zakazovat podnikání, ale centrum musí zůstat místem, kde se dá normálně bydlet,“ řekl radní.
S: Zákon musí nejprve schválit parlament.
P: Zástupci pronajímatelů upozorňují, že krátkodobé pronájmy přinášejí městu peníze a pracovní místa. Podle nich by regulace měla být spíše cílená na problémové domy.
"""],
    "sv": ["""T: Kommunen satsar på fler förskoleplatser
L: Efter flera år med långa köer bygger kommunen tre nya förskolor. Den första ska öppna redan i höst.
P: Barn- och utbildningsnämnden beslutade på onsdagen att avsätta 140 miljoner kronor till nybyggnationen. Sammanlagt ger det plats för omkring 300 barn i de bostadsområden som växer snabbast.
P: I dag väntar många familjer längre än de fyra månader som skollagen tillåter. Kommunen har därför tvingats erbjuda platser långt från hemmet, vilket lett till kritik från föräldrar.
Q: ”Vi vet att det har varit tufft för många familjer, och nu gör vi något åt det”, säger nämndens ordförande.
S: Personalbristen är fortfarande ett problem.
P: Kommunen planerar att anställa ett fyrtiotal nya förskollärare och barnskötare. Rekryteringen har redan börjat, men konkurrensen med grannkommunerna är hård.
"""],
    "ru": ["""T: В городе откроют новую станцию метро
L: Строительство станции на северо-западе города близится к завершению. Первых пассажиров она примет уже в декабре.
P: Как сообщили в городском департаменте транспорта, на станции завершается отделка вестибюлей и монтаж эскалаторов. Технический пуск запланирован на конец ноября.
P: Новая станция станет первой в районе, где живут более ста тысяч человек. Сейчас жителям приходится добираться до ближайшего метро на автобусах, и в часы пик дорога занимает до сорока минут.
Q: «Для жителей района это событие, которого ждали больше десяти лет», отметил глава управы.
H: Изменятся автобусные маршруты
P: После открытия станции будет изменена схема движения наземного транспорта. Несколько маршрутов станут подвозить пассажиров к метро, а два дублирующих маршрута будут отменены.
S: Стоимость проезда не изменится.
P: Общественные активисты просят предусмотреть перехватывающую парковку и велопарковку у выходов со станции. В департаменте обещали рассмотреть эти предложения.
"""],
    "tr": ["""T: Belediye yeni otobüs hatlarını hizmete açtı
L: Şehrin doğusundaki mahalleler için beş yeni otobüs hattı pazartesi gününden itibaren çalışmaya başladı.
P: Belediye başkanı, yeni hatlarla birlikte yaklaşık 60 bin kişinin toplu taşımaya daha kolay ulaşacağını söyledi. Otobüsler sabah altıdan gece yarısına kadar on beş dakikada bir sefer yapacak.
P: Hatlarda kullanılan otobüslerin tamamı elektrikli. Belediye, bu yıl sonuna kadar filodaki dizel otobüslerin yarısını elektrikli araçlarla değiştirmeyi planlıyor.
Q: “Amacımız, hiçbir vatandaşımızın durağa on dakikadan fazla yürümek zorunda kalmaması”, dedi başkan.
S: İlk hafta yolculuk ücretsiz olacak.
P: Mahalle sakinleri yeni hatlardan memnun olduklarını, ancak akşam saatlerinde seferlerin daha sık olması gerektiğini belirtti. Belediye, talebe göre sefer sayılarının artırılabileceğini açıkladı.
"""],
    "ja": ["""T: 市が新たな子育て支援策を発表
L: 市は来年度から、第二子以降の保育料を無償化すると発表した。対象となる世帯はおよそ四千世帯に上る見通しだ。
P: 市長は記者会見で、少子化対策は市の最重要課題だと強調した。保育料の無償化に加え、小学生の放課後の居場所づくりにも力を入れる方針だ。
P: 市によると、必要な予算は年間およそ十二億円になる。財源は、ふるさと納税の寄付金や、公共施設の統廃合で生まれる費用を充てるという。
Q: 「子育てをするなら、この町を選びたいと思ってもらえるようにしたい」と市長は語った。
S: 制度は四月から始まる。
P: 一方、保育士の不足は深刻で、定員に空きがあっても受け入れられない園もある。市は保育士の給与に独自の上乗せを行い、人材の確保を急ぐ考えだ。
"""],
    "zh": ["""T: 市政府推出老旧小区改造计划
L: 今年全市将完成一百二十个老旧小区的改造，涉及居民约四万户。改造内容包括加装电梯、更新管网和增加停车位。
P: 市住房和城乡建设局负责人在新闻发布会上介绍，改造将优先考虑居民意愿强烈、建成年代较早的小区。每个项目开工前都会征求居民意见。
P: 据介绍，许多老旧小区建于上世纪八九十年代，普遍存在管道老化、屋顶漏水和缺少无障碍设施等问题。老年居民上下楼尤其困难。
Q: “加装电梯以后，我终于可以每天下楼散步了。”一位八十多岁的居民说。
S: 改造资金由政府和居民共同承担。
P: 有关部门表示，将加强施工期间的安全管理，尽量减少对居民日常生活的影响，并在完工后组织验收。
"""],
}

# headlines of other stories, for teaser boxes (no article of theirs is on any page)
HEADS = {
    "de": ["Feuerwehr rettet Katze aus Baumkrone", "Wochenmarkt zieht auf den Rathausplatz um"],
    "fr": ["Le marché de Noël ouvre ses portes samedi", "Un nouveau directeur pour le théâtre municipal"],
    "es": ["La feria del libro bate récord de visitantes", "Cortes de tráfico por la media maratón"],
    "it": ["Riapre il museo civico dopo i restauri", "Sciopero dei treni venerdì: le fasce garantite"],
    "pt": ["Festival de verão anuncia cartaz completo", "Obras na ponte condicionam o trânsito"],
    "nl": ["Nieuwe fietsenstalling bij het station geopend", "Brand in leegstaande boerderij", "Markt verhuist tijdelijk"],
    "pl": ["Remont dworca potrwa dłużej", "Festiwal jazzowy wraca na rynek", "Nowe boisko przy szkole"],
    "cs": ["Oprava mostu omezí dopravu", "Zoo má nové mládě žirafy", "Ceny energií opět rostou"],
    "sv": ["Nytt bibliotek invigs i centrum", "Isen på sjön är fortfarande svag", "Bussarna går enligt helgtidtabell"],
    "ru": ["В парке откроют каток", "Ремонт моста завершат к осени", "Цены на продукты выросли"],
    "tr": ["Sahil yolunda çalışma başladı", "Kitap fuarı kapılarını açtı", "Hafta sonu hava nasıl olacak"],
    "ja": ["駅前に新しい図書館が開館", "週末は全国的に雨の予報", "市民マラソンの参加者を募集"],
    "zh": ["地铁三号线延长段开通", "周末全市有雨", "图书馆延长开放时间"],
}
