"""Article prose of the fifth blind page harness, other scripts and languages: pl, tr, ja, zh, ar, hi.

Same shape as ``tests.page_blind5_prose_a``: title, seven paragraphs, three subheadings, ten headlines,
authors, a bio sentence.
"""
from __future__ import annotations

PROSE_B = {
    "pl": {
        "title": "Remont dworca kolejowego zakończy się później, niż planowano",
        "paras": [
            "Przebudowa dworca kolejowego w centrum miasta potrwa co najmniej o pół roku dłużej, niż zakładano. "
            "Wykonawca tłumaczy opóźnienie problemami z dostawą stali i odkryciem starych fundamentów pod "
            "peronem.",
            "Podróżni od miesięcy korzystają z tymczasowej hali w kontenerach, w której jest tylko jedna kasa i "
            "kilka ławek. Zimą wiele osób skarżyło się na zimno i brak miejsca do siedzenia.",
            "Prezydent miasta zapowiedział, że będzie rozmawiał z zarządem kolei o karach umownych. Jak "
            "podkreślił, mieszkańcy nie powinni płacić za błędy popełnione przy planowaniu inwestycji.",
            "Nowy dworzec ma mieć dwie kondygnacje, windy na każdy peron, poczekalnię z ogrzewaniem oraz "
            "parking dla rowerów na trzysta miejsc. Na dachu zamontowane zostaną panele słoneczne.",
            "Koszt inwestycji wzrósł do ponad stu dwudziestu milionów złotych. Część pieniędzy pochodzi z "
            "funduszy unijnych, które trzeba rozliczyć do końca przyszłego roku.",
            "Kupcy z pobliskiej ulicy Dworcowej mówią, że ruch w ich sklepach spadł o jedną trzecią, odkąd "
            "zamknięto główne wejście od strony rynku.",
            "Według nowego harmonogramu pierwsi pasażerowie wejdą do odnowionego budynku jesienią przyszłego "
            "roku.",
        ],
        "heads": ["Skargi podróżnych", "Co zmieni się na dworcu", "Nowy termin"],
        "headlines": [
            "Nowe przejście dla pieszych przy szkole",
            "Festyn rodzinny w parku miejskim w sobotę",
            "Ceny biletów komunikacji miejskiej bez zmian",
            "Policja szuka sprawców włamania do sklepu",
            "Basen miejski zamknięty z powodu awarii",
            "Drużyna piłkarska awansowała do trzeciej ligi",
            "Ruszyły zapisy do przedszkoli na nowy rok",
            "Jak uzyskać dofinansowanie do wymiany pieca",
            "Nowa ścieżka rowerowa wzdłuż rzeki gotowa",
            "Koncert charytatywny zebrał rekordową kwotę",
        ],
        "authors": ["Katarzyna Nowak", "Tomasz Wiśniewski", "Agnieszka Zielińska"],
        "bio": "{name} jest dziennikarzem działu miejskiego. Pisze o inwestycjach, transporcie i sprawach "
               "samorządu od 2009 roku.",
    },
    "tr": {
        "title": "Belediye sahil yolunda yeni bisiklet yolu açtı",
        "paras": [
            "Belediye, sahil yolu boyunca uzanan yedi kilometrelik yeni bisiklet yolunu hafta sonu düzenlenen "
            "bir törenle hizmete açtı. Törene yüzlerce bisiklet tutkunu ve çocuklarıyla gelen aileler katıldı.",
            "Yol, limandan başlayıp eski deniz fenerine kadar devam ediyor. Güzergah üzerinde dinlenme alanları, "
            "içme suyu çeşmeleri ve bisiklet tamiri için küçük istasyonlar bulunuyor.",
            "Belediye başkanı yaptığı konuşmada, şehirde trafiği azaltmak ve insanları daha sağlıklı yaşamaya "
            "teşvik etmek istediklerini söyledi. Gelecek yıl şehir merkezine de benzer bir yol yapılacağını "
            "açıkladı.",
            "Sahil boyunca yürüyüş yapan bazı vatandaşlar ise yaya yolunun daraldığından şikâyet etti. "
            "Özellikle akşam saatlerinde bisikletlilerle yayaların aynı alanda karşılaştığını belirttiler.",
            "Projenin maliyeti yaklaşık on beş milyon lira olarak açıklandı. Harcamanın bir bölümü kalkınma "
            "ajansının desteğiyle karşılandı.",
            "Belediye, önümüzdeki ay boyunca hafta sonları ücretsiz bisiklet kiralama hizmeti sunacak. Kiralık "
            "bisikletler limandaki istasyondan kimlik gösterilerek alınabilecek.",
            "Yetkililer, yolun güvenliği için akşamları ek aydınlatma yapılacağını ve zabıta ekiplerinin "
            "düzenli denetim yapacağını bildirdi.",
        ],
        "heads": ["Vatandaşların tepkisi", "Maliyeti ne kadar", "Ücretsiz kiralama"],
        "headlines": [
            "Şehirde su kesintisi yarın sona erecek",
            "Yeni hastane binası için temel atıldı",
            "Kış festivali bu yıl üç gün sürecek",
            "Liseler arası satranç turnuvası başladı",
            "Otobüs seferlerine yeni düzenleme",
            "Pazar yerinde fiyatlar yeniden arttı",
            "Futbol takımı deplasmanda galip geldi",
            "Tarihi çarşıda restorasyon çalışması",
            "Üniversite öğrencilerine ulaşım indirimi",
            "Hafta sonu hava durumu: yağmur bekleniyor",
        ],
        "authors": ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya"],
        "bio": "{name} gazetemizin yerel haberler servisinde muhabir olarak çalışıyor ve belediye, ulaşım ve "
               "çevre konularını takip ediyor.",
    },
    "ja": {
        "title": "駅前の商店街に新しい図書館がオープン",
        "paras": [
            "市は二十日、駅前の商店街に新しい図書館を開館した。空き店舗を改装した三階建ての建物で、約五万冊の"
            "本を所蔵している。開館式には地元の小学生や商店主ら約二百人が集まった。",
            "一階には子ども向けの絵本コーナーと小さなカフェがあり、二階と三階は一般書と学習スペースになって"
            "いる。学習スペースは夜九時まで利用でき、高校生や社会人の利用を見込んでいる。",
            "商店街ではここ十年ほど閉店が相次ぎ、シャッターを下ろしたままの店が目立っていた。商店会の会長は"
            "「図書館に人が集まれば、周りの店にも客が戻ってくるはずだ」と期待を込めて話した。",
            "整備費は約八億円で、国の補助金を活用した。市の担当者によると、建物の耐震工事に予想以上の時間が"
            "かかり、開館は当初の予定より半年遅れたという。",
            "一方で、郊外に住む高齢者からは「駅前まで行くバスが少なく、通うのが難しい」との声も上がっている。"
            "市は移動図書館車の運行を続け、地域の集会所を巡回する方針だ。",
            "開館を記念して、今月末まで毎週末に読み聞かせ会や地元作家の講演会が開かれる。参加は無料だが、"
            "講演会は事前の申し込みが必要となる。",
            "市長は「本を通じて世代を超えた交流が生まれる場所にしたい」と述べ、来年度には電子書籍の貸し出しも"
            "始める考えを示した。",
        ],
        "heads": ["商店街の期待", "郊外の住民の声", "記念イベント"],
        "headlines": [
            "市内の小学校で給食費を無償化へ",
            "花火大会、今年は規模を縮小して開催",
            "国道で事故、一時通行止めに",
            "地元高校が県大会で初優勝",
            "新しい市民プールが七月に完成",
            "駅の自転車置き場を拡張へ",
            "秋祭りの日程が決まる",
            "市営バスの路線を一部見直し",
            "老舗旅館が改装して営業再開",
            "台風に備えて避難所を確認しよう",
        ],
        "authors": ["佐藤 健一", "鈴木 美穂", "高橋 誠"],
        "bio": "{name}　地域報道部記者。市政や教育、まちづくりを担当している。",
    },
    "zh": {
        "title": "老城区改造项目正式启动 居民将迎来新公园",
        "paras": [
            "本市老城区改造项目于本周一正式启动。根据规划，改造范围包括十二条街道和三百多栋老旧住宅，预计"
            "工期为三年，完成后将新增一座社区公园和两处停车场。",
            "许多居民对改造表示欢迎。住在东门街的王女士说，她家楼房已有四十多年历史，墙面开裂，下雨时楼道"
            "经常漏水，希望这次能彻底解决问题。",
            "市住建局负责人介绍，改造将尽量保留原有街巷格局和历史建筑，同时更换老化的水管和电线，并为部分"
            "楼房加装电梯，方便老年人出行。",
            "项目总投资约十五亿元，资金主要来自市财政和上级补助。相关部门表示，施工期间将分段进行，尽量减少"
            "对居民日常生活和周边商户的影响。",
            "也有一些商户担心施工会影响生意。一家经营了二十年的小吃店老板说，如果道路长时间封闭，顾客可能"
            "会流失，希望政府能够给予一定补贴。",
            "对此，市政府表示将设立临时通道，并为受影响的商户提供租金减免。施工方案也将在社区公告栏和政府"
            "网站上公开，接受居民监督。",
            "据悉，第一批改造的街道将在明年春节前完工，届时居民可以先行使用新修的健身广场。",
        ],
        "heads": ["居民期待改善居住条件", "商户担心影响生意", "施工计划"],
        "headlines": [
            "地铁三号线预计年底通车",
            "本周末气温骤降 注意防寒保暖",
            "全市中小学开展消防安全演练",
            "新建图书馆向市民免费开放",
            "夜市重新开张 吸引大批游客",
            "公交线路调整 这些站点有变化",
            "本地足球队主场取得三连胜",
            "医院开通网上预约挂号服务",
            "老字号餐馆迎来百年店庆",
            "城市马拉松报名今日开始",
        ],
        "authors": ["李明", "张晓燕", "陈刚"],
        "bio": "{name}，本报城市新闻部记者，长期关注城市建设、交通和民生话题。",
    },
    "ar": {
        "title": "البلدية تفتتح حديقة عامة جديدة في وسط المدينة",
        "paras": [
            "افتتحت البلدية يوم الخميس حديقة عامة جديدة في وسط المدينة على مساحة تزيد على ثلاثين ألف متر مربع، "
            "وذلك بعد أكثر من عامين من أعمال البناء والتشجير.",
            "وتضم الحديقة ممرات للمشي وملاعب للأطفال ونافورة كبيرة ومساحات خضراء واسعة، إضافة إلى مكتبة صغيرة "
            "في الهواء الطلق ومقهى يديره شباب من أبناء الحي.",
            "وقال رئيس البلدية في كلمة خلال حفل الافتتاح إن المشروع يهدف إلى توفير متنفس للعائلات في منطقة "
            "تفتقر إلى الأماكن العامة، مشيرا إلى أن الدخول سيكون مجانيا طوال أيام الأسبوع.",
            "وعبر عدد من السكان عن سعادتهم بالمشروع، لكنهم طالبوا بزيادة عدد مواقف السيارات في الشوارع المحيطة "
            "وتشديد الرقابة على النظافة خلال عطلة نهاية الأسبوع.",
            "وبلغت تكلفة المشروع نحو عشرين مليون درهم، تم تمويل جزء منها من خلال شراكة مع شركات محلية ساهمت "
            "في زراعة الأشجار وتجهيز الإنارة.",
            "وأوضح مسؤول في قسم البيئة أن الحديقة تعتمد على نظام ري حديث يعيد استخدام المياه المعالجة، مما يقلل "
            "من استهلاك المياه بنسبة كبيرة مقارنة بالحدائق القديمة.",
            "ومن المقرر أن تستضيف الحديقة خلال فصل الصيف أمسيات ثقافية وعروضا موسيقية مجانية لجميع الأعمار.",
        ],
        "heads": ["مطالب السكان", "تكلفة المشروع", "أنشطة الصيف"],
        "headlines": [
            "انقطاع المياه عن عدة أحياء يوم السبت",
            "افتتاح مدرسة جديدة في الضاحية الشرقية",
            "الفريق المحلي يفوز في مباراة الديربي",
            "ارتفاع أسعار الخضر في الأسواق الشعبية",
            "معرض الكتاب يعود بمشاركة واسعة",
            "حملة لتنظيف الشواطئ قبل موسم الصيف",
            "تعديل مواعيد الحافلات خلال شهر رمضان",
            "المستشفى الجامعي يطلق خدمة جديدة",
            "توقعات بأمطار غزيرة نهاية الأسبوع",
            "مهرجان للفنون الشعبية في ساحة المدينة",
        ],
        "authors": ["أحمد بن علي", "فاطمة الزهراء", "يوسف حداد"],
        "bio": "{name} صحفي في قسم الأخبار المحلية، يغطي شؤون البلدية والتعليم والبيئة منذ عام 2010.",
    },
    "hi": {
        "title": "शहर में नई मेट्रो लाइन पर परीक्षण शुरू",
        "paras": [
            "शहर की नई मेट्रो लाइन पर सोमवार से परीक्षण शुरू हो गया। यह लाइन रेलवे स्टेशन से विश्वविद्यालय तक "
            "जाएगी और इसमें कुल चौदह स्टेशन होंगे। अधिकारियों के अनुसार परीक्षण लगभग तीन महीने तक चलेगा।",
            "मेट्रो निगम के प्रबंध निदेशक ने बताया कि पहले चरण में खाली ट्रेनें चलाई जाएंगी और सिग्नल, ब्रेक तथा "
            "दरवाजों की जांच की जाएगी। इसके बाद सुरक्षा आयुक्त की मंजूरी ली जाएगी।",
            "इस लाइन के शुरू होने से रोज़ाना लगभग दो लाख यात्रियों को फायदा होने की उम्मीद है। अभी इस रास्ते पर "
            "बसों और ऑटो रिक्शा में सफर करने में एक घंटे से ज़्यादा समय लगता है।",
            "स्थानीय दुकानदारों का कहना है कि निर्माण कार्य के कारण पिछले दो साल से उनका कारोबार प्रभावित रहा। "
            "उन्हें उम्मीद है कि मेट्रो चालू होने के बाद बाज़ार में फिर से रौनक लौटेगी।",
            "परियोजना की कुल लागत लगभग चार हज़ार करोड़ रुपये है। इसका खर्च केंद्र और राज्य सरकार मिलकर उठा रही "
            "हैं, जबकि कुछ हिस्सा विदेशी बैंक से ऋण के रूप में लिया गया है।",
            "पर्यावरण कार्यकर्ताओं ने निर्माण के दौरान काटे गए पेड़ों का मुद्दा उठाया है। निगम का कहना है कि "
            "हर कटे पेड़ के बदले शहर के बाहरी इलाकों में दस नए पौधे लगाए गए हैं।",
            "अगर सब कुछ योजना के अनुसार रहा तो यात्रियों के लिए सेवा दिवाली से पहले शुरू कर दी जाएगी।",
        ],
        "heads": ["यात्रियों को क्या फायदा", "दुकानदारों की उम्मीद", "लागत और पर्यावरण"],
        "headlines": [
            "शहर में तीन दिन तक बिजली कटौती",
            "सरकारी स्कूलों में दाखिले शुरू",
            "बारिश के बाद सड़कों पर जलभराव",
            "स्थानीय टीम ने जीता राज्य स्तरीय खिताब",
            "नए अस्पताल का उद्घाटन अगले महीने",
            "सब्ज़ियों के दाम फिर बढ़े",
            "पुराने बाज़ार में लगी आग पर काबू",
            "बस किराये में बढ़ोतरी का प्रस्ताव",
            "दशहरा मेले की तैयारियां पूरी",
            "शहर की सफाई रैंकिंग में सुधार",
        ],
        "authors": ["राहुल शर्मा", "प्रिया वर्मा", "अमित सिंह"],
        "bio": "{name} हमारे शहर संवाददाता हैं और नगर निगम, परिवहन तथा शिक्षा से जुड़ी खबरें लिखते हैं।",
    },
}
