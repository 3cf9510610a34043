"""Page furniture words of the third blind page harness (part one): German, French, Italian, Spanish, Dutch.

Written for this harness. Keys: ``nav``, ``home``, ``legal``, ``rights``, ``share``, ``ad``, ``photo``
(credit label), ``headlines`` (other stories), ``related`` (a related-stories heading), ``topics`` (a
related-topics heading); paywall: ``plus``, ``plus_offer``, ``plus_button``, ``plus_login``; pagination:
``page``, ``next``; old blog: ``posted`` ({name}, {time}), ``labels``, ``archive``, ``blogroll``, ``tagcloud``,
``comments`` ({n}), ``reply``, ``form`` (name, mail, website, submit), ``older``, ``newer``, ``remarks``
(comment texts); recipe: ``jump``, ``rating`` ({r}, {n}), ``nutrition``, ``nutri`` (four labels),
``prep``, ``servings``, ``print``, ``ing_head``, ``steps_head`` (these two are the recipe's own
subheadings: gold); press release: ``dateline`` ({city}, {date}), ``about`` ({company}), ``about_text``
({company}, {city}), ``contact``; feature: ``bio`` ({name}); explainer: ``refs``, ``ref`` (a reference
with {name} and {num}).
"""
from __future__ import annotations

DE = dict(
    nav=["Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"], home="Startseite",
    legal=["Impressum", "Datenschutz", "Cookie-Einstellungen", "Barrierefreiheit", "Kontakt"],
    rights="Alle Rechte vorbehalten.", share="Artikel teilen", ad="Anzeige", photo="Foto",
    headlines=["Neuer Radweg zwischen den Ortsteilen freigegeben", "Polizei sucht Zeugen nach Einbruch in Apotheke",
               "Freibad öffnet früher als geplant", "Kreistag streitet über Busfahrplan", "Traditionsgasthof findet neuen Pächter"],
    related="Weitere Artikel", topics="Mehr zum Thema",
    plus="Weiterlesen mit Plus", plus_offer="Alle Plus-Artikel lesen: 4 Wochen für 0,99 €, danach monatlich kündbar.",
    plus_button="Jetzt testen", plus_login="Bereits Abonnent? Hier anmelden",
    page="Seite", next="Nächste Seite",
    posted="Eingestellt von {name} um {time}", labels="Labels:", archive="Blog-Archiv", blogroll="Blogroll",
    tagcloud="Schlagwörter", comments="{n} Kommentare", reply="Hinterlasse einen Kommentar",
    form=["Name", "E-Mail (wird nicht veröffentlicht)", "Website", "Kommentar abschicken"],
    older="Ältere Posts", newer="Neuere Posts",
    remarks=["Toller Beitrag, vielen Dank fürs Teilen!", "Sehe ich genauso. Bei uns im Ort ist es ganz ähnlich."],
    jump="Zum Rezept springen", rating="{r} von 5 Sternen ({n} Bewertungen)", nutrition="Nährwerte pro Portion",
    nutri=["Kalorien", "Eiweiß", "Fett", "Kohlenhydrate"], prep="Zubereitungszeit", servings="Portionen",
    print="Rezept drucken", ing_head="Zutaten", steps_head="Zubereitung",
    dateline="{city} (ots) \u2013", about="Über {company}",
    about_text="Die {company} mit Sitz in {city} beschäftigt rund 1.200 Mitarbeitende an zwölf Standorten in Europa.",
    contact="Pressekontakt",
    bio="{name} ist Reporterin im Ressort Reportage und schreibt vor allem über den ländlichen Raum.",
    refs="Einzelnachweise", ref="{name} u. a.: Messreihe {num}. In: Zeitschrift für Geoforschung, 2025.",
)

FR = dict(
    nav=["Région", "Politique", "Économie", "Sports", "Culture"], home="Accueil",
    legal=["Mentions légales", "Politique de confidentialité", "Gérer les cookies", "Contact"],
    rights="Tous droits réservés.", share="Partager l'article", ad="Publicité", photo="Photo",
    headlines=["Une nouvelle piste cyclable inaugurée", "Cambriolage dans une pharmacie : appel à témoins",
               "La piscine rouvre plus tôt que prévu", "Le festival affiche complet"],
    related="À lire aussi", topics="Sur le même thème",
    plus="Cet article est réservé aux abonnés", plus_offer="Abonnez-vous : 1 € le premier mois, sans engagement.",
    plus_button="Je m'abonne", plus_login="Déjà abonné ? Se connecter",
    page="Page", next="Page suivante",
    posted="Publié par {name} à {time}", labels="Libellés :", archive="Archives du blog", blogroll="Blogs amis",
    tagcloud="Mots-clés", comments="{n} commentaires", reply="Laisser un commentaire",
    form=["Nom", "E-mail (ne sera pas publié)", "Site web", "Publier le commentaire"],
    older="Articles plus anciens", newer="Articles plus récents",
    remarks=["Merci pour ce bel article !", "Tout à fait d'accord avec vous."],
    jump="Aller à la recette", rating="{r} sur 5 ({n} avis)", nutrition="Valeurs nutritionnelles par portion",
    nutri=["Calories", "Protéines", "Lipides", "Glucides"], prep="Temps de préparation", servings="Portions",
    print="Imprimer la recette", ing_head="Ingrédients", steps_head="Préparation",
    dateline="{city}, le {date} \u2013", about="À propos de {company}",
    about_text="{company}, dont le siège est à {city}, emploie 3 000 personnes dans 15 pays.",
    contact="Contact presse",
    bio="{name} est grand reporter et s'intéresse aux territoires ruraux.",
    refs="Références", ref="{name} et al., « Étude n° {num} », Revue d'écologie, 2025.",
)

IT = dict(
    nav=["Cronaca", "Politica", "Economia", "Sport", "Cultura"], home="Home",
    legal=["Note legali", "Privacy", "Preferenze cookie", "Contatti"],
    rights="Tutti i diritti riservati.", share="Condividi", ad="Pubblicità", photo="Foto",
    headlines=["Inaugurata la nuova pista ciclabile", "Furto in farmacia, si cercano testimoni",
               "La piscina riapre in anticipo", "Il festival fa il tutto esaurito"],
    related="Potrebbe interessarti", topics="Argomenti correlati",
    plus="Questo articolo è riservato agli abbonati", plus_offer="Abbonati a 1 euro al mese per i primi tre mesi.",
    plus_button="Abbonati ora", plus_login="Sei già abbonato? Accedi",
    page="Pagina", next="Pagina successiva",
    posted="Pubblicato da {name} alle {time}", labels="Etichette:", archive="Archivio blog", blogroll="Blog che seguo",
    tagcloud="Tag", comments="{n} commenti", reply="Lascia un commento",
    form=["Nome", "Email (non sarà pubblicata)", "Sito web", "Invia commento"],
    older="Post più vecchi", newer="Post più recenti",
    remarks=["Bellissimo post, grazie!", "Sono d'accordo, anche da noi è così."],
    jump="Vai alla ricetta", rating="{r} su 5 ({n} voti)", nutrition="Valori nutrizionali per porzione",
    nutri=["Calorie", "Proteine", "Grassi", "Carboidrati"], prep="Tempo di preparazione", servings="Porzioni",
    print="Stampa la ricetta", ing_head="Ingredienti", steps_head="Preparazione",
    dateline="{city}, {date} \u2013", about="Chi è {company}",
    about_text="{company}, con sede a {city}, conta 900 dipendenti e opera in 20 paesi.",
    contact="Contatti per la stampa",
    bio="{name} è giornalista e si occupa di ambiente e territorio.",
    refs="Bibliografia", ref="{name} et al., Studio {num}, Rivista di glaciologia, 2025.",
)

ES = dict(
    nav=["Local", "Política", "Economía", "Deportes", "Cultura"], home="Portada",
    legal=["Aviso legal", "Política de privacidad", "Configuración de cookies", "Contacto"],
    rights="Todos los derechos reservados.", share="Compartir", ad="Publicidad", photo="Foto",
    headlines=["Inaugurado el nuevo carril bici", "Robo en una farmacia del centro",
               "La piscina municipal abre antes", "El festival cuelga el cartel de completo"],
    related="Te puede interesar", topics="Temas relacionados",
    plus="Este contenido es exclusivo para suscriptores", plus_offer="Suscríbete por 1 euro el primer mes.",
    plus_button="Suscríbete", plus_login="¿Ya eres suscriptor? Inicia sesión",
    page="Página", next="Página siguiente",
    posted="Publicado por {name} a las {time}", labels="Etiquetas:", archive="Archivo del blog", blogroll="Blogs que sigo",
    tagcloud="Etiquetas", comments="{n} comentarios", reply="Deja un comentario",
    form=["Nombre", "Correo electrónico (no se publicará)", "Web", "Publicar comentario"],
    older="Entradas antiguas", newer="Entradas más recientes",
    remarks=["¡Qué buena entrada, gracias!", "Totalmente de acuerdo contigo."],
    jump="Ir a la receta", rating="{r} de 5 ({n} valoraciones)", nutrition="Información nutricional por ración",
    nutri=["Calorías", "Proteínas", "Grasas", "Hidratos"], prep="Tiempo de preparación", servings="Raciones",
    print="Imprimir receta", ing_head="Ingredientes", steps_head="Elaboración",
    dateline="{city}, {date} \u2013", about="Acerca de {company}",
    about_text="{company}, con sede en {city}, cuenta con 700 empleados en ocho países.",
    contact="Contacto de prensa",
    bio="{name} es periodista especializada en salud y ciencia.",
    refs="Referencias", ref="{name} et al. Estudio {num}. Revista de Medicina del Sueño, 2025.",
)

NL = dict(
    nav=["Regio", "Politiek", "Economie", "Sport", "Cultuur"], home="Home",
    legal=["Colofon", "Privacy", "Cookie-instellingen", "Contact"],
    rights="Alle rechten voorbehouden.", share="Delen", ad="Advertentie", photo="Foto",
    headlines=["Nieuw fietspad tussen de dorpen geopend", "Inbraak bij apotheek, politie zoekt getuigen",
               "Zwembad gaat eerder open", "Festival is uitverkocht"],
    related="Meer nieuws", topics="Gerelateerde onderwerpen",
    plus="Dit is een premium artikel", plus_offer="Lees onbeperkt voor 1 euro in de eerste maand.",
    plus_button="Word abonnee", plus_login="Al abonnee? Log in",
    page="Pagina", next="Volgende pagina",
    posted="Geplaatst door {name} om {time}", labels="Labels:", archive="Blogarchief", blogroll="Blogs die ik volg",
    tagcloud="Tags", comments="{n} reacties", reply="Laat een reactie achter",
    form=["Naam", "E-mail (wordt niet gepubliceerd)", "Website", "Reactie plaatsen"],
    older="Oudere berichten", newer="Nieuwere berichten",
    remarks=["Mooi stuk, bedankt!", "Helemaal mee eens."],
    jump="Naar het recept", rating="{r} van 5 ({n} beoordelingen)", nutrition="Voedingswaarde per portie",
    nutri=["Calorieën", "Eiwit", "Vet", "Koolhydraten"], prep="Bereidingstijd", servings="Porties",
    print="Recept afdrukken", ing_head="Ingrediënten", steps_head="Bereiding",
    dateline="{city}, {date} \u2013", about="Over {company}",
    about_text="{company} is gevestigd in {city} en heeft 450 medewerkers.",
    contact="Persinformatie",
    bio="{name} is verslaggever en schrijft over klimaat en water.",
    refs="Bronnen", ref="{name} e.a., Studie {num}, Tijdschrift voor Kustonderzoek, 2025.",
)
