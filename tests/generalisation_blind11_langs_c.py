"""Eleventh blind harness, languages of Central and Northern Europe and maritime Southeast Asia written for it: Czech,
Danish, Malay, Tagalog (Latin script), in the shape of tests/generalisation_blind11_langs_a.py."""

LANGS_C = {
    "cs": {
        "title": "Brno otevřelo novou cyklostezku podél Svratky, spojí centrum s přehradou",
        "kicker": "Zprávy z regionu",
        "sub": "Kolik stavba stála",
        "caption": "Cyklisté na nové stezce u Pisárek během slavnostního otevření",
        "paras": [
            "Město Brno v sobotu otevřelo novou cyklostezku podél řeky Svratky, která po 14 kilometrech spojuje "
            "centrum města s Brněnskou přehradou.",
            "„Konečně můžu jezdit do práce na kole bez strachu z aut,“ řekla Markéta Dvořáková, která stezku "
            "vyzkoušela mezi prvními.",
            "Brno, sobota — Podle magistrátu stavba stála 126 milionů korun a denně by po ní mělo projet až "
            "4 500 cyklistů a bruslařů.",
            "Stezka je osvětlená až do půlnoci.",
            "Rybáři si stěžují, že přístup k některým oblíbeným místům u řeky je nyní omezený.",
            "Pod příspěvkem radnice na sociálních sítích se objevilo přes dva tisíce komentářů a počet předplatitelů "
            "městského zpravodaje vzrostl o pětinu; autorská práva k fotografiím trasy radnice uvolnila.",
        ],
        "related": ["Ceny bytů v Brně znovu rostou", "Dálnice D1 se u Velké Bíteše opět uzavře",
                    "Zoo Praha vítá mládě slona", "Povodně na Jesenicku napáchaly škody za miliony",
                    "Nová nemocnice v Olomouci otevře příští rok"],
        "comments": [("Petr N.", "Super, v létě to vyzkouším s dětmi."),
                     ("jana_brno", "Škoda, že stezka nevede i přes Bystrc."),
                     ("Karel", "126 milionů za cestu pro kola? To je hodně peněz.")],
        "w": {"related_head": ["Mohlo by vás zajímat", "Nejčtenější zprávy"], "read_also": "Přečtěte si také",
              "donate": ["Podpořte nezávislou žurnalistiku darem.", "Líbil se vám článek? Podpořte nás ještě dnes."],
              "donate_btn": "Přispět", "cur": "Kč", "comments_head": "Diskuse ({n})", "reply": "Odpovědět",
              "likes": "Líbí se", "ago": "min",
              "cta": ["Přihlaste se k odběru našeho newsletteru", "Sledujte nás na Instagramu a Facebooku",
                      "Sdílejte článek s přáteli"],
              "legal": ["© 2024 Brněnský deník. Všechna práva vyhrazena. Šíření obsahu bez písemného souhlasu je zakázáno.",
                        "Názory čtenářů v diskusi nemusí vyjadřovat stanovisko redakce."],
              "photo": "Foto", "source": "Zdroj", "updated": "Aktualizováno", "agency": "ČTK Brno",
              "days": ["Pondělí", "Úterý", "Pátek"], "writer": "Autor", "editor": "Redaktor"},
    },
    "da": {
        "title": "Aarhus får ny letbanestrækning til Universitetshospitalet",
        "kicker": "Indland",
        "sub": "Priser og køreplan",
        "caption": "Et letbanetog kører gennem Randersvej under prøvekørslen i regnvejr",
        "paras": [
            "Aarhus Kommune har åbnet en ny letbanestrækning på syv kilometer, der forbinder banegården med "
            "Aarhus Universitetshospital i Skejby.",
            "\"Før tog det mig 40 minutter med bussen, nu er jeg på arbejde på et kvarter,\" siger sygeplejerske "
            "Mette Rasmussen.",
            "Aarhus, torsdag — Ifølge kommunen forventes 18.000 passagerer at bruge strækningen dagligt, og "
            "anlægget kostede 1,4 milliarder kroner.",
            "Togene kører hvert syvende minut.",
            "Beboere på Randersvej klager over støj fra sporene om natten.",
            "Kommunens opslag på Facebook fik over 1.500 kommentarer, og antallet af abonnenter på månedskort steg "
            "med en tredjedel; ophavsretten til de nye stationsdesign tilhører arkitekterne.",
        ],
        "related": ["Boligpriserne i Aarhus stiger igen", "Storebæltsbroen lukket på grund af storm",
                    "Ny svømmehal åbner i Viborg", "Landmænd kræver hjælp efter tørken", "Skoler i Odense får flere lærere"],
        "comments": [("Lars H.", "Fantastisk, endelig kan jeg droppe bilen."),
                     ("mette_aar", "Vi der bor ved sporet kan ikke sove om natten."),
                     ("Søren", "Hvorfor kører den ikke til lufthavnen?")],
        "w": {"related_head": ["Læs også disse", "Mest læste"], "read_also": "Læs også",
              "donate": ["Støt uafhængig journalistik med et bidrag.", "Kunne du lide artiklen? Støt os i dag."],
              "donate_btn": "Giv et bidrag", "cur": "kr.", "comments_head": "{n} kommentarer", "reply": "Svar",
              "likes": "Synes godt om", "ago": "min. siden",
              "cta": ["Tilmeld dig vores gratis nyhedsbrev", "Følg os på Instagram for flere nyheder",
                      "Del artiklen med dine venner"],
              "legal": ["© 2024 Østjysk Avis. Alle rettigheder forbeholdes. Kopiering uden tilladelse er ikke tilladt.",
                        "Indlæg i debatten udtrykker ikke nødvendigvis redaktionens holdning."],
              "photo": "Foto", "source": "Kilde", "updated": "Opdateret", "agency": "Ritzau Aarhus",
              "days": ["Mandag", "Tirsdag", "Fredag"], "writer": "Skrevet af", "editor": "Redaktør"},
    },
    "ms": {
        "title": "Laluan MRT baharu Kuala Lumpur–Putrajaya mula beroperasi sepenuhnya",
        "kicker": "Berita Nasional",
        "sub": "Tambang dan jadual",
        "caption": "Penumpang menaiki tren di Stesen Putrajaya Sentral pada waktu puncak pagi",
        "paras": [
            "Kementerian Pengangkutan mengumumkan bahawa laluan MRT Kuala Lumpur–Putrajaya kini beroperasi sepenuhnya "
            "selepas fasa kedua sepanjang 22 kilometer siap dibina.",
            "\"Perjalanan saya ke pejabat kini hanya 35 minit, berbanding sejam setengah sebelum ini,\" kata "
            "penjawat awam, Nurul Aina Ismail.",
            "Putrajaya, Isnin — Menurut pengendali, kira-kira 150,000 penumpang dijangka menggunakan laluan ini setiap "
            "hari, dengan kos pembinaan mencecah RM30 bilion.",
            "Tambang minimum ialah RM1.20.",
            "Sesetengah penduduk Seri Kembangan mengadu kekurangan tempat letak kereta berhampiran stesen.",
            "Hantaran kementerian di media sosial menerima lebih 6,000 komen, manakala bilangan pelanggan pas bulanan "
            "meningkat dua kali ganda; hak cipta reka bentuk stesen dimiliki oleh kerajaan.",
        ],
        "related": ["Harga minyak sawit naik ke paras tertinggi", "Banjir kilat landa Shah Alam",
                    "Lebuh raya Pan Borneo hampir siap", "Pelancong China ke Melaka meningkat", "Sekolah baharu dibuka di Kelantan"],
        "comments": [("Ahmad Z.", "Alhamdulillah, senang nak ke tempat kerja sekarang."),
                     ("siti_kl", "Tolong tambah tren waktu malam ya."),
                     ("Raju", "Parking di stesen selalu penuh pukul tujuh pagi.")],
        "w": {"related_head": ["Berita berkaitan", "Paling banyak dibaca"], "read_also": "Baca juga",
              "donate": ["Sokong kewartawanan bebas dengan sumbangan anda.", "Suka artikel ini? Sokong kami hari ini."],
              "donate_btn": "Derma sekarang", "cur": "RM", "comments_head": "{n} komen", "reply": "Balas",
              "likes": "Suka", "ago": "minit lalu",
              "cta": ["Sertai saluran Telegram kami untuk berita terkini", "Muat turun aplikasi kami di Google Play",
                      "Kongsi artikel ini dengan rakan anda"],
              "legal": ["Hak cipta terpelihara © 2024 Suara Semenanjung. Dilarang menyiarkan semula tanpa kebenaran.",
                        "Komen pembaca tidak mencerminkan pendirian pihak pengurusan."],
              "photo": "Gambar", "source": "Sumber", "updated": "Dikemas kini", "agency": "Bernama Putrajaya",
              "days": ["Selasa", "Rabu", "Jumaat"], "writer": "Penulis", "editor": "Penyunting"},
    },
    "tl": {
        "title": "Bagong linya ng tren mula Maynila hanggang Malolos, bubuksan na sa susunod na buwan",
        "kicker": "Balitang Pambansa",
        "sub": "Pamasahe at iskedyul",
        "caption": "Mga pasahero habang sumasakay sa tren sa istasyon ng Tutuban tuwing umaga",
        "paras": [
            "Inanunsyo ng Kagawaran ng Transportasyon na bubuksan sa publiko sa susunod na buwan ang bagong linya ng "
            "tren na mag-uugnay sa Tutuban sa Maynila at sa lungsod ng Malolos sa Bulacan.",
            "\"Dati, tatlong oras ang biyahe ko papuntang trabaho, ngayon ay wala pang isang oras,\" sabi ni "
            "Maria Santos, isang guro mula sa Meycauayan.",
            "Maynila, Martes — Ayon sa ahensya, inaasahang aabot sa 300,000 ang pasahero araw-araw at umabot sa "
            "₱149 bilyon ang gastos ng proyekto.",
            "Ang minimum na pamasahe ay ₱15.",
            "Nagreklamo ang ilang residente ng Valenzuela dahil sa ingay ng konstruksyon sa gabi.",
            "Umabot sa mahigit 8,000 ang komento sa post ng ahensya sa Facebook, at dumoble ang bilang ng mga "
            "subscriber ng buwanang pass; ang karapatang-ari sa disenyo ng mga istasyon ay hawak ng pamahalaan.",
        ],
        "related": ["Presyo ng bigas tumaas muli sa mga palengke", "Bagyong Karding nagdulot ng baha sa Bicol",
                    "Bagong tulay sa Cebu binuksan na", "Turismo sa Boracay bumalik sa dati", "Mga guro humihiling ng dagdag-sahod"],
        "comments": [("Juan dela Cruz", "Salamat at matatapos na rin, sobrang traffic sa EDSA."),
                     ("ana_blk", "Sana may biyahe rin hanggang hatinggabi."),
                     ("Mang Ramon", "Paano na ang mga jeepney driver dito?")],
        "w": {"related_head": ["Mga kaugnay na balita", "Pinakabinasa ngayon"], "read_also": "Basahin din",
              "donate": ["Suportahan ang malayang pamamahayag sa pamamagitan ng donasyon.", "Nagustuhan mo ba ang balitang ito? Suportahan kami."],
              "donate_btn": "Mag-donate", "cur": "₱", "comments_head": "{n} komento", "reply": "Sumagot",
              "likes": "Gusto", "ago": "minuto ang nakalipas",
              "cta": ["I-follow kami sa Facebook para sa pinakabagong balita", "Mag-subscribe sa aming YouTube channel",
                      "Ibahagi ang balitang ito sa iyong mga kaibigan"],
              "legal": ["© 2024 Pahayagang Bayan. Lahat ng karapatan ay nakalaan. Bawal kopyahin nang walang pahintulot.",
                        "Ang mga komento ng mambabasa ay hindi sumasalamin sa pananaw ng patnugutan."],
              "photo": "Larawan", "source": "Pinagmulan", "updated": "Na-update", "agency": "PNA Maynila",
              "days": ["Lunes", "Miyerkules", "Biyernes"], "writer": "Isinulat ni", "editor": "Patnugot"},
    },
}
