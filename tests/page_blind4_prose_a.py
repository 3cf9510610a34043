"""Prose and page furniture of the fourth blind page harness: English, German, French.

Written for this harness; ``tests.page_blind4_words.parse`` reads the blocks (``## s`` sentences,
``## h`` subheadings, ``## hl`` headlines of other stories, ``## ing`` / ``## steps`` a recipe,
``## names`` people, ``## w`` furniture as ``key=text``).
"""
from tests.page_blind4_words import parse

EN = parse("""
## s
The old sea wall in Porthmellin was finished in 1898 and has been patched by hand ever since.
Last winter, three storms in eleven days pushed water over the promenade and into forty homes.
Engineers from the county council now say the wall can no longer be repaired in sections.
The new barrier will be built about six metres seaward of the old one, on a bed of granite blocks.
Work is due to start in March and should take two and a half years if the weather allows it.
Fishermen worry that the harbour mouth will be closed for weeks at a time during the busiest season.
"We have been promised a temporary channel, but nobody has shown us where it will go," said Tamsin Cole, who runs two boats.
The council has set aside 31 million pounds, most of it from a national coastal fund.
Shop owners along the front expect fewer visitors while cranes and fences line the beach.
Some of them have asked for a reduction in business rates until the work is finished.
A local history group is recording the names carved into the old stones before they are removed.
The oldest carving found so far reads "J. Penrose 1899" and sits just above the high-water mark.
Marine biologists will move the mussel beds at the foot of the wall to a quieter cove nearby.
Similar barriers have been built in two other towns along this coast over the past decade.
In both places, residents said the first summer after the work began was the hardest.
The council will hold an open meeting at the village hall on the first Thursday of next month.
Until then, the plans can be read in the library and on the council's planning portal.
Tamsin Cole says she will go to the meeting, but she does not expect to change many minds.
## h
Why now
What it will cost
The harbour in the meantime
Stones with names
What comes next
## hl
Ferry timetable cut for the winter months
Lifeboat crew rescues two kayakers off the point
New bus link to the station from April
School roof repairs delayed again
Fish market prices fall after a record catch
## names
Laura Pengelly
Mark Trevithick
## ing
500 g of mussels, scrubbed
2 shallots, finely chopped
1 glass of dry cider
2 tablespoons of double cream
a handful of flat-leaf parsley
## steps
Throw away any mussels that stay open when you tap them.
Soften the shallots in butter over a low heat for five minutes.
Add the cider and the mussels, cover the pan and cook for four minutes.
Stir in the cream and the parsley and serve at once with bread.
## w
by=By
read={n} min read
nav=Home|News|Sport|Business|Culture|Weather
cookie=We use cookies to improve your experience on our site and to show you relevant advertising.
accept=Accept all cookies
news_h=Get the morning briefing
news_t=The day's most important stories, delivered to your inbox every weekday at seven.
signup=Sign up
pay=Subscribe to keep reading. Your first month is free and you can cancel at any time.
ad=Advertisement
related=Related stories
most=Most read
share=Share this article
copy=Copy link
comments={n} comments
also=Read also
tags=Topics
photo=Photo
contents=Contents
refs=References
notes=Notes
edit=edit
keys=Location|Built|Length|Owner
ing_h=Ingredients
steps_h=Method
serves=Serves 4 · Prep 15 min · Cook 10 min
jump=Jump to recipe
rate={n} ratings
live=Live
updated=Updated {n} minutes ago
key=Key events
contact=Media contact
about=The County Council is responsible for roads, schools and coastal defences across the county.
release=For immediate release
helpful=Was this page helpful?
rights=All rights reserved.
follow=Follow us
top=Back to top
cite=Cite this post
bio={name} writes about the coast and the people who work on it.
thanks=Thanks for reading! Subscribe for free to receive new posts and support my work.
member=Member-only story
listen=Listen
source=Source
download=Download the data
counter=You are visitor number {n}
lastup=Last updated
""")

DE = parse("""
## s
Die Straßenbahnlinie nach Oberwiesen soll nach fast sechzig Jahren wieder in Betrieb gehen.
Im Jahr 1967 hatte der Stadtrat die Strecke stillgelegt, weil Busse damals billiger erschienen.
Heute pendeln jeden Morgen rund 9000 Menschen aus den Dörfern im Tal in die Stadt.
Die Busse stehen dabei regelmäßig im Stau vor der Brücke über die Lauter.
Nach den neuen Plänen soll die Bahn auf einer eigenen Trasse neben der Landstraße fahren.
Dafür müssen an drei Stellen Bäume gefällt und zwei kleine Brücken neu gebaut werden.
Der Naturschutzbund hat bereits angekündigt, die Pläne genau zu prüfen.
„Wir sind nicht gegen die Bahn, aber gegen eine Trasse mitten durch das Auwäldchen“, sagte Sprecherin Ilse Brandauer.
Die Stadtwerke rechnen mit Kosten von etwa 180 Millionen Euro für die gesamte Strecke.
Bund und Land würden nach den geltenden Regeln bis zu neunzig Prozent davon übernehmen.
In Oberwiesen selbst ist die Stimmung gespalten, wie eine Bürgerversammlung am Dienstag zeigte.
Viele ältere Bewohner erinnern sich noch an die grünen Wagen, die bis zum Dorfplatz fuhren.
Junge Familien hoffen vor allem auf einen Takt von zehn Minuten in den Hauptverkehrszeiten.
Einige Landwirte fürchten dagegen, dass ihre Felder durch die Trasse zerschnitten werden.
Die Planfeststellung soll im Herbst beginnen und wird voraussichtlich zwei Jahre dauern.
Frühestens 2031 könnten die ersten Fahrgäste einsteigen, schätzt der Projektleiter Jonas Feldkamp.
Bis dahin will die Stadt die Buslinie mit zusätzlichen Fahrten am Abend verstärken.
Ilse Brandauer kündigte an, dass ihr Verband eigene Vorschläge für die Trasse vorlegen wird.
## h
Eine lange Geschichte
Was die Strecke kostet
Streit um das Auwäldchen
Wie es weitergeht
## hl
Hallenbad bleibt bis Ostern geschlossen
Neue Radwege entlang der Lauter geplant
Stadtfest: Programm für das Wochenende steht
Grundschule bekommt einen zweiten Neubau
Wochenmarkt zieht auf den Rathausplatz um
## names
Katrin Wolters
Henrik Albers
## ing
500 g Kartoffeln, mehligkochend
2 Zwiebeln, fein gewürfelt
150 g Speckwürfel
200 ml Gemüsebrühe
1 Bund Schnittlauch
## steps
Die Kartoffeln schälen und in dünne Scheiben schneiden.
Zwiebeln und Speck in einer großen Pfanne goldbraun anbraten.
Die Kartoffeln dazugeben, mit Brühe ablöschen und zugedeckt zwanzig Minuten garen.
Mit Salz und Pfeffer abschmecken und mit Schnittlauch bestreut servieren.
## w
by=Von
read={n} Min. Lesezeit
nav=Startseite|Politik|Sport|Wirtschaft|Kultur|Wetter
cookie=Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis und personalisierte Werbung zu bieten.
accept=Alle akzeptieren
news_h=Der Newsletter am Morgen
news_t=Die wichtigsten Nachrichten aus der Region, jeden Werktag um sieben Uhr in Ihrem Postfach.
signup=Jetzt anmelden
pay=Weiterlesen mit Plus. Der erste Monat ist kostenlos und jederzeit kündbar.
ad=Anzeige
related=Mehr zum Thema
most=Meistgelesen
share=Artikel teilen
copy=Link kopieren
comments={n} Kommentare
also=Lesen Sie auch
tags=Themen
photo=Foto
contents=Inhaltsverzeichnis
refs=Literatur
notes=Anmerkungen
edit=Bearbeiten
keys=Ort|Eröffnet|Länge|Betreiber
ing_h=Zutaten
steps_h=Zubereitung
serves=Für 4 Personen · Vorbereitung 15 Min. · Garzeit 30 Min.
jump=Direkt zum Rezept
rate={n} Bewertungen
live=Live
updated=Aktualisiert vor {n} Minuten
key=Das Wichtigste in Kürze
contact=Pressekontakt
about=Die Stadtwerke versorgen die Region mit Strom, Wasser und öffentlichem Nahverkehr.
release=Pressemitteilung
helpful=War diese Seite hilfreich?
rights=Alle Rechte vorbehalten.
follow=Folgen Sie uns
top=Nach oben
cite=Diesen Beitrag zitieren
bio={name} berichtet über Verkehr und Stadtentwicklung im Tal.
thanks=Danke fürs Lesen! Abonnieren Sie kostenlos, um neue Beiträge zu erhalten.
member=Nur für Mitglieder
listen=Anhören
source=Quelle
download=Daten herunterladen
counter=Sie sind Besucher Nr. {n}
lastup=Zuletzt aktualisiert
""")

FR = parse("""
## s
La médiathèque de Saint-Aubin-sur-Loire rouvrira ses portes en septembre après deux ans de travaux.
Le bâtiment, une ancienne halle aux grains construite en 1872, menaçait de perdre sa charpente.
Les architectes ont choisi de garder les poutres d'origine et de les renforcer avec de l'acier.
Une grande verrière remplace désormais le toit de tuiles qui laissait passer la pluie.
La surface ouverte au public passe de 600 à près de 1100 mètres carrés.
Un étage entier sera consacré aux enfants, avec une salle de contes et un coin pour les bébés.
« Nous voulions un lieu où l'on vient sans raison précise, simplement pour s'asseoir », explique la directrice Anne-Laure Mercier.
Le chantier a coûté 7,4 millions d'euros, dont un tiers payé par la région.
Pendant les travaux, les livres ont été prêtés depuis un ancien magasin de chaussures du centre-ville.
Les bénévoles ont transporté plus de quarante mille ouvrages dans des caisses de déménagement.
Certains habitants regrettent toutefois la disparition du vieux parquet qui craquait sous les pas.
Une partie de ce parquet a été récupérée pour fabriquer les tables de la salle de lecture.
Les horaires seront élargis, avec une ouverture le dimanche matin pour la première fois.
La commune compte recruter deux personnes supplémentaires pour assurer ces nouvelles heures.
Un café associatif doit aussi s'installer au rez-de-chaussée, face au marché.
La fête d'inauguration est prévue le premier samedi de septembre, avec un concert sur le parvis.
Anne-Laure Mercier espère que les lecteurs perdus pendant les travaux reviendront rapidement.
Les inscriptions resteront gratuites pour tous les habitants de la communauté de communes.
## h
Une halle sauvée
Plus de place pour les enfants
Ce que les habitants en pensent
Les prochaines étapes
## hl
Le pont de la Loire fermé deux nuits pour inspection
Marché de Noël : les chalets attribués
La piscine intercommunale change ses horaires
Un nouveau médecin s'installe au bourg
Le club de football fête ses cent ans
## names
Claire Dubosc
Yann Le Goff
## ing
4 poireaux
200 g de lardons
20 cl de crème fraîche
1 pâte brisée
100 g de comté râpé
## steps
Émincer les poireaux et les faire fondre dans du beurre pendant quinze minutes.
Faire revenir les lardons à part puis les mélanger aux poireaux.
Étaler la pâte dans un moule et y verser la garniture mêlée à la crème.
Parsemer de comté et enfourner trente minutes à 180 degrés.
## w
by=Par
read={n} min de lecture
nav=Accueil|Actualité|Sports|Économie|Culture|Météo
cookie=Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.
accept=Tout accepter
news_h=La lettre du matin
news_t=L'essentiel de l'actualité locale, chaque matin dans votre boîte mail.
signup=Je m'inscris
pay=Abonnez-vous pour lire la suite. Le premier mois est offert, sans engagement.
ad=Publicité
related=Sur le même sujet
most=Les plus lus
share=Partager l'article
copy=Copier le lien
comments={n} commentaires
also=Lire aussi
tags=Mots-clés
photo=Photo
contents=Sommaire
refs=Bibliographie
notes=Notes
edit=modifier
keys=Lieu|Construction|Surface|Gestionnaire
ing_h=Ingrédients
steps_h=Préparation
serves=Pour 4 personnes · Préparation 20 min · Cuisson 30 min
jump=Aller à la recette
rate={n} avis
live=En direct
updated=Mis à jour il y a {n} minutes
key=L'essentiel
contact=Contact presse
about=La communauté de communes regroupe vingt-deux communes et gère les équipements culturels du territoire.
release=Communiqué de presse
helpful=Cette page vous a-t-elle été utile ?
rights=Tous droits réservés.
follow=Suivez-nous
top=Haut de page
cite=Citer ce billet
bio={name} est journaliste au service culture.
thanks=Merci de votre lecture ! Abonnez-vous gratuitement pour recevoir les nouveaux billets.
member=Réservé aux membres
listen=Écouter
source=Source
download=Télécharger les données
counter=Vous êtes le visiteur n° {n}
lastup=Dernière mise à jour
""")
