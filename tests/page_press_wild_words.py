"""Words of tests/page_press_wild.py: article blocks of news pages that use the words and shapes
of press furniture as prose, in each language of the harness. Written for the harness, apart
from cleaners/lang on purpose; no real site, article or benchmark page is quoted."""
from __future__ import annotations

# read: a paragraph that opens with "read also" and goes on as a sentence (no link)
# quote: a one-line quote standing alone; more: a subheading "more on <topic>" and the prose under it
# facts: a sentence introducing a numbered list, and its items (facts, not links)
# interview: (question, answer) pairs, one answer a single word
# link: a paragraph that is one link holding a whole sentence
# table: a caption sentence, the header row and the rows of a results table
W = {
    "en": dict(
        read="Read also what the water board wrote to tenants on Friday: heating costs are to rise by almost a third "
             "this winter, mostly for homes with storage heaters.",
        quote="\"We are not giving up.\"",
        more=("More on energy", "The regional grid operator expects the new storage plant to cover the evening peak "
              "from next autumn, when the second turbine hall is connected."),
        facts=("Three things change for commuters from Monday:",
               ["Trains on the coast line run every twenty minutes instead of every half hour.",
                "Season tickets bought before March stay valid until their end date.",
                "Bicycles travel free outside the morning rush."]),
        interview=[("Ms Berger, would you run for mayor again?", "No."),
                   ("Why not?", "Twelve years are enough; the town needs people who see it with fresh eyes.")],
        link="The council decided on Monday to extend tram line 7 to the main station, with building work to start "
             "in the spring and last about two years.",
        table=("The results in the city district:", ["Party", "Votes", "Seats"],
               [["Greens", "31.4 %", "12"], ["Social Democrats", "24.9 %", "9"], ["Liberals", "8.2 %", "3"]])),
    "de": dict(
        read="Lesen Sie auch, was die Stadtwerke am Freitag an die Mieter geschrieben haben: Die Heizkosten sollen im "
             "Winter um fast ein Drittel steigen, vor allem in Wohnungen mit Nachtspeicherheizung.",
        quote="„Wir geben nicht auf.“",
        more=("Mehr zum Thema Energie", "Der regionale Netzbetreiber rechnet damit, dass der neue Speicher ab dem "
              "kommenden Herbst die Abendspitze abdeckt, sobald die zweite Turbinenhalle angeschlossen ist."),
        facts=("Für Pendler ändern sich ab Montag drei Dinge:",
               ["Die Züge auf der Küstenstrecke fahren alle zwanzig statt alle dreißig Minuten.",
                "Vor März gekaufte Monatskarten bleiben bis zu ihrem Ablaufdatum gültig.",
                "Fahrräder fahren außerhalb des Berufsverkehrs kostenlos mit."]),
        interview=[("Frau Berger, würden Sie noch einmal als Bürgermeisterin kandidieren?", "Nein."),
                   ("Warum nicht?", "Zwölf Jahre sind genug, die Stadt braucht Leute, die sie mit frischem Blick "
                                    "sehen.")],
        link="Der Stadtrat hat am Montag beschlossen, die Straßenbahnlinie 7 bis zum Hauptbahnhof zu verlängern, die "
             "Bauarbeiten sollen im Frühjahr beginnen und rund zwei Jahre dauern.",
        table=("Die Ergebnisse im Stadtbezirk:", ["Partei", "Stimmen", "Sitze"],
               [["Grüne", "31,4 %", "12"], ["SPD", "24,9 %", "9"], ["FDP", "8,2 %", "3"]])),
    "fr": dict(
        read="Lisez aussi ce que la régie des eaux a écrit vendredi aux locataires : les frais de chauffage "
             "augmenteront de près d'un tiers cet hiver, surtout dans les logements chauffés à l'électricité.",
        quote="« Nous ne lâcherons rien. »",
        more=("Plus sur l'énergie", "Le gestionnaire du réseau régional compte sur la nouvelle centrale de stockage "
              "pour couvrir le pic du soir dès l'automne prochain, une fois la seconde halle raccordée."),
        facts=("Trois choses changent pour les navetteurs dès lundi :",
               ["Les trains de la ligne côtière passent toutes les vingt minutes au lieu de toutes les demi-heures.",
                "Les abonnements achetés avant mars restent valables jusqu'à leur échéance.",
                "Les vélos voyagent gratuitement en dehors des heures de pointe du matin."]),
        interview=[("Madame Berger, seriez-vous de nouveau candidate à la mairie ?", "Non."),
                   ("Pourquoi ?", "Douze ans suffisent, la ville a besoin de gens qui la regardent d'un œil neuf.")],
        link="Le conseil municipal a décidé lundi de prolonger la ligne 7 du tramway jusqu'à la gare centrale, les "
             "travaux devant commencer au printemps et durer environ deux ans.",
        table=("Les résultats dans l'arrondissement :", ["Liste", "Voix", "Sièges"],
               [["Écologistes", "31,4 %", "12"], ["Socialistes", "24,9 %", "9"], ["Centristes", "8,2 %", "3"]])),
    "es": dict(
        read="Lea también lo que la empresa de aguas escribió el viernes a los inquilinos: la calefacción subirá casi "
             "un tercio este invierno, sobre todo en los pisos con acumuladores eléctricos.",
        quote="«No vamos a rendirnos».",
        more=("Más sobre energía", "El operador de la red regional espera que la nueva central de almacenamiento "
              "cubra el pico de la tarde a partir del próximo otoño, cuando se conecte la segunda nave."),
        facts=("Para quienes viajan a diario cambian tres cosas desde el lunes:",
               ["Los trenes de la línea de la costa pasan cada veinte minutos en lugar de cada media hora.",
                "Los abonos comprados antes de marzo siguen valiendo hasta su fecha de caducidad.",
                "Las bicicletas viajan gratis fuera de la hora punta de la mañana."]),
        interview=[("Señora Berger, ¿volvería a presentarse a la alcaldía?", "No."),
                   ("¿Por qué?", "Doce años son suficientes; la ciudad necesita gente que la mire con ojos nuevos.")],
        link="El pleno decidió el lunes prolongar la línea 7 del tranvía hasta la estación central; las obras "
             "empezarán en primavera y durarán unos dos años.",
        table=("Los resultados en el distrito:", ["Partido", "Votos", "Escaños"],
               [["Verdes", "31,4 %", "12"], ["Socialistas", "24,9 %", "9"], ["Liberales", "8,2 %", "3"]])),
    "it": dict(
        read="Leggete anche cosa ha scritto venerdì l'azienda idrica agli inquilini: il riscaldamento costerà quasi "
             "un terzo in più quest'inverno, soprattutto nelle case con stufe ad accumulo.",
        quote="«Non ci arrendiamo.»",
        more=("Di più sull'energia", "Il gestore della rete regionale conta sul nuovo impianto di accumulo per "
              "coprire il picco serale dal prossimo autunno, quando sarà collegata la seconda sala turbine."),
        facts=("Per i pendolari da lunedì cambiano tre cose:",
               ["I treni della linea costiera passano ogni venti minuti invece che ogni mezz'ora.",
                "Gli abbonamenti acquistati prima di marzo restano validi fino alla scadenza.",
                "Le biciclette viaggiano gratis fuori dall'ora di punta del mattino."]),
        interview=[("Signora Berger, si ricandiderebbe a sindaca?", "No."),
                   ("Perché?", "Dodici anni bastano, la città ha bisogno di persone che la guardino con occhi nuovi.")],
        link="Il consiglio comunale ha deciso lunedì di prolungare la linea 7 del tram fino alla stazione centrale, "
             "con lavori che inizieranno in primavera e dureranno circa due anni.",
        table=("I risultati nel municipio:", ["Lista", "Voti", "Seggi"],
               [["Verdi", "31,4 %", "12"], ["Democratici", "24,9 %", "9"], ["Liberali", "8,2 %", "3"]])),
    "pt": dict(
        read="Leia também o que a empresa das águas escreveu na sexta-feira aos inquilinos: o aquecimento vai ficar "
             "quase um terço mais caro neste inverno, sobretudo nas casas com acumuladores.",
        quote="«Não vamos desistir.»",
        more=("Mais sobre energia", "O operador da rede regional conta com a nova central de armazenamento para "
              "cobrir o pico da noite a partir do próximo outono, quando a segunda nave for ligada."),
        facts=("Para quem viaja todos os dias mudam três coisas a partir de segunda-feira:",
               ["Os comboios da linha da costa passam de vinte em vinte minutos em vez de meia em meia hora.",
                "Os passes comprados antes de março continuam válidos até ao fim do prazo.",
                "As bicicletas viajam de graça fora da hora de ponta da manhã."]),
        interview=[("Senhora Berger, voltaria a candidatar-se à câmara?", "Não."),
                   ("Porquê?", "Doze anos chegam; a cidade precisa de pessoas que a vejam com outros olhos.")],
        link="A câmara decidiu na segunda-feira prolongar a linha 7 do elétrico até à estação central, com obras a "
             "começar na primavera e a durar cerca de dois anos.",
        table=("Os resultados na freguesia:", ["Partido", "Votos", "Mandatos"],
               [["Verdes", "31,4 %", "12"], ["Socialistas", "24,9 %", "9"], ["Liberais", "8,2 %", "3"]])),
    "nl": dict(
        read="Lees ook wat het waterbedrijf vrijdag aan de huurders schreef: de stookkosten stijgen deze winter met "
             "bijna een derde, vooral in woningen met elektrische accumulatiekachels.",
        quote="\"We geven niet op.\"",
        more=("Meer over energie", "De regionale netbeheerder verwacht dat de nieuwe opslagcentrale vanaf volgend "
              "najaar de avondpiek opvangt, zodra de tweede turbinehal is aangesloten."),
        facts=("Voor forenzen veranderen vanaf maandag drie dingen:",
               ["Treinen op de kustlijn rijden elke twintig minuten in plaats van elk halfuur.",
                "Abonnementen die voor maart zijn gekocht blijven geldig tot hun einddatum.",
                "Fietsen reizen buiten de ochtendspits gratis mee."]),
        interview=[("Mevrouw Berger, zou u zich opnieuw kandidaat stellen als burgemeester?", "Nee."),
                   ("Waarom niet?", "Twaalf jaar is genoeg, de stad heeft mensen nodig die haar met frisse ogen "
                                    "bekijken.")],
        link="De gemeenteraad besloot maandag tramlijn 7 door te trekken naar het centraal station; de werkzaamheden "
             "beginnen in het voorjaar en duren ongeveer twee jaar.",
        table=("De uitslag in het stadsdeel:", ["Partij", "Stemmen", "Zetels"],
               [["Groenen", "31,4 %", "12"], ["Sociaaldemocraten", "24,9 %", "9"], ["Liberalen", "8,2 %", "3"]])),
    "ru": dict(
        read="Прочитайте также, что водоканал написал жильцам в пятницу: отопление этой зимой подорожает почти на "
             "треть, прежде всего в квартирах с электрическими накопительными печами.",
        quote="«Мы не сдадимся».",
        more=("Подробнее об энергетике", "Региональный оператор сети рассчитывает, что новая станция хранения "
              "покроет вечерний пик со следующей осени, когда подключат второй турбинный зал."),
        facts=("С понедельника для тех, кто ездит на работу, меняются три вещи:",
               ["Поезда на прибрежной линии ходят каждые двадцать минут вместо получаса.",
                "Проездные, купленные до марта, действуют до конца срока.",
                "Велосипеды вне утреннего часа пик перевозятся бесплатно."]),
        interview=[("Госпожа Бергер, вы бы снова пошли на выборы мэра?", "Нет."),
                   ("Почему?", "Двенадцати лет достаточно, городу нужны люди, которые посмотрят на него свежим "
                               "взглядом.")],
        link="Городской совет в понедельник решил продлить трамвайную линию 7 до центрального вокзала, работы "
             "начнутся весной и продлятся около двух лет.",
        table=("Итоги в районе:", ["Партия", "Голоса", "Места"],
               [["Зелёные", "31,4 %", "12"], ["Социал-демократы", "24,9 %", "9"], ["Либералы", "8,2 %", "3"]])),
    "pl": dict(
        read="Przeczytaj też, co wodociągi napisały w piątek do lokatorów: ogrzewanie zdrożeje tej zimy niemal o "
             "jedną trzecią, przede wszystkim w mieszkaniach z piecami akumulacyjnymi.",
        quote="„Nie poddamy się”.",
        more=("Więcej o energii", "Regionalny operator sieci liczy, że nowy magazyn energii od przyszłej jesieni "
              "pokryje wieczorny szczyt, gdy zostanie podłączona druga hala turbin."),
        facts=("Dla dojeżdżających od poniedziałku zmieniają się trzy rzeczy:",
               ["Pociągi na linii nadmorskiej kursują co dwadzieścia minut zamiast co pół godziny.",
                "Bilety miesięczne kupione przed marcem są ważne do końca okresu.",
                "Rowery poza poranną godziną szczytu jeżdżą za darmo."]),
        interview=[("Pani Berger, czy znów startowałaby pani na burmistrza?", "Nie."),
                   ("Dlaczego?", "Dwanaście lat wystarczy, miasto potrzebuje ludzi, którzy spojrzą na nie świeżym "
                                 "okiem.")],
        link="Rada miasta postanowiła w poniedziałek przedłużyć linię tramwajową nr 7 do dworca głównego, prace "
             "ruszą wiosną i potrwają około dwóch lat.",
        table=("Wyniki w dzielnicy:", ["Komitet", "Głosy", "Mandaty"],
               [["Zieloni", "31,4 %", "12"], ["Lewica", "24,9 %", "9"], ["Liberałowie", "8,2 %", "3"]])),
}

# furniture: the credit line of the agencies a story was written from ({a}: the language's agency,
# tests/page_press_words.AGENCIES), and one-word tool lines standing in a row between paragraphs
CREDIT = {"en": ["({a}/AP)", "With reporting from {a}"], "de": ["({a}/AFP/red)", "{a}/jsc", "mit Material von {a}"],
          "fr": ["(Avec {a})", "{a}, Reuters"], "es": ["({a})", "Con información de {a} y Europa Press"],
          "it": ["({a})", "Fonte: {a}"], "pt": ["Com {a}", "({a}/Reuters)"], "nl": ["({a}/Reuters)", "Bron: {a}"],
          "ru": ["По материалам {a}", "({a})"], "pl": ["Źródło: {a}", "({a}/AFP)"]}
TOOLS = {"en": ["Share", "Save", "Print"], "de": ["Teilen", "Merken", "Drucken"],
         "fr": ["Partager", "Imprimer", "Commenter"], "es": ["Compartir", "Imprimir", "Guardar"],
         "it": ["Condividi", "Stampa", "Commenta"], "pt": ["Partilhar", "Imprimir", "Guardar"],
         "nl": ["Delen", "Printen", "Bewaren"], "ru": ["Поделиться", "Печать", "Сохранить"],
         "pl": ["Udostępnij", "Drukuj", "Zapisz"]}
