"""Article prose of the second blind page harness: Swedish, Russian, Japanese, Chinese, Turkish, Portuguese.

Written for this harness, not copied from any page nor from ``tests/page_blind_prose_*``;
the same keys as ``tests.page_blind2_prose_a``.
"""
from __future__ import annotations

SV = {
    "sentences": [
        "Kommunen i {city} har beslutat att bygga en ny simhall vid hamnen, med planerad invigning om tre år.",
        "Beslutet fattades i kommunfullmäktige på måndagskvällen efter en lång debatt.",
        "Enligt kommunalrådet {name} har den gamla hallen stora problem med fukt och ventilation.",
        "Kostnaden beräknas till omkring {num} miljoner kronor, vilket är mer än vad som först uppgavs.",
        "Simklubben välkomnar beslutet men oroar sig för var träningen ska hållas under byggtiden.",
        "Oppositionen vill i stället renovera den befintliga hallen och menar att det blir billigare.",
        "Under förra året besökte ungefär {num} tusen personer badhuset, de flesta skolbarn.",
    ],
    "heads": ["En dyr affär", "Klubbarnas oro", "Nästa steg"],
    "short": ["Omröstningen blev jämn.", "Ingen skadades."],
    "facts": ["Kostnad: {num} miljoner kronor", "Byggstart: nästa vår", "Bassänger: två"],
    "quotes": ["– Vi har väntat på det här i tio år, säger {name}."],
    "updates": ["Räddningstjänsten har fått kontroll över branden.",
                "Vägen mellan {city} och kusten är fortfarande avstängd.",
                "Polisen uppmanar allmänheten att undvika området."],
    "names": ["Anna Lindqvist", "Erik Nyström", "Maria Holm", "Johan Berg"],
    "cities": ["Västerås", "Sundsvall", "Kalmar", "Falun", "Luleå"],
}

RU = {
    "sentences": [
        "Власти {city} объявили о ремонте центральной набережной, который начнётся уже в мае.",
        "По словам заместителя мэра {name}, работы продлятся около полутора лет.",
        "На обновление набережной из городского бюджета выделят {num} миллионов рублей.",
        "Жители давно жаловались на разбитую плитку, отсутствие освещения и скамеек.",
        "Проект предусматривает новые велодорожки, детские площадки и зону для уличных музыкантов.",
        "Во время ремонта часть набережной будет закрыта для прогулок, предупредили в администрации.",
        "Общественные слушания по проекту собрали более {num} участников, большинство высказались за.",
    ],
    "heads": ["Что изменится", "Сроки и деньги", "Мнение горожан"],
    "short": ["Решение уже принято.", "Пострадавших нет."],
    "facts": ["Стоимость: {num} млн рублей", "Срок: полтора года", "Длина: около двух километров"],
    "quotes": ["«Набережная должна стать местом для всех», — заявил {name}."],
    "updates": ["Пожарные продолжают тушить склад на окраине города.",
                "Движение по трассе в сторону {city} перекрыто.",
                "Губернатор прибыл на место происшествия."],
    "names": ["Ольга Смирнова", "Дмитрий Кузнецов", "Елена Попова", "Андрей Волков"],
    "cities": ["Калуги", "Твери", "Самары", "Ярославля", "Пензы"],
}

JA = {
    "sentences": [
        "{city}市は来年度から、市内の公立小学校すべてに給食の無償化を導入すると発表した。",
        "市によると、対象となる児童はおよそ{num}人で、年間の費用は約5億円に上る見込みだ。",
        "{name}市長は記者会見で「子育て世帯の負担を少しでも減らしたい」と述べた。",
        "財源には国の交付金に加え、市の基金の一部を充てる方針だという。",
        "保護者からは歓迎の声が上がる一方、継続できるのかを心配する意見もある。",
        "近隣の自治体でも同様の取り組みが広がっており、県内では{num}番目の導入となる。",
        "市は今後、中学校への拡大についても検討を進めるとしている。",
    ],
    "heads": ["保護者の反応", "財源の課題", "今後の見通し"],
    "short": ["反対意見は出なかった。", "けが人はいなかった。"],
    "facts": ["対象：約{num}人", "開始：来年4月", "費用：年間約5億円"],
    "quotes": ["「子どもたちのために必要な投資だ」と{name}さんは話した。"],
    "updates": ["消防によると、火はほぼ消し止められた。", "{city}方面へ向かう道路は通行止めが続いている。", "市は避難所を開設した。"],
    "names": ["佐藤", "鈴木", "高橋", "田中"],
    "cities": ["松本", "高松", "函館", "倉敷", "長岡"],
}

ZH = {
    "sentences": [
        "{city}市政府日前宣布，将在年底前新建{num}个社区养老服务中心。",
        "据市民政局介绍，这些中心将为老年人提供日间照料、助餐和康复服务。",
        "{name}在发布会上表示，全市六十岁以上人口已超过总人口的四分之一。",
        "项目总投资约{num}亿元，其中一部分资金来自中央财政补助。",
        "不少居民对此表示欢迎，但也有人担心护理人员数量不足。",
        "市政府表示，将通过培训补贴等方式吸引更多年轻人从事养老护理工作。",
        "首批中心预计于明年春季投入使用。",
    ],
    "heads": ["居民的期待", "资金从哪里来", "下一步计划"],
    "short": ["方案已经确定。", "目前无人员伤亡。"],
    "facts": ["新建中心：{num}个", "总投资：约{num}亿元", "投入使用：明年春季"],
    "quotes": ["“让老人在家门口就能得到照顾。”{name}说。"],
    "updates": ["消防部门已控制火势。", "通往{city}的高速公路仍处于封闭状态。", "当地政府已启动应急预案。"],
    "names": ["王建国", "李晓红", "张伟", "刘芳"],
    "cities": ["绍兴", "洛阳", "柳州", "泉州", "襄阳"],
}

TR = {
    "sentences": [
        "{city} Belediyesi, kent merkezinde {num} araçlık yeni bir otopark yapılacağını duyurdu.",
        "Belediye Başkanı {name}, projenin trafik sorununu büyük ölçüde azaltacağını söyledi.",
        "İnşaatın yaz aylarında başlaması ve yaklaşık iki yıl sürmesi planlanıyor.",
        "Esnaf, çalışmalar sırasında müşterilerin dükkanlara ulaşmakta zorlanacağından endişe ediyor.",
        "Projenin maliyetinin {num} milyon lira civarında olacağı tahmin ediliyor.",
        "Muhalefet partileri ise toplu taşımaya daha fazla yatırım yapılması gerektiğini savunuyor.",
        "Otoparkın çatısında halka açık bir park ve çocuk oyun alanı da yer alacak.",
    ],
    "heads": ["Esnafın endişesi", "Maliyet tartışması", "Bundan sonra"],
    "short": ["Karar oy birliğiyle alındı.", "Yaralanan olmadı."],
    "facts": ["Kapasite: {num} araç", "Süre: yaklaşık iki yıl", "Maliyet: {num} milyon lira"],
    "quotes": ["“Şehir merkezini nefes alır hale getireceğiz” dedi {name}."],
    "updates": ["İtfaiye ekipleri yangına müdahale etmeye devam ediyor.",
                "{city} yönündeki karayolu trafiğe kapatıldı.",
                "Valilik yaptığı açıklamada vatandaşları sakin olmaya çağırdı."],
    "names": ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya", "Burak Çelik"],
    "cities": ["Eskişehir", "Kayseri", "Trabzon", "Denizli", "Samsun"],
}

PT = {
    "sentences": [
        "A câmara municipal de {city} aprovou esta semana a criação de {num} novas vagas em creches públicas.",
        "Segundo a vereadora {name}, as primeiras salas devem abrir já no próximo ano letivo.",
        "A medida responde a uma longa lista de espera, que deixa muitas famílias sem alternativa.",
        "O investimento previsto ronda os {num} milhões de euros, parte dos quais com apoio europeu.",
        "Os partidos da oposição votaram a favor, mas pediram um calendário mais claro para as obras.",
        "Os pais ouvidos pela reportagem dizem que o problema se arrasta há vários anos.",
        "A autarquia promete ainda reforçar o número de educadores contratados.",
    ],
    "heads": ["Uma lista de espera longa", "O que falta fazer", "Próximos passos"],
    "short": ["A votação foi unânime.", "Não houve feridos."],
    "facts": ["Novas vagas: {num}", "Abertura: próximo ano letivo", "Investimento: {num} milhões de euros"],
    "quotes": ["«É uma resposta que as famílias esperavam há muito», disse {name}."],
    "updates": ["Os bombeiros continuam no local a combater as chamas.",
                "A estrada nacional em direção a {city} continua cortada.",
                "A Proteção Civil pede à população que evite a zona."],
    "names": ["Ana Ferreira", "João Martins", "Inês Sousa", "Pedro Costa"],
    "cities": ["Braga", "Viseu", "Aveiro", "Évora", "Leiria"],
}
