"""Article prose of the second blind page harness: German, French, Spanish, Italian, Polish, Dutch.

Written for this harness, not copied from any page nor from ``tests/page_blind_prose_*``.
Slots ({name}, {city}, {num}) are filled at random. Per language: ``sentences`` (news prose),
``heads`` (subheadings), ``short`` (one-line paragraphs that are article text), ``facts``
(list items), ``quotes`` (a quoted voice), ``updates`` (entries of a live ticker), ``names``, ``cities``.
"""
from __future__ import annotations

DE = {
    "sentences": [
        "Im Landkreis {city} sollen bis zum Jahresende {num} neue Ladesäulen für Elektroautos entstehen.",
        "Der Kreistag stimmte dem Vorhaben am Montagabend mit großer Mehrheit zu, nur die Freien Wähler enthielten sich.",
        "Finanziert wird der Ausbau zu einem Drittel aus Fördermitteln des Bundes, den Rest tragen die Stadtwerke.",
        "Landrätin {name} sprach von einem wichtigen Signal für die ländlichen Gemeinden, die bisher kaum versorgt seien.",
        "Bislang gibt es im gesamten Kreisgebiet nur {num} öffentlich zugängliche Ladepunkte, die meisten davon in der Kreisstadt.",
        "Vor allem Pendler hatten sich in einer Umfrage der Verwaltung mehr Lademöglichkeiten an Bahnhöfen gewünscht.",
        "Die ersten Standorte sollen noch vor den Sommerferien in Betrieb gehen, teilte ein Sprecher der Stadtwerke mit.",
        "Unklar ist noch, wie hoch der Preis pro Kilowattstunde an den neuen Säulen sein wird.",
        "Der Naturschutzbund warnte davor, für die Parkplätze zusätzliche Flächen zu versiegeln.",
        "Die Feuerwehr wurde am frühen Morgen zu einem Brand in einer Lagerhalle am Ortsrand von {city} gerufen.",
        "Als die ersten Einsatzkräfte eintrafen, schlugen bereits Flammen aus dem Dach der Halle.",
        "Verletzt wurde nach ersten Erkenntnissen niemand, der Sachschaden wird auf mehrere hunderttausend Euro geschätzt.",
        "Die Kriminalpolizei hat die Ermittlungen zur Brandursache aufgenommen und bittet Zeugen, sich zu melden.",
        "Anwohner wurden gebeten, wegen der starken Rauchentwicklung Fenster und Türen geschlossen zu halten.",
        "Der Sportverein aus {city} feierte am Wochenende sein hundertjähriges Bestehen mit einem großen Fest auf dem Vereinsgelände.",
        "Rund {num} Gäste kamen, darunter viele ehemalige Spielerinnen und Spieler aus allen Jahrzehnten.",
    ],
    "heads": ["Förderung vom Bund", "Was Anwohner wissen müssen", "Die Ermittlungen laufen", "Blick in die Zukunft", "Offene Fragen"],
    "short": ["Das Ziel ist ehrgeizig.", "Niemand wurde verletzt.", "Die Zeit drängt.", "So weit die Theorie."],
    "facts": ["Ladepunkte bisher: {num}", "Fördersumme: rund {num}000 Euro", "Fertigstellung: Ende des Jahres", "Zuständig: Stadtwerke {city}"],
    "quotes": ["„Wir dürfen die Dörfer nicht abhängen“, sagte {name} vor dem Kreistag.", "„Das war knapp, sehr knapp“, sagte ein Feuerwehrmann."],
    "updates": ["Die Polizei hat die Straße zwischen {city} und dem Gewerbegebiet vollständig gesperrt.",
                "Nach Angaben der Feuerwehr ist das Feuer inzwischen unter Kontrolle.",
                "Der Bürgermeister ist am Einsatzort eingetroffen und hat sich ein Bild von der Lage gemacht.",
                "Die Warnung für die Bevölkerung wurde aufgehoben, die Fenster können wieder geöffnet werden."],
    "names": ["Katrin Meier", "Stefan Braun", "Ulrike Vogel", "Markus Schulte", "Birgit Hahn"],
    "cities": ["Ravensburg", "Neumarkt", "Eschwege", "Coburg", "Meppen", "Waren"],
}

FR = {
    "sentences": [
        "La municipalité de {city} a annoncé la fermeture de la piscine olympique pendant au moins {num} jours pour travaux.",
        "Les nageurs des clubs locaux devront s'entraîner dans les bassins des communes voisines jusqu'à la rentrée.",
        "Selon l'adjoint aux sports, {name}, le chantier était devenu indispensable après la découverte de fissures.",
        "Le coût des réparations est estimé à {num} mille euros, une somme prise en charge en partie par la région.",
        "Les associations d'usagers regrettent de ne pas avoir été consultées avant la décision.",
        "Une réunion publique est prévue la semaine prochaine à la salle des fêtes pour répondre aux questions des habitants.",
        "Dans le même temps, la ville prévoit d'élargir les horaires de la piscine municipale du quartier nord.",
        "Les travaux devraient aussi permettre de réduire la consommation d'énergie du bâtiment d'environ un tiers.",
        "La préfecture a placé le département en vigilance orange en raison de fortes chaleurs attendues ce week-end.",
    ],
    "heads": ["Un chantier urgent", "Les clubs s'organisent", "Et après ?"],
    "short": ["La décision a surpris.", "Rien n'est encore signé."],
    "facts": ["Durée des travaux : {num} jours", "Budget : {num} mille euros", "Réouverture prévue : en septembre"],
    "quotes": ["« Nous n'avions pas le choix », a expliqué {name} aux journalistes."],
    "updates": ["Les pompiers ont évacué une dizaine de logements par précaution.",
                "La circulation reste perturbée sur le boulevard principal de {city}.",
                "Le maire tiendra un point presse en fin d'après-midi."],
    "names": ["Claire Dubois", "Julien Moreau", "Sophie Lefèvre", "Antoine Girard"],
    "cities": ["Angers", "Besançon", "Niort", "Colmar", "Valence"],
}

ES = {
    "sentences": [
        "El ayuntamiento de {city} aprobó este martes un plan para plantar {num} árboles en los barrios con menos sombra.",
        "La medida forma parte de la estrategia municipal contra las olas de calor, cada vez más frecuentes en la región.",
        "Según la concejala de Medio Ambiente, {name}, las primeras plantaciones comenzarán en otoño.",
        "Los vecinos podrán proponer calles y plazas a través de una consulta abierta durante todo el mes.",
        "La oposición criticó que el presupuesto no incluya el mantenimiento de los árboles durante los primeros años.",
        "Expertos en urbanismo recuerdan que un árbol adulto puede reducir varios grados la temperatura de una calle.",
        "El proyecto costará alrededor de {num} mil euros y se financiará en parte con fondos europeos.",
        "En verano pasado, la ciudad registró temperaturas superiores a los cuarenta grados durante once días seguidos.",
    ],
    "heads": ["Una ciudad más verde", "Las críticas de la oposición", "Próximos pasos"],
    "short": ["Nadie lo esperaba.", "La respuesta fue inmediata."],
    "facts": ["Árboles previstos: {num}", "Inicio: otoño", "Presupuesto: {num} mil euros"],
    "quotes": ["«Cada sombra cuenta en agosto», afirmó {name} durante el pleno."],
    "updates": ["Los bomberos trabajan ya en la zona afectada por el incendio.",
                "La carretera entre {city} y la costa permanece cortada.",
                "El alcalde ha pedido calma a los vecinos en un mensaje en redes."],
    "names": ["Lucía Fernández", "Javier Romero", "Carmen Navarro", "Diego Morales"],
    "cities": ["Albacete", "Logroño", "Cáceres", "Huesca", "Jaén"],
}

IT = {
    "sentences": [
        "Il consiglio comunale di {city} ha approvato ieri sera il nuovo piano per il traffico nel centro storico.",
        "Dal prossimo mese l'accesso alle auto sarà limitato nelle ore serali, tranne che per i residenti.",
        "L'assessore alla mobilità, {name}, ha spiegato che l'obiettivo è ridurre il rumore e l'inquinamento.",
        "I commercianti del centro temono invece un calo degli incassi e chiedono più parcheggi alle porte della città.",
        "Secondo i dati del comune, ogni giorno entrano nel centro circa {num} veicoli, molti dei quali in cerca di parcheggio.",
        "Il piano prevede anche nuove piste ciclabili e un servizio di bus navetta gratuito nei fine settimana.",
        "Una prima valutazione dei risultati è prevista dopo sei mesi di sperimentazione.",
        "Le associazioni ambientaliste hanno accolto la decisione con favore, pur chiedendo tempi più rapidi.",
    ],
    "heads": ["Le proteste dei negozianti", "Cosa cambia per i residenti", "I prossimi mesi"],
    "short": ["La partita è aperta.", "Il voto è stato unanime."],
    "facts": ["Veicoli al giorno: {num}", "Durata della prova: sei mesi", "Navetta: gratuita nel fine settimana"],
    "quotes": ["«Il centro deve tornare ai cittadini», ha detto {name}."],
    "updates": ["I vigili del fuoco sono al lavoro da questa mattina.",
                "Chiusa al traffico la strada provinciale verso {city}.",
                "Il sindaco ha convocato il comitato per l'emergenza."],
    "names": ["Giulia Ricci", "Marco Colombo", "Francesca Greco", "Luca Bruno"],
    "cities": ["Cremona", "Arezzo", "Lecce", "Rovigo", "Trento"],
}

PL = {
    "sentences": [
        "Rada miasta {city} zdecydowała w czwartek o budowie nowego mostu dla pieszych i rowerzystów.",
        "Przeprawa ma połączyć dwie dzielnice, które dziś dzieli ruchliwa droga krajowa.",
        "Jak poinformował prezydent miasta {name}, prace ruszą najpóźniej wiosną przyszłego roku.",
        "Koszt inwestycji szacowany jest na {num} milionów złotych, z czego część pokryją fundusze unijne.",
        "Mieszkańcy od lat skarżyli się na brak bezpiecznego przejścia w tym miejscu.",
        "W ubiegłym roku na tym odcinku drogi doszło do {num} wypadków z udziałem pieszych.",
        "Radni opozycji pytali, dlaczego projekt nie był wcześniej konsultowany z mieszkańcami.",
        "Urzędnicy zapewniają, że w czasie budowy ruch samochodowy nie zostanie całkowicie wstrzymany.",
    ],
    "heads": ["Bezpieczniej dla pieszych", "Pytania opozycji", "Co dalej"],
    "short": ["Decyzja zapadła.", "Na odpowiedź trzeba było czekać."],
    "facts": ["Koszt: {num} mln zł", "Początek prac: wiosna", "Długość mostu: około 120 metrów"],
    "quotes": ["„To inwestycja, na którą czekaliśmy latami” – powiedział {name}."],
    "updates": ["Strażacy nadal gaszą pożar hali magazynowej.",
                "Droga z {city} do centrum jest zablokowana.",
                "Wojewoda zwołał sztab kryzysowy."],
    "names": ["Anna Kowalczyk", "Piotr Wiśniewski", "Magdalena Zając", "Tomasz Lewandowski"],
    "cities": ["Opole", "Rzeszów", "Elbląg", "Płock", "Zamość"],
}

NL = {
    "sentences": [
        "De gemeente {city} gaat de komende twee jaar {num} nieuwe huurwoningen bouwen aan de rand van het centrum.",
        "Het plan werd dinsdagavond door de gemeenteraad aangenomen, na een lang en soms fel debat.",
        "Wethouder {name} noemde het besluit een belangrijke stap tegen de woningnood in de regio.",
        "Vooral jongeren en starters hebben moeite om in de stad een betaalbare woning te vinden.",
        "Omwonenden maken zich zorgen over extra verkeer en het verdwijnen van een stuk groen.",
        "De gemeente belooft dat er een nieuw park komt naast de woningen, met speelplaatsen voor kinderen.",
        "De eerste bewoners kunnen naar verwachting in het voorjaar van volgend jaar hun sleutel ophalen.",
        "Volgens de woningcorporatie staan er momenteel ruim {num} mensen op de wachtlijst.",
    ],
    "heads": ["Zorgen bij omwonenden", "Wat er gebouwd wordt", "De wachtlijst"],
    "short": ["Het debat duurde tot middernacht.", "De stemming was krap."],
    "facts": ["Aantal woningen: {num}", "Oplevering: voorjaar", "Huurprijs: vanaf 750 euro"],
    "quotes": ["‘We kunnen niet langer wachten’, zei {name} tijdens de vergadering."],
    "updates": ["De brandweer is met groot materieel ter plaatse.",
                "De weg tussen {city} en de snelweg is afgesloten.",
                "Er is een NL-Alert verstuurd naar de omgeving."],
    "names": ["Sanne de Vries", "Bram Jansen", "Eva Bakker", "Daan Visser"],
    "cities": ["Zwolle", "Leeuwarden", "Venlo", "Deventer", "Assen"],
}
