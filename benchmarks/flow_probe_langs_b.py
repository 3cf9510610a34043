"""Flow-probe articles and site chrome, part B (ha, eo: no word file in cleaners/lang; lv, lt, sk, sw: a word file
but in neither earlier probe): written for benchmarks/flow_probe.py before the rules they meet were read. Same
fields as part A."""

FLOW_B = {
    "ha": dict(
        title="An bude sabuwar kasuwar manoma a birnin Kano",
        paras=["Gwamnatin jihar Kano ta bude sabuwar kasuwar manoma a ranar Litinin, inda manoma za su sayar da "
               "amfanin gona kai tsaye ga masu saye.",
               "Shugaban kasuwar ya ce akwai rumfuna fiye da dari uku, kuma kowane manomi zai biya kudin haya kadan "
               "a kowane wata.",
               "Wasu 'yan kasuwa sun nuna damuwa cewa hanyar zuwa kasuwar tana da cunkoso musamman da safe.",
               "Gwamnati ta ce za ta gina karin hanyoyi da wuraren ajiye motoci kafin karshen shekara mai zuwa."],
        date_line="An wallafa: 4 ga Disamba 2025, 13:45", byline=("Daga: Aminu Bello", "Aminu Bello"),
        source_line="Majiya: NAN", caption="Manoma suna sayar da tumatir a sabuwar kasuwa ranar Litinin.",
        cta="Yi rajista don samun wasikar labaranmu kuma ka karbi manyan labarai kowace safiya.",
        news=["Wasikar labarai", "Manyan labaran rana a cikin imel dinka.", "Yi rajista"],
        share=["Raba", "Facebook", "WhatsApp", "X", "Kwafi mahada"], read_more="Karanta kuma:",
        related_head="Labarai masu alaka", related=["Farashin masara ya sauka a Kano",
                                                     "Manoma za su samu sabbin takin zamani",
                                                     "An gyara hanyar Zaria zuwa Kano"],
        legal="© 2025 Jaridar Arewa. Duk hakkoki an kiyaye su.",
        donation=["Taimaka wa aikin jarida mai zaman kansa: ba da gudummawa daga ₦1000 a wata.",
                  "₦1000 · ₦2500 · ₦5000"],
        comment_head="Sharhi (3)", reply="Amsa", replies="amsoshi {n}", more="Duba karin sharhi",
        comments=[("Musa K.", "awa 2 da suka wuce", "Wannan abu ne mai kyau ga manoma."),
                  ("Hauwa", "awa 1 da ta wuce", "Amma hanyar tana da matsala sosai."),
                  ("sani_dan_kano", "minti 40 da suka wuce", "Allah ya sa a gyara hanyar da wuri.")],
        looks=dict(
            appeal_quote="\"Muna kira ga kowa ya ba da gudummawar jini a wannan mako\", in ji jami'an asibitin, "
                         "saboda ajiyar jini ta ragu da rabi.",
            news_story="Wata jarida ta gida ta fara aika wasikar labarai ta mako-mako a bara, kuma yanzu tana da "
                        "masu karatu dubu takwas.",
            names=["Fatima Yusuf", "Ibrahim Sani", "Zainab Abdullahi"],
            prices=["Tumatir ₦800", "Albasa ₦500", "Doya ₦1200"],
            table=["1. Kano Pillars 30", "2. Rangers 28", "3. Enyimba 27"],
            poem=["Ruwan sama ya sauka,", "gona ta yi kore,", "yara suna wasa,", "gari ya yi dadi."],
            recipe=["Wanke shinkafa sosai sannan ka dafa ta.", "Kara tumatir da albasa a cikin tukunya.",
                    "Bar ta ta dahu na minti ashirin."])),
    "eo": dict(
        title="Nova biblioteko en Bjalistoko malfermas siajn pordojn al infanoj",
        paras=["La urba biblioteko de Bjalistoko malfermis lundon novan infanan fakon kun pli ol dek mil libroj en "
               "dek du lingvoj.",
               "La direktorino diris, ke la fako estos malfermita ankaŭ dimanĉe, ĉar multaj gepatroj laboras dum "
               "la semajno.",
               "Kelkaj loĝantoj plendis, ke mankas parkumejo proksime de la nova konstruaĵo en la urbocentro.",
               "La urbo planas venontjare aldoni legoĉambron por adoleskantoj kaj malgrandan kafejon."],
        date_line="Publikigita: 4-an de decembro 2025, 13:45", byline=("Aŭtoro: Marta Kowalska", "Marta Kowalska"),
        source_line="Fonto: Libera Folio", caption="Infanoj legas en la nova fako de la biblioteko lundon.",
        cta="Abonu nian informleteron kaj ricevu la ĉefajn novaĵojn ĉiumatene.",
        news=["Informletero", "La ĉefaj novaĵoj de la tago en via retpoŝto.", "Aboni"],
        share=["Kunhavigi", "Facebook", "Mastodon", "X", "Kopii ligilon"], read_more="Legu ankaŭ:",
        related_head="Rilataj novaĵoj", related=["Nova kurso de Esperanto por komencantoj",
                                                  "La urba teatro renovigas sian scenejon",
                                                  "Libroj senpage en la parkoj dum somero"],
        legal="© 2025 Urba Gazeto. Ĉiuj rajtoj rezervitaj.",
        donation=["Subtenu sendependan ĵurnalismon: donacu ekde 5 eŭroj monate.", "5 € · 10 € · 25 €"],
        comment_head="Komentoj (3)", reply="Respondi", replies="{n} respondoj", more="Montri pliajn komentojn",
        comments=[("Petro", "antaŭ 2 horoj", "Bonega novaĵo, mi kondukos miajn infanojn."),
                  ("Ana_L", "antaŭ 1 horo", "Ĉu ankaŭ estos libroj en la ukraina?"),
                  ("Tomaso", "antaŭ 40 minutoj", "La parkumado vere estas problemo tie.")],
        looks=dict(
            appeal_quote="\"Ni petas ĉiujn donaci sangon ĉi-semajne\", diris la urba sangocentro, kies rezervoj "
                         "falis je duono.",
            news_story="Loka retejo lanĉis pasintjare semajnan informleteron pri urbaj aferoj, kaj nun ĝin legas "
                        "ok mil abonantoj.",
            names=["Jan Nowak", "Ewa Zielińska", "Piotr Wiśniewski"],
            prices=["Kafo 2,50 €", "Kuko 3,00 €", "Teo 1,80 €"],
            table=["1. Jagiellonia 36", "2. Legia 33", "3. Lech 31"],
            poem=["Neĝo falas sur la urbon,", "lampoj brilas en la nokt',", "iu kantas malproksime,",
                  "kaj la vent' respondas."],
            recipe=["Miksu la farunon kun la ovoj.", "Aldonu lakton kaj iom da salo.",
                    "Baku la krespojn en varma pato."])),
    "lv": dict(
        title="Rīgā atklāts pirmais pilsētas dārzs uz tirdzniecības centra jumta",
        paras=["Uz tirdzniecības centra jumta Purvciemā pirmdien atklāts kopienas dārzs, kurā iedzīvotāji var "
               "nomāt dobes par simbolisku maksu.",
               "Projekta vadītāja stāstīja, ka pirmajā nedēļā pieteicās vairāk nekā divsimt ģimeņu, lai gan dobju "
               "ir tikai astoņdesmit.",
               "Kaimiņi sākumā baidījās no trokšņa un smakām, taču tagad daudzi paši vēlas kaut ko audzēt.",
               "Nākamgad dome plāno līdzīgus dārzus ierīkot vēl uz trim sabiedriskām ēkām."],
        date_line="Publicēts: 2025. gada 4. decembrī, 13:45", byline=("Autore: Ilze Kalniņa", "Ilze Kalniņa"),
        source_line="Avots: LETA", caption="Dobes uz tirdzniecības centra jumta Purvciemā pirmdien.",
        cta="Piesakieties mūsu jaunumu vēstulei un saņemiet svarīgākās ziņas katru rītu.",
        news=["Jaunumu vēstule", "Dienas svarīgākās ziņas jūsu e-pastā.", "Pieteikties"],
        share=["Dalīties", "Facebook", "X", "Draugiem", "Kopēt saiti"], read_more="Lasiet arī:",
        related_head="Saistītās ziņas", related=["Rīgā stāda tūkstoš jaunu koku", "Tirgū sadārdzinās dārzeņi",
                                                  "Kā ziemā audzēt zaļumus uz palodzes"],
        legal="© 2025 Rīgas Vēstis. Visas tiesības aizsargātas.",
        donation=["Atbalstiet neatkarīgu žurnālistiku: ziedojiet no 5 eiro mēnesī.", "5 € · 10 € · 20 €"],
        comment_head="Komentāri (3)", reply="Atbildēt", replies="{n} atbildes", more="Rādīt vairāk komentāru",
        comments=[("Jānis", "pirms 2 stundām", "Lieliska ideja, gribētu arī savā rajonā."),
                  ("Laura_B", "pirms 1 stundas", "Cik maksā viena dobe sezonā?"),
                  ("Andris", "pirms 40 minūtēm", "Ceru, ka jumts to izturēs.")],
        looks=dict(
            appeal_quote="„Aicinām ikvienu šonedēļ ziedot asinis,” paziņoja Valsts asinsdonoru centrs, kura "
                         "krājumi sarukuši uz pusi.",
            news_story="Kāds vietējais portāls pērn sāka izdot iknedēļas jaunumu vēstuli par pilsētas dzīvi, un "
                        "tagad to lasa astoņi tūkstoši abonentu.",
            names=["Anna Bērziņa", "Kārlis Ozols", "Māra Liepa"],
            prices=["Kafija 2,50 €", "Pīrāgs 1,20 €", "Tēja 1,80 €"],
            table=["1. RFS 61", "2. Riga FC 58", "3. Auda 44"],
            poem=["Pār Daugavu migla,", "un kaijas kliedz,", "vecā pilsēta guļ,", "bet sirds nesniedz."],
            recipe=["Nomazgājiet un sagrieziet kartupeļus.", "Pievienojiet sīpolus un cepiet desmit minūtes.",
                    "Pasniedziet ar skābo krējumu."])),
    "lt": dict(
        title="Kaune atidarytas pirmasis miesto sodas ant prekybos centro stogo",
        paras=["Ant prekybos centro stogo Šilainiuose pirmadienį atidarytas bendruomenės sodas, kuriame gyventojai "
               "gali išsinuomoti lysves už simbolinį mokestį.",
               "Projekto vadovė pasakojo, kad per pirmąją savaitę užsiregistravo daugiau nei du šimtai šeimų, nors "
               "lysvių yra tik aštuoniasdešimt.",
               "Kaimynai iš pradžių baiminosi triukšmo, tačiau dabar daugelis patys nori ką nors auginti.",
               "Kitais metais savivaldybė planuoja panašius sodus įrengti dar ant trijų visuomeninių pastatų."],
        date_line="Paskelbta: 2025 m. gruodžio 4 d. 13:45", byline=("Autorė: Rūta Petrauskienė", "Rūta Petrauskienė"),
        source_line="Šaltinis: ELTA", caption="Lysvės ant prekybos centro stogo Šilainiuose pirmadienį.",
        cta="Užsiprenumeruokite mūsų naujienlaiškį ir gaukite svarbiausias naujienas kiekvieną rytą.",
        news=["Naujienlaiškis", "Svarbiausios dienos naujienos jūsų el. pašte.", "Prenumeruoti"],
        share=["Dalintis", "Facebook", "X", "LinkedIn", "Kopijuoti nuorodą"], read_more="Taip pat skaitykite:",
        related_head="Susijusios naujienos", related=["Kaune pasodinta tūkstantis medžių",
                                                       "Turguje brangsta daržovės",
                                                       "Kaip žiemą auginti žalumynus ant palangės"],
        legal="© 2025 Kauno diena. Visos teisės saugomos.",
        donation=["Paremkite nepriklausomą žurnalistiką: aukokite nuo 5 eurų per mėnesį.", "5 € · 10 € · 20 €"],
        comment_head="Komentarai (3)", reply="Atsakyti", replies="{n} atsakymai", more="Rodyti daugiau komentarų",
        comments=[("Tomas", "prieš 2 valandas", "Puiki idėja, norėčiau ir savo rajone."),
                  ("Eglė_K", "prieš 1 valandą", "Kiek kainuoja viena lysvė per sezoną?"),
                  ("Darius", "prieš 40 minučių", "Tikiuosi, kad stogas atlaikys.")],
        looks=dict(
            appeal_quote="„Kviečiame visus šią savaitę paaukoti kraujo“, pranešė Nacionalinis kraujo centras, kurio "
                         "atsargos sumažėjo perpus.",
            news_story="Vienas vietos portalas pernai pradėjo leisti savaitinį naujienlaiškį apie miesto gyvenimą, "
                        "ir dabar jį skaito aštuoni tūkstančiai prenumeratorių.",
            names=["Jonas Kazlauskas", "Ieva Jankauskaitė", "Mantas Stankevičius"],
            prices=["Kava 2,50 €", "Cepelinai 6,90 €", "Arbata 1,80 €"],
            table=["1. Žalgiris 64", "2. Kauno Žalgiris 60", "3. Hegelmann 55"],
            poem=["Virš Nemuno rūkas,", "ir žuvėdros klykia,", "senamiestis miega,", "o širdis nerimsta."],
            recipe=["Nulupkite ir sutarkuokite bulves.", "Įdėkite kiaušinį ir druskos, išmaišykite.",
                    "Kepkite blynus įkaitintoje keptuvėje."])),
    "sk": dict(
        title="V Košiciach otvorili prvú mestskú záhradu na streche obchodného centra",
        paras=["Na streche obchodného centra na Terase v pondelok otvorili komunitnú záhradu, kde si obyvatelia "
               "môžu prenajať záhony za symbolický poplatok.",
               "Vedúca projektu povedala, že za prvý týždeň sa prihlásilo viac ako dvesto rodín, hoci záhonov je "
               "len osemdesiat.",
               "Susedia sa spočiatku obávali hluku, no teraz mnohí chcú sami niečo pestovať.",
               "Budúci rok chce mesto podobné záhrady zriadiť ešte na troch verejných budovách."],
        date_line="Publikované: 4. decembra 2025, 13:45", byline=("Autorka: Zuzana Horváthová", "Zuzana Horváthová"),
        source_line="Zdroj: TASR", caption="Záhony na streche obchodného centra na Terase v pondelok.",
        cta="Prihláste sa na odber nášho newslettera a dostávajte najdôležitejšie správy každé ráno.",
        news=["Newsletter", "Najdôležitejšie správy dňa do vašej schránky.", "Prihlásiť sa"],
        share=["Zdieľať", "Facebook", "X", "WhatsApp", "Kopírovať odkaz"], read_more="Prečítajte si aj:",
        related_head="Súvisiace články", related=["Košice vysadia tisíc nových stromov",
                                                   "Zelenina na trhu zdražuje",
                                                   "Ako v zime pestovať bylinky na parapete"],
        legal="© 2025 Košický denník. Všetky práva vyhradené.",
        donation=["Podporte nezávislú žurnalistiku: prispejte od 5 eur mesačne.", "5 € · 10 € · 20 €"],
        comment_head="Diskusia (3)", reply="Odpovedať", replies="{n} odpovede", more="Zobraziť ďalšie komentáre",
        comments=[("Peter", "pred 2 hodinami", "Výborný nápad, chcel by som to aj u nás."),
                  ("Janka_M", "pred 1 hodinou", "Koľko stojí jeden záhon na sezónu?"),
                  ("Marek", "pred 40 minútami", "Dúfam, že strecha to vydrží.")],
        looks=dict(
            appeal_quote="„Vyzývame všetkých, aby tento týždeň darovali krv,“ uviedla Národná transfúzna služba, "
                         "ktorej zásoby klesli na polovicu.",
            news_story="Istý miestny portál minulý rok spustil týždenný newsletter o živote v meste a dnes ho "
                        "číta osemtisíc odberateľov.",
            names=["Ján Kováč", "Mária Nováková", "Lukáš Tóth"],
            prices=["Káva 2,50 €", "Bryndzové halušky 7,90 €", "Čaj 1,80 €"],
            table=["1. Slovan 45", "2. Žilina 40", "3. Trnava 37"],
            poem=["Nad Hornádom hmla,", "a vrany krákajú,", "staré mesto spí,", "srdcia nespia."],
            recipe=["Ošúpte a nastrúhajte zemiaky.", "Pridajte vajce a soľ, premiešajte.",
                    "Vyprážajte placky na rozpálenej panvici."])),
    "sw": dict(
        title="Soko jipya la wakulima lafunguliwa mjini Arusha",
        paras=["Halmashauri ya jiji la Arusha ilifungua soko jipya la wakulima Jumatatu, ambapo wakulima wataweza "
               "kuuza mazao yao moja kwa moja kwa wanunuzi.",
               "Mkurugenzi wa soko alisema kuna vibanda zaidi ya mia tatu, na kila mkulima atalipa kodi ndogo kila "
               "mwezi.",
               "Baadhi ya wafanyabiashara walilalamika kwamba barabara ya kuelekea sokoni ina msongamano mkubwa "
               "asubuhi.",
               "Halmashauri imesema itajenga barabara mpya na maegesho kabla ya mwisho wa mwaka ujao."],
        date_line="Imechapishwa: 4 Desemba 2025, saa 13:45", byline=("Na: Neema Mushi", "Neema Mushi"),
        source_line="Chanzo: TBC", caption="Wakulima wakiuza nyanya katika soko jipya Jumatatu.",
        cta="Jiandikishe kwa jarida letu upate habari kuu kila asubuhi.",
        news=["Jarida", "Habari kuu za siku kwenye barua pepe yako.", "Jiandikishe"],
        share=["Shiriki", "Facebook", "WhatsApp", "X", "Nakili kiungo"], read_more="Soma pia:",
        related_head="Habari zinazohusiana", related=["Bei ya mahindi yashuka Arusha",
                                                       "Wakulima kupata mbolea mpya",
                                                       "Barabara ya Moshi yakarabatiwa"],
        legal="© 2025 Gazeti la Kaskazini. Haki zote zimehifadhiwa.",
        donation=["Saidia uandishi huru wa habari: changia kuanzia TSh 5,000 kwa mwezi.",
                  "TSh 5,000 · TSh 10,000 · TSh 20,000"],
        comment_head="Maoni (3)", reply="Jibu", replies="majibu {n}", more="Onyesha maoni zaidi",
        comments=[("Juma", "saa 2 zilizopita", "Hii ni habari njema kwa wakulima wa Meru."),
                  ("Amina_T", "saa 1 iliyopita", "Lakini barabara ni tatizo kubwa kweli."),
                  ("Baraka", "dakika 40 zilizopita", "Tunaomba maegesho yajengwe haraka.")],
        looks=dict(
            appeal_quote="\"Tunawaomba wananchi wote wachangie damu wiki hii\", walisema maafisa wa benki ya damu, "
                         "kwa kuwa akiba imepungua nusu.",
            news_story="Tovuti moja ya habari za mtaa ilianzisha jarida la kila wiki mwaka jana, na sasa lina "
                        "wasomaji elfu nane.",
            names=["Rehema Said", "Hamisi Juma", "Grace Mollel"],
            prices=["Nyanya TSh 1,500", "Vitunguu TSh 2,000", "Ndizi TSh 3,000"],
            table=["1. Simba 40", "2. Yanga 38", "3. Azam 33"],
            poem=["Mvua imenyesha,", "shamba limechanua,", "watoto wanacheza,", "kijiji kimefurahi."],
            recipe=["Osha mchele vizuri kisha uuchemshe.", "Ongeza nazi na chumvi kidogo.",
                    "Acha uive kwa dakika ishirini."])),
}
