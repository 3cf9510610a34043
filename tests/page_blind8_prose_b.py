"""Stories of the eighth blind page harness, other languages (original prose in the voice of 2009-2013 pages).

Line kinds as in ``tests/page_blind8_prose_a.py``: T title, P paragraph, C photo caption, K comment (``author | text``), X another story's headline.
"""
from __future__ import annotations

OTHERS = {
    "de": """
X: Baustelle an der Bahnhofstraße dauert länger
X: Freibad öffnet eine Woche früher
X: Stadtrat streitet über neue Parkgebühren
T: Stadtbücherei öffnet am Sonntag: Ein Versuch mit ehrenamtlichen Helfern
P: Seit Anfang des Monats hat die Stadtbücherei auch sonntags von elf bis siebzehn Uhr geöffnet. Möglich macht das ein Verein, dessen Mitglieder die Ausleihe übernehmen, während die festangestellten Bibliothekarinnen frei haben.
P: Schon am ersten Sonntag kamen mehr als dreihundert Besucher, darunter viele Familien, die unter der Woche keine Zeit finden. Besonders gefragt waren Hörbücher und die neuen Reiseführer im Obergeschoss.
P: Die Gewerkschaft sieht den Versuch kritisch. Ehrenamtliche dürften keine regulären Stellen ersetzen, sagte ein Sprecher, und die Stadt solle lieber zusätzliches Personal einstellen, statt auf Freiwillige zu setzen.
P: Der Bürgermeister verweist dagegen auf die knappe Kasse. Der Versuch sei zunächst auf ein halbes Jahr befristet, danach werde der Stadtrat anhand der Besucherzahlen entscheiden, wie es weitergeht.
P: Im Lesecafé im Erdgeschoss bieten Schüler des Gymnasiums sonntags Hilfe bei Computerfragen an. Vor allem ältere Besucher nutzen das Angebot, um E-Mails zu schreiben oder Fotos auszudrucken.
P: Wer sich im Verein engagieren möchte, kann sich an der Theke melden. Gesucht werden vor allem Helfer, die einmal im Monat einen Sonntagvormittag übernehmen können.
C: Lesestunde für Kinder im Obergeschoss der Stadtbücherei.
C: Ehrenamtliche Helfer an der Ausleihtheke am ersten Sonntag.
C: Das Lesecafé im Erdgeschoss war schon am Mittag gut besucht.
K: Monika S. | Endlich! Als Berufstätige schaffe ich es unter der Woche nie vor Schließung.
K: Bernd | Schöne Idee, aber die Gewerkschaft hat recht, das ist Sparen auf dem Rücken der Angestellten.
K: leseratte | Wir waren mit den Kindern da und es war herrlich ruhig und gemütlich.
K: Jürgen K. | Ein halbes Jahr ist zu kurz, um wirklich etwas über die Nachfrage zu sagen.
K: Sabine | Ich melde mich gern für einen Sonntag im Monat, wo kann man sich eintragen?
K: Klaus | Hoffentlich bleibt es dabei, ein Sonntag ohne Bücherei ist ein verlorener Sonntag.
""",
    "fr": """
X: La piscine municipale fermée pour travaux cet été
X: Nouveau sens de circulation rue de la Gare
X: Les écoles préparent la fête de fin d'année
T: Le marché couvert rouvre ses portes après deux ans de travaux
P: Après deux années de chantier, le marché couvert de la place centrale a rouvert samedi matin. Une trentaine de commerçants ont retrouvé leurs étals sous la charpente métallique entièrement restaurée.
P: Les travaux ont coûté près de quatre millions d'euros, financés en grande partie par la ville et la région. La verrière d'origine a été démontée pièce par pièce puis remontée avec des vitrages isolants.
P: Pendant les travaux, les commerçants s'étaient installés sous des tentes sur le parking voisin. Plusieurs d'entre eux avouent avoir perdu une partie de leur clientèle pendant l'hiver, faute de chauffage.
P: Un fromager installé depuis vingt ans se réjouit du nouvel éclairage et des chambres froides modernes, mais regrette que les loyers des emplacements aient augmenté de près de quinze pour cent.
P: La mairie a promis de nouveaux horaires le jeudi soir pour attirer les personnes qui travaillent en journée, ainsi qu'un espace réservé aux producteurs locaux le premier samedi du mois.
P: Une fête d'inauguration est prévue le week-end prochain avec une dégustation de produits régionaux et un concert de la fanfare municipale sur le parvis.
C: La verrière restaurée laisse entrer la lumière sur les allées centrales.
C: Un maraîcher installe ses cagettes dès six heures du matin.
C: Les premiers clients devant l'entrée principale samedi.
K: Martine | Enfin ! On attendait ça depuis si longtemps, le marché sous les tentes était triste.
K: Pierre L. | Quinze pour cent de loyer en plus, ce sont les clients qui vont payer au final.
K: Sophie | Très belle rénovation, la verrière est magnifique le matin.
K: jean-marc | Les horaires du jeudi soir sont une excellente idée pour ceux qui travaillent.
K: Claire D. | Dommage qu'il n'y ait toujours pas de parking pour les vélos devant l'entrée.
K: Hélène | Nous irons à l'inauguration avec les enfants, merci pour l'info.
""",
    "es": """
X: Cortes de tráfico en la avenida principal por obras
X: El mercado de abastos amplía su horario
X: La biblioteca municipal estrena sala de estudio
T: Los vecinos del barrio alto recuperan el huerto comunitario abandonado
P: Un grupo de vecinos del barrio alto ha convertido un solar abandonado junto al antiguo lavadero en un huerto comunitario donde ya crecen tomates, pimientos, lechugas y hasta un pequeño limonero.
P: La idea surgió en una reunión de la asociación vecinal hace un año. El ayuntamiento cedió el terreno por cinco años a cambio de que los vecinos se encargaran de limpiarlo y mantenerlo en buen estado.
P: Cada familia cuida una parcela de unos diez metros cuadrados, y una zona común está reservada para los alumnos del colegio público, que vienen dos mañanas por semana con sus profesores.
P: El agua procede de un depósito que recoge la lluvia del tejado del lavadero, aunque en verano los vecinos tienen que completar el riego con una toma municipal que paga la asociación.
P: Algunos comerciantes de la zona han donado herramientas y semillas, y un jubilado que trabajó toda su vida en el campo da clases gratuitas los sábados a quien quiera aprender.
P: La asociación ya tiene una lista de espera de más de treinta familias y estudia pedir al ayuntamiento otro solar cercano para ampliar el proyecto el año que viene.
C: Las primeras lechugas del huerto comunitario.
C: Alumnos del colegio público plantan semillas en la zona común.
C: El depósito de agua de lluvia junto al antiguo lavadero.
K: Carmen | Qué envidia, en mi barrio hay tres solares así llenos de basura.
K: Antonio G. | Enhorabuena a los vecinos, es un ejemplo de lo que se puede hacer sin gastar mucho.
K: Lucía | ¿Cómo se puede entrar en la lista de espera? Vivo a dos calles.
K: Paco | Cinco años se pasan rápido, espero que luego no lo conviertan en un aparcamiento.
K: maria_jose | Mis hijos van con el colegio y vuelven encantados cada semana.
K: Javier | Muy buena noticia, ojalá se extienda a otros barrios de la ciudad.
""",
    "it": """
X: Chiusa per lavori la piscina comunale
X: Nuovi orari per gli autobus di linea
X: La sagra del paese torna a settembre
T: Il vecchio cinema di quartiere torna a vivere grazie a una cooperativa
P: Dopo quasi dieci anni di chiusura, il cinema di via Garibaldi ha riaperto venerdì sera con una proiezione gratuita che ha riempito tutti i duecento posti della sala e buona parte della galleria.
P: A rilevare la struttura è stata una cooperativa di giovani del quartiere, che ha raccolto i fondi con una sottoscrizione pubblica e con una serie di cene organizzate nei cortili durante l'estate.
P: I lavori più costosi hanno riguardato l'impianto di riscaldamento e il nuovo proiettore digitale, indispensabile perché le case di distribuzione non inviano quasi più le pellicole.
P: Il programma alternerà film in prima visione a rassegne dedicate ai classici, con proiezioni pomeridiane per le scuole e una sera al mese riservata ai cortometraggi di autori locali.
P: I commercianti della via sperano che il cinema riporti gente nelle strade la sera, quando oggi molti negozi abbassano le serrande già alle sette e mezza.
P: La cooperativa cerca ancora volontari per la cassa e per il piccolo bar del foyer, e invita chiunque abbia vecchie locandine a prestarle per una mostra sulla storia della sala.
C: La sala piena per la proiezione inaugurale di venerdì.
C: Il nuovo proiettore digitale installato in cabina.
C: Le vecchie poltrone di velluto restaurate dai volontari.
K: Giulia | Che emozione, ci andavo da bambina con mio nonno ogni domenica.
K: Marco R. | Bravi ragazzi, finalmente una buona notizia per il quartiere.
K: Francesca | Ho ancora una locandina degli anni ottanta, la porto volentieri.
K: Luca | Speriamo che reggano economicamente, i cinema piccoli hanno vita dura.
K: Roberto | La rassegna dei classici è un'ottima idea, ci sarò sicuramente.
K: Anna | Il bar del foyer è delizioso, complimenti a tutti.
""",
    "nl": """
X: Werkzaamheden aan de brug duren langer
X: Zwembad gaat eerder open dan gepland
X: Nieuwe fietsenstalling bij het station
T: Dorpsbewoners redden de laatste bakkerij met een eigen coöperatie
P: Toen de bakker van het dorp vorig jaar aankondigde dat hij zou stoppen, besloten ruim honderd inwoners samen een coöperatie op te richten om de winkel aan de Kerkstraat open te houden.
P: Iedere deelnemer kocht een aandeel van vijftig euro. Met dat geld en een lening van de gemeente konden de oven worden vervangen en de eerste maanden aan lonen worden betaald.
P: Een jonge bakker uit de stad heeft de leiding gekregen. Hij bakt elke ochtend vanaf vier uur brood, en op zaterdag maakt hij de appeltaarten waarvoor mensen vroeger uit de hele streek kwamen.
P: Vrijwilligers helpen achter de toonbank en bezorgen brood bij ouderen die niet meer zelf naar het dorp kunnen komen. Dat laatste blijkt een belangrijke reden voor veel leden om mee te doen.
P: De omzet ligt voorlopig iets onder de verwachting, maar het bestuur is tevreden. Volgens de voorzitter gaat het niet om winst, maar om een plek waar mensen elkaar elke dag tegenkomen.
P: In het voorjaar wil de coöperatie een paar tafels voor de winkel zetten, zodat dorpsgenoten er koffie kunnen drinken. Daarvoor is nog een vergunning van de gemeente nodig.
C: De nieuwe oven werd in een dag geplaatst.
C: Vrijwilligers achter de toonbank op zaterdagochtend.
C: De beroemde appeltaarten van de bakkerij aan de Kerkstraat.
K: Ria | Wat een mooi initiatief, zo houd je een dorp levend.
K: Henk de Vries | Ik ben lid geworden en ga elke ochtend mijn brood halen.
K: Marloes | De appeltaart is net zo lekker als vroeger, echt waar.
K: Pieter | Hopelijk gaat de gemeente snel akkoord met die tafels.
K: Anouk | In ons dorp is de bakker al drie jaar weg, jammer dat niemand dit toen deed.
K: Jan | Goed verhaal, dank voor het delen.
""",
    "pt": """
X: Obras na avenida principal condicionam trânsito
X: Piscina municipal reabre no próximo mês
X: Feira semanal muda de local
T: Moradores transformam antiga estação de comboios em centro cultural
P: A antiga estação de comboios da vila, fechada desde que a linha foi desativada, voltou a ganhar vida depois de um grupo de moradores a ter transformado num centro cultural com biblioteca, oficinas e uma pequena sala de espetáculos.
P: A câmara municipal cedeu o edifício por um valor simbólico, e os trabalhos de recuperação foram feitos sobretudo por voluntários aos fins de semana, com materiais doados por empresas da região.
P: A antiga sala de espera é agora uma biblioteca com mais de três mil livros, quase todos oferecidos por famílias da vila. No antigo armazém de mercadorias funcionam oficinas de cerâmica e de carpintaria.
P: Aos sábados à noite há concertos, sessões de cinema e leituras de poesia. A entrada é gratuita, mas os visitantes são convidados a deixar um donativo numa velha caixa de bilhetes.
P: Os organizadores querem agora recuperar a plataforma e instalar ali uma esplanada, para que o espaço possa ser usado também durante o verão, quando a vila recebe muitos emigrantes.
P: Quem quiser colaborar pode aparecer às terças-feiras à noite, quando a associação reúne para planear as atividades do mês seguinte.
C: A antiga sala de espera transformada em biblioteca.
C: Voluntários pintam as portas do armazém de mercadorias.
C: Um concerto de sábado à noite na pequena sala.
K: Manuel | Lembro-me de apanhar o comboio aqui em criança, que bom ver a estação viva outra vez.
K: Ana Paula | Parabéns aos voluntários, um trabalho incrível.
K: Rui | A esplanada na plataforma vai ser um sucesso no verão.
K: Teresa | Tenho muitos livros em casa, posso levar lá?
K: João | Pena que a linha nunca tenha voltado a funcionar.
K: Sofia | Fomos ao cinema no sábado e estava cheio, ótimo ambiente.
""",
    "ru": """
X: На центральной улице начался ремонт дороги
X: В городском парке открылся новый каток
X: Автобусы изменят расписание с понедельника
T: Жители района сами отремонтировали старую детскую площадку
P: Жители нескольких домов на окраине города за два выходных отремонтировали детскую площадку, которую больше десяти лет никто не обслуживал и которую дети давно обходили стороной.
P: Деньги на краску, доски и новые качели собирали всем двором, а строительную компанию, работающую по соседству, уговорили бесплатно привезти песок и вывезти старый мусор.
P: Работали все вместе: мужчины меняли сгнившие доски и чинили горку, женщины красили скамейки и ограду, а подростки сажали кусты вдоль дорожки, ведущей к подъездам.
P: Управляющая компания поначалу отнеслась к затее настороженно, но потом выделила рабочего со сварочным аппаратом, чтобы укрепить старые металлические конструкции.
P: Теперь на площадке каждый вечер собираются дети из соседних домов, а родители по очереди следят за порядком и договорились вместе убирать территорию раз в месяц.
P: Следующим летом жители хотят поставить небольшую беседку и стол для настольного тенниса, и уже начали обсуждать, где взять на это деньги.
C: Новая горка и качели после ремонта.
C: Жители красят ограду в субботу утром.
C: Подростки сажают кусты вдоль дорожки.
K: Ольга | Молодцы! У нас во дворе такая же площадка, надо брать пример.
K: Сергей П. | Правильно, нечего ждать годами, когда кто-то придёт и сделает.
K: Наталья | Дети счастливы, теперь гуляем каждый вечер.
K: Андрей | А почему управляющая компания сама этим не занималась? Вопрос к ним.
K: Ирина | Беседка будет очень кстати, готова помочь деньгами.
K: Виктор | Хорошая новость, спасибо за репортаж.
""",
    "zh": """
X: 老城区道路改造工程下月开工
X: 社区菜市场延长营业时间
X: 市民公园新增健身器材
T: 老街坊自发修缮社区图书室，周末向居民免费开放
P: 位于老城区的一间社区图书室关闭多年之后，最近在几位退休教师的带领下重新开放，每逢周末都有不少孩子和老人前来看书。
P: 图书室原本是一间废弃的仓库，屋顶漏水，墙皮脱落。街坊们利用两个月的业余时间清理垃圾、粉刷墙面，还请来一位木匠师傅做了十几个书架。
P: 书籍大多来自居民捐赠，目前已有三千多册，其中儿童读物占了一半。几位大学生志愿者每周帮忙整理图书，并给孩子们讲故事。
P: 街道办事处得知后，主动为图书室安装了新的灯具和空调，并承诺每年拨出一笔经费用于购买新书。
P: 负责管理的退休教师说，最让她高兴的是，孩子们放学后不再只是看电视，而是愿意来这里安静地读一会儿书。
P: 图书室目前每周六和周日开放，下一步打算增加工作日晚上的开放时间，欢迎更多居民报名做志愿者。
C: 孩子们在新书架前挑选图书。
C: 志愿者正在整理居民捐赠的书籍。
C: 修缮后的图书室明亮整洁。
K: 小王 | 太好了，我家孩子周末终于有地方去了。
K: 李老师 | 向几位退休老师致敬，做了一件大好事。
K: 阳光男孩 | 我家还有不少旧书，可以送过去吗？
K: 张阿姨 | 希望工作日晚上也能开放，上班族也想去看看。
K: 路人甲 | 街道办这次做得不错，点个赞。
K: 小林 | 以前路过那里总是黑乎乎的，现在变化真大。
""",
}
