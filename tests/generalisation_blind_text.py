"""Article text of the blind harness (tests/generalisation_blind.py), written for it without
reading the other harnesses' data: per language, titles, paragraphs, subheadings and
look-alikes (article sentences that speak of donations, comments, copyright or photos and
must stay in the body)."""
from __future__ import annotations

TITLES = {
    "en": ["Harbour Town Votes to Rebuild Its Old Ferry Pier", "Drought Forces Farmers to Sell Cattle Early"],
    "de": ["Stadtrat beschließt Umbau des alten Hafenbads", "Dürre zwingt Bauern zum frühen Verkauf ihrer Rinder"],
    "fr": ["La commune vote la reconstruction du vieux ponton", "La sécheresse pousse les éleveurs à vendre plus tôt"],
    "es": ["El pueblo aprueba reconstruir el viejo muelle", "La sequía obliga a los ganaderos a vender antes"],
    "pt": ["Vila aprova reconstrução do velho cais de barcos", "Seca obriga criadores a vender o gado mais cedo"],
    "it": ["Il comune approva la ricostruzione del vecchio molo", "La siccità costringe gli allevatori a vendere prima"],
    "pl": ["Rada miasta zgadza się na odbudowę starego mola", "Susza zmusza rolników do wcześniejszej sprzedaży bydła"],
}

SUBHEADINGS = {
    "en": ["What happens next", "A long dispute"],
    "de": ["Wie es weitergeht", "Ein langer Streit"],
    "fr": ["La suite du projet", "Un long différend"],
    "es": ["Lo que viene ahora", "Una larga disputa"],
    "pt": ["O que vem a seguir", "Uma longa disputa"],
    "it": ["Cosa succede ora", "Una lunga disputa"],
    "pl": ["Co dalej z projektem", "Długi spór"],
}

PARAGRAPHS = {
    "en": [
        "The town council voted seven to two on Tuesday evening to rebuild the ferry pier, which has been closed since a storm split its wooden deck two winters ago.",
        "Engineers estimate the work will take fourteen months and cost about 3.2 million euros, most of it covered by a regional fund for coastal repairs.",
        "Fishermen who moor their boats beside the pier said the closure had cost them customers, because day visitors now land at a harbour twenty kilometres to the south.",
        "\u201cWe have waited long enough,\u201d said Margaret Olsen, who runs a cafe at the end of the quay. \u201cPeople forget a place quickly once the boats stop coming.\u201d",
        "Two councillors voted against the plan, arguing that the money should first go to the sea wall, which flooded three streets during the same storm.",
        "Construction is due to begin in the spring, once the nesting season of the terns on the breakwater has ended.",
    ],
    "de": [
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, das seit vier Jahren geschlossene Hafenbad umzubauen und im übernächsten Sommer wieder zu öffnen.",
        "Die Kosten werden auf rund 5,8 Millionen Euro geschätzt, wovon das Land etwa die Hälfte aus einem Förderprogramm für kommunale Bäder übernehmen soll.",
        "Anwohner hatten über zwei Jahre hinweg Unterschriften gesammelt und mehrfach vor dem Rathaus für den Erhalt des Bades demonstriert.",
        "\u201eEndlich haben die Kinder im Viertel wieder einen Ort zum Schwimmen\u201c, sagte die Vorsitzende des örtlichen Schwimmvereins nach der Abstimmung.",
        "Kritik kam von der Opposition, die bemängelte, dass die laufenden Betriebskosten in der Planung noch nicht ausreichend berücksichtigt seien.",
        "Die Bauarbeiten sollen im kommenden Frühjahr beginnen, sobald die Ausschreibung abgeschlossen ist und die Aufträge vergeben sind.",
    ],
    "fr": [
        "Le conseil municipal a voté mardi soir la reconstruction du ponton, fermé depuis qu\u2019une tempête a brisé son plancher en bois il y a deux hivers.",
        "Les ingénieurs estiment que les travaux dureront quatorze mois et coûteront environ 3,2 millions d\u2019euros, financés en grande partie par la région.",
        "Les pêcheurs qui amarrent leurs bateaux près du ponton affirment avoir perdu des clients, les visiteurs débarquant désormais dans un port voisin.",
        "\u00ab Nous avons assez attendu \u00bb, a déclaré Marguerite Olivier, qui tient un café au bout du quai. \u00ab Les gens oublient vite un endroit quand les bateaux ne viennent plus. \u00bb",
        "Deux élus ont voté contre le projet, estimant que l\u2019argent devait d\u2019abord servir à renforcer la digue, qui avait laissé passer la mer lors de la même tempête.",
        "Le chantier doit commencer au printemps, après la saison de nidification des sternes installées sur le brise-lames.",
    ],
    "es": [
        "El pleno municipal aprobó el martes por la noche reconstruir el muelle, cerrado desde que un temporal partió su tablero de madera hace dos inviernos.",
        "Los ingenieros calculan que las obras durarán catorce meses y costarán unos 3,2 millones de euros, en su mayor parte financiados por la comunidad autónoma.",
        "Los pescadores que amarran sus barcas junto al muelle aseguran que el cierre les ha costado clientes, porque los visitantes desembarcan ahora en otro puerto.",
        "\u00abYa hemos esperado bastante\u00bb, dijo Margarita Ortega, que regenta un bar al final del paseo. \u00abLa gente olvida pronto un sitio cuando dejan de llegar los barcos\u00bb.",
        "Dos concejales votaron en contra al considerar que el dinero debía destinarse primero al dique, que dejó pasar el agua a tres calles durante el mismo temporal.",
        "Las obras comenzarán en primavera, cuando termine la época de anidación de los charranes que ocupan el rompeolas.",
    ],
    "pt": [
        "A assembleia municipal aprovou na terça-feira à noite a reconstrução do cais, fechado desde que uma tempestade partiu o seu tabuleiro de madeira há dois invernos.",
        "Os engenheiros estimam que a obra dure catorze meses e custe cerca de 3,2 milhões de euros, pagos em grande parte por um fundo regional.",
        "Os pescadores que atracam os barcos junto ao cais dizem que o encerramento lhes custou clientes, porque os visitantes desembarcam agora noutro porto.",
        "\u201cJá esperámos tempo demais\u201d, disse Margarida Oliveira, que tem um café no fim do passeio. \u201cAs pessoas esquecem depressa um lugar quando os barcos deixam de vir.\u201d",
        "Dois vereadores votaram contra, defendendo que o dinheiro devia ir primeiro para o paredão, que deixou a água entrar em três ruas durante a mesma tempestade.",
        "As obras devem começar na primavera, depois da época de nidificação das andorinhas-do-mar que ocupam o quebra-mar.",
    ],
    "it": [
        "Il consiglio comunale ha approvato martedì sera la ricostruzione del molo, chiuso da quando una mareggiata ne ha spezzato il tavolato di legno due inverni fa.",
        "Secondo i tecnici i lavori dureranno quattordici mesi e costeranno circa 3,2 milioni di euro, coperti in gran parte da un fondo regionale.",
        "I pescatori che ormeggiano le barche accanto al molo dicono che la chiusura ha fatto perdere loro clienti, perché i turisti ora sbarcano in un altro porto.",
        "\u00abAbbiamo aspettato abbastanza\u00bb, ha detto Margherita Orsini, che gestisce un bar in fondo alla banchina. \u00abLa gente dimentica in fretta un posto quando le barche non arrivano più\u00bb.",
        "Due consiglieri hanno votato contro, sostenendo che i soldi dovevano andare prima alla diga foranea, che durante la stessa mareggiata aveva allagato tre strade.",
        "Il cantiere dovrebbe aprire in primavera, finita la stagione di nidificazione delle sterne che occupano il frangiflutti.",
    ],
    "pl": [
        "Rada miasta zdecydowała we wtorek wieczorem o odbudowie mola, zamkniętego od czasu, gdy sztorm połamał jego drewniany pomost dwie zimy temu.",
        "Inżynierowie szacują, że prace potrwają czternaście miesięcy i będą kosztować około 13 milionów złotych, w większości z funduszu wojewódzkiego.",
        "Rybacy cumujący łodzie przy molo mówią, że zamknięcie odebrało im klientów, bo turyści przypływają teraz do portu położonego dwadzieścia kilometrów dalej.",
        "\u201eCzekaliśmy wystarczająco długo\u201d \u2013 powiedziała Małgorzata Olszewska, która prowadzi kawiarnię na końcu nabrzeża. \u201eLudzie szybko zapominają o miejscu, do którego nie przypływają statki\u201d.",
        "Dwóch radnych głosowało przeciw, przekonując, że pieniądze powinny najpierw trafić na wał przeciwpowodziowy, który podczas tego samego sztormu zalał trzy ulice.",
        "Budowa ma ruszyć wiosną, po zakończeniu okresu lęgowego rybitw gniazdujących na falochronie.",
    ],
}

# article sentences that speak of what the artefacts speak of: they stay
LOOK_ALIKES = {
    "en": ["Readers who wrote to the paper last month were split: some asked for a bigger pier, others for none at all.",
           "The fishermen's association said it would donate 5,000 euros and asked local businesses to help as well."],
    "de": ["Viele Leser hatten der Redaktion im vergangenen Monat geschrieben, manche wünschten sich ein größeres Becken.",
           "Der Förderverein kündigte an, 5.000 Euro zu spenden, und bat auch die örtlichen Betriebe um Unterstützung."],
    "fr": ["Les lecteurs qui ont écrit au journal le mois dernier étaient partagés sur la taille du futur ponton.",
           "L\u2019association des pêcheurs a promis de faire un don de 5 000 euros et appelle les commerçants à l\u2019imiter."],
    "es": ["Los lectores que escribieron al periódico el mes pasado estaban divididos sobre el tamaño del nuevo muelle.",
           "La cofradía de pescadores anunció que donará 5.000 euros y pidió ayuda también a los comercios del pueblo."],
    "pt": ["Os leitores que escreveram ao jornal no mês passado dividiram-se quanto ao tamanho do novo cais.",
           "A associação de pescadores anunciou que vai doar 5.000 euros e pediu ajuda também ao comércio local."],
    "it": ["I lettori che hanno scritto al giornale il mese scorso erano divisi sulla lunghezza del nuovo molo.",
           "L\u2019associazione dei pescatori ha annunciato che donerà 5.000 euro e ha chiesto aiuto anche ai negozianti."],
    "pl": ["Czytelnicy, którzy pisali do redakcji w zeszłym miesiącu, byli podzieleni co do długości nowego mola.",
           "Stowarzyszenie rybaków zapowiedziało, że przekaże 5 tysięcy złotych, i poprosiło o pomoc lokalne firmy."],
}

# comment texts (readers' words), per language
COMMENTS = {
    "en": ["About time. My grandfather fished off that pier every Sunday.", "Fix the sea wall first, the pier can wait.",
           "Fourteen months? They said the same about the library.", "Good news for the cafes on the quay."],
    "de": ["Wurde auch Zeit, wir sind als Kinder jeden Sommer dort geschwommen.", "Erst die Betriebskosten klären, dann bauen.",
           "Fünf Millionen für ein Bad, und die Schule fällt auseinander.", "Schöne Nachricht für das ganze Viertel."],
    "fr": ["Enfin ! Mon grand-père pêchait là tous les dimanches.", "Il faudrait d\u2019abord réparer la digue.",
           "Quatorze mois ? On nous avait dit pareil pour la médiathèque.", "Bonne nouvelle pour les cafés du port."],
    "es": ["Ya era hora, mi abuelo pescaba allí todos los domingos.", "Primero el dique, el muelle puede esperar.",
           "¿Catorce meses? Lo mismo dijeron de la biblioteca.", "Buena noticia para los bares del paseo."],
    "pt": ["Até que enfim, o meu avô pescava ali todos os domingos.", "Primeiro o paredão, o cais pode esperar.",
           "Catorze meses? Disseram o mesmo da biblioteca.", "Boa notícia para os cafés do passeio."],
    "it": ["Era ora, mio nonno pescava lì ogni domenica.", "Prima la diga, il molo può aspettare.",
           "Quattordici mesi? Lo stesso dissero della biblioteca.", "Bella notizia per i bar della banchina."],
    "pl": ["Najwyższy czas, mój dziadek łowił tam ryby w każdą niedzielę.", "Najpierw wał, molo może poczekać.",
           "Czternaście miesięcy? To samo mówili o bibliotece.", "Dobra wiadomość dla kawiarni na nabrzeżu."],
}

NAMES = ["Harold Finch", "marta_k", "Jean-Luc P.", "Oskar1975", "Lucía Marín", "tomasz.w", "Bea Costa", "Renzo"]
RELATED = {
    "en": ["Storm Damage Bill Tops Ten Million", "Ferry Operator Cuts Winter Timetable", "Terns Return to Breakwater"],
    "de": ["Sturmschäden kosten zehn Millionen", "Fähre streicht Winterfahrten", "Neues Freibad im Norden eröffnet"],
    "fr": ["La tempête a coûté dix millions", "Le bac réduit ses horaires d\u2019hiver", "Les sternes reviennent au port"],
    "es": ["El temporal deja daños millonarios", "La naviera recorta horarios en invierno", "Vuelven los charranes"],
    "pt": ["Tempestade causa prejuízos milionários", "Ferry reduz horários no inverno", "Andorinhas-do-mar regressam"],
    "it": ["La mareggiata costa dieci milioni", "Il traghetto taglia le corse invernali", "Tornano le sterne al porto"],
    "pl": ["Sztorm kosztował dziesięć milionów", "Prom ogranicza zimowe kursy", "Rybitwy wracają na falochron"],
}
