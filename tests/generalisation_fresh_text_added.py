"""Article and look-alike paragraphs of the fresh text harness (tests/generalisation_fresh_text) in
Finnish, written after that language's file, by the same hand."""
from __future__ import annotations

ARTICLE_ADDED = {
    "fi": [
        "Pirkanmaan käräjäoikeus tuomitsi torstaina kaupungin liikelaitoksen entisen talousjohtajan neljän vuoden vankeuteen törkeästä kavalluksesta.",
        "Syyttäjän mukaan mies hyväksyi kolmen vuoden ajan olemattoman konsulttiyrityksen laskuja ja siirsi rahat veljensä tilille.",
        "Kotijoukkue meni johtoon jo kymmenennellä minuutilla, mutta vieraat tasoittivat ennen taukoa ja ratkaisivat ottelun jatkoajalla vapaapotkusta.",
        "Helsingin yliopiston tutkijat löysivät Lapin tunturijärven pohjasedimentistä tuntemattoman bakteerikannan, joka on todennäköisesti yli kymmenentuhatta vuotta vanha.",
        "Kaupunginvaltuusto hyväksyi pitkän keskustelun jälkeen uuden uimahallin rakentamisen rautatieaseman viereen, ja työt alkavat syksyllä.",
        "Meteorologit varoittavat, että Pohjois-Suomeen on luvassa runsasta lumisadetta ja kovaa tuulta viikonloppuna, ja kehottavat autoilijoita lykkäämään matkojaan.",
        "Konepajayhtiön liikevaihto kasvoi kolmannella neljänneksellä kaksitoista prosenttia etenkin Saksasta ja Puolasta saatujen suurten tilausten ansiosta.",
    ],
    "nb": [
        "Bergen tingrett dømte torsdag en tidligere økonomisjef i et kommunalt foretak til fire års fengsel for grovt underslag.",
        "Ifølge tiltalen godkjente mannen i tre år fakturaer fra et fiktivt konsulentselskap og overførte pengene til brorens konto.",
        "Hjemmelaget tok ledelsen allerede etter ti minutter, men bortelaget utlignet før pause og avgjorde kampen på overtid med et direkte frispark.",
        "Forskere ved Universitetet i Tromsø har funnet en ukjent bakteriestamme i sedimentene i en fjellsjø på Finnmarksvidda, trolig over ti tusen år gammel.",
        "Bystyret vedtok etter en lang debatt å bygge en ny svømmehall ved jernbanestasjonen, og arbeidet skal etter planen starte til høsten.",
        "Meteorologene varsler kraftig snøfall og sterk vind i fjellet i helgen og ber bilistene om å utsette unødvendige reiser.",
        "Verkstedselskapet økte omsetningen med tolv prosent i tredje kvartal, først og fremst takket være store bestillinger fra Tyskland og Polen.",
    ],
    "id": [
        "Pengadilan Negeri Surabaya pada Kamis menjatuhkan vonis empat tahun penjara kepada mantan direktur keuangan sebuah perusahaan daerah karena penggelapan dana.",
        "Menurut dakwaan, selama tiga tahun pria itu menyetujui tagihan dari perusahaan konsultan fiktif dan mentransfer uangnya ke rekening adiknya.",
        "Tuan rumah unggul sejak menit kesepuluh, namun tim tamu menyamakan kedudukan sebelum turun minum dan memastikan kemenangan lewat tendangan bebas di masa tambahan waktu.",
        "Para peneliti Universitas Gadjah Mada menemukan galur bakteri yang belum dikenal di endapan sebuah danau vulkanik di Jawa Tengah, yang diperkirakan berusia lebih dari sepuluh ribu tahun.",
        "Setelah perdebatan panjang, DPRD kota menyetujui pembangunan kolam renang tertutup baru di dekat stasiun kereta, dan pekerjaan dijadwalkan dimulai tahun depan.",
        "BMKG memperingatkan potensi hujan lebat disertai angin kencang di wilayah pesisir selatan pada akhir pekan dan meminta pengendara menunda perjalanan yang tidak mendesak.",
        "Produsen mesin itu mencatat kenaikan pendapatan sebesar dua belas persen pada kuartal ketiga, terutama berkat pesanan besar dari Jepang dan Korea Selatan.",
    ],
    "vi": [
        "Tòa án nhân dân thành phố Đà Nẵng hôm thứ Năm đã tuyên phạt cựu giám đốc tài chính của một doanh nghiệp nhà nước bốn năm tù về tội tham ô tài sản.",
        "Theo cáo trạng, trong ba năm người này đã duyệt hóa đơn của một công ty tư vấn ma và chuyển tiền vào tài khoản của em trai mình.",
        "Đội chủ nhà mở tỷ số ngay từ phút thứ mười, nhưng đội khách gỡ hòa trước giờ nghỉ và giành chiến thắng nhờ một cú đá phạt trực tiếp ở phút bù giờ.",
        "Các nhà khoa học thuộc Đại học Quốc gia Hà Nội đã phát hiện một chủng vi khuẩn chưa từng biết trong trầm tích của một hồ trên núi ở Lào Cai, có thể đã hơn mười nghìn năm tuổi.",
        "Sau một cuộc thảo luận kéo dài, hội đồng nhân dân thành phố đã thông qua dự án xây bể bơi có mái che gần ga tàu, dự kiến khởi công vào mùa thu.",
        "Các nhà khí tượng cảnh báo mưa lớn và gió mạnh tại các tỉnh ven biển miền Trung vào cuối tuần và khuyến cáo người dân hạn chế di chuyển.",
        "Nhà sản xuất máy móc này đã tăng doanh thu mười hai phần trăm trong quý ba, chủ yếu nhờ các đơn hàng lớn từ Nhật Bản và Hàn Quốc.",
    ],
    "sk": [
        "Krajský súd v Banskej Bystrici vo štvrtok odsúdil bývalého finančného riaditeľa mestského podniku na štyri roky väzenia za spreneveru.",
        "Podľa obžaloby muž počas troch rokov schvaľoval faktúry fiktívnej poradenskej firmy a peniaze posielal na účet svojho brata.",
        "Domáci sa ujali vedenia už v desiatej minúte, hostia však do prestávky vyrovnali a zápas rozhodli v nadstavenom čase priamym kopom.",
        "Vedci zo Slovenskej akadémie vied objavili v sedimentoch vysokohorského plesa v Tatrách neznámy kmeň baktérií, ktorý je pravdepodobne starší ako desaťtisíc rokov.",
        "Mestské zastupiteľstvo po dlhej diskusii schválilo výstavbu novej krytej plavárne pri železničnej stanici, práce sa majú začať na jeseň.",
        "Meteorológovia varujú pred silným snežením a víchricou na horách počas víkendu a vyzývajú vodičov, aby odložili zbytočné cesty.",
        "Strojárska spoločnosť zvýšila tržby v treťom štvrťroku o dvanásť percent, najmä vďaka veľkým objednávkam z Nemecka a Poľska.",
    ],
    "bg": [
        "Окръжният съд в Пловдив осъди в четвъртък бившия финансов директор на общинско дружество на четири години затвор за присвояване в особено големи размери.",
        "Според обвинителния акт в продължение на три години мъжът е одобрявал фактури на фиктивна консултантска фирма и е превеждал парите по сметката на брат си.",
        "Домакините поведоха още в десетата минута, но гостите изравниха преди почивката и решиха мача в добавеното време с пряк свободен удар.",
        "Учени от Българската академия на науките откриха непознат щам бактерии в утайките на високопланинско езеро в Рила, който вероятно е на повече от десет хиляди години.",
        "След дълъг дебат общинският съвет одобри строежа на нов закрит плувен басейн до жп гарата, като работата трябва да започне през есента.",
        "Синоптиците предупреждават за обилен снеговалеж и силен вятър в планините през уикенда и призовават шофьорите да отложат излишните пътувания.",
        "Машиностроителната компания увеличи приходите си с дванадесет процента през третото тримесечие, главно благодарение на големи поръчки от Германия и Полша.",
    ],
    "ca": [
        "L'Audiència de Girona ha condemnat aquest dijous l'exdirector financer d'una empresa municipal a quatre anys de presó per malversació de fons públics.",
        "Segons l'escrit d'acusació, durant tres anys l'home va aprovar factures d'una consultora fictícia i va transferir els diners al compte del seu germà.",
        "Els locals es van avançar al minut deu, però els visitants van empatar abans del descans i van decidir el partit en el temps afegit amb un llançament de falta directa.",
        "Investigadors de la Universitat de Barcelona han descobert una soca de bacteris desconeguda als sediments d'un estany d'alta muntanya del Pirineu, probablement de més de deu mil anys.",
        "Després d'un llarg debat, el ple municipal ha aprovat la construcció d'una nova piscina coberta al costat de l'estació de tren, i les obres han de començar a la tardor.",
        "Els meteoròlegs alerten de nevades abundants i vent fort a les comarques de muntanya durant el cap de setmana i demanen als conductors que evitin els desplaçaments innecessaris.",
        "L'empresa de maquinària ha augmentat la facturació un dotze per cent en el tercer trimestre, sobretot gràcies a grans comandes d'Alemanya i França.",
    ],
    "he": [
        "בית המשפט המחוזי בחיפה גזר ביום חמישי ארבע שנות מאסר על סמנכ״ל הכספים לשעבר של חברה עירונית בגין מעילה בכספי ציבור.",
        "לפי כתב האישום, במשך שלוש שנים אישר הנאשם חשבוניות של חברת ייעוץ פיקטיבית והעביר את הכסף לחשבון הבנק של אחיו.",
        "הקבוצה המארחת עלתה ליתרון כבר בדקה העשירית, אך האורחים השוו לפני המחצית והכריעו את המשחק בתוספת הזמן בבעיטה חופשית.",
        "חוקרים מהאוניברסיטה העברית גילו בקרקעית אגם בצפון הארץ זן חיידקים שלא היה מוכר עד כה, וככל הנראה גילו עולה על עשרת אלפים שנה.",
        "לאחר דיון ארוך אישרה מועצת העיר את הקמתה של בריכת שחייה מקורה חדשה ליד תחנת הרכבת, והעבודות צפויות להתחיל בסתיו.",
        "החזאים מזהירים מפני גשמים עזים ורוחות חזקות באזורי החוף בסוף השבוע וקוראים לנהגים לדחות נסיעות שאינן הכרחיות.",
        "יצרנית המכונות הגדילה את הכנסותיה בשנים עשר אחוזים ברבעון השלישי, בעיקר בזכות הזמנות גדולות מגרמניה ומפולין.",
    ],
}
LOOKALIKES_ADDED = {
    "fi": [
        "Naapureiden ottamissa kuvissa näkyy, miten varaston katto romahtaa vain muutama minuutti ensimmäisen paloauton saapumisen jälkeen.",
        "Kuukausilippu maksaa maaliskuusta alkaen 69 euroa, liikennöitsijä kertoi ja vetosi energian hintaan.",
        "Ensimmäistä juttuamme kommentoineet lukijat huomauttivat, että silta on ollut tänä talvena suljettuna jo kahdesti.",
    ],
    "nb": [
        "Bilder tatt av naboer viser hvordan taket på lageret raser sammen bare få minutter etter at den første brannbilen kom fram.",
        "Et månedskort vil koste 890 kroner fra mars, opplyser trafikkselskapet, som viser til dyrere strøm.",
        "Lesere som kommenterte vår første sak, påpekte at brua allerede har vært stengt to ganger i vinter.",
    ],
    "id": [
        "Foto yang diambil warga memperlihatkan atap gudang runtuh hanya beberapa menit setelah mobil pemadam kebakaran pertama tiba.",
        "Tarif langganan bulanan bus akan naik menjadi Rp150.000 mulai Maret, kata operator, dengan alasan kenaikan harga bahan bakar.",
        "Pembaca yang memberi komentar pada laporan pertama kami menunjukkan bahwa jembatan itu sudah dua kali ditutup selama musim hujan ini.",
    ],
    "vi": [
        "Những bức ảnh do người dân chụp cho thấy mái nhà kho sập xuống chỉ vài phút sau khi chiếc xe cứu hỏa đầu tiên đến nơi.",
        "Giá vé tháng xe buýt sẽ tăng lên 200.000 đồng từ tháng Ba, đơn vị vận hành cho biết, với lý do giá nhiên liệu tăng.",
        "Những độc giả bình luận dưới bài viết đầu tiên của chúng tôi cho biết cây cầu đã bị đóng hai lần trong mùa mưa năm nay.",
    ],
    "sk": [
        "Fotografie, ktoré nakrútili obyvatelia, ukazujú, ako sa strecha skladu prepadla len niekoľko minút po príchode prvých hasičov.",
        "Mesačný lístok na autobus zdražie od marca na 32 eur, oznámil dopravca a zdôvodnil to vyššími cenami pohonných hmôt.",
        "Čitatelia, ktorí komentovali náš prvý článok, upozornili, že most bol počas tohtoročných povodní zatvorený už dvakrát.",
    ],
    "bg": [
        "Снимките, направени от жители, показват как покривът на склада се срутва само минути след пристигането на първата пожарна.",
        "Месечната карта за автобус ще поскъпне до 50 лева от март, съобщи превозвачът, като се позова на по-високите цени на горивата.",
        "Читатели, коментирали първата ни статия, посочиха, че мостът е бил затварян вече два пъти по време на тазгодишните наводнения.",
    ],
    "ca": [
        "Les fotos fetes pels veïns mostren com el sostre del magatzem s'enfonsa pocs minuts després de l'arribada del primer camió de bombers.",
        "L'abonament mensual de l'autobús s'encarirà fins a 45 euros a partir de març, segons l'empresa concessionària, que ho atribueix al preu del combustible.",
        "Els lectors que van comentar el nostre primer article van recordar que el pont ja s'havia tancat dues vegades durant els aiguats d'aquest any.",
    ],
    "he": [
        "בתמונות שצילמו תושבים נראה גג המחסן קורס דקות ספורות אחרי שהגיע רכב הכיבוי הראשון.",
        "מחיר הכרטיס החודשי לאוטובוס יעלה ל-250 שקלים החל ממרץ, כך מסרה חברת התחבורה, בשל עליית מחירי הדלק.",
        "קוראים שהגיבו לכתבה הראשונה שלנו ציינו כי הגשר נסגר כבר פעמיים בחורף הזה בשל הצפות.",
    ],
}
