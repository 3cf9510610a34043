"""English, French, Spanish, Italian and Dutch prose of the tenth blind page harness (written for it), one story
and the page's furniture words per language, shaped as ``tests/page_blind10_prose_de.py``."""


def _lang(title, paras, heads, facts, comments, words):
    return {"stories": [{"title": title, "paras": paras, "heads": heads, "facts": facts, "comments": comments}],
            "words": words}


LATIN_A = {
    "en": _lang(
        "County ferry returns after a winter of repairs",
        ["The small car ferry that links the two halves of the county resumed service on Monday morning after "
         "four months in dry dock, to the relief of commuters who had faced a forty-minute detour by road.",
         "Engineers replaced both engines and the steering gear, which had failed twice last summer and left "
         "passengers stranded in the middle of the estuary for more than an hour.",
         "The council said the repairs cost just under two million pounds, most of it covered by a grant for "
         "rural transport. Fares will stay at last year's level until the end of March.",
         "Regular users were less impressed by the new timetable, which drops the last crossing of the evening. "
         "Nurses working late shifts at the hospital say they will now have to drive around the water.",
         "A spokesman for the operator said the late crossing could return in the summer if enough crew can be "
         "recruited, and that talks with the hospital about a shuttle were under way."],
        ["New engines and steering", "Late crossing dropped"],
        ["Crossing time: 9 minutes", "Vehicles per trip: 18", "First service: 1962"],
        [("harbourwatcher", "Good to have it back, but cutting the late boat is a real blow for shift workers."),
         ("Jen M.", "The detour added an hour to my day all winter. I will happily pay the fare again.")],
        {"related": "Related stories", "related_items": ["Bridge tolls to rise in April", "Bus route 14 cut back",
                                                         "Harbour wall repairs begin"],
         "facts": "Fact file", "continued": "Continued", "nav": ["Home", "News", "Sport", "Business", "Opinion"],
         "footer": "The Courier has served the coast since 1871 and is owned by a charitable trust that reinvests "
                   "every penny of profit in local reporting. We follow the Editors' Code of Practice and welcome "
                   "corrections from readers, which we publish promptly and openly on this page.",
         "overlay": "You appear to be using an ad blocker. Please consider switching it off so that we can keep "
                    "our local journalism free to read.",
         "comments": "Comments", "back": "Back to index", "paywall": "Subscribe to keep reading for 1 pound"}),
    "fr": _lang(
        "Le marché couvert rouvre ses portes après trois ans de travaux",
        ["Après trois années de chantier, le marché couvert du centre-ville a rouvert samedi matin. Une "
         "quarantaine de commerçants ont retrouvé leurs étals sous la charpente métallique entièrement restaurée.",
         "Les travaux ont coûté près de onze millions d'euros, financés pour moitié par la commune et pour le reste "
         "par la région et l'État au titre de la revitalisation des centres anciens.",
         "Les anciens commerçants avaient obtenu de revenir en priorité. Plusieurs jeunes producteurs de la "
         "vallée ont aussi obtenu une place, ce qui rajeunit sensiblement l'offre du marché.",
         "Les clients saluent la lumière et la propreté du nouveau bâtiment, mais certains regrettent la hausse "
         "des loyers des étals, qui se répercute selon eux sur les prix affichés.",
         "La mairie promet un bilan au bout de six mois et n'exclut pas d'ouvrir le marché un soir par semaine "
         "pendant l'été si la fréquentation le justifie."],
        ["Une charpente restaurée", "Des loyers en hausse"],
        ["Commerçants : 41", "Surface : 2 300 mètres carrés", "Construction : 1894"],
        [("Mireille", "Enfin ! Nous attendions cette réouverture depuis si longtemps, bravo aux artisans."),
         ("jpdu38", "Les prix ont pris vingt pour cent, ce n'est plus un marché populaire.")],
        {"related": "À lire aussi", "related_items": ["Le tramway prolongé jusqu'à la gare",
                                                      "Nouvelle piscine : le chantier démarre",
                                                      "Budget municipal adopté"],
         "facts": "Repères", "continued": "Suite", "nav": ["Accueil", "Actualité", "Sports", "Culture"],
         "footer": "Le Journal de la Vallée est édité par une société coopérative détenue par ses salariés et ses "
                   "lecteurs depuis 1946. Notre rédaction respecte la charte déontologique de la profession et "
                   "publie chaque rectification signalée par nos lecteurs dans les meilleurs délais.",
         "overlay": "Vous utilisez un bloqueur de publicité. Merci de le désactiver pour soutenir une information "
                    "locale indépendante.",
         "comments": "Commentaires", "back": "Retour au sommaire", "paywall": "Abonnez-vous pour lire la suite"}),
    "es": _lang(
        "El pueblo que recuperó su escuela rural",
        ["La escuela de este pueblo de la sierra volvió a abrir en septiembre con once alumnos, seis años después "
         "de que cerrara por falta de niños. La llegada de varias familias jóvenes lo ha hecho posible.",
         "La mayoría de los recién llegados trabaja a distancia y eligió el pueblo por el precio de la vivienda "
         "y la conexión de fibra que la diputación instaló hace dos años.",
         "El ayuntamiento rehabilitó el antiguo edificio con ayuda de fondos europeos. Las aulas comparten ahora "
         "espacio con una pequeña biblioteca abierta a todos los vecinos por las tardes.",
         "La maestra, que llegó desde la capital, reconoce que enseñar a niños de edades distintas en la misma "
         "aula exige otra forma de trabajar, pero asegura que los mayores ayudan mucho a los pequeños.",
         "El alcalde confía en que la escuela atraiga a más familias y ya negocia con la comunidad la apertura "
         "de un comedor para el próximo curso."],
        ["Teletrabajo y fibra", "Una maestra para todas las edades"],
        ["Alumnos: 11", "Habitantes: 214", "Año de cierre: 2017"],
        [("Lucía R.", "Qué alegría leer esto. Mi abuela estudió en esa misma escuela."),
         ("pepe_sierra", "Ojalá cunda el ejemplo en los pueblos de alrededor, que se están quedando vacíos.")],
        {"related": "Noticias relacionadas", "related_items": ["La diputación amplía la fibra óptica",
                                                               "Cierra la última tienda del valle",
                                                               "Nuevo autobús a la capital"],
         "facts": "Datos", "continued": "Continúa", "nav": ["Portada", "Provincia", "Deportes", "Opinión"],
         "footer": "El Diario de la Sierra es un periódico independiente fundado en 1978 y editado por una "
                   "sociedad de periodistas. Nuestra redacción se rige por un código ético público y corrige sus "
                   "errores de forma visible en cuanto los lectores nos los comunican.",
         "overlay": "Estás usando un bloqueador de anuncios. Desactívalo para ayudarnos a mantener el periodismo "
                    "local gratuito.",
         "comments": "Comentarios", "back": "Volver a la portada", "paywall": "Suscríbete para seguir leyendo"}),
    "it": _lang(
        "Il rifugio alpino riapre con l'energia del sole",
        ["Il rifugio sotto il passo ha riaperto sabato dopo un inverno di lavori che lo hanno reso quasi "
         "autonomo dal punto di vista energetico grazie a pannelli solari e a un nuovo accumulo.",
         "Fino all'anno scorso il generatore a gasolio funzionava per gran parte della giornata. Ora si accende "
         "soltanto nei giorni di maltempo prolungato, spiega il gestore Marco Pedrotti.",
         "I materiali sono stati portati in quota con l'elicottero in sei giornate di volo. Il costo complessivo "
         "supera i quattrocentomila euro, coperti in parte dalla provincia.",
         "Gli escursionisti trovano anche una cucina rinnovata e due camerate in più. Le prenotazioni per luglio "
         "e agosto sono già quasi al completo.",
         "Il club alpino spera di estendere il progetto ad altri cinque rifugi della valle entro i prossimi tre "
         "anni, se arriveranno i fondi promessi dalla regione."],
        ["Il generatore si spegne", "Nuove camerate"],
        ["Quota: 2.418 metri", "Posti letto: 46", "Apertura: da giugno a settembre"],
        [("alpinista_tn", "Ci sono stato domenica, il silenzio senza generatore è un'altra cosa."),
         ("Giulia", "Bel progetto, speriamo che gli altri rifugi seguano presto.")],
        {"related": "Leggi anche", "related_items": ["Nuovi sentieri sul versante nord", "Chiusa la strada del passo",
                                                     "Stagione record per le funivie"],
         "facts": "In breve", "continued": "Continua", "nav": ["Home", "Cronaca", "Sport", "Cultura"],
         "footer": "Il Giornale delle Valli è pubblicato da una cooperativa di giornalisti fondata nel 1952 e non "
                   "riceve finanziamenti da partiti politici. La redazione segue la carta dei doveri del "
                   "giornalista e pubblica tempestivamente ogni rettifica segnalata dai lettori.",
         "overlay": "Stai usando un blocco degli annunci. Disattivalo per sostenere l'informazione locale "
                    "indipendente.",
         "comments": "Commenti", "back": "Torna all'indice", "paywall": "Abbonati per continuare a leggere"}),
    "nl": _lang(
        "Dorpshuis draait voortaan op vrijwilligers",
        ["Het dorpshuis blijft open, maar voortaan zonder betaalde beheerder. Een groep van bijna veertig "
         "vrijwilligers neemt de bar, de schoonmaak en de verhuur van de zalen over.",
         "De gemeente had eerder aangekondigd de subsidie te halveren, waardoor het bestuur de beheerder niet "
         "langer kon betalen. Sluiting leek lange tijd onvermijdelijk.",
         "Na een drukbezochte bewonersavond meldden zich binnen een week genoeg mensen aan om een rooster te "
         "vullen. De oudste vrijwilliger is eenentachtig, de jongste zestien.",
         "De biljartclub, het koor en de peuterspeelzaal kunnen daardoor blijven. Het bestuur wil daarnaast vaker "
         "concerten en markten organiseren om extra inkomsten binnen te halen.",
         "Of het model houdbaar is, moet blijken. Het bestuur evalueert na een jaar en vraagt de gemeente om dan "
         "opnieuw naar de subsidie te kijken."],
        ["Subsidie gehalveerd", "Koor en biljartclub blijven"],
        ["Vrijwilligers: 38", "Gebouwd: 1973", "Verenigingen: 11"],
        [("Henk", "Mooi dat het dorp zo samen optrekt. Ik sta zelf op dinsdag achter de bar."),
         ("A. de Vries", "De gemeente zou zich moeten schamen dat het zover moest komen.")],
        {"related": "Meer over dit onderwerp", "related_items": ["Bibliotheek gaat vaker open",
                                                                 "Nieuwe fietsbrug bij de sluis",
                                                                 "Raad akkoord met begroting"],
         "facts": "Feiten", "continued": "Vervolg", "nav": ["Home", "Regio", "Sport", "Cultuur"],
         "footer": "Het Streekblad verschijnt sinds 1921 en is eigendom van een stichting die de onafhankelijkheid "
                   "van de redactie waarborgt. Wij werken volgens de richtlijnen van de Raad voor de Journalistiek "
                   "en herstellen fouten snel en zichtbaar zodra lezers ons daarop wijzen.",
         "overlay": "U gebruikt een advertentieblokker. Schakel die uit om onafhankelijke regionale journalistiek "
                    "te steunen.",
         "comments": "Reacties", "back": "Terug naar overzicht", "paywall": "Word abonnee om verder te lezen"}),
}
