"""Language data of the eighth blind harness (tests/generalisation_blind8.py), part C: Serbian (Cyrillic),
Georgian, and three languages with no file in cleaners/lang/ when it was written: Amharic, Hausa, Nepali.
Written for the harness, not copied; each language has its own invented story."""

LANGS_C = {
    "sr": dict(
        title="Нови Сад добија пешачки мост преко Дунава",
        site="Војвођански гласник",
        paras=["Скупштина града Новог Сада усвојила је у четвртак план за изградњу пешачког и бициклистичког моста "
               "који ће повезати Лиман и Петроварадин.",
               "„Ово је први мост у граду намењен само пешацима и бициклистима“, рекао је градски архитекта Милан "
               "Јовановић и додао да ће бити дугачак 420 метара.",
               "Вредност радова процењена је на 2,7 милијарди динара.",
               "Сремски Карловци и Беочин траже да се у пројекат укључи и бициклистичка стаза дуж обале.",
               "Када ће мост бити готов? Према плану, до краја 2028. године."],
        related=["Поскупљује градски превоз од јануара", "На Штранду почело уређење плаже за наредну сезону",
                 "Ноћ музеја ове године у новом термину"],
        names=["Новосађанин", "Јелена М.", "бицикл_нс"],
        comments=["Одлично, преко Варадинског моста је опасно возити бицикл.", "Опет милијарде, а улице у Клиси без "
                  "тротоара.", "Надам се да ће имати и осветљење ноћу."],
        stamps=["04.12.2026. у 21.14", "5. децембар 2026. 07:02", "пре 3 сата"],
        dateline="НОВИ САД, 3. децембра (Танјуг) -", agency_tail="(Танјуг)", photo="Фото", caption="Обала Дунава код "
        "Лимана где ће почети мост", comments_head="Коментари ({n})", wrote="{name} је написао:", reply="Одговори",
        subscribe="Претплатите се на Војвођански гласник и читајте без ограничења.", app="Преузмите нашу апликацију са "
        "App Store-а и Google Play-а", follow="Пратите нас на Фејсбуку и Инстаграму", whatsapp="Придружите се нашем "
        "WhatsApp каналу", push="Желите ли да примате обавештења? Дозволи / Не сада", appeal="Подржите независно "
        "новинарство.", member="Постаните члан", month="мес.", copyright="© 2026 Војвођански гласник. Сва права "
        "задржана.", reproduction="Преузимање садржаја без дозволе редакције је забрањено.", affiliate="Текст садржи "
        "партнерске линкове.", ai="Овај сажетак је направљен уз помоћ вештачке интелигенције.",
        correction="Исправка: у ранијој верзији текста погрешно је наведена дужина моста.", related_head="Прочитајте и",
        published="Објављено", minutes="Време читања: {n} мин",
    ),
    "ka": dict(
        title="ქუთაისში ისტორიული თეატრის რესტავრაცია დასრულდა",
        site="იმერეთის მაცნე",
        paras=["ქუთაისის ლადო მესხიშვილის სახელობის თეატრის რესტავრაცია ოთხშაბათს დასრულდა და შენობა "
               "მაყურებელს კვლავ გაუხსნა კარი.",
               "„ეს შენობა ქალაქის სულია და ახლა ის კიდევ ასი წელი გაძლებს“, — განაცხადა თეატრის დირექტორმა.",
               "სამუშაოები ორი წელი გაგრძელდა და 14 მილიონი ლარი დაჯდა.",
               "ბათუმი და თბილისი უკვე გეგმავენ გასტროლებს ახალ სცენაზე.",
               "რა წარმოდგენით გაიხსნება სეზონი? პირველი სპექტაკლი 20 დეკემბერს გაიმართება."],
        related=["ქუთაისის აეროპორტი ახალ რეისებს იწყებს", "ბაგრატის ტაძართან ახალი ბილიკი მოეწყო",
                 "ქალაქში საახალწლო ბაზრობა იხსნება"],
        names=["ნინო", "გიორგი ბ.", "ქუთაისელი"],
        comments=["ბავშვობიდან მახსოვს ეს თეატრი, ძალიან გამიხარდა.", "ბილეთების ფასი რა იქნება, ვინმემ იცის?",
                  "მადლობა ყველას, ვინც ამ სამუშაოზე იმუშავა."],
        stamps=["04.12.2026, 21:14", "5 დეკემბერი, 2026 07:02", "3 საათის წინ"],
        dateline="ქუთაისი, 3 დეკემბერი /საქინფორმი/.", agency_tail="(ინტერპრესნიუსი)", photo="ფოტო",
        caption="განახლებული თეატრის ფასადი ქუთაისის ცენტრში", comments_head="კომენტარები ({n})",
        wrote="{name} წერს:", reply="პასუხი", subscribe="გამოიწერეთ ჩვენი ყოველდღიური საინფორმაციო ბიულეტენი.",
        app="ჩამოტვირთეთ ჩვენი აპლიკაცია App Store-სა და Google Play-ში", follow="გამოგვყევით Facebook-სა და "
        "Instagram-ზე", whatsapp="შემოგვიერთდით WhatsApp-ის არხზე", push="გსურთ შეტყობინებების მიღება? დიახ / მოგვიანებით",
        appeal="მხარი დაუჭირეთ დამოუკიდებელ ჟურნალისტიკას.", member="გახდით წევრი", month="თვე",
        copyright="© 2026 იმერეთის მაცნე. ყველა უფლება დაცულია.", reproduction="მასალის გამოყენება ნებართვის გარეშე "
        "აკრძალულია.", affiliate="სტატია შეიცავს პარტნიორულ ბმულებს.", ai="ეს შეჯამება მომზადდა ხელოვნური ინტელექტის "
        "დახმარებით.", correction="შესწორება: სტატიის წინა ვერსიაში თანხა არასწორად იყო მითითებული.",
        related_head="ასევე წაიკითხეთ", published="გამოქვეყნდა", minutes="წასაკითხად {n} წუთი",
    ),
    "am": dict(
        title="በባሕር ዳር አዲስ የሕዝብ ቤተ መጻሕፍት ተመረቀ",
        site="ጣና ዜና",
        paras=["በባሕር ዳር ከተማ ለሦስት ዓመታት ሲገነባ የቆየው አዲሱ የሕዝብ ቤተ መጻሕፍት ረቡዕ ዕለት በይፋ ተመርቆ ለአገልግሎት ክፍት ሆኗል።",
               "የከተማው ከንቲባ በምረቃው ላይ «ይህ ቤተ መጻሕፍት ለወጣቶቻችን የእውቀት ማዕከል ይሆናል» ብለዋል።",
               "ቤተ መጻሕፍቱ ከ45 ሺህ በላይ መጻሕፍት እና 300 የንባብ ወንበሮች አሉት።",
               "ጎንደር እና ደሴ ተመሳሳይ ፕሮጀክት ለመጀመር ዕቅድ ይዘዋል።",
               "ግንባታው 120 ሚሊዮን ብር ወጪ ተደርጎበታል።"],
        related=["የጣና ሐይቅ የጀልባ ትራንስፖርት ተሻሻለ", "በከተማዋ አዲስ የአውቶቡስ መስመር ተጀመረ", "የገና በዓል ገበያ ተከፈተ"],
        names=["ሰላም", "ዮሐንስ ተ.", "አንባቢ"],
        comments=["በጣም ደስ የሚል ዜና ነው፣ እንኳን ደስ አለን።", "ቅዳሜና እሁድም ክፍት ቢሆን ጥሩ ነበር።", "ለተማሪዎች ትልቅ እድል ነው።"],
        stamps=["ኅዳር 25 ቀን 2019 ዓ.ም. 3:14", "ታኅሣሥ 4, 2019", "ከ3 ሰዓት በፊት"],
        dateline="ባሕር ዳር፣ ኅዳር 24/2019 (ኢዜአ)፦", agency_tail="(ኢዜአ)", photo="ፎቶ", caption="አዲሱ የባሕር ዳር ሕዝብ ቤተ መጻሕፍት ሕንፃ",
        comments_head="አስተያየቶች ({n})", wrote="{name} ጻፈ፦", reply="መልስ", subscribe="የዕለቱን ዜና በኢሜል ለማግኘት ይመዝገቡ።",
        app="የጣና ዜና መተግበሪያን ከGoogle Play ያውርዱ", follow="በፌስቡክ እና በቴሌግራም ይከተሉን", whatsapp="የዋትስአፕ ቻናላችንን ይቀላቀሉ",
        push="ማሳወቂያዎችን መቀበል ይፈልጋሉ? ፍቀድ / አሁን አይደለም", appeal="ነፃ ጋዜጠኝነትን ይደግፉ።", member="አባል ይሁኑ",
        month="በወር", copyright="© 2026 ጣና ዜና። መብቱ በሕግ የተጠበቀ ነው።", reproduction="ያለ ፈቃድ መገልበጥ የተከለከለ ነው።",
        affiliate="ይህ ጽሑፍ የአጋር ማስፈንጠሪያዎችን ይዟል።", ai="ይህ ማጠቃለያ በሰው ሰራሽ አስተውሎት የተዘጋጀ ነው።",
        correction="እርማት፦ በቀደመው እትም የመጻሕፍቱ ቁጥር በስህተት ተገልጿል።", related_head="ተዛማጅ ዜናዎች",
        published="የታተመበት", minutes="{n} ደቂቃ ንባብ",
    ),
    "ha": dict(
        title="Kano za ta gina sabuwar kasuwar hatsi a Dawanau",
        site="Muryar Arewa",
        paras=["Gwamnatin Jihar Kano ta amince da gina sabuwar kasuwar hatsi a Dawanau, wadda za ta dauki "
               "'yan kasuwa fiye da dubu hudu.",
               "\"Wannan kasuwa za ta rage asarar amfanin gona da manoma ke yi a kowace shekara,\" in ji Kwamishinan "
               "Noma na jihar a ranar Laraba.",
               "Za a kashe naira biliyan 18 wajen aikin, wanda zai dauki shekaru biyu.",
               "Katsina da Jigawa sun nuna sha'awar hada kai da Kano a kan aikin.",
               "Shin farashin hatsi zai sauka? Manoma sun ce suna fatan haka."],
        related=["An bude sabuwar hanya tsakanin Kano da Zaria", "Farashin taki ya tashi a arewacin Najeriya",
                 "Makarantun firamare za su koma aiki ranar Litinin"],
        names=["Musa Abdullahi", "Aisha Bello", "Dan Dawanau"],
        comments=["Wannan albishir ne ga manoma, Allah ya sa a gama lafiya.", "Ina fatan ba za a kara kudin haya ba.",
                  "Mun dade muna jiran wannan aiki."],
        stamps=["4 ga Disamba 2026, 9:14 na dare", "Juma'a, 5 Disamba 2026", "awa 3 da suka wuce"],
        dateline="KANO, Najeriya (NAN) -", agency_tail="(NAN)", photo="Hoto", caption="'Yan kasuwa a kasuwar hatsi ta "
        "Dawanau", comments_head="Sharhi ({n})", wrote="{name} ya rubuta:", reply="Amsa",
        subscribe="Yi rajista domin samun labarai kullum a imel dinka.", app="Sauke manhajar Muryar Arewa daga Google Play",
        follow="Ku biyo mu a Facebook da X", whatsapp="Ku shiga tasharmu ta WhatsApp",
        push="Kuna son karbar sanarwa? Eh / Ba yanzu ba", appeal="Ku tallafa wa aikin jarida mai zaman kansa.",
        member="Zama memba", month="wata", copyright="© 2026 Muryar Arewa. Dukkan hakkoki a kiyaye suke.",
        reproduction="An haramta sake wallafa wannan labari ba tare da izini ba.", affiliate="Wannan labari yana dauke "
        "da hanyoyin hadin gwiwa.", ai="An shirya wannan takaitaccen bayani da taimakon fasahar AI.",
        correction="Gyara: a baya mun rubuta adadin kudin ba daidai ba.", related_head="Karanta kuma",
        published="An wallafa", minutes="Karatun minti {n}",
    ),
    "ne": dict(
        title="पोखरामा फेवातालको सफाइ अभियान सुरु",
        site="गण्डकी खबर",
        paras=["पोखरा महानगरपालिकाले बुधबारदेखि फेवातालमा जलकुम्भी हटाउने विशेष अभियान सुरु गरेको छ, जसमा "
               "दुई सयभन्दा बढी स्वयंसेवक सहभागी छन्।",
               "\"ताल सफा भएन भने पर्यटक घट्छन्, त्यसैले यो अभियान अत्यावश्यक छ,\" मेयरले उद्घाटनका क्रममा भने।",
               "अभियानका लागि तीन करोड रुपैयाँ छुट्याइएको छ।",
               "काठमाडौं र चितवनबाट पनि केही संस्थाले सहयोग गर्ने घोषणा गरेका छन्।",
               "के यो पटक ताल पूर्ण रूपमा सफा होला? स्थानीय माझीहरू आशावादी छन्।"],
        related=["पोखरा विमानस्थलबाट नयाँ उडान सुरु", "लेकसाइडमा सडक विस्तार अन्तिम चरणमा", "अन्नपूर्ण पदमार्गमा हिउँ"],
        names=["राम बहादुर", "सीता गुरुङ", "पोखरेली"],
        comments=["धेरै राम्रो काम, हरेक वर्ष यस्तो हुनुपर्छ।", "बजेटको सही उपयोग होस् भन्ने कामना।", "म पनि शनिबार सहभागी हुन्छु।"],
        stamps=["२०८३ मंसिर १८, ९:१४", "मंसिर १९, २०८३ ०७:०२", "३ घण्टा अगाडि"],
        dateline="पोखरा, मंसिर १८ (रासस) –", agency_tail="(रासस)", photo="तस्बिर", caption="फेवातालमा जलकुम्भी हटाउँदै स्वयंसेवक",
        comments_head="प्रतिक्रिया ({n})", wrote="{name} ले लेख्नुभयो:", reply="जवाफ दिनुहोस्",
        subscribe="दैनिक समाचार इमेलमा पाउन सदस्यता लिनुहोस्।", app="गण्डकी खबर एप गुगल प्लेबाट डाउनलोड गर्नुहोस्",
        follow="हामीलाई फेसबुक र टिकटकमा फलो गर्नुहोस्", whatsapp="हाम्रो ह्वाट्सएप च्यानलमा जोडिनुहोस्",
        push="सूचना प्राप्त गर्न चाहनुहुन्छ? अनुमति दिनुहोस् / पछि", appeal="स्वतन्त्र पत्रकारितालाई सहयोग गर्नुहोस्।",
        member="सदस्य बन्नुहोस्", month="महिना", copyright="© २०२६ गण्डकी खबर। सर्वाधिकार सुरक्षित।",
        reproduction="अनुमतिबिना सामग्री पुनः प्रकाशन गर्न निषेध गरिएको छ।", affiliate="यस लेखमा साझेदार लिङ्कहरू छन्।",
        ai="यो सारांश कृत्रिम बुद्धिमत्ताको सहायताले तयार पारिएको हो।", correction="सच्याइएको: अघिल्लो संस्करणमा रकम गलत उल्लेख थियो।",
        related_head="यो पनि पढ्नुहोस्", published="प्रकाशित", minutes="{n} मिनेट पढ्न",
    ),
}
