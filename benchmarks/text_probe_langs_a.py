"""Probe articles and their artefacts, part A (en, fr, es, it, pt): written for the text-artefact probe
(benchmarks/text_probe.py) before the rules they meet were read. Each language: a title, six paragraphs, the
artefacts' wordings, three comments (name, stamp, text) and prose look-alikes that must stay."""

LANGS_A = {
    "en": dict(
        title="Harbour towns race to rebuild sea walls before winter storms",
        paras=[
            "Crews in three fishing towns worked through the weekend to repair sea walls damaged in the October "
            "storms, as forecasters warned that a wetter winter could bring higher tides to the coast.",
            "\"We lost forty metres of the wall in one night,\" said Maureen Tully, who runs the harbour office in "
            "Kilbride. \"If another storm hits before it is finished, the car park and the fish market go under.\"",
            "The county council has set aside 2.4 million for the work, but engineers say the true cost of a "
            "lasting repair is closer to six million once the foundations are checked.",
            "Sign up for the course opened on Monday, and the college says every place in the stonemasonry class "
            "was taken within an hour by people who want to work on the walls.",
            "At the auction of the old lifeboat station last month, bids started at 120,000 and closed at "
            "310,000, money the town plans to spend on flood gates.",
            "Residents have been asked to report cracks and loose stones to the harbour office, and a volunteer "
            "group walks the wall every morning at low tide.",
        ],
        date_line="Updated 6:42 AM GMT, Tuesday 4 November 2025",
        read_line="5 min read",
        byline=("By Daniel Okafor and Priya Raman", "Daniel Okafor"),
        source_line="Source: Coastal News Agency",
        kicker="Climate Crisis",
        under_title="From our reporter in Lisbon",
        share_row="Share on Facebook Share on X Copy link Email",
        donation=["Independent journalism needs your support. Chip in from just $3 today.",
                  "Choose an amount: $5 | $10 | $25 | Other"],
        cta=["Want the morning briefing in your inbox? Subscribe to our free newsletter here.",
             "Join the conversation below and tell us what you think."],
        legal=["© 2025 Coastal Media Group. All rights reserved. This material may not be republished without permission."],
        related_head="More on this story",
        related=["Storm surge floods seafront homes in Kilbride", "Council votes to raise harbour fees",
                 "Why sea levels rise faster on this coast"],
        caption="A digger moves rocks along the damaged wall in Kilbride on Saturday.",
        comment_head="12 comments",
        comments=[("seadog_1974", "3 hours ago", "About time they fixed it, the wall has been crumbling for years."),
                  ("Ellen Marsh", "2 hours ago", "The council knew about the cracks in spring and did nothing."),
                  ("Tom B.", "1 hour ago", "Six million is a lot for a town of four thousand people.")],
        lookalike=["Readers who saw the wall collapse are asked to contact the harbour office, Tully said, because "
                   "the insurers need witness statements."],
    ),
    "fr": dict(
        title="À Marseille, les boulangers face à la flambée du prix de la farine",
        paras=[
            "Depuis le début de l'automne, le prix du quintal de farine a augmenté de près de trente pour cent, "
            "et les artisans boulangers du centre-ville disent ne plus pouvoir absorber la hausse.",
            "« On travaille quatorze heures par jour pour gagner moins qu'un salarié », lançait jeudi matin "
            "Karim Benali, installé depuis vingt ans rue de la République.",
            "La chambre des métiers a recensé douze fermetures depuis janvier dans les quartiers nord, un chiffre "
            "jamais atteint depuis la crise de 2008.",
            "Certains ont choisi de réduire la taille de la baguette plutôt que d'en augmenter le prix, une "
            "pratique qui agace les clients fidèles.",
            "Pour la recette de la fougasse aux olives, il faut 500 grammes de farine, 30 centilitres d'eau, "
            "10 grammes de sel et une poignée d'olives noires dénoyautées.",
            "La préfecture promet une réunion avec les meuniers avant la fin du mois, sans garantie de résultat.",
        ],
        date_line="Publié le 14 mars 2025 à 07h15 - Mis à jour le 14 mars 2025 à 11h02",
        read_line="Temps de lecture : 3 min",
        byline=("Par Claire Dubois, correspondante à Marseille", "Claire Dubois"),
        source_line="Source : AFP",
        share_row="Partager sur Facebook Partager sur X Envoyer par e-mail",
        donation=["Soutenez une information indépendante : faites un don dès 1 € et recevez un reçu fiscal.",
                  "Je donne 10 € | 20 € | 50 €"],
        cta=["Abonnez-vous à notre lettre d'information pour recevoir l'essentiel de l'actualité chaque matin.",
             "Réagissez à cet article en laissant un commentaire ci-dessous."],
        legal=["© Le Journal du Sud - Tous droits réservés. Reproduction interdite sans autorisation."],
        related_head="À lire aussi",
        related=["Le prix du pain atteint un record à Lyon", "Les meuniers alertent sur la récolte de blé",
                 "Quand la baguette rétrécit"],
        caption="Karim Benali dans son fournil de la rue de la République, jeudi.",
        comment_head="Commentaires (3)",
        comments=[("Jeanne13", "il y a 2 heures", "Mon boulanger a fermé en juin, c'est une tristesse pour le quartier."),
                  ("Paul Martin", "il y a 1 heure", "Il faudrait aussi parler du prix de l'électricité pour les fours."),
                  ("marseillais", "il y a 40 minutes", "Une baguette plus petite au même prix, non merci.")],
        lookalike=["« Aidez-nous, partagez notre histoire, parlez-en autour de vous », demandait Karim Benali aux "
                   "clients venus le soutenir samedi."],
    ),
    "es": dict(
        title="Valencia prueba autobuses gratuitos en los barrios del sur",
        paras=[
            "El ayuntamiento de Valencia puso en marcha el lunes una prueba de seis meses con autobuses "
            "gratuitos en cuatro líneas que unen los barrios del sur con el centro.",
            "«Queremos saber si la gente deja el coche cuando el billete deja de ser un obstáculo», explicó la "
            "concejala de Movilidad, Lucía Ferrer, en la presentación.",
            "Según los primeros datos, el número de viajeros creció un 18 % en la primera semana, sobre todo "
            "entre estudiantes y personas mayores.",
            "Los conductores, sin embargo, se quejan de que los horarios no se han adaptado y de que algunos "
            "autobuses llegan llenos a las paradas del centro.",
            "El Valencia ganó 2-1 al Betis el domingo, y la línea 19 llevó a más de tres mil aficionados a "
            "Mestalla sin cobrar un euro.",
            "La oposición pide un estudio independiente antes de extender la medida a toda la ciudad.",
        ],
        date_line="Actualizado: 03/02/2025 - 18:47 h",
        read_line="Lectura: 4 min",
        byline=("Por Andrés Molina", "Andrés Molina"),
        source_line="Fuente: Europa Press",
        share_row="Compartir en Facebook Compartir en Twitter Enviar por WhatsApp",
        donation=["Tu apoyo hace posible el periodismo independiente. Hazte socio desde 5 € al mes.",
                  "Aporta 3 € | 6 € | 12 €"],
        cta=["Suscríbete a nuestro boletín y recibe las noticias de Valencia cada mañana.",
             "Síguenos en Instagram y TikTok para no perderte nada."],
        legal=["© 2025 Diario de Levante Sur. Queda prohibida la reproducción total o parcial de este contenido."],
        related_head="Te puede interesar",
        related=["El metro amplía su horario los fines de semana", "Las bicicletas públicas baten récord",
                 "Así será la nueva estación del Cabanyal"],
        caption="Un autobús de la línea 19 en la plaza del Ayuntamiento, el lunes.",
        comment_head="Comentarios",
        comments=[("Marta G.", "hace 5 horas", "Ojalá lo prueben también en las pedanías del norte."),
                  ("vecino_russafa", "hace 3 horas", "Esta mañana el 19 iba hasta arriba, no cabía nadie."),
                  ("José Luis", "hace 1 hora", "Gratis no existe, lo pagamos todos con los impuestos.")],
        lookalike=["«Pedimos a los vecinos que nos escriban con sus quejas y sugerencias», dijo Ferrer, que "
                   "prometió responder a todas antes de marzo."],
    ),
    "it": dict(
        title="Bologna, riapre dopo dieci anni il teatro dei burattini",
        paras=[
            "Dopo dieci anni di chiusura e due restauri interrotti, il piccolo teatro dei burattini di via "
            "Castiglione ha riaperto sabato con uno spettacolo per le scuole.",
            "«Abbiamo recuperato più di trecento burattini dalle cantine», ha raccontato il direttore Marco "
            "Benassi, che ha lavorato al progetto con un gruppo di volontari.",
            "Il restauro è costato 850 mila euro, coperti in parte dalla Regione e in parte da una raccolta "
            "fondi tra i cittadini.",
            "Nel pubblico c'erano anche molti anziani che da bambini avevano visto Fagiolino e Sganapino sulla "
            "stessa scena.",
            "Gli spettacoli per il pubblico inizieranno a gennaio, con biglietti a prezzo ridotto per le famiglie.",
        ],
        date_line="Pubblicato il: 22/11/2025 alle 09:30",
        read_line="Tempo di lettura: 2 minuti",
        byline=("di Giulia Rinaldi", "Giulia Rinaldi"),
        source_line="Fonte: ANSA",
        share_row="Condividi su Facebook Condividi su WhatsApp Copia link",
        donation=["Sostieni il giornalismo locale: abbonati o fai una donazione da 2 euro.",
                  "Dona 5 € | 10 € | 20 €"],
        cta=["Iscriviti alla newsletter per ricevere ogni sera le notizie di Bologna.",
             "Lascia un commento qui sotto e partecipa alla discussione."],
        legal=["Riproduzione riservata © Copyright Gazzetta dell'Emilia"],
        related_head="Leggi anche",
        related=["Il Comunale prepara la nuova stagione", "Musei gratis la prima domenica del mese",
                 "Via Castiglione diventa pedonale"],
        caption="I burattini restaurati esposti nel foyer del teatro.",
        comment_head="Commenti (3)",
        comments=[("Franca", "2 ore fa", "Ci andavo con mio nonno, che bella notizia."),
                  ("Luca R.", "1 ora fa", "Speriamo che questa volta resti aperto."),
                  ("bolognese_doc", "30 minuti fa", "Ottimo lavoro dei volontari, complimenti.")],
        lookalike=["Sul palco, i bambini ripetevano in coro «Fagiolino, Fagiolino, Fagiolino!» finché il "
                   "burattino non è tornato in scena."],
    ),
    "pt": dict(
        title="Lisboa reabre elevador histórico após dois anos de obras",
        paras=[
            "O elevador do Lavra, o mais antigo de Lisboa, voltou a funcionar esta manhã depois de dois anos de "
            "obras de recuperação que custaram 3,2 milhões de euros.",
            "\"Os moradores esperaram muito tempo, e agora podem voltar a subir a colina sem esforço\", disse o "
            "vereador Rui Tavares durante a viagem inaugural.",
            "Os técnicos substituíram os cabos, os travões e parte dos carris, mantendo a carruagem de madeira "
            "original de 1884.",
            "Nos primeiros dias, o elevador vai circular apenas entre as oito da manhã e as oito da noite.",
            "Os bilhetes custam 4,10 euros, mas os residentes com passe mensal viajam sem pagar.",
        ],
        date_line="Publicado a 12 de maio de 2025 às 10:20",
        read_line="Leitura: 3 min",
        byline=("Por Inês Carvalho", "Inês Carvalho"),
        source_line="Fonte: Lusa",
        share_row="Partilhar no Facebook Partilhar no X Enviar por email",
        donation=["Apoie o jornalismo independente. Contribua com 2 €, 5 € ou o valor que quiser.",
                  "Contribuir: 2 € | 5 € | 10 €"],
        cta=["Subscreva a nossa newsletter e receba as notícias de Lisboa todas as manhãs.",
             "Siga-nos no Facebook e no Instagram."],
        legal=["© 2025 Jornal da Colina. Todos os direitos reservados."],
        related_head="Leia também",
        related=["Carris compra cinquenta elétricos novos", "Miradouro da Graça fecha para obras",
                 "Turistas enchem a Baixa em maio"],
        caption="A carruagem restaurada do elevador do Lavra, esta manhã.",
        comment_head="Comentários",
        comments=[("Maria José", "há 2 horas", "Finalmente! A minha mãe já não conseguia subir a rua."),
                  ("Pedro S.", "há 1 hora", "4,10 euros é caro para uma viagem tão curta."),
                  ("alfacinha", "há 20 minutos", "Belíssimo trabalho de restauro.")],
        lookalike=["\"Pedimos a todos os leitores que nos enviem fotografias antigas do elevador\", escreveu o "
                   "museu da Carris, que prepara uma exposição."],
    ),
}
