"""Article prose of the fifth blind page harness, Latin and Cyrillic scripts: en, de, fr, es, pt, ru.

Written for this harness (news and blog posts of the 2010-2015 kind); each language has a title, seven
paragraphs of one story, three subheadings and ten headlines of other stories (for related, popular
and sponsored blocks), authors and a bio sentence.
"""
from __future__ import annotations

PROSE_A = {
    "en": {
        "title": "City council approves new bike lanes after heated debate",
        "paras": [
            "After more than four hours of public comment on Tuesday night, the city council voted six to three to "
            "build protected bike lanes along Harbor Avenue, a project that has divided shop owners and cyclists "
            "for almost two years.",
            "Supporters packed the chamber wearing bright yellow shirts, and many of them described close calls "
            "with delivery trucks on the narrow street. One nurse said she had stopped riding to the hospital "
            "after a driver opened a car door in front of her last winter.",
            "Several merchants warned that removing forty parking spaces would hurt business during the holiday "
            "season. The owner of a hardware store that has stood on the corner since 1962 said most of his "
            "customers still arrive by car and carry heavy bags home.",
            "Engineers from the transportation department presented a compromise that keeps loading zones on "
            "every block and adds a small public garage behind the library. Construction is expected to begin "
            "in the spring and should take about five months.",
            "Council member Rita Alvarez, who voted against the plan, said she was not opposed to cycling but "
            "wanted a longer trial period. She asked staff to report back in a year with traffic counts and "
            "sales figures from the affected shops.",
            "The project will cost roughly 2.4 million dollars, most of it covered by a state grant awarded last "
            "fall. City officials said the money would have been lost if the vote had been delayed again.",
            "Neighbourhood groups plan to hold a street festival when the first section opens, and the local "
            "cycling club has offered free safety classes for children at the community centre every Saturday.",
        ],
        "heads": ["What happens next", "A long fight over parking", "Who pays for it"],
        "headlines": [
            "School board delays vote on later start times",
            "Five things to do in town this weekend",
            "Water main break closes part of Main Street",
            "Local bakery wins state award for its sourdough",
            "Police ask for help finding missing teenager",
            "Why rents keep rising in the old harbor district",
            "High school team heads to state finals again",
            "New library branch opens with longer hours",
            "How to prepare your garden for the first frost",
            "Mayor announces plan to plant ten thousand trees",
        ],
        "authors": ["Karen Whitfield", "Mike Donnelly", "Sarah Okafor"],
        "bio": "{name} covers city hall and transportation for the paper. Before that she reported on schools "
               "and local elections for nine years.",
    },
    "de": {
        "title": "Stadtrat beschließt neues Parkhaus am Bahnhof",
        "paras": [
            "Nach einer langen und teilweise hitzigen Sitzung hat der Stadtrat am Donnerstagabend den Bau eines "
            "neuen Parkhauses am Bahnhof beschlossen. Für das Projekt stimmten 24 Mitglieder, dagegen 13, zwei "
            "enthielten sich.",
            "Das Gebäude soll auf der Fläche des alten Güterschuppens entstehen und Platz für rund 450 Autos und "
            "300 Fahrräder bieten. Pendler hatten sich seit Jahren über fehlende Stellplätze in der Nähe der "
            "Gleise beschwert.",
            "Die Grünen kritisierten die Entscheidung scharf. Ihr Fraktionsvorsitzender sagte, die Stadt setze "
            "damit falsche Anreize und hole noch mehr Verkehr in die Innenstadt, statt den Busverkehr aus den "
            "umliegenden Dörfern auszubauen.",
            "Oberbürgermeister Thomas Berger verteidigte den Plan. Viele Menschen aus dem Umland hätten keine "
            "andere Möglichkeit, als mit dem Auto zum Zug zu fahren, sagte er. Das Parkhaus werde zudem eine "
            "Ladestation für Elektroautos auf jeder Etage bekommen.",
            "Die Kosten werden auf knapp elf Millionen Euro geschätzt. Etwa die Hälfte übernimmt das Land aus "
            "einem Förderprogramm für den Nahverkehr, den Rest finanziert die Stadt über einen Kredit.",
            "Anwohner der Bahnhofstraße befürchten während der Bauzeit Lärm und Staus. Die Verwaltung kündigte "
            "an, im Herbst eine Informationsveranstaltung im Bürgerhaus abzuhalten und die Pläne dort "
            "ausführlich vorzustellen.",
            "Wenn alles nach Plan läuft, sollen die Bagger im kommenden Frühjahr anrücken. Die Eröffnung ist für "
            "den Sommer des übernächsten Jahres vorgesehen.",
        ],
        "heads": ["Kritik von der Opposition", "Wer bezahlt das Projekt", "Wie es weitergeht"],
        "headlines": [
            "Freibad öffnet zwei Wochen früher als geplant",
            "Polizei sucht Zeugen nach Unfall auf der Landstraße",
            "Neue Kita im Nordviertel eingeweiht",
            "Weihnachtsmarkt bekommt in diesem Jahr eine Eisbahn",
            "Handballer feiern Aufstieg in die Oberliga",
            "Bäckerei in der Altstadt schließt nach 80 Jahren",
            "Was die neue Grundsteuer für Hausbesitzer bedeutet",
            "Sperrung der Brücke dauert länger als erwartet",
            "Schüler gewinnen Preis für ihr Klimaprojekt",
            "Stadtbibliothek verlängert ihre Öffnungszeiten",
        ],
        "authors": ["Jürgen Hoffmann", "Anja Krüger", "Stefan Wolters"],
        "bio": "{name} ist Redakteur im Lokalressort und berichtet seit 2008 über Stadtpolitik, Verkehr und "
               "Bauprojekte in der Region.",
    },
    "fr": {
        "title": "Le marché couvert rouvre ses portes après deux ans de travaux",
        "paras": [
            "Après deux ans de travaux et plusieurs reports, le marché couvert du centre-ville a enfin rouvert "
            "ses portes samedi matin. Des centaines d'habitants attendaient déjà devant l'entrée avant huit "
            "heures.",
            "La charpente métallique, construite à la fin du dix-neuvième siècle, a été entièrement restaurée et "
            "repeinte dans son vert d'origine. Les architectes ont également ajouté une grande verrière qui "
            "laisse entrer la lumière naturelle.",
            "Trente-deux commerçants se partagent désormais les étals, dont une dizaine de nouveaux venus. On y "
            "trouve des maraîchers, deux fromagers, un poissonnier, mais aussi un petit café tenu par un couple "
            "de jeunes Lyonnais.",
            "Pour la maire, Claire Dubois, cette réouverture marque une étape importante dans la revitalisation "
            "du centre. Elle espère que le marché attirera de nouveau les familles qui avaient pris l'habitude "
            "de faire leurs courses en périphérie.",
            "Tous les commerçants ne sont pourtant pas satisfaits. Certains jugent les loyers trop élevés et "
            "regrettent que les places de stationnement aient été supprimées autour du bâtiment pendant les "
            "travaux.",
            "Le chantier a coûté près de six millions d'euros, financés en partie par la région et par des fonds "
            "européens. Il avait pris du retard à cause de la découverte de fondations anciennes sous le sol.",
            "Le marché sera ouvert du mardi au dimanche, de sept heures à quatorze heures. Une nocturne est "
            "prévue chaque premier vendredi du mois pendant l'été, avec des concerts sur la place.",
        ],
        "heads": ["Des commerçants partagés", "Un chantier coûteux", "Les horaires d'ouverture"],
        "headlines": [
            "La piscine municipale fermée pour deux semaines",
            "Un nouveau festival de jazz en juillet",
            "Accident sur la rocade : la circulation perturbée",
            "Les écoles de la ville accueillent plus d'élèves",
            "Le club de rugby s'impose face au leader",
            "Une boulangerie du quartier distinguée au concours",
            "Travaux de voirie : ce qui change cet été",
            "La médiathèque propose des ateliers pour enfants",
            "Le prix de l'immobilier continue de grimper",
            "Inondations : la préfecture lève la vigilance",
        ],
        "authors": ["Julien Moreau", "Sophie Lefèvre", "Nathalie Girard"],
        "bio": "{name} est journaliste à la rédaction locale depuis 2011. Elle suit l'actualité municipale, "
               "l'urbanisme et la vie des quartiers.",
    },
    "es": {
        "title": "El ayuntamiento amplía el horario de las bibliotecas durante los exámenes",
        "paras": [
            "El ayuntamiento anunció el lunes que las cuatro bibliotecas municipales abrirán hasta la "
            "medianoche durante la temporada de exámenes, una petición que los estudiantes universitarios "
            "llevaban años reclamando.",
            "La medida estará vigente desde el quince de mayo hasta finales de junio y se repetirá en enero. "
            "Según la concejala de Cultura, Marta Ruiz, el coste adicional será de unos ochenta mil euros, "
            "sobre todo en personal y seguridad.",
            "Los estudiantes recogieron más de tres mil firmas el pasado otoño. Muchos de ellos viven en pisos "
            "compartidos sin espacio tranquilo para estudiar y hasta ahora tenían que desplazarse a la "
            "biblioteca del campus, que siempre está llena.",
            "La oposición apoyó la iniciativa, aunque pidió que se extienda también a los fines de semana. "
            "Un portavoz recordó que varias ciudades del norte ofrecen salas de estudio abiertas las "
            "veinticuatro horas.",
            "Las bibliotecas reforzarán además la conexión a internet y añadirán enchufes en las mesas de "
            "lectura. En la biblioteca central se habilitará una sala de silencio con cuarenta plazas "
            "adicionales.",
            "Los vecinos del barrio de San Antonio, donde se encuentra una de las sedes, han pedido más "
            "iluminación en las calles cercanas para que los jóvenes puedan volver a casa con seguridad a "
            "altas horas.",
            "El ayuntamiento evaluará el uso de las salas al final del curso y decidirá entonces si convierte "
            "el horario ampliado en permanente.",
        ],
        "heads": ["Una petición de los estudiantes", "Más plazas y mejor conexión", "Qué pasará después"],
        "headlines": [
            "Cortes de tráfico por la media maratón del domingo",
            "La feria del libro vuelve al parque en junio",
            "Detenido un hombre por robar en varias tiendas",
            "El equipo local asciende a segunda división",
            "Nuevas ayudas para el alquiler de jóvenes",
            "Cómo será el nuevo mercado de abastos",
            "Los colegios abrirán en julio para actividades",
            "Sube el precio del autobús urbano en enero",
            "Un incendio obliga a desalojar un edificio",
            "Las mejores terrazas para disfrutar del verano",
        ],
        "authors": ["Javier Martín", "Lucía Fernández", "Pablo Herrera"],
        "bio": "{name} es periodista y cubre la información municipal y de educación. Antes trabajó en la "
               "radio local durante seis años.",
    },
    "pt": {
        "title": "Prefeitura inaugura nova linha de ônibus para bairros da zona norte",
        "paras": [
            "A prefeitura inaugurou nesta segunda-feira uma nova linha de ônibus que liga os bairros da zona "
            "norte ao centro da cidade em menos de quarenta minutos. Antes, o trajeto exigia duas baldeações "
            "e podia levar quase uma hora e meia.",
            "A linha terá vinte e dois veículos novos, todos com ar-condicionado e elevador para cadeirantes. "
            "Os ônibus vão circular a cada dez minutos nos horários de pico e a cada vinte minutos no resto "
            "do dia.",
            "Moradores comemoraram a novidade. Uma costureira que trabalha no centro contou que saía de casa "
            "às cinco da manhã para chegar a tempo e que agora poderá dormir um pouco mais e tomar café com "
            "os filhos.",
            "O secretário de Mobilidade, Ricardo Souza, disse que a linha faz parte de um plano maior para "
            "reorganizar o transporte público. Até o fim do ano, outras três linhas devem ser criadas nas "
            "regiões leste e oeste.",
            "Especialistas ouvidos pela reportagem elogiaram a iniciativa, mas alertaram para a falta de "
            "faixas exclusivas. Sem elas, afirmam, os ônibus continuarão presos no trânsito das avenidas "
            "principais.",
            "A tarifa continua a mesma, e os passageiros poderão usar o bilhete único para fazer integração "
            "com o metrô sem pagar uma segunda passagem.",
            "A prefeitura pede que os usuários enviem sugestões e reclamações pelo telefone de atendimento ou "
            "pelo aplicativo oficial durante os primeiros meses de operação.",
        ],
        "heads": ["Moradores aprovam", "Críticas dos especialistas", "Como usar a nova linha"],
        "headlines": [
            "Chuva forte causa alagamentos no centro",
            "Festival de inverno terá shows gratuitos",
            "Hospital municipal amplia número de leitos",
            "Time da cidade vence clássico no fim de semana",
            "Feira de artesanato volta à praça principal",
            "Preço da gasolina sobe pela terceira vez",
            "Escolas recebem novos computadores",
            "Polícia prende suspeitos de assalto a banco",
            "Vacinação contra a gripe começa na segunda",
            "Cinco restaurantes para conhecer no bairro",
        ],
        "authors": ["Ana Paula Ribeiro", "Carlos Mendes", "Fernanda Lima"],
        "bio": "{name} é repórter da editoria de Cidades e escreve sobre transporte, urbanismo e serviços "
               "públicos desde 2010.",
    },
    "ru": {
        "title": "В городе откроют новый парк на месте старого завода",
        "paras": [
            "Городские власти утвердили проект нового парка, который появится на месте заброшенного "
            "машиностроительного завода у реки. Работы начнутся весной и продлятся около двух лет.",
            "На территории площадью почти двенадцать гектаров планируют разбить аллеи, построить детские "
            "площадки, велосипедные дорожки и открытую сцену для концертов. Часть старых цехов сохранят и "
            "превратят в выставочные залы.",
            "Жители соседних домов давно жаловались на пустырь, где по вечерам собирались подростки и "
            "сжигали мусор. Несколько лет назад они даже собирали подписи с просьбой снести полуразрушенные "
            "здания.",
            "По словам главного архитектора города Андрея Соколова, проект обсуждали на трёх общественных "
            "слушаниях. Горожане попросили добавить площадку для выгула собак и больше скамеек в тени.",
            "Стоимость работ оценивается в восемьсот миллионов рублей. Деньги выделят из городского бюджета "
            "и из федеральной программы по благоустройству.",
            "Экологи предупреждают, что сначала необходимо очистить почву, загрязнённую за десятилетия работы "
            "завода. Власти обещают провести анализы и вывезти заражённый грунт до начала посадки деревьев.",
            "Первую очередь парка, включая набережную, планируют открыть уже к следующему Дню города.",
        ],
        "heads": ["Что построят", "Мнение жителей", "Сколько это стоит"],
        "headlines": [
            "На главной улице начался ремонт дороги",
            "Школьники заняли первое место на олимпиаде",
            "В выходные ожидается сильный снегопад",
            "Открылся новый бассейн в спальном районе",
            "Цены на проезд в автобусах вырастут",
            "Полиция ищет свидетелей аварии на мосту",
            "Городской театр представит три премьеры",
            "В поликлиниках начали запись к врачам онлайн",
            "Хоккейная команда вышла в плей-офф",
            "Где отметить Новый год в центре города",
        ],
        "authors": ["Ольга Смирнова", "Дмитрий Кузнецов", "Елена Попова"],
        "bio": "{name} работает корреспондентом отдела городских новостей и пишет о строительстве, транспорте "
               "и экологии.",
    },
}
