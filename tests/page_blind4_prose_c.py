"""Prose and page furniture of the fourth blind page harness: Ukrainian, Turkish, Arabic (format: ``page_blind4_prose_a``)."""
from tests.page_blind4_words import parse

UK = parse("""
## s
У Вишнівці відкрили шкільну обсерваторію, яку учні відновлювали майже два роки.
Купол над спортзалом збудували ще в 1980-х, але телескоп давно не працював.
Учитель фізики Олег Мирошниченко знайшов старі креслення в архіві районної освіти.
Разом із десятикласниками він розібрав механізм і замінив зношені шестерні.
Нове дзеркало для телескопа подарувала обсерваторія університету з обласного центру.
Гроші на ремонт даху зібрали випускники школи, які тепер живуть у різних країнах.
«Коли ми вперше побачили кільця Сатурна, у залі стало зовсім тихо», — розповідає учениця Дарина Коваль.
Тепер заняття з астрономії проходять щочетверга після уроків.
Взимку учні планують спостерігати за змінними зорями й надсилати дані науковцям.
Сільська рада пообіцяла вимикати вуличне освітлення біля школи під час спостережень.
Батьки спочатку сумнівалися, чи варто дітям залишатися в школі до пізнього вечора.
Після першої відкритої ночі багато з них самі записалися на наступну екскурсію.
На стінах обсерваторії висять карти зоряного неба, намальовані молодшими класами.
Школа вже отримала запрошення взяти участь у всеукраїнському конкурсі юних астрономів.
Олег Мирошниченко мріє про невелику метеостанцію на тому ж даху.
Для цього потрібно ще близько сорока тисяч гривень і дозвіл від управління освіти.
Дарина Коваль каже, що після школи хоче вступати на фізичний факультет.
Відкриті ночі для всіх охочих проводитимуть раз на місяць у дні молодика.
## h
Купол, який чекав
Перша ніч під зорями
Що далі
## hl
У районі відремонтують дорогу до лікарні
Бібліотека запрошує на вечір поезії
Фермери отримали гранти на нові теплиці
Змінено розклад приміських автобусів
У селі відкрили новий дитячий майданчик
## names
Ірина Левченко
Андрій Бондар
## ing
300 г борошна
1 склянка кефіру
2 яйця
400 г сиру
щіпка солі
## steps
Замісіть тісто з борошна, кефіру, одного яйця та солі.
Змішайте сир з другим яйцем для начинки.
Розкачайте тісто, виріжте кружечки й покладіть у кожен ложку начинки.
Зліпіть вареники й варіть їх чотири хвилини після того, як спливуть.
## w
by=Автор:
read={n} хв читання
nav=Головна|Новини|Спорт|Економіка|Культура|Погода
cookie=Ми використовуємо файли cookie, щоб покращити роботу сайту та показувати релевантну рекламу.
accept=Прийняти всі
news_h=Ранкова розсилка
news_t=Головні новини громади щоранку у вашій поштовій скриньці.
signup=Підписатися
pay=Оформіть передплату, щоб читати далі. Перший місяць безкоштовно.
ad=Реклама
related=Читайте на тему
most=Найпопулярніше
share=Поділитися статтею
copy=Копіювати посилання
comments={n} коментарів
also=Читайте також
tags=Теги
photo=Фото
contents=Зміст
refs=Джерела
notes=Примітки
edit=редагувати
keys=Розташування|Збудовано|Діаметр|Власник
ing_h=Інгредієнти
steps_h=Приготування
serves=4 порції · Підготовка 40 хв · Варіння 10 хв
jump=До рецепта
rate={n} оцінок
live=Наживо
updated=Оновлено {n} хвилин тому
key=Головне
contact=Контакти для преси
about=Відділ освіти громади опікується дванадцятьма школами та трьома дитячими садками.
release=Прес-реліз
helpful=Чи була ця сторінка корисною?
rights=Усі права захищені.
follow=Стежте за нами
top=Угору
cite=Як цитувати
bio={name} пише про освіту та науку в малих містах.
thanks=Дякуємо, що читаєте! Підпишіться безкоштовно, щоб отримувати нові дописи.
member=Лише для учасників
listen=Слухати
source=Джерело
download=Завантажити дані
counter=Ви відвідувач № {n}
lastup=Останнє оновлення
""")

TR = parse("""
## s
Ayvacık'taki zeytinyağı kooperatifi bu yıl ilk kez kendi şişeleme tesisini kullanacak.
Üreticiler yıllardır zeytinlerini düşük fiyata büyük firmalara satmak zorunda kalıyordu.
Kooperatif başkanı Mehmet Yıldırım, yeni tesisin köylülere daha fazla gelir bırakacağını söylüyor.
Tesis için gereken makinelerin bir kısmı kalkınma ajansının hibesiyle alındı.
Geri kalan 4 milyon lira ise 212 ortağın katkısıyla toplandı.
Hasat ekim ayının sonunda başlayacak ve yaklaşık altı hafta sürecek.
"Artık kendi etiketimizle, kendi köyümüzün adıyla satış yapabileceğiz" diyor üretici Ayşe Demirtaş.
Kooperatif, şişeleri önce yakındaki şehirlerin pazarlarında satmayı planlıyor.
Daha sonra internet üzerinden siparişler alınması da düşünülüyor.
Bazı yaşlı üreticiler ise yeni sistemin bürokrasisinden çekiniyor.
Kooperatif bu nedenle her köyde bir gönüllüye evrak işlerini öğretecek.
Bölgede geçen yıl yaşanan kuraklık rekoltenin üçte bir oranında düşmesine yol açmıştı.
Bu yıl ilkbahar yağışları daha düzenli geçti ve ağaçlar bol çiçek açtı.
Ziraat mühendisleri yine de zeytin sineğine karşı dikkatli olunması gerektiğini hatırlatıyor.
Tesisin açılışı hasattan bir hafta önce köy meydanında yapılacak.
Açılışa ilçedeki okulların öğrencileri de davet edildi.
Mehmet Yıldırım, üç yıl içinde ortak sayısını iki katına çıkarmayı hedeflediklerini söyledi.
Ayşe Demirtaş ise ilk şişeyi torunları için saklayacağını anlatıyor.
## h
Yılların sorunu
Yeni tesis nasıl çalışacak
Hasat öncesi beklentiler
## hl
İlçede yeni sağlık ocağı hizmete girdi
Sahil yolunda asfalt çalışması başlıyor
Köy okuluna kütüphane bağışlandı
Feribot seferleri kış tarifesine geçti
Belediye pazar yerini yeniliyor
## names
Zeynep Kaya
Emre Aksoy
## ing
2 su bardağı kırmızı mercimek
1 adet kuru soğan
1 yemek kaşığı salça
6 su bardağı sıcak su
1 çay kaşığı kimyon
## steps
Soğanı doğrayın ve tereyağında pembeleşene kadar kavurun.
Salçayı ekleyip bir dakika daha karıştırın.
Yıkanmış mercimeği ve sıcak suyu ekleyip yirmi beş dakika pişirin.
Çorbayı blenderdan geçirin ve kimyon serperek servis edin.
## w
by=Yazan:
read={n} dk okuma
nav=Ana Sayfa|Gündem|Spor|Ekonomi|Kültür|Hava Durumu
cookie=Sitemizde deneyiminizi iyileştirmek ve size uygun reklamlar göstermek için çerezler kullanıyoruz.
accept=Tümünü kabul et
news_h=Sabah bülteni
news_t=Bölgenin en önemli haberleri her sabah e-posta kutunuzda.
signup=Abone ol
pay=Okumaya devam etmek için abone olun. İlk ay ücretsiz.
ad=Reklam
related=İlgili haberler
most=En çok okunanlar
share=Haberi paylaş
copy=Bağlantıyı kopyala
comments={n} yorum
also=Bunu da okuyun
tags=Etiketler
photo=Fotoğraf
contents=İçindekiler
refs=Kaynakça
notes=Notlar
edit=değiştir
keys=Konum|Kuruluş|Ortak sayısı|Başkan
ing_h=Malzemeler
steps_h=Hazırlanışı
serves=4 kişilik · Hazırlık 10 dk · Pişirme 30 dk
jump=Tarife geç
rate={n} değerlendirme
live=Canlı
updated={n} dakika önce güncellendi
key=Öne çıkanlar
contact=Basın iletişim
about=Kooperatif, ilçedeki on dört köyden zeytin üreticilerini bir araya getiren bir birliktir.
release=Basın bülteni
helpful=Bu sayfa işinize yaradı mı?
rights=Tüm hakları saklıdır.
follow=Bizi takip edin
top=Başa dön
cite=Bu yazıya atıf yapın
bio={name} tarım ve kırsal yaşam üzerine yazıyor.
thanks=Okuduğunuz için teşekkürler! Yeni yazıları almak için ücretsiz abone olun.
member=Yalnızca üyelere özel
listen=Dinle
source=Kaynak
download=Verileri indir
counter=Siz {n}. ziyaretçisiniz
lastup=Son güncelleme
""")

AR = parse("""
## s
بدأ مزارعو النخيل في واحة الرمال الخضراء موسم الحصاد هذا العام وسط آمال بمحصول وفير.
وكانت الواحة قد عانت العام الماضي من موجة حر شديدة أتلفت جزءا كبيرا من التمور.
وأنشأ المزارعون جمعية تعاونية تضم أكثر من مئة وعشرين أسرة لتسويق إنتاجهم معا.
وتمكنت الجمعية من شراء غرفة تبريد كبيرة تحفظ التمور لعدة أشهر بعد الحصاد.
وقال رئيس الجمعية سالم بن راشد إن التبريد سيسمح للمزارعين بالبيع حين ترتفع الأسعار.
وتعتمد الواحة على نظام الأفلاج القديم الذي ينقل المياه من الجبال عبر قنوات محفورة.
«الماء هنا أثمن من التمر نفسه، ولذلك نتقاسمه بالساعة بين البساتين» يقول المزارع حمد العامري.
وقد أدخلت الجمعية هذا العام الري بالتنقيط في بعض البساتين لتوفير المياه.
ويقدر المهندسون أن هذه الطريقة توفر نحو أربعين في المئة من المياه المستخدمة.
غير أن بعض كبار السن يفضلون الطرق التقليدية التي توارثوها عن آبائهم.
وتخطط الجمعية لافتتاح متجر صغير على الطريق الرئيسي يبيع التمور ومنتجاتها.
كما تعمل النساء في الواحة على صناعة دبس التمر والحلويات لبيعها في المتجر.
وتلقت الجمعية دعما من صندوق التنمية الزراعية بقيمة مليوني ريال.
ويأمل المزارعون أن يجذب المتجر السياح الذين يزورون القلعة القديمة القريبة.
وستنظم الواحة في نهاية الموسم مهرجانا للتمور يشارك فيه مزارعون من القرى المجاورة.
ويتضمن المهرجان مسابقة لأفضل أنواع التمور وعروضا للحرف التقليدية.
ويقول حمد العامري إن الشباب بدأوا يعودون إلى الزراعة بعد سنوات من الهجرة إلى المدن.
ويرى سالم بن راشد أن مستقبل الواحة مرهون بالحفاظ على الماء قبل أي شيء آخر.
## h
موسم بعد عام صعب
الماء أولا
متجر على الطريق
## hl
افتتاح مدرسة جديدة في القرية الشرقية
تحسن الطقس بعد أسبوع من الغبار
بلدية المدينة تطلق حملة للتشجير
مستشفى المنطقة يوسع قسم الطوارئ
طريق الجبل يفتح أمام الحركة بعد الصيانة
## names
فاطمة الكندي
يوسف الحارثي
## ing
كوبان من التمر منزوع النوى
كوب من الطحين
نصف كوب من السمن
ملعقة صغيرة من الهيل المطحون
رشة من السمسم المحمص
## steps
يحمص الطحين في قدر على نار هادئة حتى يصبح لونه ذهبيا.
يضاف السمن ويحرك المزيج جيدا لمدة دقيقتين.
يهرس التمر ويخلط مع الطحين والهيل حتى يتماسك.
يوزع الخليط في طبق ويزين بالسمسم ويقطع بعد أن يبرد.
## w
by=بقلم
read=قراءة في {n} دقائق
nav=الرئيسية|أخبار|رياضة|اقتصاد|ثقافة|الطقس
cookie=نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض إعلانات تناسب اهتماماتك.
accept=قبول الكل
news_h=النشرة الصباحية
news_t=أهم أخبار المنطقة تصلك كل صباح إلى بريدك الإلكتروني.
signup=اشترك الآن
pay=اشترك لمتابعة القراءة. الشهر الأول مجاني ويمكنك الإلغاء في أي وقت.
ad=إعلان
related=أخبار ذات صلة
most=الأكثر قراءة
share=شارك المقال
copy=نسخ الرابط
comments={n} تعليقا
also=اقرأ أيضا
tags=الوسوم
photo=تصوير
contents=المحتويات
refs=المراجع
notes=الحواشي
edit=تعديل
keys=الموقع|التأسيس|المساحة|الإدارة
ing_h=المكونات
steps_h=طريقة التحضير
serves=تكفي 6 أشخاص · التحضير 15 دقيقة · الطهي 20 دقيقة
jump=انتقل إلى الوصفة
rate={n} تقييما
live=مباشر
updated=تم التحديث منذ {n} دقائق
key=أبرز الأحداث
contact=للتواصل الإعلامي
about=وزارة الزراعة مسؤولة عن دعم المزارعين وإدارة الموارد المائية في المحافظات.
release=بيان صحفي
helpful=هل كانت هذه الصفحة مفيدة؟
rights=جميع الحقوق محفوظة.
follow=تابعونا
top=العودة إلى الأعلى
cite=استشهد بهذه التدوينة
bio={name} تكتب عن الزراعة والحياة في الواحات.
thanks=شكرا للقراءة! اشترك مجانا لتصلك التدوينات الجديدة.
member=للأعضاء فقط
listen=استمع
source=المصدر
download=تحميل البيانات
counter=أنت الزائر رقم {n}
lastup=آخر تحديث
""")
