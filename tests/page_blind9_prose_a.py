"""Stories of the ninth blind page harness in Latin-script languages (original prose, written for the harness).

Lines: ``T`` title, ``P`` paragraph, ``H`` subheading, ``L`` list item, ``Q`` quotation, ``C`` photo caption,
``R`` table row (cells split by `` | ``), ``K`` a key point (a summary box's line: furniture, not gold).
"""

LATIN = {
    "en": """
T: Coastal town swaps gas boilers for seawater heat pumps at its public pool
P: The municipal pool in Harwick Bay reopened on Monday after a seven-month refit that replaced two ageing gas boilers with a pair of heat pumps drawing warmth from the harbour.
P: Council engineers say the system should cut the building's heating bill by roughly half and remove about 310 tonnes of carbon dioxide a year from the town's books.
P: Swimmers queued before the doors opened at seven, some of them regulars who had spent the closure driving forty minutes to the nearest indoor pool inland.
H: How the harbour keeps the water warm
P: A pipe laid along the old slipway draws seawater into a plant room beside the lifeguard station, where the pumps extract heat before the water is returned a few degrees cooler.
P: Even in February the harbour rarely falls below eight degrees, which the manufacturer says is enough for the pumps to run efficiently through the winter.
L: Pool water is held at 29 degrees for lane swimming.
L: The learner pool is kept two degrees warmer for infants.
L: Showers are heated by a separate electric store overnight.
Q: We were paying to heat the sky for forty years, and now the sea does most of the work for us.
P: The project cost 2.4 million pounds, of which a national decarbonisation fund paid a little over two thirds; the remainder came from the council's own capital budget.
R: Season | Gas cost before | Expected cost now
R: Winter quarter | 61,000 pounds | 29,000 pounds
R: Summer quarter | 22,000 pounds | 9,500 pounds
P: Opposition councillors welcomed the savings but asked why the refit overran by three months, pointing to a delayed delivery of stainless steel fittings from abroad.
C: The new plant room sits beside the lifeguard station, its pipework painted harbour blue.
C: Regular swimmers wait at the entrance on the first morning after the refit.
K: The pool reopened after seven months of work.
K: Heating costs are expected to halve.
K: A national fund paid most of the bill.
""",
    "en2": """
T: What a winter of fixing neighbours' bicycles taught me about patience
P: It started with a single flat tyre. My neighbour wheeled her commuter bike into our shared courtyard one wet November evening and asked whether I knew anyone who could help.
P: I did not, so I borrowed two tyre levers from a drawer, watched a video twice and spent the best part of an hour wrestling the inner tube out of the rim.
P: By January there was a small queue on Saturday mornings: children's bikes with rusted chains, a tandem nobody had ridden in a decade, a folding bike with a bent hinge.
H: The tools that earned their place
L: A floor pump with a proper gauge, because guessing pressure is how tubes burst.
L: A chain checker, which ends most arguments about whether a chain is worn.
L: A set of metric hex keys with ball ends for awkward bolts.
P: What surprised me most was how little of the work was mechanical. Most of it was listening, because people describe a noise long before they can point to the part that makes it.
Q: A squeak is a question, and a grind is an answer you got too late.
P: I now keep a notebook of every bicycle that comes through the courtyard, with its faults and the parts it needed, and the pages have become a strange diary of the street.
P: In spring I plan to hand the tools to the teenagers who kept turning up to watch, which feels like the right way for a borrowed hobby to end.
C: A child's bicycle waits on the repair stand in the courtyard on a Saturday morning.
C: The notebook of repairs, open at the page for a faded red tandem.
K: A neighbour's flat tyre became a weekly repair session.
K: Listening mattered more than tools.
K: The tools will go to local teenagers.
""",
    "de": """
T: Warum eine Kleinstadt im Allgäu ihre Straßenlaternen nachts ausschaltet
P: Seit dem ersten Oktober bleiben in Oberbrunn zwischen ein und fünf Uhr morgens die meisten Straßenlaternen dunkel, nur Kreuzungen und der Weg zum Bahnhof werden weiter beleuchtet.
P: Der Gemeinderat hatte den Versuch im Sommer mit knapper Mehrheit beschlossen, nachdem die Stromkosten der Gemeinde innerhalb von zwei Jahren um fast sechzig Prozent gestiegen waren.
P: Nach drei Monaten zieht die Verwaltung eine erste Bilanz: Die Einsparung liegt bei rund 41.000 Kilowattstunden, Beschwerden gab es weniger als befürchtet.
H: Was Anwohner berichten
P: Einige ältere Bewohner sagen, sie fühlten sich auf dem Heimweg von der Spätschicht unsicher, und wünschen sich Laternen, die auf Bewegung reagieren.
P: Naturschützer dagegen freuen sich über den dunkleren Himmel, denn nachtaktive Insekten und Fledermäuse werden durch Kunstlicht stark gestört.
Q: Wir haben zum ersten Mal seit Jahren wieder die Milchstraße über dem Marktplatz gesehen.
L: Kreuzungen bleiben die ganze Nacht beleuchtet.
L: Der Fußweg zum Bahnhof erhält Bewegungsmelder.
L: An Feiertagen gilt die Abschaltung nicht.
R: Monat | Verbrauch vorher | Verbrauch jetzt
R: Oktober | 38.200 kWh | 24.900 kWh
R: November | 44.100 kWh | 29.700 kWh
P: Im Frühjahr will der Gemeinderat entscheiden, ob der Versuch dauerhaft wird; bis dahin sollen Bürger ihre Erfahrungen in einer offenen Sprechstunde schildern können.
C: Die Hauptstraße von Oberbrunn kurz nach ein Uhr morgens, nur die Kreuzung ist noch hell.
C: Ein Techniker programmiert im Rathaus die Schaltzeiten der Laternen.
K: Laternen bleiben nachts vier Stunden aus.
K: Die Gemeinde spart rund ein Drittel Strom.
K: Im Frühjahr fällt die Entscheidung.
""",
    "fr": """
T: À Lorient, les pêcheurs testent des filets qui laissent filer les jeunes poissons
P: Depuis la fin de l'été, six chalutiers du port de Lorient embarquent des filets équipés d'une grille souple qui permet aux poissons trop petits de s'échapper avant d'être remontés à bord.
P: L'essai, financé par la région et suivi par des chercheurs, doit durer un an et couvrir toutes les saisons de pêche du merlu et de la langoustine.
P: Les premiers relevés montrent une baisse nette des prises accessoires, sans perte sensible pour les espèces que les équipages viennent chercher.
H: Des équipages d'abord sceptiques
P: Plusieurs patrons craignaient que la grille ralentisse le travail sur le pont ou se déchire dans les fonds rocheux, mais aucun incident sérieux n'a été signalé pour l'instant.
Q: On pensait perdre une demi-journée par marée, finalement on trie plus vite qu'avant.
L: La grille se fixe en moins de vingt minutes au port.
L: Elle pèse moins de quatre kilos.
L: Les observateurs embarquent une marée sur trois.
P: Les chercheurs rappellent toutefois qu'il faudra attendre l'hiver, quand la mer est plus forte, pour juger de la résistance du dispositif.
P: Si les résultats se confirment, la coopérative espère convaincre d'autres ports de la façade atlantique d'adopter le même équipement dès l'an prochain.
C: Un matelot vérifie la grille souple avant le départ du chalutier, au petit matin.
C: Le tri des langoustines sur le pont, quelques minutes après la remontée du filet.
K: Six chalutiers testent une grille sélective.
K: Les prises accessoires diminuent.
K: L'essai dure un an.
""",
    "es": """
T: Un barrio de Valencia convierte sus azoteas en huertos para refrescar los edificios
P: Una veintena de comunidades de vecinos del barrio de Benimaclet ha cubierto sus azoteas con huertos y plantas trepadoras para reducir el calor que se acumula en los pisos más altos durante el verano.
P: El proyecto, impulsado por una asociación vecinal con apoyo del ayuntamiento, empezó hace dos años con tres edificios y ha crecido casi sin publicidad, de boca en boca.
P: Según las mediciones de una universidad local, la temperatura interior de los áticos bajó una media de tres grados en las tardes más calurosas de julio.
H: Cómo se organiza el riego
P: Cada comunidad nombra a dos responsables que reparten los turnos de riego, y un depósito común recoge el agua de lluvia de los meses de otoño.
Q: Antes subíamos a la azotea solo a tender la ropa; ahora subimos a charlar y a recoger tomates.
L: Las plantas se eligen por su resistencia a la sequía.
L: Los tomates y pimientos se reparten entre los vecinos.
L: Un técnico revisa la impermeabilización cada primavera.
R: Edificio | Antes | Después
R: Calle Murta 12 | 31 grados | 28 grados
R: Plaza Benimaclet 4 | 32 grados | 28,5 grados
P: Algunos propietarios temían filtraciones, por lo que el ayuntamiento ofrece ahora una inspección gratuita antes de instalar las jardineras.
C: Vecinos riegan las tomateras en una azotea del barrio al caer la tarde.
C: Un depósito de agua de lluvia junto a las jardineras de un edificio de cinco plantas.
K: Veinte edificios tienen huertos en la azotea.
K: Los áticos son tres grados más frescos.
K: El ayuntamiento revisa los tejados gratis.
""",
    "pt": """
T: Biblioteca de Braga empresta ferramentas e instrumentos além de livros
P: A biblioteca municipal de Braga passou a emprestar berbequins, máquinas de costura, violas e até telescópios, com as mesmas regras que aplica aos livros há décadas.
P: A ideia surgiu de um inquérito aos leitores, em que muitos admitiam ter comprado ferramentas caras para usar uma única vez e depois guardá-las numa arrecadação.
P: Em seis meses, o catálogo de objetos cresceu para mais de trezentos itens, a maioria doada por moradores e por duas lojas do centro da cidade.
H: Regras simples, fila grande
P: Cada leitor pode levar dois objetos de cada vez por um período de duas semanas, e os mais procurados têm lista de espera.
Q: Um berbequim passa noventa e nove por cento da vida numa gaveta, aqui trabalha todas as semanas.
L: Os telescópios só saem com uma sessão de explicação.
L: As máquinas de costura são revistas a cada empréstimo.
L: Os instrumentos musicais incluem um caderno de acordes.
P: A autarquia pondera alargar o serviço às bibliotecas de bairro no próximo ano, se o orçamento o permitir.
C: Uma leitora leva uma máquina de costura no balcão de empréstimos da biblioteca.
C: Prateleiras com ferramentas etiquetadas como se fossem livros.
K: A biblioteca empresta mais de trezentos objetos.
K: Cada leitor leva dois itens por duas semanas.
K: O serviço pode chegar aos bairros.
""",
    "pl": """
T: Gdańska szkoła zamieniła dzwonek na muzykę wybieraną przez uczniów
P: Od września w jednej z gdańskich szkół podstawowych przerwy nie zaczynają się od ostrego dzwonka, lecz od krótkich fragmentów utworów, które co tydzień wybiera inna klasa.
P: Dyrekcja zgodziła się na próbę po tym, jak samorząd uczniowski przedstawił ankietę, w której większość dzieci skarżyła się na hałas na korytarzach.
H: Co mówią nauczyciele
P: Część nauczycieli obawiała się chaosu, ale po dwóch miesiącach przyznają, że uczniowie szybciej wracają do sal, bo chcą usłyszeć, co wybrała kolejna klasa.
Q: Dzwonek mówił dzieciom, że muszą, a muzyka mówi im, że mogą.
L: Utwory nie mogą trwać dłużej niż dwadzieścia sekund.
L: Lista jest sprawdzana przez wychowawców.
L: W czasie sprawdzianów wraca zwykły dzwonek.
P: Rodzice w większości chwalą pomysł, choć kilku zwróciło uwagę, że nie każda piosenka wybrana przez starszych uczniów nadaje się dla pierwszoklasistów.
P: Szkoła zamierza opisać doświadczenia w krótkim poradniku dla innych placówek w regionie.
C: Uczniowie samorządu przy szkolnym radiowęźle podczas wyboru utworów na tydzień.
C: Korytarz szkoły chwilę po rozpoczęciu przerwy.
K: Dzwonek zastąpiła muzyka.
K: Utwory wybierają klasy.
K: Powstanie poradnik dla innych szkół.
""",
}
