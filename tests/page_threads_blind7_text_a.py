"""Texts of the seventh blind comment-page harness (`tests/page_threads_blind7.py`): es, pt, nl, cs, tr (Latin script).

Per language (`lang()`): a title, four article paragraphs, readers' texts (the comments are drawn from them), names
(the last one the article's author), three questions (a FAQ's, a sidebar's), and the furniture words of WORDS parted
by '|': a date with {d} {h} {m}, a relative age with {n}, a comment count with {n}, "in reply to {name}",
"{name} wrote:", headings and table headers. Written for this harness."""
from __future__ import annotations

WORDS = ("date", "ago", "reply", "count", "replyto", "wrote", "faq", "related", "about", "timeline", "live",
         "answers", "guestbook", "events", "when", "what", "author", "message")


def lang(title, article, comments, names, questions, words) -> dict:
    """One language's texts; ``words`` the furniture words of WORDS parted by '|'."""
    w = dict(zip(WORDS, [x.strip() for x in words.split("|")]))
    assert len(w) == len(WORDS), title
    return dict(title=title, article=article, comments=comments, names=names, questions=questions, w=w)


LANGS_A = {
    "es": lang(
        "El ayuntamiento cierra el mercado de abastos durante seis meses por obras",
        ["El mercado de abastos del barrio de San Lázaro cerrará sus puertas el próximo lunes para una reforma integral. "
         "Los cuarenta puestos se trasladarán a una carpa provisional instalada en la plaza de la Constitución.",
         "La concejala de Comercio explicó que la cubierta del edificio tiene filtraciones desde hace más de una década. "
         "El presupuesto de la obra asciende a dos millones de euros, financiados en parte con fondos europeos.",
         "Varios comerciantes se quejaron de que la carpa no tiene cámaras frigoríficas suficientes para el pescado. "
         "El ayuntamiento asegura que se instalarán tres cámaras adicionales antes de la apertura.",
         "Las obras comenzarán en julio y, si no hay retrasos, el mercado reabrirá antes de la campaña de Navidad. "
         "Durante el traslado se habilitarán veinte plazas de aparcamiento de carga y descarga en la calle Mayor."],
        ["Llevo treinta años comprando en ese mercado y la carpa me parece una solución bastante razonable.",
         "¿Alguien sabe si la frutería de la entrada también se va a la plaza o cierra del todo?",
         "Seis meses en obras municipales suelen ser doce, ya lo veremos en diciembre.",
         "Mi madre tiene ochenta años y la plaza le queda mucho más lejos que el mercado, habrá que buscar otra solución.",
         "Por fin arreglan ese tejado, cada vez que llovía había cubos por todos los pasillos.",
         "Lo de las cámaras frigoríficas es clave, sin ellas los pescaderos no pueden trabajar en agosto.",
         "Ojalá aprovechen para poner aseos públicos, que en el mercado viejo no había ninguno.",
         "Yo trabajo en uno de los puestos y nadie nos ha explicado todavía quién paga el traslado.",
         "La carga y descarga en la calle Mayor va a colapsar el tráfico por las mañanas."],
        ["Marta Quiroga", "Javier Ledesma", "Lucía Ferrán", "Andrés Olmedo", "Rocío Beltrán", "Pilar Sanjurjo"],
        ["¿Dónde estará la carpa provisional?", "¿Qué horario tendrá el mercado durante las obras?", "¿Cuándo reabrirá el edificio?"],
        "{d} de junio de 2024 a las {h}:{m} | hace {n} horas | Responder | {n} comentarios | en respuesta a {name} | {name} escribió: "
        "| Preguntas frecuentes | Te puede interesar | Sobre la autora | Cronología | Directo | respuestas | Libro de visitas "
        "| Agenda | Fecha | Actividad | Autor | Mensaje"),
    "pt": lang(
        "Câmara municipal aprova nova ciclovia entre a estação e a universidade",
        ["A câmara municipal aprovou na quarta-feira a construção de uma ciclovia de quatro quilómetros entre a estação "
         "ferroviária e o campus universitário. A obra deverá estar concluída no início do próximo ano letivo.",
         "O vereador da mobilidade disse que cerca de três mil estudantes fazem diariamente esse percurso de autocarro. "
         "Com a ciclovia, a autarquia espera retirar duzentos carros por dia da avenida principal.",
         "A oposição votou contra, alegando que o projeto elimina sessenta lugares de estacionamento junto ao hospital. "
         "A câmara respondeu que será construído um parque subterrâneo com o dobro dos lugares.",
         "As bicicletas partilhadas também vão chegar à cidade, com doze estações previstas ao longo do trajeto. "
         "O custo total do projeto ronda os três milhões e meio de euros."],
        ["Finalmente! Faço esse caminho todos os dias e a avenida é perigosíssima para quem anda de bicicleta.",
         "E os lugares do hospital? Os doentes não vão de bicicleta às consultas.",
         "Três milhões e meio para quatro quilómetros parece-me muito dinheiro.",
         "Na minha cidade fizeram o mesmo e ao fim de um ano já ninguém queria voltar atrás.",
         "Espero que a ciclovia seja separada da estrada e não só uma linha pintada no chão.",
         "O parque subterrâneo vai demorar anos, até lá onde estacionamos?",
         "As bicicletas partilhadas são ótima ideia, desde que não fiquem todas estragadas ao fim de um mês.",
         "Sou estudante e apanho o autocarro das oito, que vem sempre cheio, por isso só posso aplaudir.",
         "Alguém sabe se a ciclovia vai passar pela rua do mercado ou pela marginal?"],
        ["Inês Carvalhal", "Rui Monteiro", "Beatriz Lobo", "Tiago Sarmento", "Catarina Vidal", "Nuno Albergaria"],
        ["Quando começam as obras?", "Quanto custa a ciclovia?", "Onde ficam as estações de bicicletas?"],
        "{d} de junho de 2024, {h}h{m} | há {n} horas | Responder | {n} comentários | em resposta a {name} | {name} escreveu: "
        "| Perguntas frequentes | Leia também | Sobre o autor | Cronologia | Em direto | respostas | Livro de visitas "
        "| Agenda | Data | Evento | Autor | Mensagem"),
    "nl": lang(
        "Gemeente plant duizend nieuwe bomen in de binnenstad",
        ["De gemeente gaat de komende twee jaar duizend bomen planten in straten en op pleinen in de binnenstad. "
         "Volgens de wethouder moet het centrum daardoor in de zomer enkele graden koeler worden.",
         "Op het Marktplein verdwijnt een deel van de parkeerplaatsen om ruimte te maken voor een rij lindebomen. "
         "Ondernemers zijn verdeeld: sommigen vrezen minder klanten, anderen verwachten juist meer bezoekers.",
         "Bewoners kunnen via een online kaart aangeven in welke straat zij graag een boom willen hebben. "
         "In de eerste week kwamen al meer dan achthonderd verzoeken binnen.",
         "Het plan kost ruim vier miljoen euro, waarvan de helft uit een provinciale subsidie komt. "
         "Het onderhoud van de bomen wordt de eerste vijf jaar door een hovenier verzorgd."],
        ["Mooi plan, maar wie gaat al die bomen in de zomer water geven?",
         "In onze straat staan al jaren lege boomspiegels, begin daar eerst maar eens mee.",
         "Minder parkeerplaatsen op het Marktplein betekent voor mij dat ik voortaan buiten de stad boodschappen doe.",
         "Ik heb via de kaart een boom aangevraagd voor ons pleintje, benieuwd of het lukt.",
         "Vier miljoen voor bomen vind ik prima besteed geld, beter dan nog een rotonde.",
         "Lindebomen laten in juni overal plakkerig sap vallen, heeft iemand daaraan gedacht?",
         "De hittegolf van vorig jaar was in de binnenstad echt niet te harden, dus graag.",
         "Weet iemand of ook de wijken buiten het centrum later aan de beurt komen?",
         "Als ondernemer aan het plein ben ik juist blij, mensen blijven langer als het er groen is."],
        ["Sanne de Ridder", "Joost Verbeek", "Femke Hoogland", "Bram Kuipers", "Lotte van Damme", "Willem Brouwer"],
        ["Hoe vraag ik een boom aan?", "Wanneer begint het planten?", "Wie betaalt het onderhoud?"],
        "{d} juni 2024 om {h}:{m} | {n} uur geleden | Reageren | {n} reacties | in reactie op {name} | {name} schreef: "
        "| Veelgestelde vragen | Lees ook | Over de auteur | Tijdlijn | Live | antwoorden | Gastenboek | Agenda | Datum "
        "| Activiteit | Auteur | Bericht"),
    "cs": lang(
        "Radnice opraví most přes řeku, doprava bude na půl roku omezena",
        ["Městská rada schválila rekonstrukci starého mostu přes řeku, která začne v polovině srpna. "
         "Most je podle posledního statického posudku v nevyhovujícím stavu a nákladní vozy po něm nesmějí jezdit už dva roky.",
         "Po dobu oprav bude most průjezdný pouze v jednom pruhu a provoz bude řídit semafor. "
         "Autobusové linky číslo tři a sedm pojedou po objízdné trase přes průmyslovou zónu.",
         "Opravy budou stát téměř osmdesát milionů korun, většinu zaplatí kraj z fondu na obnovu silnic. "
         "Starosta uvedl, že město odkládalo rekonstrukci příliš dlouho.",
         "Chodci budou moci most používat po celou dobu stavby, lávka pro cyklisty však bude uzavřena. "
         "Hotovo má být nejpozději do konce února příštího roku."],
        ["Konečně, ten most se rozpadá už deset let a všichni jen přihlíželi.",
         "Jeden pruh se semaforem znamená v ranní špičce kolonu až na náměstí.",
         "Proč se to nedělalo v létě, kdy jsou prázdniny a jezdí méně lidí?",
         "Objížďka přes průmyslovou zónu je pro autobus o patnáct minut delší, to bude pro děti do školy peklo.",
         "Osmdesát milionů za jeden most mi přijde hodně, zajímalo by mě, kdo zakázku vyhrál.",
         "Hlavně ať to udělají pořádně, ne jako chodník u nádraží, který se rozpadl po roce.",
         "Na kole budu muset jezdit přes horní most, to je asi tři kilometry navíc.",
         "Díky za článek, konečně vím, které linky se mění.",
         "Termín do února je podle mě naprosto nereálný, vsadím se o pivo."],
        ["Petra Novotná", "Jakub Dvořák", "Lenka Marešová", "Tomáš Hrubý", "Eva Kolářová", "Martin Svoboda"],
        ["Kdy začne oprava mostu?", "Kudy pojedou autobusy?", "Bude most průchozí pro pěší?"],
        "{d}. června 2024 v {h}:{m} | před {n} hodinami | Odpovědět | {n} komentářů | v odpovědi na {name} | {name} napsal: "
        "| Časté dotazy | Mohlo by vás zajímat | O autorovi | Časová osa | Online přenos | odpovědi | Kniha návštěv "
        "| Kalendář akcí | Datum | Akce | Autor | Zpráva"),
    "tr": lang(
        "Belediye sahil yolunu yayalara açıyor",
        ["Belediye meclisi, sahil yolunun hafta sonları araç trafiğine kapatılmasına oy birliğiyle karar verdi. "
         "Uygulama temmuz ayının ilk cumartesi gününden itibaren başlayacak.",
         "Belediye başkanı, yolun cumartesi ve pazar günleri sabah sekizden gece yarısına kadar yalnızca yayalara ve "
         "bisikletlilere açık olacağını söyledi. Sahildeki kafe sahipleri karardan memnun olduklarını belirtti.",
         "Bazı mahalle sakinleri ise araçlarını nereye park edeceklerini soruyor. "
         "Belediye, eski pazar alanının geçici otopark olarak kullanılacağını açıkladı.",
         "Toplu taşıma hatları hafta sonları arka sokaklardan geçecek ve sefer sayısı artırılacak. "
         "Uygulama yıl sonunda değerlendirilecek ve memnuniyet yüksek olursa kalıcı hale getirilecek."],
        ["Harika bir karar, çocuklarla sahilde rahatça yürüyebileceğiz.",
         "Sahil yolunda oturuyoruz, misafirlerimiz hafta sonu nasıl gelecek?",
         "Eski pazar alanı zaten her cumartesi dolu, oraya kaç araç sığar ki?",
         "Bisiklet yolu da yapılsa çok daha iyi olurdu, yayalarla bisikletliler karışacak.",
         "Başka şehirlerde bu uygulama çok başarılı oldu, umarım burada da olur.",
         "Otobüslerin arka sokaklardan geçmesi dar sokaklarda ciddi sorun yaratır.",
         "Kafeler memnun tabii, ama bizim gibi esnafın müşterisi arabayla geliyor.",
         "Gece yarısına kadar kapalı olması fazla, akşam sekizde açılabilir.",
         "Yıl sonunda anket yapılacaksa sahil sakinlerine de sorulmasını isterim."],
        ["Ayşe Karaca", "Mehmet Yıldırım", "Zeynep Aksoy", "Emre Çelik", "Elif Demirtaş", "Hakan Özdemir"],
        ["Yol hangi saatlerde kapalı olacak?", "Araçlar nereye park edecek?", "Otobüs güzergâhı değişecek mi?"],
        "{d} Haziran 2024, {h}:{m} | {n} saat önce | Yanıtla | {n} yorum | {name} adlı kullanıcıya yanıt | {name} yazdı: "
        "| Sıkça sorulan sorular | İlginizi çekebilir | Yazar hakkında | Zaman çizelgesi | Canlı | cevap | Ziyaretçi defteri "
        "| Etkinlik takvimi | Tarih | Etkinlik | Yazar | Mesaj"),
}
