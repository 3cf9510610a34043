"""Article prose of the blind page harness (Dutch, Portuguese, Russian, Japanese, Arabic).

Same keys as ``tests.page_blind_prose_a``; written for the harness.
"""
from __future__ import annotations

NL = {
    "sentences": [
        "De gemeenteraad van {city} heeft {day} besloten de renovatie van de basisschool een jaar uit te stellen.",
        "Volgens de gemeente ontbreekt er ongeveer {num} miljoen euro in de begroting voor het project.",
        "Ouders en leerkrachten reageerden teleurgesteld en kondigden een petitie aan.",
        "‘We hebben lang genoeg gewacht’, zei {name}, voorzitter van de ouderraad.",
        "Burgemeester {name} verdedigde het besluit en wees op de gestegen bouwkosten.",
        "De politie in {city} kreeg het afgelopen weekend {num} meldingen van geluidsoverlast.",
        "Een woordvoerder van het ministerie bevestigde dat het aantal aanvragen sinds januari is gestegen.",
        "Deskundigen verwachten pas in het najaar verbetering.",
        "Tussen {city} en het centraal station rijden tot het einde van de maand minder treinen vanwege werkzaamheden.",
        "Er worden bussen ingezet, waardoor de reis ongeveer {num} minuten langer duurt.",
        "De vereniging telt inmiddels meer dan {num} leden en is een van de grootste in de regio.",
        "De oppositie verwijt het kabinet dat gemeenten alleen voor de kosten opdraaien.",
    ],
    "heads": ["Ruzie over de kosten", "Wat er verandert voor reizigers", "Hoe nu verder"],
    "questions": ["Waarom duurt de renovatie zo lang?", "Wat betekent dit voor gezinnen in {city}?"],
    "short": ["De uitslag was duidelijk.", "Het antwoord kwam snel.", "Toegang: {price} euro.", "Op {day} gaat het verder."],
    "facts": ["Start werkzaamheden: voorjaar", "Kosten: ongeveer {num} miljoen euro", "Duur: twee jaar"],
    "quotes": ["‘Dit is een zwarte dag voor onze school’, zegt {name}."],
    "names": ["Sanne de Vries", "Jeroen Bakker", "Ilse Jansen", "Bram Visser"],
    "cities": ["Zwolle", "Deventer", "Leeuwarden", "Venlo", "Breda"],
    "days": ["dinsdag", "vrijdag", "donderdagavond", "maandag"],
}

PT = {
    "sentences": [
        "A câmara municipal de {city} decidiu na {day} adiar por um ano a requalificação da escola primária.",
        "Segundo a autarquia, faltam cerca de {num} milhões de euros no orçamento previsto para a obra.",
        "Pais e professores mostraram-se desiludidos e anunciaram um abaixo-assinado.",
        "“Já esperámos tempo suficiente”, afirmou {name}, presidente da associação de pais.",
        "O presidente da câmara, {name}, defendeu a decisão, lembrando o aumento dos custos de construção.",
        "A PSP de {city} registou {num} ocorrências por ruído durante o fim de semana.",
        "Um porta-voz do ministério confirmou que os pedidos aumentaram desde janeiro.",
        "Os especialistas não esperam melhorias antes do outono.",
        "Vários comboios entre {city} e a estação central serão suprimidos até ao fim do mês devido a obras.",
        "Serão disponibilizados autocarros, que demoram cerca de {num} minutos a mais.",
        "A associação tem hoje mais de {num} sócios e é uma das maiores do distrito.",
        "A oposição acusa o Governo de deixar as autarquias sozinhas com os custos.",
    ],
    "heads": ["A polémica dos custos", "O que muda para os passageiros", "Próximos passos"],
    "questions": ["Porque é que a obra demora tanto?", "O que significa isto para as famílias de {city}?"],
    "short": ["O resultado foi claro.", "A resposta não tardou.", "Entrada: {price} euros.", "O julgamento continua na {day}."],
    "facts": ["Início das obras: primavera", "Custo: cerca de {num} milhões de euros", "Duração: dois anos"],
    "quotes": ["“É um dia triste para a nossa escola”, lamentou {name}."],
    "names": ["Ana Ferreira", "João Carvalho", "Inês Martins", "Rui Sousa"],
    "cities": ["Viseu", "Leiria", "Évora", "Braga", "Faro"],
    "days": ["terça-feira", "sexta-feira", "quinta-feira", "segunda-feira"],
}

RU = {
    "sentences": [
        "Городская дума {city} в {day} решила перенести ремонт начальной школы на год.",
        "По данным администрации, в бюджете не хватает около {num} млн рублей, предусмотренных на проект.",
        "Родители и учителя выразили разочарование и объявили о сборе подписей.",
        "«Мы ждали достаточно долго», — заявила {name}, председатель родительского комитета.",
        "Глава города {name} защитил решение, сославшись на рост стоимости строительства.",
        "Полиция {city} за выходные получила {num} вызовов из-за шума.",
        "Представитель министерства подтвердил, что число заявлений с января выросло.",
        "Эксперты не ожидают улучшения ситуации раньше осени.",
        "Несколько электричек между {city} и центральным вокзалом отменят до конца месяца из-за ремонта путей.",
        "Вместо них пустят автобусы, дорога займёт примерно на {num} минут больше.",
        "В организации уже более {num} участников, это одна из крупнейших в области.",
        "Оппозиция упрекает правительство в том, что муниципалитеты остались с расходами одни.",
    ],
    "heads": ["Спор о расходах", "Что изменится для пассажиров", "Что дальше"],
    "questions": ["Почему ремонт так затянулся?", "Что это значит для семей {city}?"],
    "short": ["Итог оказался однозначным.", "Ответ последовал сразу.", "Билет стоит {price} рублей.", "Заседание продолжится в {day}."],
    "facts": ["Начало работ: весной", "Стоимость: около {num} млн рублей", "Срок: два года"],
    "quotes": ["«Это чёрный день для нашей школы», — сказала {name}."],
    "names": ["Анна Смирнова", "Игорь Волков", "Елена Козлова", "Дмитрий Орлов"],
    "cities": ["Твери", "Калуги", "Пскова", "Вологды", "Тамбова"],
    "days": ["среду", "пятницу", "четверг", "понедельник"],
}

JA = {
    "sentences": [
        "{city}市議会は{day}、小学校の改修工事を1年延期することを賛成多数で決めた。",
        "市によると、事業に充てる予定だった約{num}億円が今年度の予算で不足している。",
        "保護者や教員からは失望の声が上がり、署名活動を始める方針だという。",
        "保護者会の{name}会長は「もう十分に待った」と話した。",
        "{name}市長は建設費の高騰や業者不足を理由に、判断はやむを得ないと説明した。",
        "{city}署には週末、騒音に関する通報が{num}件寄せられ、前年を大きく上回った。",
        "省の担当者は、1月以降に申請件数が増えていることを認めた。",
        "専門家は、新しい制度が始まる秋までは状況が改善しないとみている。",
        "線路の工事のため、{city}と中央駅を結ぶ列車の一部が月末まで運休する。",
        "代行バスが運行されるが、所要時間は約{num}分長くなる見通しだ。",
        "同会の会員は{num}人を超え、県内でも有数の規模となっている。",
    ],
    "heads": ["費用をめぐる対立", "利用者への影響", "今後の見通し"],
    "questions": ["なぜ改修にこれほど時間がかかるのですか。", "{city}の家庭にとってどんな意味がありますか。"],
    "short": ["結果ははっきりしていた。", "答えはすぐに返ってきた。", "入場料は{price}円。", "審理は{day}に再開される。"],
    "facts": ["着工：来年春の予定", "事業費：約{num}億円", "工期：約2年"],
    "quotes": ["「学校にとって残念な日だ」と{name}さんは語った。"],
    "names": ["佐藤花子", "鈴木一郎", "高橋美咲", "田中健"],
    "cities": ["松本", "高崎", "津", "鳥取", "佐世保"],
    "days": ["12日", "10日", "25日", "3日"],
}

AR = {
    "sentences": [
        "قرر المجلس البلدي في {city} يوم {day} تأجيل ترميم المدرسة الابتدائية لمدة عام.",
        "وبحسب البلدية، ينقص الميزانية نحو {num} مليون دينار كانت مخصصة للمشروع.",
        "وأبدى أولياء الأمور والمعلمون خيبة أملهم وأعلنوا عن جمع توقيعات.",
        "وقالت {name}، رئيسة جمعية أولياء الأمور: «لقد انتظرنا بما فيه الكفاية».",
        "ودافع رئيس البلدية {name} عن القرار مشيرا إلى ارتفاع تكاليف البناء.",
        "وسجلت الشرطة في {city} خلال عطلة نهاية الأسبوع {num} بلاغا بسبب الضوضاء.",
        "وأكد متحدث باسم الوزارة أن عدد الطلبات ارتفع منذ شهر يناير.",
        "ولا يتوقع الخبراء تحسنا في الوضع قبل فصل الخريف.",
        "وسيتم إلغاء عدة رحلات قطار بين {city} والمحطة المركزية حتى نهاية الشهر بسبب أعمال الصيانة.",
        "وستوفر الشركة حافلات بديلة تستغرق نحو {num} دقيقة إضافية.",
        "ويضم النادي حاليا أكثر من {num} عضو، ما يجعله من أكبر الأندية في المحافظة.",
    ],
    "heads": ["خلاف حول التكاليف", "ما الذي يتغير للمسافرين", "الخطوات المقبلة"],
    "questions": ["لماذا يستغرق الترميم كل هذا الوقت؟", "ماذا يعني ذلك للعائلات في {city}؟"],
    "short": ["كانت النتيجة واضحة.", "جاء الرد سريعا.", "سعر التذكرة {price} دينار.", "تستأنف الجلسة يوم {day}."],
    "facts": ["بدء الأعمال: في الربيع", "التكلفة: نحو {num} مليون دينار", "المدة: عامان"],
    "quotes": ["وقالت {name}: «إنه يوم حزين لمدرستنا»."],
    "names": ["ليلى حسن", "محمد العلي", "سارة يوسف", "خالد منصور"],
    "cities": ["صفاقس", "إربد", "طنجة", "الزرقاء", "سوسة"],
    "days": ["الثلاثاء", "الجمعة", "الخميس", "الاثنين"],
}
