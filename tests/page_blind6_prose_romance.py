"""French, Spanish, Italian and Portuguese news stories for the sixth blind page harness, in the story line
format of ``tests/page_blind6_prose.py``."""

ROMANCE = {
    "fr": [
        """T: La mairie lance un plan de rénovation des écoles
L: La ville va consacrer 45 millions d'euros à la rénovation énergétique de ses écoles d'ici 2030. Les travaux commenceront dès cet été dans six établissements.
P: Le plan a été adopté lundi soir en conseil municipal, à l'unanimité moins les voix de l'opposition de droite, qui s'est abstenue. Il prévoit l'isolation des façades, le remplacement des fenêtres et l'installation de pompes à chaleur dans les bâtiments les plus anciens.
P: Selon l'adjointe chargée de l'éducation, la moitié des écoles de la ville ont été construites avant 1975. En hiver, certaines classes ne dépassent pas 16 degrés, tandis qu'en juin les enfants étouffent sous les toits.
Q: « On ne peut plus demander aux enseignants de faire cours avec des bonnets l'hiver et des ventilateurs l'été », a-t-elle déclaré.
H: Des cours d'école végétalisées
P: Le programme comprend aussi la transformation de vingt cours d'école. Le bitume sera en partie remplacé par de la terre, des arbres et des jeux en bois, afin de réduire la chaleur pendant les épisodes de canicule.
P: Les parents d'élèves saluent l'initiative, mais s'inquiètent du calendrier. Plusieurs écoles devront accueillir les élèves dans des bâtiments modulaires pendant la durée des travaux.
S: Le premier chantier débutera le 8 juillet.
P: L'opposition estime que le plan arrive trop tard et reproche à la majorité d'avoir laissé les bâtiments se dégrader pendant des années. Elle demande un calendrier précis, école par école, publié sur le site de la ville.
""",
        """T: Grève dans les transports : le trafic fortement perturbé jeudi
L: Les syndicats de cheminots appellent à une nouvelle journée de mobilisation contre la réforme des retraites. La direction prévoit un train sur trois sur les grandes lignes.
P: Les voyageurs sont invités à reporter leurs déplacements ou à privilégier le télétravail. Sur les lignes régionales, le trafic sera très perturbé dans la plupart des régions, avec parfois aucun train avant le milieu de la matinée.
P: Dans les transports en commun de la capitale, la régie annonce un service quasi normal sur les lignes automatiques du métro, mais fortement réduit sur les autres lignes. Certaines stations pourraient être fermées en cours de journée.
F: Les billets seront-ils remboursés ?
A: Oui. Les voyageurs dont le train est supprimé peuvent se faire rembourser sans frais ou échanger leur billet pour une autre date, a précisé la compagnie dans un communiqué.
F: La grève peut-elle se prolonger ?
A: Plusieurs syndicats ont déposé des préavis reconductibles. Ils se réuniront jeudi soir pour décider de la suite du mouvement.
P: Le ministre des Transports a appelé au sens des responsabilités, tout en rappelant le droit de grève. Il a indiqué qu'aucun nouveau calendrier de négociation n'était prévu à ce stade.
S: Une manifestation est prévue à 14 heures.
P: Le cortège doit partir de la place de la République en direction de la Nation. Les organisateurs attendent plusieurs dizaines de milliers de personnes, la préfecture n'a pas encore communiqué d'estimation.
""",
        """T: Les vendanges commencent avec trois semaines d'avance
L: Sécheresse et chaleur ont accéléré la maturation du raisin. Dans le Bordelais, les viticulteurs récoltent déjà les premiers cépages blancs.
P: Au domaine familial de Jean-Marc Lafitte, la cueillette a commencé mardi à l'aube, pour profiter de la fraîcheur du matin. Une quinzaine de saisonniers coupent les grappes de sauvignon à la main, rang après rang.
P: « Il y a vingt ans, on commençait fin septembre. Aujourd'hui, on vendange en août, c'est devenu presque normal », constate le vigneron, qui cultive 22 hectares avec son fils.
P: Les volumes devraient être inférieurs à la moyenne, mais la qualité s'annonce bonne. Les raisins sont petits, concentrés et sains, car le temps sec a limité les maladies comme le mildiou.
H: S'adapter au climat
P: Face au réchauffement, de nombreux domaines expérimentent de nouveaux cépages plus résistants à la chaleur. L'appellation a autorisé plusieurs variétés venues du Portugal et du sud de l'Italie, à titre expérimental.
I: Vendanges de nuit pour préserver les arômes.
I: Plantation de haies et d'arbres entre les rangs.
I: Réduction du travail du sol pour garder l'humidité.
S: La récolte des rouges débutera mi-septembre.
P: La filière traverse par ailleurs une crise commerciale, avec une baisse de la consommation de vin rouge en France et à l'export. Des arrachages de vignes financés par l'État sont en cours dans plusieurs secteurs.
""",
    ],
    "es": [
        """T: El Ayuntamiento aprueba la ampliación del carril bici
L: La red ciclista de la ciudad crecerá en 24 kilómetros durante los próximos dos años. Los comerciantes del centro temen perder plazas de aparcamiento.
P: El pleno municipal dio luz verde este martes al proyecto con los votos del equipo de gobierno y la abstención de uno de los grupos de la oposición. La inversión prevista asciende a 11,5 millones de euros, financiados en parte con fondos europeos.
P: Los nuevos tramos conectarán los barrios del norte con el campus universitario y con la estación de tren. Según la concejala de Movilidad, el objetivo es que ningún vecino viva a más de 300 metros de un carril bici protegido.
Q: «No se trata de ir contra el coche, sino de dar opciones seguras a quien quiere moverse de otra manera», afirmó la concejala.
H: Críticas del comercio
P: La asociación de comerciantes del casco histórico ha pedido que se revise el trazado de la calle Mayor. Calculan que desaparecerán unas 180 plazas de aparcamiento en superficie y advierten de que muchos clientes llegan en coche desde los pueblos cercanos.
P: El Ayuntamiento responde que se habilitarán nuevas plazas en dos aparcamientos subterráneos y que se ampliará el horario de carga y descarga para los negocios.
S: Las obras empezarán en septiembre.
P: Las asociaciones de ciclistas celebran la decisión, aunque consideran que el calendario es demasiado largo. Recuerdan que el año pasado hubo 46 accidentes con ciclistas heridos en la ciudad, la mayoría en vías sin separación del tráfico.
""",
        """T: Entrevista: «El campo necesita relevo generacional»
L: La presidenta de la cooperativa agrícola de la comarca habla de la sequía, los precios y la falta de jóvenes dispuestos a trabajar la tierra.
F: ¿Cómo ha afectado la sequía a la cosecha de este año?
A: Muchísimo. En el cereal de secano hemos perdido casi la mitad de la producción, y en el olivar todavía no sabemos cómo acabará, pero las previsiones no son buenas.
F: ¿Han recibido ayudas?
A: Algunas, pero llegan tarde y son insuficientes. Un agricultor que ha perdido la cosecha no puede esperar un año a que le paguen, porque mientras tanto tiene que seguir pagando el gasóleo, los seguros y los préstamos.
F: ¿Por qué cuesta tanto que los jóvenes se queden en el pueblo?
A: Porque no ven futuro. Comprar tierra es carísimo, los márgenes son muy pequeños y faltan servicios básicos: no hay médico todos los días, el colegio está a veinte kilómetros y la conexión a internet es mala.
S: ¿Qué propone?
A: Créditos sin intereses para la primera instalación, formación práctica en las propias explotaciones y, sobre todo, que la administración simplifique los trámites. Hoy un joven pasa más tiempo rellenando papeles que en el campo.
F: ¿Es optimista?
A: A pesar de todo, sí. Estamos viendo a gente que vuelve de la ciudad con ideas nuevas, con agricultura ecológica, venta directa o turismo rural. Eso da esperanza.
""",
        """T: Detenidos cinco miembros de una red de estafas telefónicas
L: La Policía Nacional ha desarticulado una organización que se hacía pasar por empleados de bancos para vaciar las cuentas de sus víctimas.
P: Los detenidos, con edades comprendidas entre los 22 y los 41 años, llamaban a clientes de distintas entidades y les advertían de supuestos cargos fraudulentos. Con la excusa de anularlos, conseguían que las víctimas les facilitaran los códigos de verificación de sus tarjetas.
P: Según los investigadores, la red habría obtenido más de 600.000 euros en apenas ocho meses. La mayoría de las víctimas eran personas mayores que vivían solas.
P: Los agentes registraron tres viviendas en la provincia, donde intervinieron teléfonos móviles, ordenadores, tarjetas SIM y 23.000 euros en efectivo.
H: Consejos de la policía
I: Ningún banco pide por teléfono las claves o los códigos que llegan por SMS.
I: Ante cualquier duda, hay que colgar y llamar al número oficial de la entidad.
I: Conviene avisar a familiares mayores de este tipo de engaños.
S: La investigación sigue abierta.
P: La policía no descarta nuevas detenciones, ya que la organización contaba con colaboradores que abrían cuentas a su nombre para recibir el dinero a cambio de una pequeña comisión.
""",
    ],
    "it": [
        """T: Il Comune vara il piano per le periferie
L: Trenta milioni di euro per riqualificare piazze, scuole e impianti sportivi nei quartieri esterni. I primi cantieri partiranno in primavera.
P: Il piano è stato presentato ieri mattina in conferenza stampa dal sindaco e dall'assessore all'urbanistica. Gli interventi riguarderanno sei quartieri, scelti in base a indicatori come il reddito medio, la dispersione scolastica e la presenza di servizi.
P: Tra i progetti più importanti c'è la trasformazione dell'ex mercato coperto in un centro civico con biblioteca, sala studio e spazi per le associazioni. Saranno inoltre rifatti tre campi da calcio e due palestre scolastiche.
Q: «Per troppi anni le periferie sono state considerate quartieri dormitorio. Vogliamo che diventino luoghi dove si vive bene», ha detto il sindaco.
H: Le reazioni dei residenti
P: I comitati di quartiere accolgono con favore il piano, ma chiedono di essere coinvolti nelle scelte. In passato, ricordano, diversi progetti sono rimasti sulla carta o sono stati realizzati senza tener conto delle esigenze degli abitanti.
S: Sono previsti incontri pubblici in ogni quartiere.
P: L'opposizione parla di un'operazione elettorale e sottolinea che buona parte dei fondi arriva dal Piano nazionale di ripresa e resilienza. Se i lavori non saranno conclusi entro il 2026, avverte, il Comune rischia di perdere i finanziamenti.
""",
        """T: Ondata di caldo, bollino rosso in dodici città
L: Le temperature supereranno i 38 gradi in gran parte del Centro-Sud. Il ministero della Salute raccomanda di evitare l'esposizione al sole nelle ore più calde.
P: Il bollino rosso, che indica condizioni di rischio per tutta la popolazione, riguarda tra le altre Roma, Firenze, Bologna e Palermo. Secondo i meteorologi l'anticiclone africano resterà sull'Italia almeno fino al prossimo fine settimana.
P: Negli ospedali si registra un aumento degli accessi al pronto soccorso per disidratazione e malori, soprattutto tra gli anziani. Diverse Regioni hanno attivato numeri verdi e servizi di assistenza a domicilio.
H: I consigli degli esperti
I: Bere almeno due litri d'acqua al giorno, anche senza sentire sete.
I: Evitare di uscire tra le 11 e le 18.
I: Preferire pasti leggeri, frutta e verdura.
P: Nei cantieri e nei campi alcune Regioni hanno vietato il lavoro all'aperto nelle ore centrali della giornata. I sindacati chiedono che l'ordinanza venga estesa a tutto il territorio nazionale.
S: Un lieve calo è atteso da lunedì.
P: Intanto cresce la domanda di energia elettrica per i condizionatori. Il gestore della rete assicura che non ci sono rischi di blackout, ma invita a un uso responsabile degli apparecchi.
""",
    ],
    "pt": [
        """T: Governo anuncia novo programa de habitação para jovens
L: O programa prevê apoio ao arrendamento e garantias públicas para a compra da primeira casa. A oposição considera as medidas insuficientes.
P: O anúncio foi feito esta quarta-feira pela ministra da Habitação, após a reunião do Conselho de Ministros. O apoio ao arrendamento poderá chegar a 200 euros por mês para jovens até aos 35 anos com rendimentos baixos ou médios.
P: Na compra da primeira habitação, o Estado passará a garantir até 15 por cento do valor do empréstimo, o que permitirá aos jovens comprar casa sem a entrada exigida atualmente pelos bancos.
Q: «Não podemos continuar a ter uma geração inteira que não consegue sair de casa dos pais», afirmou a ministra.
H: Preços continuam a subir
P: Segundo os dados mais recentes do instituto de estatística, o preço das casas aumentou nove por cento no último ano. Em Lisboa e no Porto, o valor médio do metro quadrado já ultrapassa largamente os salários da maioria dos jovens.
S: As candidaturas abrem em março.
P: Os partidos da oposição defendem que o problema só se resolve com mais construção pública. As associações de inquilinos pedem também limites às rendas nas zonas de maior pressão turística.
""",
        """T: Incêndio florestal obriga a evacuar duas aldeias
L: Mais de 300 bombeiros combatem as chamas no interior do país. O vento forte está a dificultar os trabalhos.
P: O fogo deflagrou ao início da tarde de domingo numa zona de mato e rapidamente alastrou a uma área de eucaliptal. Ao fim do dia, a Proteção Civil decidiu retirar por precaução os habitantes de duas aldeias.
P: Cerca de 80 pessoas passaram a noite no pavilhão municipal, onde a autarquia disponibilizou camas, refeições e apoio médico. Não há registo de feridos graves.
P: Os meios aéreos estiveram no terreno até ao pôr do sol e voltaram a levantar voo na manhã de segunda-feira. As autoridades admitem que as próximas horas serão decisivas.
S: A causa do incêndio ainda está por apurar.
P: A região está em alerta máximo desde sexta-feira devido às temperaturas elevadas e à baixa humidade. Está proibido fazer queimadas e usar máquinas agrícolas nas zonas florestais.
""",
    ],
}
