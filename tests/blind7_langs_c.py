"""Language data of the seventh blind harness (tests/generalisation_blind7.py), part C: Arabic, Japanese, and two
languages with no file in cleaners/lang/ when it was written, Icelandic and Welsh. Written for the harness, not
copied; the story is invented."""

LANGS_C = {
    "ar": dict(
        title="القطارات تعود إلى محطة كلبة بعد واحد وثلاثين عاما",
        paras=["دخل أول قطار ركاب منذ ثلاثة عقود محطة كلبة صباح الأحد في السادسة واثنتين وأربعين دقيقة، "
               "واستقبلته فرقة موسيقية ومئات من السكان الذين انتظروا على الرصيف منذ الفجر.",
               "وكان الخط قد أغلق عام 1994 مع محطة البضائع، واستخدم مبنى المحطة مستودعا ثم ناديا للشباب "
               "إلى أن اشترته هيئة النقل الإقليمية العام الماضي.",
               "وستسير القطارات كل ساعة إلى مركز المحافظة في رحلة تستغرق ستا وعشرين دقيقة، بعد أن كانت "
               "الحافلة تقطع طريق الوادي المتعرج في نحو ساعة.",
               "ويأمل التجار أن يعود الزوار إلى ساحة السوق القديمة، فيما يطالب العاملون بنظام المناوبات "
               "برحلات مسائية متأخرة ليتمكنوا من العودة إلى منازلهم."],
        related=["شركات الحافلات تخشى خسارة الركاب", "برج الإشارات القديم يتحول إلى متحف",
                 "إغلاق طريق الوادي حتى الربيع"],
        names=["أمل حداد", "يوسف نصار", "ليلى ك."],
        comments=["أخذت جدي في القطار الأول فبكى طوال الطريق.",
                  "خبر جميل لكن قطارا واحدا في الساعة لا يكفي لمن يعملون بالمناوبات.",
                  "أخيرا. كانت الحافلة تستغرق وقتا طويلا في الشتاء."],
        reply="رد", likes="{n} إعجاب", more="عرض {n} ردود أخرى", ago="منذ {n} ساعات",
        years="منذ {n} سنوات", appeal="الصحافة المحلية المستقلة تحتاج إلى دعمكم. ساهموا اليوم.",
        raised="تم جمع {a} من أصل {b}", donate="تبرع الآن", photo="تصوير", image="صورة",
        caption="الفرقة الموسيقية تعزف لدى وصول القطار الأول", city="كلبة",
        updated="تم التحديث منذ {n} ساعات", listen="استمع إلى المقال", advert="إعلان",
        cont="تابع القراءة أدناه", keypts="أبرز النقاط",
        summary=["أعيد فتح خط مغلق منذ عام 1994.", "قطار كل ساعة إلى مركز المحافظة."],
        newsletter="اشترك في نشرتنا البريدية المجانية", poll="هل ستستخدم القطار الجديد؟",
        yes="نعم", no="لا", votes="{n} صوتا", vote="صوّت الآن",
        legal="© 2025 دار الوادي للنشر. جميع الحقوق محفوظة. يمنع النسخ أو إعادة النشر دون إذن.",
        cookie="نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع. [قبول الكل] [الإعدادات]",
        read_more="اقرأ المزيد", refs="المراجع", by="بقلم", agency="أ ف ب", cur="{n} دولار",
    ),
    "ja": dict(
        title="ケルベ駅に31年ぶりに列車が停車",
        paras=["三十年ぶりとなる旅客列車が日曜日の午前6時42分にケルベ駅に到着し、吹奏楽団と、夜明けからホームで"
               "待っていた数百人の住民が出迎えた。",
               "路線は1994年に貨物駅の廃止とともに閉鎖され、駅舎は倉庫や若者向けの施設として使われてきたが、"
               "昨年、地域の交通局が買い戻した。",
               "今後は毎時1本の列車が郡の中心地まで走り、所要時間は26分となる。これまでバスで谷沿いの曲がりくねった"
               "道を通ると1時間近くかかっていた。",
               "商店主らは古い市場広場に日帰り客が戻ることを期待する一方、交代制で働く人々は仕事の後に帰宅できるよう"
               "夜遅い便の増発を求めている。"],
        related=["バス会社、乗客減少を懸念", "旧信号所が博物館に", "谷の道路、春まで通行止め"],
        names=["佐藤花子", "田中健", "ゆき"],
        comments=["祖父を最初の列車に乗せたら、ずっと泣いていました。",
                  "良いニュースですが、1時間に1本では交代勤務の人には足りません。",
                  "やっとです。冬のバスは本当に時間がかかりました。"],
        reply="返信", likes="いいね {n}", more="他{n}件の返信を表示", ago="{n}時間前",
        years="{n}年前", appeal="独立した地域報道を支えるため、ご支援をお願いします。",
        raised="目標{b}のうち{a}を達成", donate="寄付する", photo="写真", image="画像",
        caption="最初の列車の到着を祝って演奏する吹奏楽団", city="ケルベ",
        updated="{n}時間前に更新", listen="この記事を聞く", advert="広告",
        cont="記事の続きは広告の後で", keypts="この記事のポイント",
        summary=["1994年から閉鎖されていた路線が再開した。", "郡の中心地まで毎時1本の列車が走る。"],
        newsletter="無料ニュースレターに登録する", poll="新しい列車を利用しますか？",
        yes="はい", no="いいえ", votes="{n}票", vote="投票する",
        legal="© 2025 谷新聞社 無断転載を禁じます。記事・写真の著作権は谷新聞社に帰属します。",
        cookie="当サイトではサービス向上のためにクッキーを使用しています。[すべて同意] [設定]",
        read_more="続きを読む", refs="参照", by="文：", agency="共同", cur="{n}円",
    ),
    "is": dict(
        title="Lestir stöðva aftur í Kelbu eftir þrjátíu og eitt ár",
        paras=["Fyrsta farþegalestin í þrjá áratugi kom á stöðina í Kelbu klukkan 6.42 á sunnudagsmorgun, og "
               "lúðrasveit og nokkur hundruð íbúar sem höfðu beðið á brautarpallinum frá dögun tóku á móti henni.",
               "Línunni var lokað árið 1994 þegar vöruflutningastöðin hætti, og stöðvarhúsið var notað sem vöruskemma "
               "og síðar félagsmiðstöð þar til samgöngustofnun héraðsins keypti það aftur í fyrra.",
               "Lestir munu nú ganga á klukkutíma fresti til héraðsbæjarins, ferð sem tekur tuttugu og sex mínútur en "
               "tók nærri klukkustund með rútu eftir hlykkjóttum dalveginum.",
               "Kaupmenn vonast til að dagsgestir snúi aftur á gamla markaðstorgið, en vaktavinnufólk biður um síðari "
               "kvöldferðir svo það komist heim eftir langa vakt."],
        related=["Rútufyrirtæki óttast að missa farþega", "Gamla merkjahúsið verður safn",
                 "Dalvegurinn lokaður fram á vor"],
        names=["Anna Jónsdóttir", "Gunnar Ólafsson", "Sigga B."],
        comments=["Ég fór með afa í fyrstu lestina og hann grét alla leiðina.",
                  "Góðar fréttir, en ein lest á klukkustund dugar ekki vaktavinnufólki.",
                  "Loksins. Rútan var endalaust lengi á veturna."],
        reply="Svara", likes="{n} líkar þetta", more="Sýna {n} svör til viðbótar", ago="fyrir {n} klst.",
        years="fyrir {n} árum", appeal="Óháð staðbundin fréttamennska þarf á stuðningi þínum að halda.",
        raised="{a} safnað af {b}", donate="Styrkja núna", photo="Mynd", image="Mynd",
        caption="Lúðrasveitin leikur þegar fyrsta lestin kemur", city="KELBU",
        updated="Uppfært fyrir {n} klst.", listen="Hlusta á greinina", advert="Auglýsing",
        cont="Greinin heldur áfram fyrir neðan", keypts="Helstu atriði",
        summary=["Lína sem var lokuð frá 1994 hefur verið opnuð aftur.", "Lest gengur á klukkutíma fresti til bæjarins."],
        newsletter="Skráðu þig á ókeypis fréttabréfið okkar", poll="Ætlar þú að nota nýju lestina?",
        yes="Já", no="Nei", votes="{n} atkvæði", vote="Greiddu atkvæði",
        legal="© 2025 Dalsútgáfan ehf. Allur réttur áskilinn. Óheimilt er að afrita efnið án leyfis.",
        cookie="Við notum vafrakökur til að bæta upplifun þína á vefnum. [Samþykkja allt] [Stillingar]",
        read_more="Lesa meira", refs="Tilvísanir", by="Eftir", agency="RÚV", cur="{n} kr.",
    ),
    "cy": dict(
        title="Trenau'n aros yng Nghelbi eto ar ôl tri deg un o flynyddoedd",
        paras=["Cyrhaeddodd y trên teithwyr cyntaf ers tri degawd orsaf Celbi am 6.42 fore Sul, a chafodd ei groesawu "
               "gan fand pres a channoedd o drigolion a fu'n aros ar y platfform ers y wawr.",
               "Caewyd y rheilffordd ym 1994 pan gaeodd yr iard nwyddau, a bu adeilad yr orsaf yn warws ac yna'n glwb "
               "ieuenctid nes i'r awdurdod trafnidiaeth rhanbarthol ei brynu'n ôl y llynedd.",
               "Bydd trenau bellach yn rhedeg bob awr i dref y sir, taith o chwe munud ar hugain a oedd yn cymryd bron "
               "i awr ar y bws ar hyd ffordd droellog y dyffryn.",
               "Mae siopwyr yn gobeithio y daw ymwelwyr dydd yn ôl i hen sgwâr y farchnad, tra bo gweithwyr shifft yn "
               "gofyn am drenau hwyrach gyda'r nos er mwyn cyrraedd adref."],
        related=["Cwmnïau bysiau'n ofni colli teithwyr", "Hen gaban signalau'n troi'n amgueddfa",
                 "Ffordd y dyffryn ar gau tan y gwanwyn"],
        names=["Ann Llywelyn", "Gareth Huws", "Mari T."],
        comments=["Es i â Taid ar y trên cyntaf, roedd e'n crio'r holl ffordd.",
                  "Newyddion da, ond dyw un trên yr awr ddim yn ddigon i weithwyr shifft.",
                  "O'r diwedd. Roedd y bws yn cymryd oes yn y gaeaf."],
        reply="Ateb", likes="{n} yn hoffi", more="Dangos {n} ateb arall", ago="{n} awr yn ôl",
        years="{n} blynedd yn ôl", appeal="Mae newyddiaduraeth leol annibynnol angen eich cefnogaeth.",
        raised="{a} wedi'i godi o {b}", donate="Cyfrannwch nawr", photo="Llun", image="Delwedd",
        caption="Y band pres yn chwarae wrth i'r trên cyntaf gyrraedd", city="CELBI",
        updated="Diweddarwyd {n} awr yn ôl", listen="Gwrandewch ar yr erthygl", advert="Hysbyseb",
        cont="Parhewch i ddarllen isod", keypts="Prif bwyntiau",
        summary=["Mae rheilffordd a gaewyd ym 1994 wedi ailagor.", "Bydd trên bob awr i dref y sir."],
        newsletter="Cofrestrwch i dderbyn ein cylchlythyr am ddim", poll="Fyddwch chi'n defnyddio'r trên newydd?",
        yes="Byddaf", no="Na fyddaf", votes="{n} pleidlais", vote="Pleidleisiwch",
        legal="© 2025 Gwasg y Dyffryn Cyf. Cedwir pob hawl. Ni chaniateir atgynhyrchu heb ganiatâd.",
        cookie="Rydym yn defnyddio cwcis i wella eich profiad ar y wefan. [Derbyn y cyfan] [Gosodiadau]",
        read_more="Darllen mwy", refs="Cyfeiriadau", by="Gan", agency="Golwg", cur="£{n}",
    ),
}
