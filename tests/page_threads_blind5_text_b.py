"""Texts of the fifth blind comment-page harness (`tests/page_threads_blind5.py`): id, vi, sw, tr, bg, ru.

As in `page_threads_blind5_text_a.py`; written for this harness."""
from __future__ import annotations

from tests.page_threads_blind5_text_a import lang

LANGS_B = {
    "id": lang(
        "Pasar terapung kembali ramai setelah sungai dikeruk",
        ["Pemerintah kota menyelesaikan pengerukan sungai sepanjang empat kilometer pada akhir pekan lalu. "
         "Perahu pedagang kini bisa kembali merapat di dermaga lama tanpa kandas saat air surut.",
         "Dinas pariwisata mencatat jumlah pengunjung naik dua kali lipat dibanding bulan sebelumnya. "
         "Sebagian besar datang pada pagi hari untuk membeli buah dan kue tradisional.",
         "Para pedagang berharap pemerintah juga memperbaiki jalan setapak menuju dermaga. "
         "Saat hujan, jalan tanah itu menjadi licin dan sulit dilalui pembeli lanjut usia.",
         "Wali kota berjanji menyediakan tempat sampah terpisah di setiap dermaga mulai bulan depan. "
         "Ia juga meminta warga tidak membuang limbah rumah tangga ke sungai."],
        ["Alhamdulillah, dulu ibu saya berjualan di sini setiap subuh.",
         "Jalan setapaknya memang parah, kemarin saya hampir terpeleset.",
         "Semoga pengerukan ini rutin, jangan hanya sekali lalu dilupakan.",
         "Kue lapisnya masih yang paling enak se-kota.",
         "Tempat sampah terpisah bagus, tapi siapa yang mengangkutnya?",
         "Minggu depan saya bawa rombongan dari kantor ke sana.",
         "Parkir motor di dekat dermaga masih semrawut sekali.",
         "Harga buah di perahu sekarang lebih murah daripada di supermarket."],
        ["Siti Rahmawati", "Budi Santoso", "Dewi Lestari", "Agus Prasetyo", "Rina Wulandari", "Hendra Gunawan"],
        ["Jam berapa pasar mulai buka?", "Apakah ada parkir khusus bus wisata?", "Kapan jalan setapak diperbaiki?"],
        ["Festival layang-layang digelar di pantai", "Jembatan gantung baru diresmikan", "Sekolah dasar dapat perpustakaan"],
        "{d} Maret 2024 pukul {h}.{m} | {n} jam yang lalu | oleh | Balas | {n} Komentar | Muat komentar lainnya | Suka |"
        " {n} Jawaban | Ulasan pelanggan | Membantu | Tentang penulis | Baca juga | Pertanyaan umum | Pembaruan | Agenda |"
        " Surat pembaca | membalas | Tulis komentar"),
    "vi": lang(
        "Thành phố mở thêm tuyến xe buýt điện ra sân bay",
        ["Sở Giao thông cho biết tuyến xe buýt điện mới sẽ chạy từ bến xe trung tâm ra sân bay từ đầu tháng tư. "
         "Mỗi chuyến cách nhau mười lăm phút và giá vé bằng với các tuyến thường.",
         "Hai mươi xe mới được nhập về và đã chạy thử trong hai tuần qua. "
         "Tài xế được đào tạo lại cách vận hành và sạc pin tại bãi đỗ.",
         "Nhiều hành khách mong tuyến xe chạy muộn hơn để đón các chuyến bay đêm. "
         "Hiện chuyến cuối rời sân bay lúc mười giờ tối.",
         "Thành phố dự kiến mở thêm hai tuyến điện nữa trước cuối năm. "
         "Các trạm sạc sẽ được đặt tại ba bến xe lớn."],
        ["Quá tốt, trước giờ đi taxi ra sân bay tốn gần hai trăm nghìn.",
         "Chuyến cuối mười giờ tối thì hơi sớm, nhiều chuyến bay đáp nửa đêm.",
         "Xe điện chạy êm, hôm qua tôi đi thử rồi.",
         "Mong có chỗ để hành lý rộng hơn một chút.",
         "Giá vé như tuyến thường là rất hợp lý.",
         "Có ai biết xe có dừng ở ga tàu không?",
         "Cuối cùng cũng bớt được khói bụi trên đường.",
         "Cần thêm biển báo bằng tiếng Anh cho khách nước ngoài."],
        ["Nguyễn Thu Hà", "Trần Minh Đức", "Lê Thị Mai", "Phạm Quốc Bảo", "Hoàng Lan Anh", "Võ Thành Nam"],
        ["Xe có chạy vào ngày lễ không?", "Mua vé bằng thẻ được không?", "Khi nào mở tuyến thứ hai?"],
        ["Chợ hoa Tết dời về công viên", "Bệnh viện nhi khánh thành khu mới", "Đội bóng trẻ vô địch giải miền"],
        "{h}:{m} ngày {d}/3/2024 | {n} giờ trước | bởi | Trả lời | {n} bình luận | Xem thêm bình luận | Thích |"
        " {n} câu trả lời | Đánh giá của khách hàng | Hữu ích | Về tác giả | Đọc thêm | Câu hỏi thường gặp | Cập nhật |"
        " Sự kiện | Thư bạn đọc | trả lời | Viết bình luận"),
    "sw": lang(
        "Soko jipya la samaki lafunguliwa ufukweni mwa ziwa",
        ["Halmashauri ya wilaya imefungua soko jipya la samaki lenye vyumba vya baridi na maji safi. "
         "Wavuvi zaidi ya mia tatu watauza samaki wao hapo badala ya kuuza chini ya miti.",
         "Mradi huo uligharimu shilingi bilioni mbili na ulifadhiliwa na serikali kuu pamoja na wafadhili. "
         "Ujenzi ulichukua miezi kumi na minne kukamilika.",
         "Wafanyabiashara wanasema ada ya kila siku bado ni kubwa kwa wauzaji wadogo. "
         "Halmashauri imeahidi kupunguza ada kwa akina mama wanaouza dagaa.",
         "Barabara ya kuingia sokoni itawekwa lami kabla ya msimu wa mvua. "
         "Magari ya mizigo yataruhusiwa kuingia asubuhi tu."],
        ["Hongera sana, sasa samaki hawataoza tena kwa jua kali.",
         "Ada ya kila siku ni kubwa mno kwa sisi wauzaji wa dagaa.",
         "Natumaini barabara itakamilika kweli kabla ya mvua.",
         "Vyumba vya baridi vitasaidia kupunguza hasara kwa wavuvi.",
         "Soko ni zuri lakini vyoo ni vichache sana.",
         "Je, kuna usafiri wa umma kutoka mjini hadi sokoni?",
         "Nimenunua sato leo, bei imeshuka kidogo.",
         "Viongozi wafuatilie usafi wa soko kila siku."],
        ["Amina Juma", "Baraka Mwita", "Neema Otieno", "Juma Hassani", "Zawadi Kibwana", "Faraji Mrisho"],
        ["Soko linafunguliwa saa ngapi?", "Ada mpya itaanza lini?", "Nani anasimamia vyumba vya baridi?"],
        ["Tamasha la ngoma kufanyika uwanjani", "Zahanati mpya yajengwa kijijini", "Timu ya mpira yapanda daraja"],
        "{d} Machi 2024 saa {h}:{m} | saa {n} zilizopita | na | Jibu | Maoni {n} | Pakia maoni zaidi | Penda | Majibu {n} |"
        " Maoni ya wateja | Inasaidia | Kuhusu mwandishi | Soma pia | Maswali yanayoulizwa mara kwa mara | Taarifa mpya |"
        " Matukio | Barua za wasomaji | akimjibu | Andika maoni"),
    "tr": lang(
        "Tarihi çarşının çatısı bağış kampanyasıyla onarılıyor",
        ["Esnaf derneğinin başlattığı bağış kampanyasında iki ayda bir buçuk milyon lira toplandı. "
         "Çatının ahşap kirişleri ilkbahar bitmeden tamamen yenilenecek.",
         "Restorasyon kurulu, kiremitlerin eski fırınlarda aynı yöntemle üretilmesini şart koştu. "
         "Bu nedenle malzemenin bir kısmı komşu ilden getirilecek.",
         "Çalışmalar sürerken dükkanlar açık kalacak, ancak ana giriş iskeleyle daraltılacak. "
         "Belediye, ziyaretçileri yan kapıları kullanmaları için uyardı.",
         "Dernek başkanı, kampanyaya gurbetteki hemşehrilerin de katıldığını söyledi. "
         "Bağışçıların adları onarım bitince giriş kapısına işlenecek."],
        ["Dedemin dükkanı hâlâ orada, bağış yapmaktan gurur duydum.",
         "Kiremitlerin aslına uygun yapılması çok doğru bir karar.",
         "İskele yüzünden yaşlılar için yan kapılar biraz zor olacak.",
         "Belediye neden bu işi esnafa bıraktı, anlamış değilim.",
         "Almanya'dan biz de katıldık, fotoğrafları bekliyoruz.",
         "Yağmur mevsimi gelmeden bitirilirse harika olur.",
         "Çarşının bakırcıları şehrin en güzel köşesi.",
         "Bağışçı listesinin kapıya yazılması güzel bir fikir."],
        ["Ayşe Yıldız", "Mehmet Kaya", "Elif Demir", "Mustafa Çelik", "Zeynep Arslan", "Emre Aydın"],
        ["Bağış kampanyası ne zaman bitiyor?", "Dükkanlar çalışmalar boyunca açık mı?", "Kiremitler nereden geliyor?"],
        ["Kiraz festivali bu yıl iki gün sürecek", "Yeni spor salonu hizmete girdi", "Köprüde bakım çalışması"],
        "{d} Mart 2024 {h}:{m} | {n} saat önce | yazan | Yanıtla | {n} Yorum | Daha fazla yorum yükle | Beğen | {n} Cevap |"
        " Müşteri değerlendirmeleri | Faydalı | Yazar hakkında | Bunlar da ilginizi çekebilir | Sıkça sorulan sorular |"
        " Güncellemeler | Etkinlikler | Okur mektupları | yanıt olarak | Yorum yaz"),
    "bg": lang(
        "Старата баня в центъра става градска галерия",
        ["Общинският съвет одобри проекта за превръщане на минералната баня в изложбено пространство. "
         "Сградата е затворена от петнадесет години и покривът ѝ е частично срутен.",
         "Реставрацията ще струва около шест милиона лева и ще бъде завършена за две години. "
         "Архитектите ще запазят оригиналните мозайки и каменните басейни.",
         "В северното крило ще има кафене и малка книжарница с издания на местни автори. "
         "Минералният извор отвън остава достъпен за гражданите безплатно.",
         "Музейните специалисти предлагат първата изложба да бъде посветена на историята на самата баня. "
         "Жителите могат да даряват стари снимки до края на месеца."],
        ["Най-после някой се сети за тази красива сграда.",
         "Като дете ходех там всяка събота с баба ми.",
         "Шест милиона за галерия, а болницата няма асансьор.",
         "Хубаво е, че изворът остава безплатен за хората.",
         "Имам стари снимки от баня, ще ги занеса в музея.",
         "Дано не се проточи десет години като стадиона.",
         "Кафене в северното крило звучи много приятно.",
         "Мозайките са истинско съкровище, трябва да се пазят."],
        ["Мария Петрова", "Георги Иванов", "Елена Димитрова", "Николай Стоянов", "Десислава Колева", "Иван Тодоров"],
        ["Кога ще започне ремонтът?", "Ще има ли входна такса?", "Къде се приемат старите снимки?"],
        ["Джаз фестивал в Морската градина", "Нов парк в квартал Изток", "Отборът спечели купата"],
        "{d} март 2024, {h}:{m} ч. | преди {n} часа | от | Отговори | Коментари ({n}) | Зареди още коментари | Харесвам |"
        " {n} отговора | Отзиви от клиенти | Полезно | За автора | Прочетете още | Често задавани въпроси |"
        " Актуализации | Събития | Писма от читатели | в отговор на | Напиши коментар"),
    "ru": lang(
        "В посёлке открыли первую за двадцать лет поликлинику",
        ["В понедельник в посёлке заработала новая поликлиника на двенадцать кабинетов. "
         "До сих пор жителям приходилось ездить к врачам в районный центр за сорок километров.",
         "В штате пока терапевт, педиатр, стоматолог и две медсестры. "
         "Главный врач обещает, что к лету приедут ещё кардиолог и окулист.",
         "Здание построили на месте старого клуба, который пустовал с конца девяностых. "
         "Рядом сделали парковку и остановку для школьного автобуса.",
         "Записаться на приём можно по телефону или через портал госуслуг. "
         "Пенсионеров из дальних деревень будут привозить по вторникам и четвергам."],
        ["Наконец-то, раньше на приём к педиатру уходил целый день.",
         "Кардиолог очень нужен, у половины стариков давление.",
         "Жаль старый клуб, там мы танцевали на выпускном.",
         "Записаться через госуслуги у меня пока не получилось.",
         "Автобус по вторникам и четвергам — это отличная идея.",
         "Лишь бы врачи не разбежались через год.",
         "Вчера была у стоматолога, всё чисто и вежливо.",
         "А аптека рядом будет или опять ехать в район?"],
        ["Ольга Смирнова", "Сергей Волков", "Наталья Кузнецова", "Алексей Морозов", "Татьяна Лебедева", "Дмитрий Соколов"],
        ["Когда приедет кардиолог?", "Как записаться без интернета?", "Будет ли при поликлинике аптека?"],
        ["В парке откроют каток", "Ремонт моста продлится до осени", "Школьники победили на олимпиаде"],
        "{d} марта 2024 в {h}:{m} | {n} часов назад | автор: | Ответить | Комментарии ({n}) | Показать ещё комментарии |"
        " Нравится | {n} ответа | Отзывы покупателей | Полезно | Об авторе | Читайте также | Частые вопросы |"
        " Обновления | Афиша | Письма читателей | в ответ на | Оставить комментарий"),
}
