"""Language data of the fifth blind harness, part C: languages WITHOUT a file in
cleaners/lang/ (Icelandic, Albanian, Macedonian, Tamil). Written for the harness."""

LANGS_C = {
    "is": dict(
        title=["Hafnarbærinn samþykkir að endurbyggja flóðskemmda ferjuhöfn",
               "Héraðssjúkrahúsið opnar næturmóttöku fyrir farandverkafólk"],
        paras=["Bæjarstjórnin samþykkti áætlunina á þriðjudagskvöld eftir nærri fjögurra klukkustunda umræður, "
               "níu greiddu atkvæði með og þrír á móti.",
               "Að sögn verkfræðinga skemmdist gamla ferjuhúsið óbætanlega þegar áin flæddi yfir bakka sína í "
               "febrúar og síðan hafa ferjurnar lagst að bráðabirgðabryggju.",
               "Kaupmenn í bænum fögnuðu ákvörðuninni en vöruðu við því að framkvæmdirnar mættu ekki loka "
               "markaðsgötunni yfir sumartímann.",
               "Gert er ráð fyrir að fyrstu samningarnir verði undirritaðir fyrir áramót og að nýja byggingin "
               "opni fyrir farþega vorið 2027."],
        names=["Guðrún Jónsdóttir", "sjoarinn", "Ó. Sigurðsson", "Hafmeyjan", "Einar K."],
        comments=["Loksins, bráðabirgðabryggjan er hörmung á veturna.",
                  "Hver á að borga þetta þegar fjárhagurinn er þegar þröngur?",
                  "Afi minn vann í gamla ferjuhúsinu, sorglegt að sjá þetta.",
                  "Fjögurra tíma umræða um það sem allir vissu."],
        count="{n} athugasemdir", reply="Svara", says="{name} segir:", login="Skráðu þig inn til að svara",
        wrote="{name} skrifaði:", ago="fyrir {n} klukkustundum", stamp="{d}. mars 2025 kl. {h}:14",
        cta=["Gerstu áskrifandi að daglegu fréttabréfi okkar og misstu ekki af neinu.",
             "Viltu fleiri fréttir sem þessa? Skráðu þig ókeypis.",
             "Ef þér líkaði greinin, deildu henni með vinum þínum.",
             "Sæktu appið okkar og fáðu fréttatilkynningar beint í símann.",
             "Fylgdu okkur á Telegram og Instagram fyrir nýjustu fréttir af svæðinu."],
        appeal=["Styrktu óháða staðarblaðamennsku: gefðu framlag í dag.",
                "Framlög lesenda halda þessari ritstjórn gangandi. Leggðu þitt af mörkum."],
        caption="Skemmda ferjuhúsið séð frá ánni",
        credit="Mynd: {name} / Strandfréttir",
        reading="{n} mín. lestur", byline="Eftir {name}", related="Tengdar fréttir",
    ),
    "sq": dict(
        title=["Qyteti bregdetar voton për rindërtimin e terminalit të përmbytur të tragetit",
               "Spitali rajonal hap ambulancë nate për punëtorët sezonalë"],
        paras=["Këshilli bashkiak e miratoi planin të martën në mbrëmje pas një debati gati katër orësh, me "
               "nëntë vota pro dhe tre kundër.",
               "Sipas inxhinierëve, terminali i vjetër u dëmtua në mënyrë të pariparueshme kur lumi doli nga "
               "shtrati në shkurt, dhe që atëherë tragetet ankorohen në një skelë të përkohshme.",
               "Tregtarët vendas e përshëndetën vendimin, por paralajmëruan se punimet nuk duhet të bllokojnë "
               "rrugën e tregut gjatë sezonit veror.",
               "Kontratat e para pritet të nënshkruhen para fundit të vitit dhe ndërtesa e re do të hapet për "
               "udhëtarët në pranverën e vitit 2027."],
        names=["Arta Hoxha", "detari_plak", "B. Krasniqi", "Vallja", "Gent M."],
        comments=["Më në fund, skela e përkohshme është turp në dimër.",
                  "Kush do t'i paguajë këto kur buxheti është i ngushtë?",
                  "Gjyshi im punoi në terminalin e vjetër, më vjen keq.",
                  "Katër orë debat për diçka që e dinin të gjithë."],
        count="{n} komente", reply="Përgjigju", says="{name} thotë:", login="Hyni për t'u përgjigjur",
        wrote="{name} shkroi:", ago="{n} orë më parë", stamp="{d} mars 2025 në {h}:14",
        cta=["Abonohuni në buletinin tonë ditor dhe mos humbisni asnjë lajm nga bregdeti.",
             "Doni më shumë histori si kjo? Regjistrohuni falas.",
             "Nëse ju pëlqeu ky artikull, ndajeni me miqtë tuaj.",
             "Shkarkoni aplikacionin tonë për të marrë lajmet e fundit në telefon.",
             "Na ndiqni në Telegram dhe Instagram për lajmet më të reja nga rajoni."],
        appeal=["Mbështetni gazetarinë e pavarur vendore: dhuroni sot.",
                "Dhurimet e lexuesve e mbajnë gjallë këtë redaksi. Ju lutemi kontribuoni."],
        caption="Terminali i dëmtuar parë nga lumi",
        credit="Foto: {name} / Shtypi i Bregdetit",
        reading="Lexim {n} minuta", byline="Nga {name}", related="Lajme të ngjashme",
    ),
    "mk": dict(
        title=["Пристанишниот град гласаше за обнова на поплавениот терминал",
               "Регионалната болница отвора ноќна амбуланта за сезонски работници"],
        paras=["Градскиот совет го одобри планот во вторник навечер по речиси четиричасовна расправа, со девет "
               "гласа за и три против.",
               "Според инженерите, стариот терминал беше неповратно оштетен кога реката се излеа во февруари, "
               "и оттогаш траектите пристануваат на привремен док.",
               "Локалните трговци ја поздравија одлуката, но предупредија дека работите не смеат да ја "
               "блокираат пазарната улица во летната сезона.",
               "Првите договори се очекува да бидат потпишани пред крајот на годината, а новата зграда ќе се "
               "отвори за патниците во пролетта 2027 година."],
        names=["Марија Стојановска", "morski_vuk", "Д. Петровски", "Охриѓанка", "Филип Т."],
        comments=["Крајно време, привремениот док е срамота во зима.",
                  "Кој ќе го плати ова кога буџетот е веќе тесен?",
                  "Дедо ми работеше на стариот терминал, жално е.",
                  "Четири часа расправа за нешто што сите го очекуваа."],
        count="{n} коментари", reply="Одговори", says="{name} вели:", login="Најавете се за да одговорите",
        wrote="{name} напиша:", ago="пред {n} часа", stamp="{d} март 2025 во {h}:14",
        cta=["Претплатете се на нашиот дневен билтен и не пропуштајте ниту една вест.",
             "Сакате повеќе вакви приказни? Регистрирајте се бесплатно.",
             "Ако ви се допадна статијата, споделете ја со пријателите.",
             "Преземете ја нашата апликација за итни вести директно на телефонот.",
             "Следете нè на Telegram и Instagram за најновите вести од регионот."],
        appeal=["Поддржете го независното локално новинарство: донирајте денес.",
                "Донациите од читателите ја одржуваат оваа редакција. Ве молиме помогнете."],
        caption="Оштетениот терминал гледан од реката",
        credit="Фото: {name} / Крајбрежен печат",
        reading="{n} мин. читање", byline="Пишува: {name}", related="Поврзани вести",
    ),
    "ta": dict(
        title=["வெள்ளத்தில் மூழ்கிய படகு முனையத்தை மீண்டும் கட்ட துறைமுக நகரம் ஒப்புதல்",
               "விவசாயத் தொழிலாளர்களுக்கு மாவட்ட மருத்துவமனை இரவு மருத்துவ மையம் திறப்பு"],
        paras=["சுமார் நான்கு மணி நேர விவாதத்திற்குப் பிறகு செவ்வாய்க்கிழமை மாலை நகர சபை இந்தத் திட்டத்திற்கு "
               "ஒன்பது வாக்குகள் ஆதரவாகவும் மூன்று எதிராகவும் ஒப்புதல் அளித்தது.",
               "பிப்ரவரியில் ஆறு கரை புரண்டு ஓடியபோது பழைய முனையம் சரிசெய்ய முடியாத அளவுக்கு சேதமடைந்ததாகவும், "
               "அதன் பிறகு படகுகள் தற்காலிக துறையில் நிறுத்தப்படுவதாகவும் பொறியாளர்கள் கூறுகின்றனர்.",
               "உள்ளூர் வணிகர்கள் இந்த முடிவை வரவேற்றனர், ஆனால் கோடை காலத்தில் கட்டுமானப் பணிகள் சந்தைத் "
               "தெருவை அடைக்கக் கூடாது என்று எச்சரித்தனர்.",
               "முதல் ஒப்பந்தங்கள் ஆண்டு இறுதிக்குள் கையெழுத்தாகும் என்றும், புதிய கட்டடம் 2027 வசந்த "
               "காலத்தில் பயணிகளுக்குத் திறக்கப்படும் என்றும் எதிர்பார்க்கப்படுகிறது."],
        names=["லட்சுமி ராமன்", "கடலோடி", "க. சுப்பிரமணியம்", "மீனாட்சி", "அருண் வி."],
        comments=["ஒருவழியாக, குளிர்காலத்தில் தற்காலிக துறை மிக மோசம்.",
                  "பட்ஜெட் ஏற்கனவே நெருக்கடியில் இருக்கும்போது இதற்கு யார் பணம் கொடுப்பார்கள்?",
                  "என் தாத்தா பழைய முனையத்தில் வேலை செய்தார், பார்க்க வருத்தமாக உள்ளது.",
                  "எல்லோரும் எதிர்பார்த்த முடிவுக்கு நான்கு மணி நேர விவாதம்."],
        count="{n} கருத்துகள்", reply="பதில்", says="{name} கூறுகிறார்:", login="பதிலளிக்க உள்நுழையவும்",
        wrote="{name} எழுதினார்:", ago="{n} மணி நேரத்திற்கு முன்", stamp="மார்ச் {d}, 2025 {h}:14",
        cta=["கடலோரச் செய்திகளைத் தவறவிடாமல் இருக்க எங்கள் தினசரி செய்திமடலுக்கு சந்தா செலுத்துங்கள்.",
             "இது போன்ற மேலும் கதைகள் வேண்டுமா? இலவசமாகப் பதிவு செய்யுங்கள்.",
             "இந்தக் கட்டுரை பிடித்திருந்தால் நண்பர்களுடன் பகிருங்கள்.",
             "உடனடி செய்தி அறிவிப்புகளைப் பெற எங்கள் செயலியைப் பதிவிறக்குங்கள்.",
             "பிராந்தியச் செய்திகளுக்கு எங்களை Telegram மற்றும் Instagram இல் பின்தொடருங்கள்."],
        appeal=["சுயாதீன உள்ளூர் இதழியலை ஆதரியுங்கள்: இன்றே நன்கொடை அளியுங்கள்.",
                "வாசகர்களின் நன்கொடைகளே இந்தச் செய்தி அறையை நடத்துகின்றன. உங்களால் முடிந்ததைக் கொடுங்கள்."],
        caption="ஆற்றிலிருந்து பார்க்கும்போது சேதமடைந்த படகு முனையம்",
        credit="படம்: {name} / கடலோர செய்திகள்",
        reading="{n} நிமிட வாசிப்பு", byline="{name} எழுதியது", related="தொடர்புடைய செய்திகள்",
    ),
}
