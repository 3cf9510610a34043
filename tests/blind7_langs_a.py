"""Language data of the seventh blind harness (tests/generalisation_blind7.py), part A: English (the chrome of
mixed-language sites), German, French, Spanish, Italian. Written for the harness, not copied; the story (a small
town's railway station reopens after decades) is invented."""

LANGS_A = {
    "en": dict(
        title="Trains stop again in Kelby after thirty-one years",
        paras=["The first passenger train in three decades pulled into Kelby station at 6.42 on Sunday morning, "
               "greeted by a brass band and several hundred residents who had waited on the platform since dawn.",
               "The line was closed in 1994 when the freight yard shut down, and the station building served as a "
               "warehouse, then as a youth club, before the regional transport authority bought it back last year.",
               "Trains will now run every hour to the county town, a journey of twenty-six minutes that used to take "
               "nearly an hour by bus along the winding valley road.",
               "Shopkeepers hope the service will bring day visitors back to the old market square, while commuters "
               "asked for later evening departures so they can get home after a full shift."],
        related=["Bus companies fear losing passengers to the new line", "Old signal box becomes a museum",
                 "Valley road closed for repairs until spring"],
        names=["Ann Lee", "Marek Novak", "Jo Pereira"],
        comments=["Took my grandfather on the first train, he cried the whole way.",
                  "Great news, but one train an hour is not enough for shift workers.",
                  "Finally. The bus took forever in winter."],
        reply="Reply", likes="{n} likes", more="Show {n} more replies", ago="{n}h", years="{n} years ago",
        appeal="Independent local news needs your support. Chip in today.", raised="{a} of {b} raised",
        donate="Donate now", photo="Photo", image="Image", caption="The brass band plays as the first train arrives",
        city="KELBY", updated="Updated {n} hours ago", listen="Listen to this article",
        advert="Advertisement", cont="Continue reading below", keypts="Key points",
        summary=["A rail line closed since 1994 has reopened.", "Hourly trains now link the town to the county seat."],
        newsletter="Sign up for our free morning newsletter", poll="Would you use the new train service?",
        yes="Yes", no="No", votes="{n} votes", vote="Vote now",
        legal="© 2025 Valley Press Ltd. All rights reserved. This material may not be published, broadcast, "
              "rewritten or redistributed without permission.",
        cookie="We use cookies to improve your experience and to show you relevant advertising. [Accept all] [Settings]",
        read_more="Read more", refs="References", by="By", agency="Valley Press", cur="£{n}",
    ),
    "de": dict(
        title="Nach 31 Jahren halten in Kelbach wieder Züge",
        paras=["Der erste Personenzug seit drei Jahrzehnten rollte am Sonntag um 6.42 Uhr in den Bahnhof Kelbach ein, "
               "empfangen von einer Blaskapelle und mehreren hundert Einwohnern, die seit dem Morgengrauen gewartet hatten.",
               "Die Strecke war 1994 stillgelegt worden, als der Güterbahnhof schloss; das Empfangsgebäude diente danach "
               "als Lager und später als Jugendtreff, bis der Verkehrsverbund es im vergangenen Jahr zurückkaufte.",
               "Künftig fahren die Züge stündlich in die Kreisstadt, eine Fahrt von 26 Minuten, für die man mit dem Bus "
               "über die kurvige Talstraße bisher fast eine Stunde brauchte.",
               "Die Geschäftsleute am Marktplatz hoffen auf mehr Tagesgäste, während Pendler spätere Abendverbindungen "
               "fordern, damit sie nach einer vollen Schicht noch nach Hause kommen.",
               "Der Bürgermeister sprach von einem „Tag, auf den die ganze Region gewartet hat“, und kündigte an, dass "
               "auf dem alten Ladegleis bis zum Sommer ein Parkplatz für Fahrräder entstehen soll."],
        related=["Busunternehmen fürchten um ihre Fahrgäste", "Altes Stellwerk wird zum Museum",
                 "Talstraße bis zum Frühjahr gesperrt"],
        names=["Anna Lehmann", "Jürgen Wolf", "Sabine K."],
        comments=["Mit meinem Opa im ersten Zug gefahren, er hat die ganze Fahrt geweint.",
                  "Schön, aber ein Zug pro Stunde reicht für Schichtarbeiter nicht.",
                  "Endlich. Der Bus hat im Winter ewig gebraucht."],
        reply="Antworten", likes="{n} Gefällt mir", more="{n} weitere Antworten anzeigen", ago="vor {n} Std.",
        years="vor {n} Jahren", appeal="Unabhängiger Lokaljournalismus braucht Ihre Unterstützung.",
        raised="{a} von {b} gesammelt", donate="Jetzt spenden", photo="Foto", image="Bild",
        caption="Die Blaskapelle spielt bei der Ankunft des ersten Zuges", city="KELBACH",
        updated="Aktualisiert vor {n} Stunden", listen="Artikel anhören", advert="Anzeige",
        cont="Weiterlesen nach der Anzeige", keypts="Das Wichtigste in Kürze",
        summary=["Eine seit 1994 stillgelegte Bahnstrecke ist wieder in Betrieb.",
                 "Stündliche Züge verbinden den Ort mit der Kreisstadt."],
        newsletter="Melden Sie sich für unseren kostenlosen Newsletter an", poll="Würden Sie die neue Bahn nutzen?",
        yes="Ja", no="Nein", votes="{n} Stimmen", vote="Jetzt abstimmen",
        legal="© 2025 Talbote Verlag GmbH. Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung des Verlags.",
        cookie="Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten. [Alle akzeptieren] [Einstellungen]",
        read_more="Mehr lesen", refs="Verweise", by="Von", agency="dpa", cur="{n} €",
    ),
    "fr": dict(
        title="À Kelbourg, les trains s'arrêtent de nouveau après trente et un ans",
        paras=["Le premier train de voyageurs depuis trois décennies est entré en gare de Kelbourg dimanche à 6 h 42, "
               "accueilli par une fanfare et plusieurs centaines d'habitants présents sur le quai depuis l'aube.",
               "La ligne avait été fermée en 1994 avec la gare de marchandises, et le bâtiment a servi d'entrepôt puis "
               "de maison des jeunes avant d'être racheté l'an dernier par l'autorité régionale des transports.",
               "Les trains circuleront désormais toutes les heures vers la préfecture, un trajet de vingt-six minutes "
               "qui prenait presque une heure en car par la route sinueuse de la vallée.",
               "Les commerçants espèrent le retour des visiteurs sur la vieille place du marché, tandis que les "
               "navetteurs réclament des départs plus tardifs le soir pour rentrer après leur journée."],
        related=["Les autocaristes craignent de perdre des passagers", "L'ancien poste d'aiguillage devient un musée",
                 "La route de la vallée fermée jusqu'au printemps"],
        names=["Anne Lefèvre", "Karim B.", "Joëlle Martin"],
        comments=["J'ai emmené mon grand-père dans le premier train, il a pleuré tout le trajet.",
                  "Bonne nouvelle, mais un train par heure ne suffit pas pour ceux qui travaillent en équipe.",
                  "Enfin. Le car mettait une éternité en hiver."],
        reply="Répondre", likes="{n} J'aime", more="Afficher {n} autres réponses", ago="il y a {n} h",
        years="il y a {n} ans", appeal="L'information locale indépendante a besoin de vous. Soutenez-nous.",
        raised="{a} collectés sur {b}", donate="Je fais un don", photo="Photo", image="Image",
        caption="La fanfare joue à l'arrivée du premier train", city="KELBOURG",
        updated="Mis à jour il y a {n} heures", listen="Écouter cet article", advert="Publicité",
        cont="La suite après cette publicité", keypts="Les points clés",
        summary=["Une ligne fermée depuis 1994 a rouvert.", "Des trains horaires relient la ville à la préfecture."],
        newsletter="Inscrivez-vous à notre newsletter gratuite", poll="Prendrez-vous le nouveau train ?",
        yes="Oui", no="Non", votes="{n} votes", vote="Votez",
        legal="© 2025 Éditions de la Vallée. Tous droits réservés. Toute reproduction est interdite sans autorisation.",
        cookie="Nous utilisons des cookies pour améliorer votre expérience de navigation. [Tout accepter] [Paramétrer]",
        read_more="Lire la suite", refs="Références", by="Par", agency="AFP", cur="{n} €",
    ),
    "es": dict(
        title="Los trenes vuelven a parar en Quelba treinta y un años después",
        paras=["El primer tren de pasajeros en tres décadas llegó a la estación de Quelba el domingo a las 6.42, "
               "recibido por una banda de música y varios cientos de vecinos que esperaban en el andén desde el amanecer.",
               "La línea se cerró en 1994 junto con la estación de mercancías, y el edificio sirvió de almacén y luego "
               "de centro juvenil hasta que el consorcio regional de transporte lo recompró el año pasado.",
               "Los trenes circularán cada hora hasta la capital de la comarca, un trayecto de veintiséis minutos que "
               "en autobús por la carretera del valle llevaba casi una hora.",
               "Los comerciantes confían en que vuelvan los visitantes a la vieja plaza del mercado, mientras los "
               "trabajadores piden salidas más tardías para poder volver a casa después del turno."],
        related=["Las empresas de autobuses temen perder viajeros", "La antigua caseta de señales será un museo",
                 "La carretera del valle, cortada hasta la primavera"],
        names=["Ana López", "Jorge Ruiz", "Mari Carmen"],
        comments=["Llevé a mi abuelo en el primer tren y lloró todo el viaje.",
                  "Buena noticia, pero un tren por hora no basta para los que trabajamos por turnos.",
                  "Por fin. El autobús tardaba una eternidad en invierno."],
        reply="Responder", likes="{n} Me gusta", more="Ver {n} respuestas más", ago="hace {n} h",
        years="hace {n} años", appeal="El periodismo local independiente necesita tu apoyo. Colabora hoy.",
        raised="{a} recaudados de {b}", donate="Donar ahora", photo="Foto", image="Imagen",
        caption="La banda toca a la llegada del primer tren", city="QUELBA",
        updated="Actualizado hace {n} horas", listen="Escuchar este artículo", advert="Publicidad",
        cont="Sigue leyendo debajo", keypts="Claves",
        summary=["Una línea cerrada desde 1994 vuelve a funcionar.", "Habrá trenes cada hora hasta la capital comarcal."],
        newsletter="Suscríbete a nuestro boletín gratuito", poll="¿Usarás el nuevo tren?",
        yes="Sí", no="No", votes="{n} votos", vote="Vota ahora",
        legal="© 2025 Ediciones del Valle S.L. Todos los derechos reservados. Prohibida su reproducción total o parcial.",
        cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios. [Aceptar todo] [Configurar]",
        read_more="Leer más", refs="Referencias", by="Por", agency="EFE", cur="{n} €",
    ),
    "it": dict(
        title="A Chelbia tornano i treni dopo trentun anni",
        paras=["Il primo treno passeggeri da trent'anni è entrato nella stazione di Chelbia domenica alle 6.42, "
               "accolto da una banda e da alcune centinaia di abitanti che aspettavano sul binario dall'alba.",
               "La linea era stata chiusa nel 1994 insieme allo scalo merci, e il fabbricato era diventato un magazzino "
               "e poi un centro giovanile, finché l'agenzia regionale dei trasporti lo ha riacquistato l'anno scorso.",
               "I treni partiranno ogni ora per il capoluogo, un viaggio di ventisei minuti che in corriera lungo la "
               "strada tortuosa della valle richiedeva quasi un'ora.",
               "I negozianti sperano nel ritorno dei visitatori nella vecchia piazza del mercato, mentre i pendolari "
               "chiedono corse serali più tarde per rientrare dopo il turno."],
        related=["Le aziende di autobus temono di perdere passeggeri", "La vecchia cabina di segnalamento diventa museo",
                 "Strada della valle chiusa fino alla primavera"],
        names=["Anna Lombardi", "Giorgio R.", "Franca Bellini"],
        comments=["Ho portato mio nonno sul primo treno, ha pianto per tutto il viaggio.",
                  "Bella notizia, ma un treno all'ora non basta per chi fa i turni.",
                  "Finalmente. La corriera d'inverno ci metteva un'eternità."],
        reply="Rispondi", likes="{n} Mi piace", more="Mostra altre {n} risposte", ago="{n} ore fa",
        years="{n} anni fa", appeal="L'informazione locale indipendente ha bisogno di te. Sostienici.",
        raised="{a} raccolti su {b}", donate="Dona ora", photo="Foto", image="Immagine",
        caption="La banda suona all'arrivo del primo treno", city="CHELBIA",
        updated="Aggiornato {n} ore fa", listen="Ascolta l'articolo", advert="Pubblicità",
        cont="Continua a leggere dopo la pubblicità", keypts="In sintesi",
        summary=["Una linea chiusa dal 1994 è stata riaperta.", "Treni ogni ora collegano il paese al capoluogo."],
        newsletter="Iscriviti alla nostra newsletter gratuita", poll="Userai il nuovo treno?",
        yes="Sì", no="No", votes="{n} voti", vote="Vota ora",
        legal="© 2025 Edizioni della Valle Srl. Riproduzione riservata. È vietata la riproduzione anche parziale.",
        cookie="Questo sito utilizza cookie tecnici e di profilazione. [Accetta tutti] [Personalizza]",
        read_more="Leggi tutto", refs="Riferimenti", by="Di", agency="ANSA", cur="{n} €",
    ),
}
