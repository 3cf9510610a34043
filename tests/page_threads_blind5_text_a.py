"""Texts of the fifth blind comment-page harness (`tests/page_threads_blind5.py`): en, es, pt, ro, cs, hu, fi.

Per language (`lang()`): a title, article paragraphs, readers' sentences (comments are drawn from them), names,
questions (an interview's, a FAQ's, a Q&A page's), headlines (related cards, events, a ticker) and the words of the
page furniture (`w`, `WORDS` in order). Written for this harness."""
from __future__ import annotations

WORDS = ("date", "ago", "by", "reply", "count", "more", "like", "answers", "reviews", "helpful", "about",
         "related", "faq", "updates", "events", "letters", "inreply", "leave")


def lang(title, article, comments, names, questions, headlines, words) -> dict:
    """One language's texts; ``words`` the furniture words of WORDS parted by '|'."""
    w = dict(zip(WORDS, [x.strip() for x in words.split("|")]))
    assert len(w) == len(WORDS), title
    return dict(title=title, article=article, comments=comments, names=names, questions=questions,
                headlines=headlines, w=w)


LANGS_A = {
    "en": lang(
        "Ferry timetable cut leaves island commuters stranded at dawn",
        ["The regional transport board confirmed on Monday that the first crossing of the day will be dropped from April. "
         "Around two hundred people who work on the mainland used that boat to reach their shifts.",
         "Board members said the early service carried too few passengers in winter to justify a second crew. "
         "They promised a review after the summer season, when visitor numbers are known.",
         "Shop owners on the island fear that young families will move away if the morning link disappears. "
         "A petition collected more than nine hundred signatures within a week.",
         "The harbour master noted that the slipway repairs planned for May are also on hold. "
         "A public meeting is scheduled in the community hall next Thursday evening."],
        ["I take that boat every single weekday and there is no other way to get to the hospital on time.",
         "Nine hundred signatures from an island of three thousand people says a lot.",
         "Why not run a smaller vessel in winter instead of cutting the service entirely?",
         "The board made the same promise about a review in 2019 and nothing happened.",
         "My daughter starts college in September, so this could not come at a worse time.",
         "Has anyone asked the ferry crews what they think about a split shift?",
         "See you all at the hall on Thursday, bring your neighbours.",
         "Honestly the slipway is in a worse state than the timetable."],
        ["Moira Cullen", "Tom Abernethy", "Priya Natarajan", "Gus Hendry", "Elspeth Ross", "Callum Reid"],
        ["When will the board publish the passenger figures?", "What happens to season tickets already sold?",
         "Can the council subsidise the first crossing?"],
        ["Bridge toll review delayed again", "New bakery opens on the pier", "Lifeboat crew honoured for night rescue"],
        "March {d}, 2024 at {h}:{m} | {n} hours ago | by | Reply | {n} Comments | Load more comments | Like | {n} Answers |"
        " Customer reviews | Helpful | About the author | Read also | Frequently asked questions | Updates | Events |"
        " Letters to the editor | in reply to | Leave a comment"),
    "es": lang(
        "El mercado de abastos reabre tras dos años de obras",
        ["El ayuntamiento entregó el sábado las llaves de los puestos renovados a sesenta comerciantes. "
         "La obra costó casi cuatro millones de euros y sufrió varios retrasos por la falta de materiales.",
         "Los vendedores de pescado estrenan cámaras frigoríficas y un muelle de carga cubierto. "
         "Hasta ahora descargaban en la calle, lo que provocaba atascos cada mañana.",
         "La asociación de vecinos celebra la reapertura, aunque lamenta que solo haya doce plazas de aparcamiento. "
         "El concejal de urbanismo prometió estudiar un convenio con el garaje de la plaza.",
         "El horario será de ocho de la mañana a tres de la tarde de lunes a sábado. "
         "Los viernes por la tarde abrirá también la zona de restauración del primer piso."],
        ["Por fin, mi abuela compraba allí el pescado desde los años sesenta.",
         "Doce plazas de aparcamiento para un mercado entero es una broma.",
         "Cuatro millones y seguimos sin baños accesibles en la planta baja.",
         "El puesto de las aceitunas sigue siendo el mejor de la ciudad.",
         "Ojalá abran también los domingos en verano para los turistas.",
         "Yo vivo enfrente y las obras han sido un infierno de ruido.",
         "¿Alguien sabe si la frutería de Manoli ha vuelto a su sitio?",
         "Bonita reforma, pero los precios del alquiler de los puestos han subido mucho."],
        ["Lucía Ferrer", "Andrés Molina", "Rocío Benítez", "Javier Ortuño", "Maite Salcedo", "Quique Navarro"],
        ["¿Cuándo abrirá la zona de restauración?", "¿Habrá más plazas de aparcamiento?",
         "¿Qué pasará con los puestos vacíos?"],
        ["La feria del libro vuelve a la alameda", "Cortes de agua en el barrio alto", "El equipo juvenil gana la copa"],
        "{d} de marzo de 2024, {h}:{m} | hace {n} horas | por | Responder | {n} comentarios | Cargar más comentarios |"
        " Me gusta | {n} respuestas | Opiniones de clientes | Útil | Sobre el autor | Lee también | Preguntas frecuentes |"
        " Actualizaciones | Agenda | Cartas al director | en respuesta a | Deja un comentario"),
    "pt": lang(
        "Ciclovia nova liga a estação ao campus universitário",
        ["A prefeitura inaugurou nesta quarta-feira uma ciclovia de seis quilômetros entre a estação ferroviária e o campus. "
         "O trajeto tem iluminação própria e três pontos de apoio com bombas de ar.",
         "Segundo a secretaria de mobilidade, cerca de mil estudantes devem usar o percurso por dia. "
         "A obra aproveitou o leito de uma antiga linha de bonde desativada nos anos setenta.",
         "Comerciantes da avenida principal reclamam da perda de vagas de estacionamento. "
         "A prefeitura diz que criou outras quarenta vagas nas ruas paralelas.",
         "Um sistema de bicicletas compartilhadas deve começar a funcionar no segundo semestre. "
         "As estações de aluguel ficarão ao lado dos pontos de ônibus."],
        ["Finalmente dá para ir à aula sem disputar espaço com caminhão.",
         "Passei por lá ontem à noite e a iluminação está ótima.",
         "Quarenta vagas nas ruas paralelas não compensam o que foi perdido na avenida.",
         "Falta agora um bicicletário coberto na estação.",
         "Meu filho economiza quase duzentos reais por mês com isso.",
         "Tomara que a manutenção não seja esquecida daqui a dois anos.",
         "Alguém sabe se o trecho perto do viaduto já está liberado?",
         "Belo projeto, mas a sinalização nos cruzamentos ainda confunde os motoristas."],
        ["Beatriz Campos", "Rodrigo Azevedo", "Tânia Lopes", "Marcelo Quintana", "Juliana Freitas", "Caio Prado"],
        ["Quando começam as bicicletas compartilhadas?", "A ciclovia terá policiamento à noite?",
         "Quem paga a manutenção do trajeto?"],
        ["Feira orgânica muda de endereço", "Hospital abre nova ala infantil", "Chuva forte derruba árvores no centro"],
        "{d}/03/2024 às {h}h{m} | há {n} horas | por | Responder | {n} comentários | Carregar mais comentários | Curtir |"
        " {n} respostas | Avaliações de clientes | Útil | Sobre o autor | Leia também | Perguntas frequentes |"
        " Atualizações | Agenda | Cartas dos leitores | em resposta a | Deixe um comentário"),
    "ro": lang(
        "Podul peste Mureș se închide pentru reparații capitale",
        ["Primăria a anunțat că podul din centrul orașului va fi închis circulației auto timp de opt luni. "
         "Pietonii vor putea traversa pe o pasarelă provizorie montată lângă pilonul nordic.",
         "Inginerii au descoperit fisuri în grinzile metalice în timpul unei inspecții de rutină. "
         "Lucrările vor costa aproximativ douăzeci de milioane de lei și vor fi finanțate din fonduri europene.",
         "Autobuzele liniei patru vor fi deviate pe podul de la ieșirea spre Cluj. "
         "Transportatorii estimează întârzieri de până la un sfert de oră la orele de vârf.",
         "Comercianții din piața veche se tem că vor pierde clienți în lunile de vară. "
         "Consiliul local discută reducerea taxelor pentru terase pe durata șantierului."],
        ["Opt luni înseamnă de fapt doi ani, așa cum se întâmplă mereu la noi.",
         "Bine că au găsit fisurile acum și nu după o tragedie.",
         "Linia patru era oricum aglomerată, acum va fi un coșmar.",
         "Pasarela provizorie trebuie să aibă și rampă pentru cărucioare.",
         "Sper ca firma care câștigă licitația să fie una serioasă.",
         "Eu merg pe bicicletă, pentru mine nu se schimbă mare lucru.",
         "Reducerea taxelor pentru terase ar fi un gest corect față de comercianți.",
         "Cine a făcut ultima inspecție și de ce nu a văzut nimic?"],
        ["Ioana Mureșan", "Radu Pop", "Cristina Dobre", "Vlad Ionescu", "Alina Stan", "Sorin Bălan"],
        ["Când începe licitația pentru lucrări?", "Va exista transport alternativ pentru elevi?",
         "Cât costă reparația pe metru de pod?"],
        ["Festivalul de jazz revine în cetate", "Noi stații de încărcare pentru mașini electrice", "Echipa locală promovează"],
        "{d} martie 2024, ora {h}:{m} | acum {n} ore | de | Răspunde | {n} comentarii | Încarcă mai multe comentarii |"
        " Îmi place | {n} răspunsuri | Recenzii clienți | Util | Despre autor | Citește și | Întrebări frecvente |"
        " Actualizări | Evenimente | Scrisori de la cititori | ca răspuns la | Lasă un comentariu"),
    "cs": lang(
        "Obec za lesem konečně dostane vlastní vodovod",
        ["Zastupitelé schválili smlouvu se stavební firmou, která do podzimu položí devět kilometrů potrubí. "
         "Domácnosti dosud spoléhaly na vlastní studny, které v posledních letech často vysychaly.",
         "Stavba bude stát přes třicet milionů korun a většinu zaplatí kraj z dotačního programu. "
         "Každá domácnost uhradí přípojku ve výši pěti tisíc korun.",
         "Starosta upozornil, že během prací bude hlavní silnice průjezdná jen jedním pruhem. "
         "Autobusová zastávka u kaple se na tři měsíce přesune k hasičské zbrojnici.",
         "Hydrologové doporučují, aby lidé své studny nerušili a používali je na zalévání. "
         "Obec chystá pro zájemce informační schůzku v místní hospodě."],
        ["Konečně, loni v srpnu jsme vodu vozili v kanystrech od sestry.",
         "Pět tisíc za přípojku je férová cena, v sousední vesnici platili dvojnásobek.",
         "Snad tu silnici po stavbě opraví celou a ne jen ty rýhy.",
         "Studnu si určitě nechám, na zahradu je to ideální.",
         "Kdo bude platit vodné, když tu polovinu roku nikdo nebydlí?",
         "Na schůzku přijdu, mám otázky k přípojce přes sousedův pozemek.",
         "Díky starostovi, že to dotáhl do konce.",
         "Přesun zastávky bude pro babičky z horního konce dost nepříjemný."],
        ["Jana Dvořáková", "Petr Šťastný", "Lenka Horáková", "Tomáš Kříž", "Veronika Malá", "Jiří Novotný"],
        ["Kdy začne pokládka potrubí?", "Musím si přípojku objednat sám?", "Co když studna vyschne dřív?"],
        ["Hasiči dostali novou cisternu", "Pouť u kaple letos s ohňostrojem", "Škola hledá nového ředitele"],
        "{d}. března 2024 v {h}:{m} | před {n} hodinami | autor | Odpovědět | Komentáře ({n}) | Načíst další komentáře |"
        " To se mi líbí | {n} odpovědí | Hodnocení zákazníků | Užitečné | O autorovi | Čtěte také | Časté dotazy |"
        " Aktualizace | Akce | Dopisy čtenářů | v odpovědi na | Přidat komentář"),
    "hu": lang(
        "Újra indul a kisvasút a Bükk lábánál",
        ["Három év szünet után május elsején ismét közlekedik a keskeny nyomtávú erdei vasút. "
         "A pályát teljesen felújították, a fahidakat acélszerkezetre cserélték.",
         "Az üzemeltető szerint hétvégenként négy, hétköznap két járat indul a völgy végállomásáig. "
         "A menetjegy ára felnőtteknek kétezer forint, gyerekeknek a fele.",
         "A helyi vendéglátósok nagy forgalomra számítanak, hiszen a vasút a turisták kedvenc programja volt. "
         "Több panzió már most teltházat jelez a hosszú hétvégére.",
         "Az erdészet kéri a látogatókat, hogy a végállomásnál csak a kijelölt ösvényeket használják. "
         "A tavaszi fakitermelés miatt egyes utak még lezárva maradnak."],
        ["Gyerekkoromban minden nyáron ezzel mentünk ki a tisztásra, nagyon várom.",
         "Kétezer forint egy rövid útért elég borsos, főleg egy négytagú családnak.",
         "Remélem, a régi mozdonyt is visszaállítják legalább ünnepnapokon.",
         "Az acélhidak biztonságosabbak, de a fahidaknak volt hangulata.",
         "Hétköznap két járat kevés, a nyugdíjasok pont akkor jönnének.",
         "Tud valaki valamit arról, hogy lehet-e biciklit vinni a vonaton?",
         "A panziósoknak végre jó szezonjuk lesz, megérdemlik.",
         "Kár, hogy a végállomásnál még mindig nincs rendes mosdó."],
        ["Kovács Eszter", "Nagy Balázs", "Tóth Réka", "Szabó Gergely", "Varga Zsófia", "Farkas Levente"],
        ["Lehet-e online jegyet venni?", "Meddig közlekedik a vasút ősszel?", "Van-e kedvezmény diákoknak?"],
        ["Szüreti fesztivál a főtéren", "Új rendelő nyílik a lakótelepen", "Bezár a régi mozi"],
        "2024. március {d}. {h}:{m} | {n} órája | szerző: | Válasz | {n} hozzászólás | További hozzászólások betöltése |"
        " Tetszik | {n} válasz | Vásárlói vélemények | Hasznos | A szerzőről | Ezt is olvassa el | Gyakori kérdések |"
        " Frissítések | Programok | Olvasói levelek | válaszként neki: | Szólj hozzá"),
    "fi": lang(
        "Kirjasto jatkaa aukioloaikojaan iltaisin ja sunnuntaisin",
        ["Kaupunginhallitus päätti maanantaina, että pääkirjasto on auki myös sunnuntaisin kello kahteentoista asti. "
         "Lisäksi arki-illat pitenevät tunnilla syyskuun alusta alkaen.",
         "Muutos maksaa vuodessa noin satakaksikymmentä tuhatta euroa, joka katetaan kulttuuritoimen säästöistä. "
         "Henkilökuntaa ei palkata lisää, vaan vuorot jaetaan uudelleen.",
         "Opiskelijat ovat toivoneet pidempiä aukioloja jo vuosia, sillä lukusalit täyttyvät tenttikausina. "
         "Kirjaston johtaja kertoo, että iltakäyttäjiä on eniten marras- ja joulukuussa.",
         "Omatoimikirjasto säilyy lähiöissä ennallaan, mutta kulkukortin saa jatkossa myös verkosta. "
         "Uudet ajat arvioidaan vuoden kuluttua kävijämäärien perusteella."],
        ["Hienoa, sunnuntai on ainoa päivä jolloin ehdin lasten kanssa kirjastoon.",
         "Toivottavasti henkilökunta ei uuvu, kun vuoroja vain venytetään.",
         "Lukusalin pistorasioita voisi samalla lisätä, niitä ei koskaan riitä.",
         "Kulkukortti verkosta on pitkään odotettu parannus.",
         "Miksi lähiöiden kirjastot unohdetaan aina näissä päätöksissä?",
         "Kävin eilen illalla ja sali oli täynnä lukiolaisia.",
         "Säästöt kulttuuritoimesta tarkoittavat varmaan vähemmän konsertteja.",
         "Hyvä päätös, kirjasto on kaupungin paras olohuone."],
        ["Aino Virtanen", "Mikko Laine", "Sanna Heikkinen", "Jukka Koskinen", "Leena Mäkelä", "Ville Niemi"],
        ["Aukeaako kirjasto myös pyhäpäivinä?", "Mistä kulkukortin voi tilata?", "Paljonko sunnuntai maksaa?"],
        ["Uimahalli suljetaan remontin ajaksi", "Torilla kevätmarkkinat lauantaina", "Bussireitit muuttuvat kesäksi"],
        "{d}.3.2024 klo {h}.{m} | {n} tuntia sitten | kirjoittaja | Vastaa | Kommentit ({n}) | Lataa lisää kommentteja |"
        " Tykkää | {n} vastausta | Asiakasarviot | Hyödyllinen | Kirjoittajasta | Lue myös | Usein kysyttyä | Päivitykset |"
        " Tapahtumat | Lukijoiden kirjeet | vastauksena käyttäjälle | Kirjoita kommentti"),
}
