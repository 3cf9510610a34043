"""Tenth blind harness, languages written for it (Latin and Greek scripts): Vietnamese, Indonesian, Swahili, Greek,
Hungarian. Each: a title, a section kicker, article paragraphs (the last one speaks of subscribers, comments or
rights in the news' own sense), an article subheading, a caption, related headlines, comments and the words of
the artefacts (tests/blind10_shapes.py)."""

LANGS_A = {
    "vi": {
        "title": "Lũ lớn cô lập hàng trăm hộ dân ở miền Trung, Huế sơ tán khẩn cấp",
        "kicker": "Thời sự trong nước hôm nay",
        "sub": "Nỗi lo sạt lở",
        "caption": "Người dân chèo thuyền qua con đường ngập nước ở phường Kim Long",
        "paras": [
            "Mưa lớn kéo dài suốt ba ngày đã khiến mực nước sông Hương vượt mức báo động 3, nhấn chìm nhiều tuyến đường "
            "và cô lập hơn 600 hộ dân ở các xã ven sông.",
            "\"Chúng tôi đã chuẩn bị thuyền, áo phao và lương thực cho ít nhất năm ngày,\" ông Trần Văn Lợi, chủ tịch "
            "xã Hương Phong, cho biết vào chiều thứ Năm.",
            "Sáng 14/10, lực lượng cứu hộ đã đưa 1.240 người đến các điểm sơ tán an toàn, trong đó có nhiều người già "
            "và trẻ nhỏ.",
            "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, lượng mưa có thể đạt thêm 300 mm trong 48 giờ tới, "
            "và nguy cơ sạt lở đất ở vùng núi phía tây vẫn rất cao.",
            "Nhiều trường học đã cho học sinh nghỉ. Liệu các con đê cũ có chịu nổi đợt lũ thứ hai không?",
            "Tờ báo địa phương cho biết số người đăng ký nhận tin cảnh báo qua tin nhắn đã tăng gấp đôi, và hàng nghìn "
            "bình luận của cư dân mạng kêu gọi hỗ trợ bà con vùng lũ.",
        ],
        "related": ["Giá rau tăng mạnh sau bão số 6", "Đà Nẵng khánh thành cây cầu mới bắc qua sông Hàn",
                    "Học sinh vùng cao đến trường bằng thuyền", "Ngành du lịch Hội An phục hồi sau dịch"],
        "comments": [("Minh Tuấn", "Mong bà con miền Trung bình an, năm nào cũng khổ vì lũ."),
                     ("hoa_ly88", "Chính quyền cần nâng cấp hệ thống đê sớm hơn chứ không đợi mưa mới lo."),
                     ("Nguyễn Hải", "Cảm ơn các chiến sĩ cứu hộ đã vất vả cả đêm.")],
        "w": {"related_head": ["Có thể bạn quan tâm", "Đọc nhiều nhất tuần"],
              "donate": ["Hãy ủng hộ báo chí độc lập bằng một khoản đóng góp nhỏ!", "Bạn thấy bài viết hữu ích? Mời bạn ủng hộ chúng tôi."],
              "donate_btn": "Ủng hộ ngay", "comments_head": "{n} bình luận", "reply": "Trả lời", "likes": "Thích",
              "cta": ["Đăng ký nhận bản tin miễn phí mỗi sáng qua email", "Theo dõi chúng tôi trên Zalo để cập nhật tin nhanh nhất",
                      "Chia sẻ bài viết này với bạn bè"],
              "legal": ["Bản quyền thuộc về Báo Sông Hương. Mọi hình thức sao chép phải ghi rõ nguồn.",
                        "Nội dung bài viết chỉ mang tính tham khảo, tòa soạn không chịu trách nhiệm về các ý kiến của độc giả."],
              "photo": "Ảnh", "source": "Nguồn", "updated": "Cập nhật", "agency": "TTXVN - Huế",
              "days": ["Thứ Hai", "Thứ Ba", "Thứ Năm"], "writer": "Phóng viên"},
    },
    "id": {
        "title": "Jalur kereta komuter baru Bekasi–Cikarang mulai beroperasi pekan depan",
        "kicker": "Berita Metropolitan Terkini",
        "sub": "Tarif dan jadwal",
        "caption": "Penumpang menunggu kereta di Stasiun Cikarang pada jam sibuk pagi",
        "paras": [
            "Kementerian Perhubungan memastikan jalur ganda kereta komuter antara Bekasi dan Cikarang akan dibuka "
            "untuk umum mulai Senin, setelah uji coba selama dua bulan berjalan tanpa gangguan berarti.",
            "\"Waktu tempuh penumpang bisa berkurang hingga 25 menit pada jam sibuk,\" kata juru bicara kementerian, "
            "Dewi Rahmawati, dalam konferensi pers di Jakarta.",
            "Jakarta, Rabu — Sekitar 180.000 penumpang diperkirakan memakai jalur ini setiap hari, naik dari 120.000 "
            "penumpang tahun lalu.",
            "Tarif tidak berubah. Pemerintah daerah juga menyiapkan bus pengumpan dari kawasan industri ke stasiun.",
            "Sejumlah warga mempertanyakan kapasitas parkir di stasiun, yang saat ini hanya menampung 400 sepeda motor.",
            "Operator mencatat jumlah pelanggan kartu berlangganan bulanan naik 30 persen, sementara kolom komentar di "
            "akun media sosial resminya dipenuhi keluhan soal antrean.",
        ],
        "related": ["Harga cabai melonjak menjelang Lebaran", "MRT Jakarta fase dua molor hingga 2029",
                    "Banjir rob rendam pesisir utara Semarang", "Ojek daring wajib pakai helm ber-SNI"],
        "comments": [("Budi Santoso", "Akhirnya! Semoga tidak ada gangguan sinyal lagi seperti bulan lalu."),
                     ("rina.w", "Parkirnya tolong diperluas, tiap pagi penuh jam enam."),
                     ("Agus K", "Bus pengumpannya lewat kawasan Jababeka atau tidak ya?")],
        "w": {"related_head": ["Jangan lewatkan", "Artikel pilihan untuk Anda"],
              "donate": ["Dukung jurnalisme berkualitas dengan berdonasi mulai Rp10.000.", "Suka dengan liputan kami? Bantu kami tetap independen."],
              "donate_btn": "Donasi sekarang", "comments_head": "{n} komentar", "reply": "Balas", "likes": "Suka",
              "cta": ["Ikuti saluran WhatsApp kami untuk berita terbaru", "Dapatkan update berita pilihan setiap hari di Telegram",
                      "Klik di sini untuk berlangganan newsletter gratis"],
              "legal": ["Hak cipta © 2024 Warta Kota Satelit. Dilarang mengutip tanpa izin tertulis.",
                        "Isi komentar sepenuhnya menjadi tanggung jawab pengirim dan bukan pendapat redaksi."],
              "photo": "Foto", "source": "Sumber", "updated": "Diperbarui", "agency": "ANTARA - Bekasi",
              "days": ["Senin", "Selasa", "Kamis"], "writer": "Penulis"},
    },
    "sw": {
        "title": "Bei ya unga yapanda maradufu huku ukame ukiendelea kaskazini mwa Kenya",
        "kicker": "Habari za Kitaifa",
        "sub": "Msaada wa serikali",
        "caption": "Mfugaji akiwanywesha ng'ombe wake maji katika kisima kilichokauka karibu na Marsabit",
        "paras": [
            "Bei ya pakiti ya kilo mbili ya unga wa mahindi imepanda kutoka shilingi 120 hadi 240 katika kaunti za "
            "Marsabit na Turkana, baada ya mvua za masika kushindwa kunyesha kwa msimu wa tatu mfululizo.",
            "\"Tumepoteza mbuzi thelathini tangu Januari, na watoto sasa wanakula mara moja kwa siku,\" alisema "
            "Halima Abdi, mama wa watoto watano kutoka kijiji cha Kargi.",
            "Nairobi, Jumanne — Mamlaka ya Kitaifa ya Kudhibiti Ukame imesema zaidi ya watu milioni 2.1 wanahitaji "
            "msaada wa chakula katika kaunti kumi na tatu.",
            "Serikali imeahidi kupeleka magunia 50,000 ya mahindi ndani ya wiki mbili.",
            "Wataalamu wa hali ya hewa wanaonya kuwa mvua za vuli pia huenda zikawa chache kuliko kawaida mwaka huu.",
            "Kituo cha redio cha jamii kimesema idadi ya wasikilizaji waliojiandikisha kupokea ujumbe wa tahadhari "
            "imefikia 15,000, na maoni yao yanaonyesha hofu kubwa juu ya mifugo.",
        ],
        "related": ["Wakulima wa chai walalamikia malipo ya chini", "Reli ya SGR kuongeza safari za Kisumu",
                    "Mgomo wa madaktari waingia wiki ya tatu", "Simba wavamia boma karibu na Amboseli"],
        "comments": [("Wanjiru M.", "Serikali ichukue hatua haraka, watu wanateseka sana huko kaskazini."),
                     ("Otieno_ke", "Kila mwaka ni hadithi ileile, tunahitaji mabwawa ya kudumu."),
                     ("Said Omar", "Mungu awasaidie wafugaji wote wa Turkana.")],
        "w": {"related_head": ["Usikose kusoma", "Habari zinazohusiana na hii"],
              "donate": ["Changia uandishi huru wa habari kwa kiasi chochote unachoweza.", "Umefurahia makala hii? Tuunge mkono leo."],
              "donate_btn": "Changia sasa", "comments_head": "Maoni {n}", "reply": "Jibu", "likes": "Penda",
              "cta": ["Jiunge na chaneli yetu ya WhatsApp upate habari kwa haraka", "Tufuate kwenye X na Facebook kwa habari zaidi",
                      "Jisajili kupokea jarida letu kila wiki"],
              "legal": ["Haki zote zimehifadhiwa © Sauti ya Pwani 2024.",
                        "Maoni yanayotolewa na wasomaji si msimamo wa chombo hiki cha habari."],
              "photo": "Picha", "source": "Chanzo", "updated": "Imesasishwa", "agency": "KNA - Marsabit",
              "days": ["Jumatatu", "Jumanne", "Alhamisi"], "writer": "Mwandishi"},
    },
    "el": {
        "title": "Απεργία στα πλοία: δεμένα τα ακτοπλοϊκά σε Πειραιά και Ραφήνα για 48 ώρες",
        "kicker": "Ελλάδα – Τελευταία νέα",
        "sub": "Τι ζητούν οι ναυτεργάτες",
        "caption": "Επιβάτες περιμένουν στο λιμάνι του Πειραιά μπροστά σε δεμένο πλοίο",
        "paras": [
            "Δεμένα θα παραμείνουν τα πλοία σε όλα τα λιμάνια της χώρας την Τρίτη και την Τετάρτη, καθώς η "
            "ομοσπονδία των ναυτεργατών κήρυξε απεργία διαρκείας 48 ωρών.",
            "«Οι μισθοί μας δεν έχουν αυξηθεί εδώ και έξι χρόνια, ενώ η ακρίβεια τρώει τα πάντα», δήλωσε ο γενικός "
            "γραμματέας της ομοσπονδίας, Νίκος Παπαδόπουλος.",
            "Πειραιάς, Δευτέρα — Περισσότεροι από 12.000 επιβάτες είχαν κλείσει εισιτήρια για τις Κυκλάδες και τα "
            "Δωδεκάνησα τις δύο αυτές ημέρες.",
            "Οι ακτοπλοϊκές εταιρείες ανακοίνωσαν ότι τα εισιτήρια θα ισχύουν χωρίς επιβάρυνση για άλλη ημερομηνία.",
            "Θα υπάρξει συμβιβασμός πριν από το καλοκαίρι;",
            "Η ένωση καταναλωτών ανέφερε ότι δέχθηκε εκατοντάδες σχόλια και καταγγελίες από συνδρομητές που έχασαν "
            "συνδέσεις με πτήσεις του εξωτερικού.",
        ],
        "related": ["Νέα αύξηση στις τιμές του ηλεκτρικού ρεύματος", "Καύσωνας: στους 41 βαθμούς η θερμοκρασία την Παρασκευή",
                    "Ανοίγει η νέα γραμμή του μετρό προς τον Πειραιά", "Πυρκαγιά σε δασική έκταση στην Εύβοια"],
        "comments": [("Γιώργος Κ.", "Δίκαια τα αιτήματά τους, αλλά γιατί πάντα τέλη Ιουνίου;"),
                     ("maria_ath", "Έχασα την πτήση μου για Ρόδο, κανείς δεν ενημέρωσε."),
                     ("Σταύρος", "Συμπαράσταση στους ναυτεργάτες!")],
        "w": {"related_head": ["Μη χάσετε", "Διαβάστε ακόμα στην ίδια κατηγορία"],
              "donate": ["Στηρίξτε την ανεξάρτητη δημοσιογραφία με μια μικρή δωρεά.", "Σας άρεσε το άρθρο; Κάντε μια δωρεά σήμερα."],
              "donate_btn": "Κάντε δωρεά", "comments_head": "{n} σχόλια", "reply": "Απάντηση", "likes": "Μου αρέσει",
              "cta": ["Ακολουθήστε μας στο Google News για όλες τις ειδήσεις", "Εγγραφείτε στο ενημερωτικό μας δελτίο",
                      "Κατεβάστε την εφαρμογή μας για άμεση ενημέρωση"],
              "legal": ["© 2024 Ναυτική Ηχώ. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.",
                        "Οι απόψεις των αναγνωστών δεν εκφράζουν απαραίτητα την άποψη της σύνταξης."],
              "photo": "Φωτογραφία", "source": "Πηγή", "updated": "Ενημερώθηκε", "agency": "ΑΠΕ-ΜΠΕ – Πειραιάς",
              "days": ["Δευτέρα", "Τρίτη", "Πέμπτη"], "writer": "Συντάκτης"},
    },
    "hu": {
        "title": "Két évig tart a budapesti villamosvonal felújítása, pótlóbuszok járnak a körúton",
        "kicker": "Budapest – friss hírek",
        "sub": "Mit jelent ez az utasoknak",
        "caption": "A felújítás alatt álló sínpálya a Blaha Lujza téren kedd reggel",
        "paras": [
            "Jövő hónaptól két évig tartó felújítás kezdődik a Nagykörút villamosvonalán, ezért a szerelvények "
            "helyett pótlóbuszok szállítják az utasokat a Margit híd és a Petőfi híd között.",
            "„A munkálatok alatt is szeretnénk háromperces követési időt biztosítani” – mondta Kovács Eszter, a "
            "közlekedési társaság szóvivője.",
            "Budapest, szerda – A beruházás költsége 48 milliárd forint, amelynek nagy részét uniós forrásból fedezik.",
            "A villamosok naponta mintegy 200 ezer utast szállítanak. A felújítás után akadálymentes megállók épülnek.",
            "Sokan attól tartanak, hogy a körúti üzletek forgalma visszaesik az építkezés idején.",
            "A fővárosi lap szerint a bérletesek száma tavaly nőtt, a hírportál cikke alatt pedig több ezer hozzászólás "
            "gyűlt össze a pótlóbuszokról.",
        ],
        "related": ["Drágul a parkolás a belső kerületekben", "Új kerékpársáv épül az Andrássy úton",
                    "Megnyílt a felújított Déli pályaudvar", "Hőségriasztást rendeltek el péntekig"],
        "comments": [("Pista bácsi", "Megint két év káosz, pont amikor dolgozni kell járni."),
                     ("zsofi_bp", "Végre akadálymentes lesz, babakocsival eddig lehetetlen volt."),
                     ("Tamás", "A pótlóbusz sosem olyan gyors, mint a villamos.")],
        "w": {"related_head": ["Ezeket se hagyja ki", "A rovat további cikkei"],
              "donate": ["Támogassa a független újságírást akár havi 1000 forinttal!", "Tetszett a cikk? Támogasson minket most."],
              "donate_btn": "Támogatom", "comments_head": "{n} hozzászólás", "reply": "Válasz", "likes": "Tetszik",
              "cta": ["Iratkozzon fel hírlevelünkre, és elsőként értesül", "Kövessen minket a Facebookon is",
                      "Töltse le ingyenes alkalmazásunkat"],
              "legal": ["Minden jog fenntartva © 2024 Körúti Hírek Kft.",
                        "A hozzászólások tartalmáért a szerkesztőség nem vállal felelősséget."],
              "photo": "Fotó", "source": "Forrás", "updated": "Frissítve", "agency": "MTI – Budapest",
              "days": ["hétfő", "kedd", "csütörtök"], "writer": "Szerző"},
    },
}
