"""Furniture labels of the fifth blind page harness, per language (a theme's English labels are mixed in).

Keys: menu (section names), foot (footer links), related, popular, archives, tags, cats, share, by,
comments (``{n}``), reply, form (name, email, website, comment, button), sub_head, sub_text, sub_btn,
cookie, accept, more, next, prev, login, print, mail, ad, sponsored, about, toc, gallery, video, follow,
search, rights, blogroll.
"""
from __future__ import annotations

WORDS = {
    "en": dict(
        menu=["Home", "News", "Politics", "Business", "Sports", "Culture", "Opinion", "Weather"],
        foot=["About us", "Contact", "Privacy policy", "Terms of use", "Advertise with us", "Careers", "Sitemap",
              "RSS feeds"],
        related="Related posts", popular="Most popular", archives="Archives", tags="Tags", cats="Filed under",
        share="Share this", by="By", comments="{n} comments", reply="Leave a reply",
        form=["Name", "Email", "Website", "Comment", "Post comment"],
        sub_head="Get our daily newsletter",
        sub_text="The top stories of the day delivered to your inbox every morning, free.",
        sub_btn="Sign up", cookie="We use cookies to give you the best experience on our website. By continuing "
        "to browse you agree to our use of cookies.", accept="Accept", more="Read more", next="Next post",
        prev="Previous post", login="You must be logged in to post a comment.", print="Print",
        mail="Email this story", ad="Advertisement", sponsored="Sponsored stories", about="About the author",
        toc="Contents", gallery="Photo gallery", video="Watch the video", follow="Follow us on",
        search="Search this site", rights="All rights reserved.", blogroll="Blogroll"),
    "de": dict(
        menu=["Startseite", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur", "Meinung", "Wetter"],
        foot=["Impressum", "Kontakt", "Datenschutz", "AGB", "Mediadaten", "Karriere", "Abo-Service", "Archiv"],
        related="Das könnte Sie auch interessieren", popular="Meistgelesen", archives="Archiv",
        tags="Schlagworte", cats="Kategorie", share="Artikel teilen", by="Von", comments="{n} Kommentare",
        reply="Schreibe einen Kommentar", form=["Name", "E-Mail", "Webseite", "Kommentar", "Kommentar abschicken"],
        sub_head="Unser Newsletter", sub_text="Jeden Morgen die wichtigsten Nachrichten aus der Region kostenlos "
        "in Ihr Postfach.", sub_btn="Jetzt anmelden", cookie="Diese Website verwendet Cookies. Wenn Sie die "
        "Seite weiter nutzen, stimmen Sie der Verwendung von Cookies zu.", accept="Einverstanden",
        more="Weiterlesen", next="Nächster Artikel", prev="Vorheriger Artikel",
        login="Sie müssen angemeldet sein, um einen Kommentar abzugeben.", print="Drucken",
        mail="Artikel per E-Mail versenden", ad="Anzeige", sponsored="Gesponserte Inhalte",
        about="Über den Autor", toc="Inhaltsverzeichnis", gallery="Bildergalerie", video="Video ansehen",
        follow="Folgen Sie uns auf", search="Suche", rights="Alle Rechte vorbehalten.", blogroll="Blogroll"),
    "fr": dict(
        menu=["Accueil", "Actualité", "Politique", "Économie", "Sport", "Culture", "Opinions", "Météo"],
        foot=["Qui sommes-nous", "Contact", "Mentions légales", "Politique de confidentialité", "Publicité",
              "Recrutement", "Plan du site", "Flux RSS"],
        related="Articles similaires", popular="Les plus lus", archives="Archives", tags="Mots-clés",
        cats="Publié dans", share="Partager cet article", by="Par", comments="{n} commentaires",
        reply="Laisser un commentaire", form=["Nom", "Adresse e-mail", "Site web", "Commentaire", "Envoyer"],
        sub_head="Inscrivez-vous à notre newsletter", sub_text="Recevez chaque matin l'essentiel de l'actualité "
        "de votre région.", sub_btn="Je m'inscris", cookie="En poursuivant votre navigation sur ce site, vous "
        "acceptez l'utilisation de cookies pour vous proposer des contenus adaptés.", accept="J'accepte",
        more="Lire la suite", next="Article suivant", prev="Article précédent",
        login="Vous devez être connecté pour publier un commentaire.", print="Imprimer",
        mail="Envoyer par e-mail", ad="Publicité", sponsored="Contenus sponsorisés", about="À propos de l'auteur",
        toc="Sommaire", gallery="Diaporama", video="Voir la vidéo", follow="Suivez-nous sur",
        search="Rechercher", rights="Tous droits réservés.", blogroll="Liens amis"),
    "es": dict(
        menu=["Portada", "Local", "Política", "Economía", "Deportes", "Cultura", "Opinión", "Tiempo"],
        foot=["Quiénes somos", "Contacto", "Aviso legal", "Política de privacidad", "Publicidad",
              "Trabaja con nosotros", "Mapa web", "RSS"],
        related="Entradas relacionadas", popular="Lo más leído", archives="Archivo", tags="Etiquetas",
        cats="Categorías", share="Compartir", by="Por", comments="{n} comentarios", reply="Deja un comentario",
        form=["Nombre", "Correo electrónico", "Web", "Comentario", "Publicar comentario"],
        sub_head="Suscríbete a nuestro boletín", sub_text="Recibe cada mañana las noticias más importantes de tu "
        "ciudad en tu correo.", sub_btn="Suscribirme", cookie="Utilizamos cookies propias y de terceros para "
        "mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.", accept="Aceptar",
        more="Leer más", next="Entrada siguiente", prev="Entrada anterior",
        login="Debes iniciar sesión para publicar un comentario.", print="Imprimir",
        mail="Enviar por correo", ad="Publicidad", sponsored="Contenido patrocinado", about="Sobre el autor",
        toc="Índice", gallery="Galería de fotos", video="Ver vídeo", follow="Síguenos en", search="Buscar",
        rights="Todos los derechos reservados.", blogroll="Blogs amigos"),
    "pt": dict(
        menu=["Início", "Cidades", "Política", "Economia", "Esportes", "Cultura", "Opinião", "Tempo"],
        foot=["Quem somos", "Fale conosco", "Termos de uso", "Política de privacidade", "Anuncie",
              "Trabalhe conosco", "Expediente", "RSS"],
        related="Posts relacionados", popular="Mais lidas", archives="Arquivo do blog", tags="Marcadores",
        cats="Categorias", share="Compartilhe", by="Por", comments="{n} comentários",
        reply="Deixe um comentário", form=["Nome", "E-mail", "Site", "Comentário", "Publicar comentário"],
        sub_head="Receba nossa newsletter", sub_text="As principais notícias do dia no seu e-mail, todas as "
        "manhãs.", sub_btn="Cadastrar", cookie="Usamos cookies para melhorar sua experiência. Ao continuar "
        "navegando, você concorda com a nossa política de privacidade.", accept="Aceitar", more="Leia mais",
        next="Próxima postagem", prev="Postagem anterior",
        login="Você precisa fazer login para publicar um comentário.", print="Imprimir",
        mail="Enviar por e-mail", ad="Publicidade", sponsored="Conteúdo patrocinado", about="Sobre o autor",
        toc="Índice", gallery="Galeria de fotos", video="Assista ao vídeo", follow="Siga-nos no",
        search="Pesquisar", rights="Todos os direitos reservados.", blogroll="Blogs que sigo"),
    "ru": dict(
        menu=["Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Мнения", "Погода"],
        foot=["О проекте", "Контакты", "Реклама", "Политика конфиденциальности", "Правила", "Вакансии",
              "Карта сайта", "RSS"],
        related="Похожие записи", popular="Самое читаемое", archives="Архив", tags="Метки", cats="Рубрика",
        share="Поделиться", by="Автор:", comments="{n} комментариев", reply="Оставить комментарий",
        form=["Имя", "Электронная почта", "Сайт", "Комментарий", "Отправить комментарий"],
        sub_head="Подпишитесь на рассылку", sub_text="Главные новости города каждое утро на вашу почту.",
        sub_btn="Подписаться", cookie="Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая "
        "пользоваться сайтом, вы соглашаетесь с этим.", accept="Принять", more="Читать далее",
        next="Следующая запись", prev="Предыдущая запись",
        login="Для отправки комментария вам необходимо авторизоваться.", print="Версия для печати",
        mail="Отправить по почте", ad="Реклама", sponsored="Партнёрские материалы", about="Об авторе",
        toc="Содержание", gallery="Фотогалерея", video="Смотреть видео", follow="Мы в соцсетях",
        search="Поиск по сайту", rights="Все права защищены.", blogroll="Друзья блога"),
    "pl": dict(
        menu=["Strona główna", "Wiadomości", "Polityka", "Biznes", "Sport", "Kultura", "Opinie", "Pogoda"],
        foot=["O nas", "Kontakt", "Regulamin", "Polityka prywatności", "Reklama", "Praca", "Mapa strony",
              "RSS"],
        related="Podobne wpisy", popular="Najczęściej czytane", archives="Archiwum bloga", tags="Tagi",
        cats="Kategorie", share="Udostępnij", by="Autor:", comments="{n} komentarzy",
        reply="Dodaj komentarz", form=["Imię", "E-mail", "Strona WWW", "Komentarz", "Opublikuj komentarz"],
        sub_head="Zapisz się do newslettera", sub_text="Najważniejsze informacje z miasta codziennie rano na "
        "Twoją skrzynkę.", sub_btn="Zapisz się", cookie="Ta strona używa plików cookies. Korzystając ze strony, "
        "wyrażasz zgodę na ich używanie zgodnie z ustawieniami przeglądarki.", accept="Akceptuję",
        more="Czytaj dalej", next="Następny wpis", prev="Poprzedni wpis",
        login="Musisz być zalogowany, aby dodać komentarz.", print="Drukuj", mail="Wyślij e-mailem",
        ad="Reklama", sponsored="Artykuły sponsorowane", about="O autorze", toc="Spis treści",
        gallery="Galeria zdjęć", video="Zobacz wideo", follow="Obserwuj nas na", search="Szukaj",
        rights="Wszelkie prawa zastrzeżone.", blogroll="Polecane blogi"),
    "tr": dict(
        menu=["Ana Sayfa", "Gündem", "Siyaset", "Ekonomi", "Spor", "Kültür", "Yazarlar", "Hava Durumu"],
        foot=["Hakkımızda", "İletişim", "Künye", "Gizlilik Politikası", "Reklam", "Kariyer", "Site Haritası",
              "RSS"],
        related="İlgili Yazılar", popular="En Çok Okunanlar", archives="Arşiv", tags="Etiketler",
        cats="Kategori", share="Paylaş", by="Yazan:", comments="{n} yorum", reply="Yorum yapın",
        form=["Ad", "E-posta", "Web sitesi", "Yorum", "Yorum gönder"],
        sub_head="E-bültenimize abone olun", sub_text="Günün en önemli haberleri her sabah e-posta kutunuzda.",
        sub_btn="Abone ol", cookie="Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır. "
        "Siteyi kullanmaya devam ederek çerez kullanımını kabul etmiş olursunuz.", accept="Kabul et",
        more="Devamını oku", next="Sonraki yazı", prev="Önceki yazı",
        login="Yorum yapabilmek için giriş yapmalısınız.", print="Yazdır", mail="E-posta ile gönder",
        ad="Reklam", sponsored="Sponsorlu içerik", about="Yazar hakkında", toc="İçindekiler",
        gallery="Foto galeri", video="Videoyu izle", follow="Bizi takip edin", search="Ara",
        rights="Tüm hakları saklıdır.", blogroll="Bağlantılar"),
    "ja": dict(
        menu=["ホーム", "ニュース", "政治", "経済", "スポーツ", "文化", "社説", "天気"],
        foot=["会社概要", "お問い合わせ", "利用規約", "プライバシーポリシー", "広告掲載", "採用情報",
              "サイトマップ", "RSS"],
        related="関連記事", popular="アクセスランキング", archives="アーカイブ", tags="タグ", cats="カテゴリー",
        share="この記事をシェアする", by="文：", comments="コメント{n}件", reply="コメントを書く",
        form=["名前", "メールアドレス", "ウェブサイト", "コメント", "コメントを送信"],
        sub_head="メールマガジン登録", sub_text="毎朝、地域の主なニュースをメールでお届けします。",
        sub_btn="登録する", cookie="当サイトではクッキーを使用しています。サイトを閲覧し続けることで、クッキーの"
        "使用に同意したものとみなされます。", accept="同意する", more="続きを読む", next="次の記事",
        prev="前の記事", login="コメントを投稿するにはログインしてください。", print="印刷する",
        mail="メールで送る", ad="広告", sponsored="PR記事", about="この記事を書いた人", toc="目次",
        gallery="写真特集", video="動画を見る", follow="フォローする", search="サイト内検索",
        rights="無断転載を禁じます。", blogroll="リンク集"),
    "zh": dict(
        menu=["首页", "新闻", "政治", "财经", "体育", "文化", "评论", "天气"],
        foot=["关于我们", "联系我们", "服务条款", "隐私政策", "广告服务", "招聘信息", "网站地图", "订阅"],
        related="相关文章", popular="热门排行", archives="文章归档", tags="标签", cats="分类", share="分享到",
        by="作者：", comments="{n}条评论", reply="发表评论", form=["昵称", "邮箱", "网址", "评论内容", "提交评论"],
        sub_head="订阅我们的新闻简报", sub_text="每天早上把最重要的本地新闻发送到您的邮箱。", sub_btn="立即订阅",
        cookie="本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。", accept="同意",
        more="阅读全文", next="下一篇", prev="上一篇", login="您必须登录后才能发表评论。", print="打印本页",
        mail="邮件分享", ad="广告", sponsored="推广内容", about="关于作者", toc="目录", gallery="图集",
        video="观看视频", follow="关注我们", search="站内搜索", rights="版权所有，未经授权不得转载。",
        blogroll="友情链接"),
    "ar": dict(
        menu=["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "رأي", "الطقس"],
        foot=["من نحن", "اتصل بنا", "سياسة الخصوصية", "شروط الاستخدام", "أعلن معنا", "وظائف", "خريطة الموقع",
              "خدمة RSS"],
        related="مواضيع ذات صلة", popular="الأكثر قراءة", archives="الأرشيف", tags="الوسوم", cats="التصنيف",
        share="شارك المقال", by="بقلم", comments="{n} تعليقات", reply="أضف تعليقا",
        form=["الاسم", "البريد الإلكتروني", "الموقع", "التعليق", "إرسال التعليق"],
        sub_head="اشترك في النشرة البريدية", sub_text="أهم أخبار المدينة تصلك كل صباح إلى بريدك الإلكتروني.",
        sub_btn="اشترك الآن", cookie="يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. باستمرارك في "
        "التصفح فإنك توافق على ذلك.", accept="موافق", more="اقرأ المزيد", next="المقال التالي",
        prev="المقال السابق", login="يجب عليك تسجيل الدخول لكتابة تعليق.", print="طباعة",
        mail="أرسل إلى صديق", ad="إعلان", sponsored="محتوى برعاية", about="عن الكاتب", toc="المحتويات",
        gallery="معرض الصور", video="شاهد الفيديو", follow="تابعونا على", search="بحث",
        rights="جميع الحقوق محفوظة.", blogroll="مواقع صديقة"),
    "hi": dict(
        menu=["होम", "देश", "राजनीति", "कारोबार", "खेल", "मनोरंजन", "विचार", "मौसम"],
        foot=["हमारे बारे में", "संपर्क करें", "गोपनीयता नीति", "नियम और शर्तें", "विज्ञापन दें", "करियर",
              "साइटमैप", "आरएसएस"],
        related="संबंधित खबरें", popular="सबसे ज़्यादा पढ़ी गईं", archives="ब्लॉग आर्काइव", tags="टैग",
        cats="श्रेणी", share="शेयर करें", by="लेखक:", comments="{n} टिप्पणियां", reply="टिप्पणी करें",
        form=["नाम", "ईमेल", "वेबसाइट", "टिप्पणी", "टिप्पणी भेजें"],
        sub_head="न्यूज़लेटर की सदस्यता लें", sub_text="हर सुबह शहर की बड़ी खबरें सीधे आपके ईमेल पर।",
        sub_btn="सदस्यता लें", cookie="यह वेबसाइट बेहतर अनुभव के लिए कुकीज़ का उपयोग करती है। साइट का उपयोग "
        "जारी रखकर आप इसके लिए सहमति देते हैं।", accept="स्वीकार करें", more="और पढ़ें", next="अगली पोस्ट",
        prev="पिछली पोस्ट", login="टिप्पणी करने के लिए आपको लॉग इन करना होगा।", print="प्रिंट करें",
        mail="ईमेल करें", ad="विज्ञापन", sponsored="प्रायोजित", about="लेखक के बारे में", toc="विषय सूची",
        gallery="फोटो गैलरी", video="वीडियो देखें", follow="हमें फॉलो करें", search="खोजें",
        rights="सर्वाधिकार सुरक्षित।", blogroll="मेरी ब्लॉग सूची"),
}
