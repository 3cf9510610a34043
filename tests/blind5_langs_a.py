"""Language data of the fifth blind harness (tests/generalisation_blind5.py), part A:
languages that have a file in cleaners/lang/. Written for the harness, not copied."""

LANGS_A = {
    "en": dict(
        title=["Harbour town votes to rebuild its flooded ferry terminal",
               "Regional hospital opens a night clinic for farm workers"],
        paras=["The council approved the plan on Tuesday evening after a debate that lasted almost four hours, "
               "with nine members in favour and three against the proposal.",
               "Engineers say the old terminal was damaged beyond repair when the river broke its banks in "
               "February, and ferries have since docked at a temporary pier.",
               "Local traders welcomed the decision but warned that the works must not block the market street "
               "during the summer season, when most visitors arrive.",
               "The first contracts are expected to be signed before the end of the year, and the new building "
               "should open to passengers in the spring of 2027."],
        names=["Margaret Olsen", "tomfromleeds", "J. Whitaker", "RiverWatcher77", "Ana P."],
        comments=["About time, the temporary pier is a disgrace in winter.",
                  "Who is going to pay for this when the budget is already stretched?",
                  "My grandfather worked on the old terminal, sad to see it go.",
                  "Four hours of debate for a decision everyone expected anyway."],
        count="{n} comments", reply="Reply", says="{name} says:", login="Log in to reply",
        wrote="{name} wrote:", ago="{n} hours ago", stamp="March {d}, 2025 at {h}:14 pm",
        cta=["Subscribe to our daily briefing and never miss a story from the coast.",
             "Want more stories like this? Sign up for our free newsletter.",
             "If you found this article useful, please share it with your friends and family.",
             "Download our app to get breaking news alerts straight to your phone.",
             "Follow us on Telegram and X for live updates from the region."],
        appeal=["Support independent local journalism: donate today.",
                "Reader donations keep this newsroom running. Please give what you can."],
        caption="The damaged ferry terminal seen from the river",
        credit="Photo: {name} / Coastal Press",
        reading="{n} min read", byline="By {name}", related="Related stories",
    ),
    "de": dict(
        title=["Hafenstadt stimmt für den Neubau des überfluteten Fährterminals",
               "Kreiskrankenhaus eröffnet Nachtsprechstunde für Erntehelfer"],
        paras=["Der Stadtrat billigte den Plan am Dienstagabend nach einer fast vierstündigen Debatte, neun "
               "Mitglieder stimmten dafür und drei dagegen.",
               "Nach Angaben der Ingenieure wurde das alte Terminal beim Hochwasser im Februar irreparabel "
               "beschädigt, seitdem legen die Fähren an einem provisorischen Steg an.",
               "Die Händler vor Ort begrüßten die Entscheidung, warnten aber, dass die Bauarbeiten die Marktstraße "
               "in der Sommersaison nicht blockieren dürfen.",
               "Die ersten Verträge sollen noch vor Jahresende unterzeichnet werden, das neue Gebäude soll im "
               "Frühjahr 2027 für Fahrgäste öffnen."],
        names=["Brigitte Hansen", "kuestenkind", "M. Schröder", "Elbseglerin", "Jörg W."],
        comments=["Wurde auch Zeit, der Steg ist im Winter eine Zumutung.",
                  "Wer soll das bezahlen, wenn der Haushalt jetzt schon knapp ist?",
                  "Mein Opa hat am alten Terminal gearbeitet, schade drum.",
                  "Vier Stunden Debatte für ein Ergebnis, das alle erwartet haben."],
        count="{n} Kommentare", reply="Antworten", says="{name} sagt:", login="Zum Antworten anmelden",
        wrote="{name} schrieb:", ago="vor {n} Stunden", stamp="{d}. März 2025 um {h}:14 Uhr",
        cta=["Abonnieren Sie unseren Newsletter und verpassen Sie keine Nachricht von der Küste.",
             "Sie wollen mehr solcher Geschichten? Melden Sie sich kostenlos an.",
             "Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn mit Ihren Freunden.",
             "Laden Sie unsere App herunter und erhalten Sie Eilmeldungen direkt aufs Handy.",
             "Folgen Sie uns auf Telegram und Instagram für aktuelle Meldungen aus der Region."],
        appeal=["Unterstützen Sie unabhängigen Lokaljournalismus: Spenden Sie noch heute.",
                "Spenden unserer Leser sichern diese Redaktion. Bitte helfen Sie mit."],
        caption="Das beschädigte Fährterminal vom Fluss aus gesehen",
        credit="Foto: {name} / Küstenpresse",
        reading="Lesezeit: {n} Minuten", byline="Von {name}", related="Mehr zum Thema",
    ),
    "fr": dict(
        title=["La ville portuaire vote la reconstruction de son terminal inondé",
               "L'hôpital régional ouvre une consultation de nuit pour les saisonniers"],
        paras=["Le conseil municipal a approuvé le projet mardi soir après un débat de près de quatre heures, "
               "par neuf voix contre trois.",
               "Selon les ingénieurs, l'ancien terminal a été endommagé de façon irréparable lors de la crue de "
               "février, et les ferries accostent depuis à un ponton provisoire.",
               "Les commerçants ont salué la décision mais ont averti que les travaux ne devaient pas bloquer la "
               "rue du marché pendant la saison estivale.",
               "Les premiers contrats devraient être signés avant la fin de l'année et le nouveau bâtiment "
               "ouvrira aux passagers au printemps 2027."],
        names=["Sylvie Marchand", "marin_du_nord", "P. Lefèvre", "Gwenaëlle", "Karim B."],
        comments=["Il était temps, le ponton est une honte en hiver.",
                  "Et qui va payer alors que le budget est déjà serré ?",
                  "Mon grand-père a travaillé sur l'ancien terminal, ça me rend triste.",
                  "Quatre heures de débat pour un vote que tout le monde attendait."],
        count="{n} commentaires", reply="Répondre", says="{name} dit :", login="Connectez-vous pour répondre",
        wrote="{name} a écrit :", ago="il y a {n} heures", stamp="{d} mars 2025 à {h}h14",
        cta=["Abonnez-vous à notre lettre quotidienne pour ne manquer aucune info de la côte.",
             "Envie de lire plus d'articles comme celui-ci ? Inscrivez-vous gratuitement.",
             "Si cet article vous a plu, partagez-le avec vos proches.",
             "Téléchargez notre application pour recevoir les alertes info sur votre téléphone.",
             "Suivez-nous sur Telegram et Instagram pour les dernières nouvelles de la région."],
        appeal=["Soutenez le journalisme local indépendant : faites un don dès aujourd'hui.",
                "Ce sont les dons des lecteurs qui font vivre cette rédaction. Merci de contribuer."],
        caption="Le terminal endommagé vu depuis le fleuve",
        credit="Photo : {name} / Presse du Littoral",
        reading="Temps de lecture : {n} min", byline="Par {name}", related="À lire aussi",
    ),
    "es": dict(
        title=["El pueblo costero vota reconstruir su terminal de ferris inundada",
               "El hospital comarcal abre una consulta nocturna para jornaleros"],
        paras=["El pleno aprobó el plan el martes por la noche tras un debate de casi cuatro horas, con nueve "
               "votos a favor y tres en contra.",
               "Según los ingenieros, la antigua terminal quedó dañada sin remedio cuando el río se desbordó en "
               "febrero, y desde entonces los ferris atracan en un muelle provisional.",
               "Los comerciantes celebraron la decisión, pero advirtieron de que las obras no deben cortar la "
               "calle del mercado durante la temporada de verano.",
               "Los primeros contratos se firmarán antes de fin de año y el nuevo edificio abrirá a los "
               "pasajeros en la primavera de 2027."],
        names=["Carmen Ortega", "pescador_viejo", "L. Gutiérrez", "Marisa", "Iñaki R."],
        comments=["Ya era hora, el muelle provisional es una vergüenza en invierno.",
                  "¿Y quién lo va a pagar con el presupuesto tan justo?",
                  "Mi abuelo trabajó en la terminal vieja, da pena verla así.",
                  "Cuatro horas de debate para algo que todos sabíamos."],
        count="{n} comentarios", reply="Responder", says="{name} dice:", login="Inicia sesión para responder",
        wrote="{name} escribió:", ago="hace {n} horas", stamp="{d} de marzo de 2025 a las {h}:14",
        cta=["Suscríbete a nuestro boletín diario y no te pierdas ninguna noticia de la costa.",
             "¿Quieres más historias como esta? Regístrate gratis.",
             "Si te ha gustado este artículo, compártelo con tus amigos.",
             "Descarga nuestra aplicación para recibir las últimas noticias en tu móvil.",
             "Síguenos en Telegram e Instagram para estar al día de lo que pasa en la comarca."],
        appeal=["Apoya el periodismo local independiente: haz tu donación hoy.",
                "Las aportaciones de los lectores sostienen esta redacción. Colabora con lo que puedas."],
        caption="La terminal dañada vista desde el río",
        credit="Foto: {name} / Prensa del Litoral",
        reading="Lectura de {n} minutos", byline="Por {name}", related="Noticias relacionadas",
    ),
    "ru": dict(
        title=["Портовый город проголосовал за восстановление затопленного терминала",
               "Районная больница открыла ночной приём для сезонных рабочих"],
        paras=["Городской совет одобрил план во вторник вечером после почти четырёхчасовых обсуждений: девять "
               "депутатов проголосовали за, трое против.",
               "По словам инженеров, старый терминал был безнадёжно повреждён во время февральского паводка, и с "
               "тех пор паромы швартуются у временного причала.",
               "Местные торговцы приветствовали решение, но предупредили, что стройка не должна перекрыть "
               "рыночную улицу в летний сезон.",
               "Первые контракты планируется подписать до конца года, а новое здание примет пассажиров весной "
               "2027 года."],
        names=["Ольга Смирнова", "dedmoroz_62", "В. Кузнецов", "Северянка", "Игорь П."],
        comments=["Давно пора, зимой на временном причале просто ужас.",
                  "А платить кто будет, бюджет и так трещит по швам?",
                  "Мой дед работал на старом терминале, грустно это видеть.",
                  "Четыре часа спорили о том, что и так было ясно."],
        count="{n} комментариев", reply="Ответить", says="{name} пишет:", login="Войдите, чтобы ответить",
        wrote="{name} написал(а):", ago="{n} часа назад", stamp="{d} марта 2025 в {h}:14",
        cta=["Подписывайтесь на нашу ежедневную рассылку, чтобы не пропустить новости побережья.",
             "Хотите больше таких историй? Зарегистрируйтесь бесплатно.",
             "Если статья оказалась полезной, поделитесь ею с друзьями.",
             "Скачайте наше приложение и получайте срочные новости прямо на телефон.",
             "Читайте нас в Telegram и ВКонтакте, чтобы следить за событиями в регионе."],
        appeal=["Поддержите независимую местную журналистику: сделайте пожертвование сегодня.",
                "Редакция живёт на пожертвования читателей. Помогите, сколько сможете."],
        caption="Повреждённый терминал, вид с реки",
        credit="Фото: {name} / Пресс-служба побережья",
        reading="{n} мин. на чтение", byline="Автор: {name}", related="Читайте также",
    ),
}
