"""Stories of the seventh blind page harness, European languages and Turkish (original prose).

Line kinds: T title, L lead, P paragraph, H subheading, Q quote, I list item (``term: definition``),
F interview question, A answer, N footnote, X a headline of another story (teasers; not gold).
"""
from __future__ import annotations

EUROPE = {
    "en": """
T: Ferry cooperative keeps island school open through the winter storms
L: When the council cut the winter ferry timetable, parents on the island formed a cooperative and bought a second-hand boat so that forty children could still reach their classrooms every morning.
P: The boat, a thirty-year-old workhorse that once carried mail along the coast, leaves the pier at ten past seven. Volunteers take turns at the wheel, and two retired skippers check the engine every Sunday afternoon.
P: Running costs come to roughly nine hundred pounds a week. Families pay what they can, the village shop adds a share of its takings, and a winter concert in the church hall raised enough to replace the radar.
H: A timetable written by parents
P: The crossing takes twenty-five minutes in calm weather and up to an hour when the wind swings north. On the worst days the head teacher opens the school late and sends lessons home by tablet instead.
Q: Nobody here wanted to choose between a job on the island and an education for their children, so we stopped waiting for somebody else to fix it.
I: Crew: eleven volunteers, each with a coastal skipper certificate
I: Fuel: about four hundred litres of diesel a week in winter
I: Insurance: paid jointly by the cooperative and the parish
P: Council officials say the reduced timetable was forced on them by rising fuel prices and a shortage of licensed crew, and that they are reviewing whether the cooperative could be paid a contract for the school run.
H: What happens next
F: Why not simply move the children to the mainland school?
A: Because then the families follow, and within five years there is nobody left to run the shop, the pub or the lifeboat. The school is what keeps the island alive.
F: How long can volunteers keep this going?
A: Another winter, perhaps two. After that we need either a proper contract or a younger crew, and ideally both.
P: For now the boat sails every school day. The cooperative has started a waiting list for volunteers, and three teenagers have asked whether they can train as deckhands once they turn sixteen.
N: Figures supplied by the cooperative's treasurer and checked against the parish accounts.
X: Harbour wall repairs delayed until spring
X: Bus company adds late service for hospital staff
X: Library volunteers digitise a century of parish records
""",
    "de": """
T: Wie ein Dorf in der Eifel seine Bäckerei zurückholte
L: Zwei Jahre stand der Laden am Marktplatz leer, dann legten hundertzwanzig Einwohner Geld zusammen und stellten einen jungen Bäckermeister ein, der morgens um drei den Ofen anheizt.
P: Die Genossenschaft hat jedes Mitglied mindestens zweihundert Euro gekostet. Dafür gibt es keinen Rabatt auf Brötchen, sondern ein Stimmrecht bei der Jahresversammlung und das Gefühl, dass der Ort wieder einen Mittelpunkt hat.
P: Der neue Bäcker kommt aus Trier und hatte nach der Meisterprüfung eigentlich eine Stelle in einer Großbäckerei angenommen. Das Angebot aus dem Dorf reizte ihn, weil er hier selbst entscheiden darf, was in den Ofen kommt.
H: Sauerteig statt Backmischung
P: Verkauft werden vor allem Roggenbrot, Dinkelbrötchen und am Wochenende Streuselkuchen nach dem Rezept einer früheren Inhaberin. Die Mehlsorten kommen von einer Mühle im Nachbartal, die Eier von zwei Höfen am Ortsrand.
Q: Am Anfang haben viele gesagt, so etwas rechnet sich nie. Inzwischen stehen sonntags die Leute aus drei Nachbarorten vor der Tür.
I: Öffnungszeiten: dienstags bis sonntags von sechs bis zwölf Uhr
I: Mitglieder: 124 Anteilseigner, davon 31 aus Nachbarorten
I: Umsatz: rund 18.000 Euro im Monat nach dem ersten Jahr
P: Schwarze Zahlen schreibt die Bäckerei noch nicht, aber der Verlust ist im zweiten Jahr auf wenige hundert Euro geschrumpft. Der Vorstand hofft, dass ein kleines Café im Hinterzimmer die Lücke schließt.
H: Gespräch mit dem Vorstand
F: Warum haben Sie nicht einfach einen Filialisten geholt?
A: Wir haben mit zwei Ketten gesprochen. Beide wollten nur kommen, wenn die Gemeinde die Miete übernimmt und sie trotzdem Teiglinge aus der Fabrik aufbacken dürfen.
F: Was würden Sie anderen Dörfern raten?
A: Früh mit allen reden, auch mit denen, die dagegen sind. Die größten Kritiker von damals sind heute unsere treuesten Kunden.
P: Im Frühjahr soll eine Ausbildungsstelle dazukommen. Eine Schülerin aus dem Ort hat bereits zwei Praktika in der Backstube gemacht und will bleiben.
N: Die Umsatzzahlen stammen aus dem Jahresbericht der Genossenschaft.
X: Gemeinderat beschließt neues Baugebiet am Waldrand
X: Kreisstraße nach Unwetter wieder freigegeben
X: Musikverein feiert hundertjähriges Bestehen
""",
    "fr": """
T: À Nantes, une cantine scolaire cuisine avec les maraîchers du quartier
L: Depuis la rentrée, les six cents repas servis chaque jour dans trois écoles du quartier nord sont préparés sur place avec des légumes cultivés à moins de vingt kilomètres.
P: La cuisine centrale a été rénovée pendant l'été. Les cuisiniers, qui réchauffaient auparavant des barquettes livrées par camion, épluchent désormais carottes, poireaux et pommes de terre dès six heures du matin.
P: Le surcoût est d'environ quarante centimes par repas. La ville l'absorbe en partie grâce à la baisse du gaspillage, qui a diminué de moitié depuis que les enfants goûtent des plats qu'ils reconnaissent.
H: Des contrats sur trois ans
P: Pour convaincre les maraîchers, la mairie a signé des contrats pluriannuels avec des prix fixés à l'avance. Quatre exploitations familiales fournissent aujourd'hui l'essentiel des légumes, et une cinquième doit les rejoindre au printemps.
Q: Avant, je vendais surtout au marché et je jetais ce qui restait le dimanche soir. Maintenant, je sais en janvier ce que je vais livrer en octobre.
I: Repas : six cents par jour dans trois écoles
I: Légumes : quatre exploitations à moins de vingt kilomètres
I: Gaspillage : divisé par deux en un trimestre
P: Les parents d'élèves saluent l'initiative mais réclament davantage de menus végétariens. Une commission réunissant cuisiniers, enseignants et familles se réunira chaque trimestre pour adapter les recettes.
H: Entretien avec la cheffe de cuisine
F: Qu'est-ce qui a le plus changé pour votre équipe ?
A: Le rythme. On commence plus tôt, mais on cuisine vraiment, et les enfants viennent nous dire ce qu'ils ont aimé. Ça n'arrivait jamais avec les barquettes.
F: Le modèle peut-il s'étendre à toute la ville ?
A: Pas du jour au lendemain. Il faut des cuisines équipées et des agriculteurs prêts à s'engager, mais deux autres quartiers ont déjà demandé à visiter.
P: La métropole étudie désormais la création d'une légumerie commune, où les produits seraient lavés et découpés avant d'être répartis entre les écoles.
N: Chiffres communiqués par le service de la restauration scolaire de la ville.
X: Le tramway prolongé jusqu'à l'hôpital en 2026
X: Une friche industrielle transformée en parc urbain
X: Les bibliothèques ouvriront le dimanche cet hiver
""",
    "es": """
T: Un pueblo de Teruel recupera su escuela gracias a familias llegadas de la ciudad
L: Después de cinco años cerrada, la escuela de un pequeño municipio turolense ha vuelto a abrir sus puertas con nueve alumnos, casi todos hijos de familias que se mudaron al pueblo durante los últimos dos años.
P: El ayuntamiento ofreció viviendas municipales rehabilitadas a precios bajos a cambio de que las familias se empadronaran y matricularan a sus hijos. Llegaron trece solicitudes para cuatro casas disponibles.
P: La maestra, que vive en la capital de la comarca, recorre cada mañana treinta kilómetros de carretera de montaña. Da clase a la vez a niños de tres a once años en un aula con estufa de leña.
H: Teletrabajo y huertos
P: La mayoría de los nuevos vecinos trabaja a distancia gracias a la fibra óptica que llegó al pueblo en 2021. Algunos han alquilado tierras abandonadas y cultivan almendros y huertos para consumo propio.
Q: Aquí los niños juegan en la calle hasta que anochece. En Valencia no sabíamos ni cómo se llamaban los vecinos del rellano.
I: Alumnos: nueve, de tres a once años
I: Viviendas: cuatro casas municipales rehabilitadas
I: Población: de 64 a 91 habitantes en dos años
P: Los vecinos de siempre reconocen que la llegada de las familias ha cambiado el ritmo del pueblo. El bar vuelve a abrir por las tardes y la asociación cultural ha organizado un taller de cerámica.
H: La alcaldesa responde
F: ¿Qué pasará si las familias se marchan dentro de unos años?
A: Es un riesgo que conocemos. Por eso estamos rehabilitando otras tres casas y hablando con la diputación para crear un pequeño espacio de trabajo compartido.
F: ¿Qué necesita ahora el pueblo?
A: Un médico que venga más de un día a la semana y un autobús que no obligue a los mayores a depender de sus vecinos para ir a la farmacia.
P: El próximo curso se esperan otros tres alumnos, con lo que la escuela superaría por primera vez en una década el mínimo que exige la administración.
N: Datos del padrón municipal facilitados por el ayuntamiento.
X: La diputación aprueba ayudas para rehabilitar viviendas rurales
X: Vuelve la feria del jamón tras dos años de ausencia
X: Los agricultores piden más agua para el regadío
""",
    "it": """
T: A Matera un laboratorio di quartiere ripara biciclette e insegna il mestiere ai ragazzi
L: In un ex magazzino comunale del rione Piccianello, tre meccanici in pensione e una ventina di volontari riparano ogni settimana decine di biciclette donate dai cittadini e le rimettono in strada.
P: Il laboratorio è aperto il martedì e il sabato. Chi porta una bicicletta rotta paga solo i pezzi di ricambio, mentre le bici abbandonate vengono sistemate e assegnate a studenti e lavoratori che non possono permettersene una.
P: Negli ultimi dodici mesi sono state consegnate più di trecento biciclette. Una parte è andata a una cooperativa che fa consegne a domicilio nel centro storico, dove le auto non possono entrare.
H: Una scuola informale
P: Il sabato mattina arrivano anche i ragazzi dell'istituto tecnico. Imparano a centrare una ruota, a regolare i freni e a sostituire una catena, e alcuni hanno già trovato lavoro nei negozi della città.
Q: Io ho passato quarant'anni in officina. Insegnare a questi ragazzi è il modo migliore che conosco per non sentirmi in pensione.
I: Apertura: martedì pomeriggio e sabato mattina
I: Biciclette consegnate: oltre trecento in un anno
I: Volontari: ventidue, tra cui sei studenti
P: Il Comune ha concesso lo spazio in comodato gratuito per cinque anni. L'associazione chiede ora una piccola tettoia per lavorare all'aperto nei mesi estivi, quando il magazzino diventa troppo caldo.
H: Parla la presidente
F: Come vi finanziate?
A: Con le quote dei soci, qualche donazione e la vendita dei pezzi che recuperiamo dalle bici irrecuperabili. Non abbiamo mai chiesto contributi pubblici in denaro.
F: Qual è il prossimo obiettivo?
A: Aprire un secondo punto nella zona industriale, dove molti lavoratori arrivano a piedi o in autostop perché non ci sono autobus nelle ore di turno.
P: A primavera il laboratorio organizzerà una giornata aperta in piazza, con corsi gratuiti di manutenzione per bambini e adulti.
N: Dati forniti dall'associazione sulla base del registro delle consegne.
X: Sassi, nuovi lavori sulla rete idrica del rione
X: Parcheggi gratuiti per i residenti durante le feste
X: La biblioteca provinciale apre una sezione per ragazzi
""",
    "pt": """
T: Pescadores de Peniche criam cooperativa para vender peixe diretamente às escolas
L: Uma dúzia de armadores de Peniche juntou-se numa cooperativa que, desde setembro, abastece as cantinas de vinte escolas do distrito com carapau, cavala e sardinha capturados na véspera.
P: Antes, o peixe era vendido na lota a preços que mal cobriam o gasóleo. Com os contratos escolares, os pescadores sabem quanto vão receber por cada quilo e podem planear as saídas para o mar.
P: As escolas recebem o peixe limpo e congelado numa unidade da própria cooperativa. As cozinheiras tiveram formação para preparar espécies que muitas crianças nunca tinham provado.
H: Menos desperdício no mar
P: Como o contrato aceita espécies menos procuradas, os barcos deixaram de devolver ao mar parte do que apanham. A cooperativa estima que o desperdício a bordo caiu para menos de um terço.
Q: O meu avô pescava estas cavalas e ninguém as queria comprar. Agora são os meus netos que as comem na escola.
I: Escolas: vinte, em quatro concelhos
I: Barcos: doze embarcações de pesca local
I: Refeições: cerca de quatro mil por semana
P: A câmara municipal diz que o custo por refeição se manteve praticamente igual, porque deixou de pagar o transporte de peixe congelado vindo do estrangeiro.
H: Perguntas ao presidente da cooperativa
F: Os pescadores mais velhos aceitaram bem a mudança?
A: Houve desconfiança no início. Muitos já tinham sido enganados por intermediários. Só quando viram o primeiro pagamento a horas é que acreditaram.
F: O que falta para crescer?
A: Uma segunda câmara frigorífica e mais escolas interessadas. Temos peixe para o dobro das refeições.
P: A cooperativa pretende alargar a experiência aos lares de idosos da região a partir do próximo ano.
N: Números fornecidos pela cooperativa e confirmados pela autarquia.
X: Obras no porto de pesca terminam em março
X: Surfistas limpam praias depois da tempestade
X: Novo centro de saúde abre com seis médicos
""",
    "nl": """
T: Buurtbewoners in Zwolle delen zonnestroom via hun eigen coöperatie
L: Op de daken van een sporthal, twee scholen en een oude veevoerfabriek liggen sinds dit voorjaar vijftienhonderd zonnepanelen die samen genoeg stroom leveren voor ongeveer vierhonderd huishoudens.
P: De coöperatie telt inmiddels zeshonderd leden. Wie meedoet, koopt één of meer certificaten van honderdvijftig euro en krijgt elk jaar een deel van de opbrengst terug via de energierekening.
P: Het initiatief kwam van een groep bewoners die zich ergerde aan de lange wachttijden voor een aansluiting op het net. Samen met de gemeente zochten ze daken die al een zware aansluiting hadden.
H: Wachten op het net
P: Toch moest de coöperatie bijna een jaar wachten voordat de netbeheerder toestemming gaf. Op zonnige middagen wordt de productie nog steeds af en toe teruggeschroefd omdat het net vol zit.
Q: We dachten dat het moeilijkste deel het geld ophalen zou zijn. Dat bleek binnen drie weken gelukt, daarna begon het echte wachten.
I: Panelen: vijftienhonderd op vier daken
I: Leden: zeshonderd huishoudens en twaalf bedrijven
I: Opbrengst: ongeveer 520 megawattuur per jaar
P: De gemeente wil nu onderzoeken of batterijen in de sporthal de pieken kunnen opvangen. Een proef met een buurtbatterij moet volgend jaar beginnen.
H: Vragen aan de voorzitter
F: Wat levert het een gewoon lid op?
A: Met twee certificaten scheelt het ongeveer vijftig euro per jaar. Dat is niet veel, maar mensen vinden het vooral belangrijk dat de stroom uit hun eigen wijk komt.
F: Zijn er nog daken beschikbaar?
A: Genoeg. Het probleem is niet het dak, maar de kabel eronder.
P: Na de zomer organiseert de coöperatie een informatieavond voor bewoners die willen weten hoe ze zelf lid kunnen worden.
N: Cijfers uit het jaarverslag van de coöperatie.
X: Nieuwe fietsbrug over de IJssel pas in 2026 klaar
X: Gemeente schrapt parkeervergunning voor tweede auto
X: Stadsboerderij zoekt vrijwilligers voor de zomer
""",
    "pl": """
T: Mieszkańcy wsi pod Lublinem sami odbudowali zniszczony przez powódź most
L: Po tym, jak wiosenna powódź zabrała drewniany most na rzece, mieszkańcy trzech wsi przez cztery miesiące dojeżdżali do szkoły i przychodni objazdem liczącym ponad dwadzieścia kilometrów.
P: Gmina obiecała nową przeprawę dopiero za dwa lata. Sołtys zwołał więc zebranie w remizie i w ciągu jednego wieczoru zebrano deklaracje pomocy od ponad osiemdziesięciu osób.
P: Projekt przygotował emerytowany inżynier, który przez lata budował mosty na Podkarpaciu. Drewno przekazał pobliski tartak, a stalowe elementy zamówiono za pieniądze ze zbiórki.
H: Sześć tygodni pracy
P: Budowa trwała sześć tygodni. Mężczyźni pracowali po pracy i w weekendy, a kobiety z koła gospodyń gotowały obiady dla wszystkich, którzy przyszli pomóc.
Q: Nikt tu nie czekał na pozwolenie, żeby pomóc sąsiadowi. Czekaliśmy tylko na pozwolenie na budowę.
I: Długość: osiemnaście metrów
I: Koszt materiałów: około 46 tysięcy złotych
I: Ochotnicy: ponad osiemdziesiąt osób z trzech wsi
P: Nadzór budowlany odebrał most pod koniec sierpnia. Mogą po nim przejeżdżać samochody osobowe i ciągniki, a autobus szkolny znów jeździ dawną trasą.
H: Rozmowa z sołtysem
F: Czy gmina pomogła w jakikolwiek sposób?
A: Pomogła w papierach i dała ciężki sprzęt na dwa dni. To dużo, bo bez dźwigu nie położylibyśmy belek.
F: Co dalej?
A: Chcemy, żeby gmina przejęła most i dbała o niego. My zrobiliśmy swoje.
P: Mieszkańcy zaplanowali na wrzesień festyn na obu brzegach rzeki, z którego dochód ma trafić na dalsze umocnienie brzegów.
N: Koszty podane przez komitet budowy na podstawie faktur.
X: Nowa linia autobusowa połączy wsie z miastem
X: Gmina ogłasza przetarg na budowę przedszkola
X: Rolnicy skarżą się na niskie ceny zboża
""",
    "sv": """
T: Byskolan i Jämtland som räddades av en matbuss
L: När kommunen ville lägga ner skolan i en liten by i västra Jämtland startade föräldrarna en matbuss som säljer lokala varor och använder vinsten till skolans drift.
P: Bussen kör tre dagar i veckan mellan byarna längs dalgången. Den säljer ost, bröd och kött från gårdarna i området och tar med sig beställningar från äldre som inte längre kör bil.
P: Överskottet är inte stort, men räcker till skolbiblioteket, utflykter och en halvtidstjänst för en fritidspedagog. Kommunen har gått med på att behålla skolan så länge elevantalet inte sjunker.
H: Elever från fyra byar
P: I dag går tjugotvå elever i skolan, fyra fler än när nedläggningsbeslutet togs. Två familjer har flyttat till byn sedan dess och nämnt skolan som ett av skälen.
Q: Vi ville visa att en by inte är ett problem som ska lösas. Det är ett ställe där människor vill bo.
I: Elever: tjugotvå i årskurs ett till sex
I: Bussen: tre turer i veckan längs dalgången
I: Leverantörer: nio gårdar och ett bageri
P: Kommunens utbildningschef säger att lösningen är ovanlig men att den fungerar så länge föräldrarna orkar. Frågan ska tas upp igen när budgeten för nästa år diskuteras.
H: Intervju med föräldraföreningen
F: Hur mycket tid lägger ni på bussen?
A: Det går nog åt en heltid sammanlagt, fördelat på femton familjer. Vissa veckor är tunga, särskilt under jakten.
F: Vad är det svåraste?
A: Att hitta chaufförer med rätt körkort. Vi har två, och båda är över sextio.
P: Föreningen söker nu bidrag för att byta till en eldriven buss som kan laddas vid skolans nya solceller.
N: Uppgifterna kommer från föräldraföreningens årsredovisning.
X: Vägen över fjället stängd efter snöoväder
X: Nytt vårdcentrum öppnar i Östersund
X: Turistföretag räknar med rekordvinter
""",
    "tr": """
T: Kars'ta köylüler kooperatif kurarak peynirlerini şehre kendileri satıyor
L: Kars'ın dağ köylerinde yaşayan otuz aile, aracılara düşük fiyatla sattıkları gravyer ve kaşar peynirini artık kendi kurdukları kooperatif aracılığıyla İstanbul ve Ankara'daki müşterilere ulaştırıyor.
P: Kooperatif, köyün eski okul binasında küçük bir olgunlaştırma deposu kurdu. Peynirler burada en az altı ay bekletiliyor ve her kalıp, üreticinin adının yazılı olduğu bir etiketle satışa çıkıyor.
P: Üreticiler, aracıya satarken kilo başına aldıkları fiyatın iki katına yakın gelir elde ettiklerini söylüyor. Kazancın bir kısmı ortak soğutma tesisine ve yeni süt tanklarına ayrılıyor.
H: Gençler köye dönüyor
P: İstanbul'da çalışan iki genç, kooperatifin internet satışlarını yönetmek için köye döndü. Siparişler hafta sonu toplanıyor ve pazartesi sabahı kargoya veriliyor.
Q: Babam ömrü boyunca peynir yaptı ama kimin sofrasına gittiğini hiç bilmedi. Şimdi müşterilerimiz bize fotoğraf gönderiyor.
I: Üye sayısı: otuz aile, dört köyden
I: Üretim: yılda yaklaşık yirmi ton peynir
I: Olgunlaştırma: en az altı ay, eski okul binasında
P: İlçe tarım müdürlüğü, kooperatifin örnek alınması için diğer köylere bilgilendirme toplantıları düzenlemeye başladı.
H: Kooperatif başkanıyla konuştuk
F: En büyük zorluk neydi?
A: Güven. İnsanlar yıllarca kandırıldığı için ilk toplantılara kimse gelmedi. İlk ödemeler zamanında yapılınca herkes ikna oldu.
F: Bundan sonraki hedefiniz ne?
A: Kendi süthanemizi kurmak ve kış aylarında da düzenli üretim yapabilmek.
P: Kooperatif, önümüzdeki yaz köyde bir peynir şenliği düzenlemeyi ve ziyaretçilere üretimi yakından göstermeyi planlıyor.
N: Üretim rakamları kooperatif yönetimi tarafından paylaşıldı.
X: Kars-Erzurum yolunda kar nedeniyle ulaşım aksadı
X: Üniversitede yeni tıp fakültesi binası açıldı
X: Çiftçilere mazot desteği ödemeleri başladı
""",
    "el": """
T: Στη Νάξο οι κάτοικοι ενός χωριού ξανάνοιξαν τον παλιό ελαιόμυλο
L: Ύστερα από είκοσι χρόνια εγκατάλειψης, ο ελαιόμυλος ενός ορεινού χωριού της Νάξου λειτουργεί ξανά χάρη σε έναν συνεταιρισμό που ίδρυσαν οι ίδιοι οι παραγωγοί.
P: Οι κάτοικοι συγκέντρωσαν χρήματα από τις οικογένειες του χωριού και από ξενιτεμένους συγχωριανούς στην Αθήνα και στην Αμερική. Με αυτά αγόρασαν ένα μικρό σύγχρονο πιεστήριο και επισκεύασαν τη στέγη.
P: Φέτος ο μύλος έβγαλε περίπου δώδεκα τόνους λάδι. Οι παραγωγοί δεν χρειάζεται πια να μεταφέρουν τις ελιές στην άλλη άκρη του νησιού, όπου περίμεναν μέρες για τη σειρά τους.
H: Ένα λάδι με το όνομα του χωριού
P: Ο συνεταιρισμός εμφιαλώνει μέρος της παραγωγής με δική του ετικέτα και το πουλά σε ταβέρνες και μικρά καταστήματα του νησιού. Το υπόλοιπο μένει στις οικογένειες για τη χρονιά.
Q: Όταν μύρισε ξανά φρέσκο λάδι στο χωριό, οι γέροι κάθισαν στο καφενείο και έκλαιγαν.
I: Παραγωγοί: σαράντα δύο οικογένειες
I: Παραγωγή: περίπου δώδεκα τόνοι λάδι φέτος
I: Λειτουργία: από τον Νοέμβριο έως τον Ιανουάριο
P: Ο δήμος εξετάζει να εντάξει τον μύλο σε πολιτιστική διαδρομή για επισκέπτες, με ξεναγήσεις εκτός της περιόδου ελαιοκομίας.
H: Συνέντευξη με τον πρόεδρο
F: Πώς πείσατε τους παραγωγούς να εμπιστευτούν τον συνεταιρισμό;
A: Με διαφάνεια. Κάθε οικογένεια βλέπει πόσες ελιές έφερε και πόσο λάδι πήρε, και οι λογαριασμοί κρέμονται στον τοίχο του μύλου.
F: Τι χρειάζεστε τώρα;
A: Νέους ανθρώπους που θα μείνουν στο χωριό και θα συνεχίσουν τη δουλειά όταν εμείς δεν θα μπορούμε.
P: Την άνοιξη ο συνεταιρισμός θα φυτέψει διακόσια νέα δέντρα σε εγκαταλελειμμένα χωράφια που παραχώρησε η κοινότητα.
N: Τα στοιχεία παραγωγής προέρχονται από τα βιβλία του συνεταιρισμού.
X: Νέα δρομολόγια πλοίων για τις μικρές Κυκλάδες
X: Ξεκινούν έργα στο λιμάνι της Χώρας
X: Ο δήμος προσλαμβάνει ναυαγοσώστες για το καλοκαίρι
""",
    "uk": """
T: У селі на Полтавщині переселенці та місцеві разом відкрили пекарню
L: Троє родин, які переїхали з Харківщини, разом із місцевими жителями відкрили у селі пекарню, що тепер щодня випікає хліб для школи, лікарні та двох сусідніх громад.
P: Приміщення колишньої їдальні громада передала в оренду за символічну плату. Обладнання купили за кошти грантової програми та пожертви від земляків, які працюють за кордоном.
P: Пекарня працює з п'ятої ранку. Щодня тут випікають близько шестисот буханців, а у вихідні ще й пироги з капустою та маком за рецептами місцевих господинь.
H: Робота для тих, хто втратив дім
P: У пекарні працюють одинадцять людей, семеро з них переселенці. Для багатьох це перша стабільна робота після того, як вони залишили свої міста.
Q: Ми втратили все, крім рук і рецептів. Тепер наш хліб їдять діти в школі, і це повертає відчуття, що ми знову вдома.
I: Працівники: одинадцять людей, семеро переселенців
I: Виробництво: близько шестисот буханців щодня
I: Покупці: школа, лікарня та дві сусідні громади
P: Голова громади каже, що пекарня вже сплачує податки й планує відкрити невеликий магазин у райцентрі.
H: Розмова із засновницею
F: Чому саме пекарня?
A: Бо хліб потрібен щодня. Ми хотіли робити те, без чого село не може обійтися, а не те, що буде модним один сезон.
F: Що найважче?
A: Ціни на борошно та світло. Коли вимикали електрику, ми пекли на генераторі й усе одно не зупинялися.
P: Навесні пекарня планує взяти на навчання ще чотирьох підлітків із місцевої школи.
N: Дані надані адміністрацією громади.
X: У громаді відремонтували дорогу до лікарні
X: Школа отримала новий автобус
X: Фермери почали посівну раніше через теплу весну
""",
}
