"""Unit tests of the built-in cleaners, one module per cleaner."""

# one sentence of an article in every installed language, for rules that read the document's language
SENTENCES = {
    "en": "Rescue teams reached the flooded village at dawn on Tuesday, officials in the region said.",
    "de": "Die Rettungskräfte erreichten das überflutete Dorf am Dienstag im Morgengrauen, teilten die Behörden mit.",
    "fr": "Les secours ont atteint le village inondé mardi à l'aube, ont indiqué les autorités de la région.",
    "es": "Los equipos de rescate llegaron al pueblo inundado el martes al amanecer, dijeron las autoridades.",
    "it": "Le squadre di soccorso hanno raggiunto il villaggio allagato martedì all'alba, hanno detto le autorità.",
    "pt": "As equipes de resgate chegaram à aldeia inundada na terça-feira ao amanhecer, disseram as autoridades.",
    "nl": "Reddingsteams bereikten dinsdag bij zonsopgang het overstroomde dorp, meldden de autoriteiten.",
    "ru": "Спасатели добрались до затопленной деревни во вторник на рассвете, сообщили власти региона.",
    "pl": "Ratownicy dotarli do zalanej wioski we wtorek o świcie, poinformowały władze regionu.",
    "da": "Redningsfolkene nåede frem til den oversvømmede landsby ved daggry tirsdag, oplyste myndighederne i regionen.",
    "vi": "Lực lượng cứu hộ chỉ đến được ngôi làng bị ngập vào rạng sáng thứ Ba, chính quyền địa phương cho biết tất cả người dân đã được sơ tán.",
    "fa": "امدادگران تنها سه‌شنبه سحرگاه به روستای سیل‌زده رسیدند و مقام‌های استان اعلام کردند که همه ساکنان تخلیه شده‌اند.",
    "hi": "बचाव दल मंगलवार तड़के ही बाढ़ से घिरे गांव तक पहुंच पाए, जिले के अधिकारियों ने बताया कि सभी निवासियों को निकाल लिया गया है।",
    "he": "צוותי החילוץ הגיעו לכפר המוצף רק ביום שלישי עם שחר, כך מסרו הרשויות במחוז, והוסיפו כי כל התושבים פונו.",
    "ca": "Els equips de rescat no van arribar al poble inundat fins dimarts a trenc d'alba, segons van informar les autoritats de la comarca, que han evacuat tots els veïns.",
    "bg": "Спасителите стигнаха до наводненото село едва във вторник на разсъмване, съобщиха от областната администрация и уточниха, че всички жители са евакуирани.",
    "sk": "Záchranári sa k zaplavenej obci dostali až v utorok na úsvite, uviedli predstavitelia kraja a dodali, že všetkých obyvateľov evakuovali.",
    "id": "Tim penyelamat baru tiba di desa yang terendam banjir pada Selasa pagi, dan pemerintah daerah menyatakan seluruh warga telah dievakuasi.",
    "nb": "Redningsmannskapene kom fram til den oversvømte bygda først ved daggry tirsdag, og myndighetene i regionen opplyste at alle var evakuert.",
    "fi": "Pelastajat pääsivät tulvan saartamaan kylään vasta tiistaiaamuna auringon noustessa, ja alueen viranomaiset kertoivat evakuoinnin sujuneen hyvin.",
    "ar": "وصلت فرق الإنقاذ إلى القرية التي غمرتها المياه فجر يوم الثلاثاء، بحسب ما أعلنته السلطات المحلية في المنطقة.",
    "ko": "구조대는 화요일 새벽에야 물에 잠긴 마을에 도착했으며 지역 당국은 주민 대피를 마쳤다.",
    "el": "Τα σωστικά συνεργεία έφτασαν στο πλημμυρισμένο χωριό την Τρίτη τα ξημερώματα, ανακοίνωσαν οι αρχές της περιοχής.",
    "ro": "Echipele de salvare au ajuns în satul inundat abia marți în zori, au anunțat autoritățile din regiune.",
    "hu": "A mentőcsapatok csak kedden hajnalban értek el az elárasztott faluba, közölték a térség hatóságai.",
    "cs": "Záchranáři se do zatopené vesnice dostali až v úterý za svítání, oznámily úřady v regionu.",
    "uk": "Рятувальники дісталися затопленого села лише у вівторок на світанку, повідомила обласна військова адміністрація.",
    "sv": "Räddningstjänsten nådde den översvämmade byn i gryningen på tisdagen, uppgav myndigheterna i regionen.",
    "tr": "Kurtarma ekipleri salı sabahı şafak vakti sular altında kalan köye ulaştı, bölgedeki yetkililer açıkladı.",
}


def cuts(doc, cleaner: str) -> list[tuple[str, str]]:
    """``(rule, text)`` of every cut the named cleaner recorded."""
    return [(r.rule, r.text) for r in doc.removed if r.cleaner == cleaner]


def texts(doc) -> list[str]:
    return [b.text for b in doc.blocks]
