"""Article text of the wild text harness (`tests.generalisation_wild`), written for it in nine
languages: plain story paragraphs, and look-alikes, article sentences that resemble an artefact
(a quoted donation appeal, running prose opening with "Photo", a story about PHP dumps, a quoted
"Reply"). Both must stay in the body unchanged. Nothing here is taken from a benchmark page.
"""
from __future__ import annotations

ARTICLE = {
    "en": ["The regional water authority said on Tuesday that reservoir levels had fallen to their lowest point "
           "since records began, and asked households in the valley to cut their use by a fifth until the autumn.",
           "Engineers who inspected the dam last month found no structural damage, but they warned that the "
           "spillway gates would need new seals before the winter rains, a repair estimated at four million pounds.",
           "Farmers in the lower valley have already switched to night irrigation, and several orchards have "
           "stopped watering their older trees altogether to save the young ones, according to the growers' union.",
           "The authority plans to publish weekly figures on its website and will review the restrictions at the "
           "end of September, when the first autumn forecasts are available.",
           "Opposition councillors accused the board of ignoring warnings made two years ago, when a report "
           "recommended a second pipeline from the northern lakes that was never built."],
    "de": ["Der Stadtrat hat am Dienstagabend nach mehr als vier Stunden Debatte beschlossen, die alte "
           "Straßenbahnlinie durch die Innenstadt bis zum Hauptbahnhof zu verlängern.",
           "Die Kosten für den Ausbau werden auf rund 86 Millionen Euro geschätzt, von denen das Land nach "
           "Angaben des Verkehrsministeriums etwa zwei Drittel übernehmen will.",
           "Anwohner der Goethestraße hatten sich lange gegen die Pläne gewehrt, weil sie während der Bauzeit "
           "Lärm und den Wegfall von Parkplätzen befürchten.",
           "Die ersten Bagger sollen im kommenden Frühjahr anrollen, die Eröffnung der neuen Strecke ist für "
           "den Herbst 2027 geplant, wie die Verkehrsbetriebe mitteilten.",
           "Kritik kam vor allem von der Opposition, die eine Buslinie für günstiger und schneller umsetzbar hält."],
    "fr": ["La préfecture a annoncé mercredi la fermeture temporaire de la plage principale après la découverte "
           "d'une pollution aux hydrocarbures sur près de deux kilomètres de littoral.",
           "Selon les premiers prélèvements, la nappe proviendrait d'un cargo qui a dégazé au large pendant la "
           "nuit, une pratique interdite qui reste pourtant fréquente dans la région.",
           "Des dizaines de bénévoles se sont rassemblés dès l'aube pour ramasser les galettes de fioul, encadrés "
           "par les agents de la commune et les pompiers.",
           "Le maire a déposé plainte contre X et demande que l'État prenne en charge le coût du nettoyage, estimé "
           "à plusieurs centaines de milliers d'euros.",
           "Les restaurateurs du front de mer craignent une saison gâchée, alors que les réservations étaient en "
           "hausse par rapport à l'an dernier."],
    "es": ["El Ayuntamiento aprobó este jueves un plan para plantar más de 20.000 árboles en los barrios del sur "
           "de la ciudad antes de que termine la legislatura.",
           "La concejala de Medio Ambiente explicó que la medida busca reducir la temperatura de las calles en "
           "verano, cuando el asfalto llega a superar los sesenta grados.",
           "Los vecinos podrán proponer nuevas ubicaciones a través de una consulta abierta durante el mes de "
           "octubre, y los técnicos municipales decidirán qué especies se plantan en cada zona.",
           "La oposición criticó que el proyecto no incluya un presupuesto para el riego y el mantenimiento de "
           "los árboles durante los primeros años.",
           "Los primeros ejemplares se plantarán en noviembre en los parques junto al río, según el calendario "
           "presentado en el pleno."],
    "it": ["La Regione ha stanziato ieri 12 milioni di euro per la messa in sicurezza delle scuole dei comuni "
           "colpiti dal terremoto della scorsa primavera.",
           "I fondi serviranno soprattutto a rinforzare le strutture degli edifici costruiti prima degli anni "
           "Settanta, che secondo i tecnici sono i più vulnerabili.",
           "Molti genitori chiedono da mesi di sapere quando i loro figli potranno tornare nelle aule, dopo un "
           "anno trascorso nei moduli prefabbricati.",
           "L'assessore all'istruzione ha promesso che i primi cantieri apriranno entro gennaio e che i lavori "
           "saranno completati prima dell'inizio del prossimo anno scolastico.",
           "I sindacati della scuola hanno accolto con favore lo stanziamento, ma ricordano che mancano ancora "
           "insegnanti di sostegno in quasi tutta la provincia."],
    "pt": ["A câmara municipal anunciou esta segunda-feira que vai reabrir o antigo mercado do peixe como "
           "espaço cultural, depois de quase dez anos de portas fechadas.",
           "As obras de recuperação custaram cerca de 3,5 milhões de euros e foram financiadas em grande parte "
           "por fundos europeus, segundo o vereador da cultura.",
           "O edifício vai acolher exposições, concertos e uma feira de produtores locais ao fim de semana, com "
           "entrada gratuita durante o primeiro mês.",
           "Os antigos vendedores do mercado foram convidados para a inauguração e alguns vão voltar a ocupar "
           "bancas no piso térreo.",
           "Nem todos concordam com o projeto: uma associação de moradores critica a falta de estacionamento e "
           "teme o ruído dos concertos à noite."],
    "nl": ["De gemeente heeft dinsdag besloten om de oude brug over het kanaal volgend jaar te vervangen door "
           "een bredere brug met aparte fietspaden.",
           "De huidige brug uit 1962 vertoont volgens een onderzoek van vorig jaar scheuren in de pijlers en mag "
           "al maanden niet meer door vrachtwagens worden gebruikt.",
           "Tijdens de bouw komt er een tijdelijke pontverbinding voor fietsers en voetgangers, terwijl het "
           "autoverkeer via de ringweg wordt omgeleid.",
           "Ondernemers in het centrum maken zich zorgen over de bereikbaarheid van hun winkels in de drukke "
           "maanden voor de feestdagen.",
           "De wethouder verwacht dat de nieuwe brug in het voorjaar van 2027 open kan, als de aanbesteding "
           "zonder vertraging verloopt."],
    "ru": ["Городские власти в среду объявили о начале ремонта главного моста через реку, который продлится "
           "около полутора лет и обойдётся бюджету в два миллиарда рублей.",
           "По словам главы транспортного департамента, движение по мосту будет частично сохранено, но "
           "автобусные маршруты придётся изменить уже с понедельника.",
           "Жители левого берега опасаются огромных пробок в часы пик и просят пустить дополнительные "
           "электрички до центра города.",
           "Последний капитальный ремонт моста проводился более тридцати лет назад, и специалисты давно "
           "предупреждали о плохом состоянии его опор.",
           "Подрядчик обещает закончить основные работы до наступления зимы следующего года."],
    "pl": ["Rada miasta zdecydowała we wtorek o budowie nowej linii tramwajowej, która połączy dworzec główny "
           "z osiedlami na północy miasta.",
           "Koszt inwestycji szacuje się na około 400 milionów złotych, z czego większość ma pochodzić z "
           "funduszy unijnych, poinformował prezydent miasta.",
           "Mieszkańcy ulicy Ogrodowej obawiają się hałasu i wycinki drzew, dlatego złożyli petycję z ponad "
           "dwoma tysiącami podpisów.",
           "Pierwsze prace mają ruszyć wiosną przyszłego roku, a tramwaje pojadą nową trasą najpóźniej w 2028 "
           "roku.",
           "Radni opozycji pytali, dlaczego miasto nie rozważyło tańszej linii autobusowej na tej samej trasie."],
}

LOOKALIKES = {
    "en": ["Photographs taken by the crew show the hull split in two, the coastguard said in a statement on Friday.",
           "“Please donate whatever you can,” the food bank's director said, adding that gifts of £5 or £10 had "
           "kept the shelves full through the winter.",
           "The developer showed how var_dump($order) printed array(2) with the type and length of every field, "
           "which helped the team find the bug in a single afternoon.",
           "Reply to the letter within 30 days, the tax office wrote, but most residents said they never received it.",
           "Follow the river north for two miles and you reach the village where the festival began in 1952."],
    "de": ["Foto für Foto dokumentierte die Künstlerin den Abriss des alten Kinos, das sie als Kind jede Woche "
           "besucht hatte.",
           "„Jetzt spenden, bevor es zu spät ist“, stand auf den Plakaten, mit denen der Verein im Winter um Hilfe "
           "für die Obdachlosen gebeten hatte.",
           "Antworten auf diese Fragen erwartet der Ausschuss bis Ende des Monats vom Ministerium."],
    "fr": ["Photo après photo, le reporter a reconstitué la nuit de l'incendie à partir des images des habitants.",
           "« Faites un don, même petit », avait lancé l'association en décembre, récoltant finalement "
           "45 000 euros pour rénover le refuge.",
           "Répondre à toutes les demandes sera impossible avant l'été, a reconnu la directrice de la caisse."],
    "es": ["Foto a foto, la exposición repasa cinco décadas de vida en el barrio, desde las huelgas de los años "
           "setenta hasta las fiestas de hoy.",
           "«Dona lo que puedas», pedía el cartel de la parroquia, que recaudó 3.000 euros en una sola semana "
           "para las familias afectadas."],
    "it": ["Foto dopo foto, il fotografo ha raccontato la vita del porto in un libro presentato ieri in comune.",
           "«Sostieni la ricerca», recitava lo striscione dei volontari, che in due giorni hanno raccolto 8.000 "
           "euro per il laboratorio dell'ospedale."],
    "pt": ["Foto a foto, a exposição mostra a transformação da avenida ao longo de um século de história.",
           "«Doe o que puder», pedia o cartaz da associação, que juntou 4.000 euros num fim de semana para "
           "reconstruir a escola."],
    "nl": ["Foto na foto laat de tentoonstelling zien hoe de haven in vijftig jaar is veranderd.",
           "„Doneer nu, het kan nog”, riepen de vrijwilligers op de markt, waar ze in één middag 2.500 euro ophaalden "
           "voor de voedselbank."],
    "ru": ["Фото за фото волонтёры восстановили историю старого завода, который закрылся ещё в девяностые.",
           "«Поддержите приют, кто чем может», — просили волонтёры, и за неделю горожане собрали 150 000 рублей."],
    "pl": ["Zdjęcie po zdjęciu fotograf odtworzył historię kamienicy, którą rozebrano w latach siedemdziesiątych.",
           "„Wesprzyj schronisko”, apelowali wolontariusze, którzy w ciągu tygodnia zebrali 20 000 złotych na "
           "nowe boksy dla psów."],
}
